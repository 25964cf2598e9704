import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Command } from 'commander'
import { type Address, bytesToHex, type Hex, isHex } from 'viem'
import { submitAttestation, vendorId } from '../lib/attest'
import { InvalidInputError } from '../lib/errors'
import { formatTimestamp } from '../lib/time'
import type { Cli } from '../runtime/context'
import { transactionLine } from '../runtime/format'
import { formatFields } from '../runtime/output'
import { address, blockNumber, bytes32 } from '../runtime/parsers'

type AttestOptions = { vendor: string; evidence: string; instance: Address; composeHash: Hex; block: bigint }

/** The evidence file: 0x-prefixed hex text as is, anything else as raw bytes. */
function readEvidence(cwd: string, file: string): Hex {
  let bytes: Buffer
  try {
    bytes = readFileSync(resolve(cwd, file))
  } catch {
    throw new InvalidInputError(`cannot read evidence file ${file}`)
  }
  const text = bytes.toString('utf8').trim()
  if (text.startsWith('0x')) {
    if (!isHex(text) || text.length % 2 !== 0) throw new InvalidInputError(`evidence file ${file} starts with 0x but is not whole bytes of hex`)
    return text
  }
  if (bytes.length === 0) throw new InvalidInputError(`evidence file ${file} is empty`)
  return bytesToHex(bytes)
}

export function attestCommand(cli: Cli): Command {
  return new Command('attest')
    .description("submit a vendor's attestation evidence to a verified AppAuth (anyone may); the adapter verifies it on chain")
    .argument('<app>', 'the verified AppAuth: deployment name or address')
    .requiredOption('--vendor <name>', 'the vendor whose adapter verifies it: intel-tdx, amd-sev-snp, aws-nitro, or a 32-byte id')
    .requiredOption('--evidence <file>', "the adapter's input: 0x-hex text or raw bytes")
    .requiredOption('--instance <address>', 'the instance id the report data commits to', address('--instance'))
    .requiredOption('--compose-hash <hex>', 'the compose hash the report data commits to', bytes32('--compose-hash'))
    .requiredOption('--block <n>', 'the block whose hash the report data commits to (one of the last 256)', blockNumber('--block'))
    .action(async (appArgument: string, options: AttestOptions, command: Command) => {
      // Read and check the input before connecting: bad input costs nothing.
      const vendor = vendorId(options.vendor)
      const evidence = readEvidence(cli.io.cwd, options.evidence)
      const session = await cli.session(command, { signer: true })
      const { address: app } = session.resolve(appArgument)
      const result = await submitAttestation(session.client, {
        address: app,
        vendor,
        evidence,
        instanceId: options.instance,
        composeHash: options.composeHash,
        blockNumber: options.block,
        ...cli.transaction(command, 'submitting the attestation'),
      })
      cli.print(command, result, () =>
        [
          `${options.vendor} attests that ${result.instanceId} runs ${result.composeHash} on ${session.label(app)}`,
          formatFields([
            ['transaction', transactionLine(result)],
            ['adapter', result.adapter],
            ['measurement', result.measurement],
            ['counts until', formatTimestamp(result.expiresAt)],
          ]),
        ].join('\n'),
      )
    })
}
