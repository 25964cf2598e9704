import { Command } from 'commander'
import type { Hex } from 'viem'
import { describeChange } from '../lib/history'
import { cancel, resolveChangeId } from '../lib/manage'
import type { Cli } from '../runtime/context'
import { describeTransaction } from '../runtime/format'
import { bytes32 } from '../runtime/parsers'
import { asOwner } from '../runtime/owner'

export function cancelCommand(cli: Cli): Command {
  return new Command('cancel')
    .description('withdraw a pending change at once (tightening needs no notice)')
    .argument('<app>', 'the AppAuth: deployment name or address')
    .argument('<id>', 'the change id, or the compose hash of a pending compose-hash change (see `appauth status`)', bytes32('change id'))
    .action(async (app: string, given: Hex, _options: unknown, command: Command) => {
      const session = await cli.session(command, { signer: true })
      const { address } = session.resolve(app)
      const id = await resolveChangeId(session.client, { address, id: given })
      const result = await asOwner(session, { app: address, appArgument: app, action: `cancel ${id}` }, () => cancel(session.client, { address, id, ...cli.transaction(command, 'cancelling') }))
      cli.print(command, result, () =>
        describeTransaction(`cancelled ${describeChange(result.kind, result.value)} on ${session.label(address)}`, result),
      )
    })
}
