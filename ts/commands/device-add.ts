import { Command } from 'commander'
import type { Hex } from 'viem'
import { chainTime } from '../lib/chains'
import { addDevice } from '../lib/manage'
import type { Cli } from '../runtime/context'
import { describeAllow } from '../runtime/format'
import { bytes32 } from '../runtime/parsers'
import { asOwner } from '../runtime/owner'

export function deviceAddCommand(cli: Cli): Command {
  return new Command('add')
    .description('allow a TEE device: announce it for the notice period (or, on a baseline, add it at once)')
    .argument('<app>', 'the AppAuth: deployment name or address')
    .argument('<device-id>', 'the 32-byte device id', bytes32('device id'))
    .option('--uri <uri>', 'metadata for watchers')
    .action(async (app: string, deviceId: Hex, options: { uri?: string }, command: Command) => {
      const session = await cli.session(command, { signer: true })
      const { address } = session.resolve(app)
      const result = await asOwner(session, { app: address, appArgument: app, action: `device-add ${deviceId}${options.uri ? ` --uri ${options.uri}` : ''}` }, () =>
        addDevice(session.client, { address, deviceId, uri: options.uri, ...cli.transaction(command, 'adding device') }),
      )
      const now = await chainTime(session.client)
      cli.print(command, result, () => describeAllow(session, `device ${deviceId}`, result, now))
    })
}
