// The process's stdout and stderr as the CLI writes them. Once the reader is gone (`appauth … | head`
// exits: EPIPE; the terminal closed: EIO), Node reports the failed write as an 'error' event, which
// would otherwise end the process with a stack trace in the middle of a command: after a
// transaction was sent but before the local chain was saved. Here such errors only mark the stream
// closed; later output is dropped, the command finishes, saves the local chain and keeps its exit code.
// A command that runs until stopped (watch, serve, node) stops as on Ctrl-C once stdout closes: nobody
// reads what it would print.
import type { Stream } from './output'

export type GuardedStream = Stream & {
  /** The output error that closed the stream, if one did. */
  readonly failure: NodeJS.ErrnoException | undefined
  /** Calls `listener` once, when the stream closes (at once if it already has). */
  onClose: (listener: () => void) => void
}

export function guardStream(stream: NodeJS.WritableStream & { isTTY?: boolean }): GuardedStream {
  let failure: NodeJS.ErrnoException | undefined
  const listeners: (() => void)[] = []
  const fail = (error: NodeJS.ErrnoException) => {
    if (failure) return
    failure = error
    for (const listener of listeners.splice(0)) listener()
  }
  stream.on('error', fail)
  return {
    get isTTY() {
      return stream.isTTY
    },
    get failure() {
      return failure
    },
    onClose(listener) {
      if (failure) listener()
      else listeners.push(listener)
    },
    write(text: string) {
      if (failure) return false
      try {
        return stream.write(text)
      } catch (error) {
        fail(error as NodeJS.ErrnoException)
        return false
      }
    },
  }
}

let guarded: { stdout: GuardedStream; stderr: GuardedStream } | undefined

/** process.stdout and process.stderr, guarded (once per process). */
export function processStreams(): { stdout: GuardedStream; stderr: GuardedStream } {
  guarded ??= { stdout: guardStream(process.stdout), stderr: guardStream(process.stderr) }
  return guarded
}
