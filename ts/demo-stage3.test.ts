import { describe, expect, it } from 'vitest'
import { runDemoStage3 } from './demo-stage3'

describe('npm run demo:stage3', () => {
  it('rates the story Stage 0, 1, 2, 2 and 3 on the embedded chain, printing the conditions each time', { timeout: 60_000 }, async () => {
    let output = ''
    const started = Date.now()
    const code = await runDemoStage3({ out: { write: (text: string) => (output += text) } })
    expect(code, output).toBe(0)
    expect(Date.now() - started).toBeLessThan(60_000)

    const verdicts = [...output.matchAll(/^(\w+) \(0x[0-9a-fA-F]{40}\): ERC-733 Stage (\d) /gm)].map((match) => `${match[1]} ${match[2]}`)
    expect(verdicts).toEqual(['baseline 0', 'timelock 1', 'myapp 2', 'myapp 2', 'myapp 3'])
    // Every audit prints the Stage 3 conditions, met or not.
    expect(output.match(/^ {2}Stage 3 {2}(met {4}|NOT MET) {2}verifier hooks require attestations from k >= 2 distinct TEE vendors$/gm)).toHaveLength(5)

    const expectations: RegExp[] = [
      /^1\. Stage 0: a baseline AppAuth/m,
      /^ {2}Stage 1 {2}NOT MET {2}no loosening of the boot policy takes effect before the required notice$/m,
      /^2\. Stage 1: a timelock AppAuth/m,
      /^ {20}- OWNER_EOA: one key controls the app/m,
      /^deployed MockAutomataQuoteVerifier at 0x[0-9a-fA-F]{40} and MockNitroValidator at 0x[0-9a-fA-F]{40}/m,
      /^deployed the intel-tdx adapter "adapter-tdx" at 0x[0-9a-fA-F]{40} \(immutable/m,
      /^deployed the aws-nitro adapter "adapter-nitro" at 0x[0-9a-fA-F]{40} \(immutable/m,
      /^deployed governor AppAuth "myapp" at 0x[0-9a-fA-F]{40} \(ERC-733 Stage 2 /m,
      /^ {20}- VERIFIER_ONE_VENDOR: a boot needs an attestation from one vendor only \(k = 1\)/m,
      /^ {20}- MEASUREMENT_UNPINNED: intel-tdx pins no measurement/m,
      /^proposed verifier-adapter 0x[0-9a-fA-F]{40} on myapp/m,
      /^ {2}announced +VerifierAdapter 0x[0-9a-f]{64}: change id 0x[0-9a-f]{64}, activatable from /m,
      /^ {2}announced +VerifierMeasurement 0x[0-9a-f]{64}: change id/m,
      /^activated .* on myapp/m,
      /^ {2}Stage 3 {2}met {4} {2}every vendor that counts towards k has at least one pinned measurement$/m,
      /^6\. Token holders raise k to 2/m,
      /^myapp \(0x[0-9a-fA-F]{40}\): ERC-733 Stage 3 \(trustless/m,
      /^ {2}ok +MEASUREMENTS_PINNED +every vendor pins its measurements \(intel-tdx 1, aws-nitro 1\)$/m,
      /^demo complete$/m,
    ]
    let from = 0
    for (const pattern of expectations) {
      const match = pattern.exec(output.slice(from))
      expect(match, `${pattern} after offset ${from} in:\n${output}`).not.toBeNull()
      from += match!.index + match![0].length
    }
  })
})
