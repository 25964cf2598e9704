import { Command } from 'commander'
import type { Hex } from 'viem'
import { describeChange } from '../lib/history'
import { cancel } from '../lib/manage'
import type { Cli } from '../runtime/context'
import { describeTransaction } from '../runtime/format'
import { bytes32 } from '../runtime/parsers'
import { asOwner } from '../runtime/owner'

export function cancelCommand(cli: Cli): Command {
  return new Command('cancel')
    .description('withdraw a pending change at once (tightening needs no notice)')
    .argument('<app>', 'the AppAuth: deployment name or address')
    .argument('<id>', 'the change id (a compose hash is its own id; see `appauth status`)', bytes32('change id'))
    .action(async (app: string, id: Hex, _options: unknown, command: Command) => {
      const session = await cli.session(command, { signer: true })
      const { address } = session.resolve(app)
      const result = await asOwner(session, { app: address, appArgument: app, action: `cancel ${id}` }, () => cancel(session.client, { address, id, ...cli.transaction(command, 'cancelling') }))
      cli.print(command, result, () =>
        describeTransaction(`cancelled ${describeChange(result.kind, result.value)} on ${session.label(address)}`, result),
      )
    })
}
