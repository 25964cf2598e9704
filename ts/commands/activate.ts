import { Command } from 'commander'
import type { Hex } from 'viem'
import { describeChange } from '../lib/history'
import { activate, resolveChangeId, waitForActivation } from '../lib/manage'
import { formatDuration } from '../lib/time'
import type { Cli } from '../runtime/context'
import { describeTransaction } from '../runtime/format'
import { bytes32 } from '../runtime/parsers'

export function activateCommand(cli: Cli): Command {
  return new Command('activate')
    .description('make a matured change effective (anyone may, inside its activation window)')
    .argument('<app>', 'the AppAuth: deployment name or address')
    .argument('<id>', 'the change id, or the compose hash of a pending compose-hash change (see `appauth status`)', bytes32('change id'))
    .option('--wait', 'wait for the notice period to elapse first, with a countdown')
    .action(async (app: string, given: Hex, options: { wait?: boolean }, command: Command) => {
      const session = await cli.session(command, { signer: true })
      const { address } = session.resolve(app)
      const id = await resolveChangeId(session.client, { address, id: given })
      if (options.wait) {
        const spinner = cli.spinner(command)
        await waitForActivation(session.client, {
          address,
          id,
          onTick: (left) => spinner.update(`waiting for the notice period: ${formatDuration(left)} left`),
        })
      }
      const result = await activate(session.client, { address, id, ...cli.transaction(command, 'activating') })
      cli.print(command, result, () =>
        describeTransaction(`activated ${describeChange(result.kind, result.value)} on ${session.label(address)}, effective now`, result),
      )
    })
}
