import { describe, expect, it } from 'vitest'
import { runDemo } from './demo'
import { changeIdOf } from './lib/contracts'

describe('npm run demo', () => {
  it('tells the whole story on the embedded chain', async () => {
    let output = ''
    const code = await runDemo({ out: { write: (text: string) => (output += text) } })
    expect(code, output).toBe(0)
    const hashes = [...output.matchAll(/^\$ appauth compose-hash app-compose\.v\d\.json\n(0x[0-9a-f]{64})$/gm)].map((match) => match[1])
    expect(hashes).toHaveLength(2)
    const [v1, v2] = hashes as [string, string]
    // Change ids are keccak256(kind, value); the demo names v2 by its hash and the CLI resolves it.
    const v2Id = changeIdOf('ComposeHash', v2 as `0x${string}`)

    // Each step in order, with what it must show.
    const expectations: RegExp[] = [
      /^1\. Deploy the local KMS/m,
      /^deployed LocalKms "kms"/m,
      /^deployed timelock AppAuth "myapp" at 0x[0-9a-fA-F]{40} \(ERC-733 Stage 1/m,
      /^registered myapp \(0x[0-9a-fA-F]{40}\) with kms/m,
      /^allowed: kms .* would release the keys of myapp/m,
      new RegExp(`^proposed compose hash ${v2} on myapp`, 'm'),
      new RegExp(`^denied: Compose hash not allowed\\n  compose hash ${v2} is announced: activatable .* UTC \\(in (7d|6d 23h)\\)`, 'm'),
      new RegExp(`^error: activate would revert: AppAuthNoticePeriodNotElapsed\\(id ${v2Id}, activatesAt .* UTC \\(in (7d|6d 23h)\\)\\)$`, 'm'),
      /^deployed OptOutRegistry "myapp-optout" at 0x[0-9a-fA-F]{40}/m,
      new RegExp(`^0x70997970C51812dc3A010C7d01b50e0d17dc79C8 opted out of change ${v2Id} on myapp-optout`, 'm'),
      /^chain time advanced by 7d: now /m,
      new RegExp(`^activated compose hash ${v2} on myapp .*, effective now$`, 'm'),
      /^allowed: kms .* would release the keys of myapp/m,
      /^compose hashes \(2\)$/m,
      /^pending changes \(0\)$/m,
      /^history of myapp .*: 12 event\(s\)$/m,
      new RegExp(`block \\d+  activated compose hash ${v2}`),
      /^demo complete$/m,
    ]
    let from = 0
    for (const pattern of expectations) {
      const match = pattern.exec(output.slice(from))
      expect(match, `${pattern} after offset ${from} in:\n${output}`).not.toBeNull()
      from += match!.index + match![0].length
    }
    expect(v1).not.toBe(v2)
  })
})
