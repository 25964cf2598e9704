import { Command } from 'commander'
import { acceptOwnership } from '../lib/ownership'
import type { Cli } from '../runtime/context'
import { describeTransaction } from '../runtime/format'

export function acceptCommand(cli: Cli): Command {
  return new Command('accept')
    .description('take ownership of an AppAuth the signer was nominated for by `transfer-ownership` (after the notice period on a notice-period AppAuth); a Safe accepts with `safe-export <app> accept-ownership`')
    .argument('<app>', 'the AppAuth: deployment name or address')
    .action(async (appArgument: string, _options: unknown, command: Command) => {
      const session = await cli.session(command, { signer: true })
      const { address: app } = session.resolve(appArgument)
      const result = await acceptOwnership(session.client, { address: app, ...cli.transaction(command, 'accepting ownership') })
      cli.print(command, result, () => describeTransaction(`${result.owner} now owns ${session.label(app)}`, result))
    })
}
