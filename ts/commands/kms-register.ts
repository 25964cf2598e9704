import { Command } from 'commander'
import { assertAppAuth } from '../lib/contracts'
import { registerApp } from '../lib/kms'
import type { Cli } from '../runtime/context'
import { describeTransaction } from '../runtime/format'

export function kmsRegisterCommand(cli: Cli): Command {
  return new Command('register')
    .description('register an AppAuth with the KMS (permissionless, as DstackKms.registerApp)')
    .argument('<app>', 'the AppAuth: deployment name or address')
    .option('--kms <kms>', 'the KMS: deployment name or address', 'kms')
    .action(async (app: string, options: { kms: string }, command: Command) => {
      const session = await cli.session(command, { signer: true })
      const { address } = session.resolve(app)
      const { address: kms } = session.resolve(options.kms)
      await assertAppAuth(session.client, { address })
      const result = await registerApp(session.client, { kms, app: address, ...cli.transaction(command, 'registering') })
      cli.print(command, { kms, app: address, transactionHash: result.transactionHash, blockNumber: result.blockNumber }, () =>
        describeTransaction(`registered ${session.label(address)} with ${session.label(kms)}`, result),
      )
    })
}
