/** Where the CLI writes: the process's streams, or buffers in tests. */
export type Stream = { write(text: string): unknown; isTTY?: boolean | undefined }

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']

/**
 * A spinner line on stderr for long waits. It draws only on a terminal and never in --json mode,
 * so piped and machine-read output stays clean.
 */
export class Spinner {
  private timer: NodeJS.Timeout | undefined
  private text = ''
  private frame = 0

  constructor(
    private readonly stream: Stream,
    private readonly enabled: boolean,
  ) {}

  update(text: string): void {
    this.text = text
    if (!this.enabled) return
    this.timer ??= setInterval(() => this.draw(), 80)
    this.draw()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
    if (this.enabled && this.text) this.stream.write('\r\x1b[K')
    this.text = ''
  }

  private draw(): void {
    this.frame = (this.frame + 1) % frames.length
    this.stream.write(`\r${frames[this.frame]} ${this.text}\x1b[K`)
  }
}

/** JSON with bigints as numbers where they fit in 2^53 and as decimal strings where they do not. */
export function toJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, item) =>
      typeof item === 'bigint' ? (item <= BigInt(Number.MAX_SAFE_INTEGER) && item >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(item) : item.toString()) : item,
    2,
  )
}

/** Label/value lines with the values aligned: a small table for people. */
export function formatFields(fields: readonly (readonly [string, string])[], indent = '  '): string {
  const width = Math.max(0, ...fields.map(([label]) => label.length))
  return fields.map(([label, value]) => `${indent}${label.padEnd(width)}  ${value}`).join('\n')
}
