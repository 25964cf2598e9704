import { Command } from 'commander'
import type { Hex } from 'viem'
import { allowOsImage } from '../lib/kms'
import type { Cli } from '../runtime/context'
import { describeTransaction } from '../runtime/format'
import { bytes32 } from '../runtime/parsers'

export function kmsAllowOsCommand(cli: Cli): Command {
  return new Command('allow-os')
    .description('allow a dstack OS image hash on the KMS (KMS owner only)')
    .argument('<os-image-hash>', 'the 32-byte OS image hash', bytes32('OS image hash'))
    .option('--kms <kms>', 'the KMS: deployment name or address', 'kms')
    .action(async (osImageHash: Hex, options: { kms: string }, command: Command) => {
      const session = await cli.session(command, { signer: true })
      const { address: kms } = session.resolve(options.kms)
      const result = await allowOsImage(session.client, { kms, osImageHash, ...cli.transaction(command, 'allowing the OS image') })
      cli.print(command, { kms, osImageHash, transactionHash: result.transactionHash, blockNumber: result.blockNumber }, () =>
        describeTransaction(`OS image ${osImageHash} allowed on ${session.label(kms)}`, result),
      )
    })
}
