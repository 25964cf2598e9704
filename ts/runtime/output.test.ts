import { describe, expect, it } from 'vitest'
import { run } from '../cli'
import { startTestChain } from '../test/chain'
import { formatFields, Spinner, toJson } from './output'

const stream = (isTTY: boolean) => {
  const out = { text: '', isTTY, write: (chunk: string) => (out.text += chunk) }
  return out
}

describe('Spinner', () => {
  it('draws on a terminal and clears its line when stopped', () => {
    const tty = stream(true)
    const spinner = new Spinner(tty, true)
    spinner.update('waiting for 0xabc')
    spinner.stop()
    expect(tty.text).toMatch(/^\r. waiting for 0xabc\x1b\[K\r\x1b\[K$/)
  })

  it('draws nothing when disabled', () => {
    const pipe = stream(false)
    const spinner = new Spinner(pipe, false)
    spinner.update('waiting')
    spinner.stop()
    expect(pipe.text).toBe('')
  })

  it("shows a transaction's progress on a terminal, and nothing under --json", async () => {
    const chain = await startTestChain()
    try {
      const deploy = async (...flags: string[]) => {
        const stderr = stream(true)
        const code = await run([...chain.rpcArgs, ...flags, 'kms', 'deploy'], { stdout: stream(false), stderr, env: {}, cwd: chain.dir })
        expect(code).toBe(0)
        return stderr.text
      }
      expect(await deploy()).toContain('simulating deploying LocalKms')
      expect(await deploy('--json')).toBe('')
    } finally {
      await chain.stop()
    }
  })
})

describe('toJson', () => {
  it('writes bigints as numbers up to 2^53 and as decimal strings beyond', () => {
    expect(JSON.parse(toJson({ small: 604_800n, big: 2n ** 64n }))).toEqual({ small: 604_800, big: '18446744073709551616' })
  })
})

describe('formatFields', () => {
  it('aligns values', () => {
    expect(formatFields([['id', '0x1'], ['transaction', '0x2']])).toBe('  id           0x1\n  transaction  0x2')
  })
})
