import { Command } from 'commander'
import type { Hex } from 'viem'
import { describeRemoval, removeDevice } from '../lib/manage'
import type { Cli } from '../runtime/context'
import { describeTransaction } from '../runtime/format'
import { bytes32 } from '../runtime/parsers'
import { asOwner } from '../runtime/owner'

export function deviceRemoveCommand(cli: Cli): Command {
  return new Command('remove')
    .description('disallow a TEE device at once and withdraw its pending announcement (tightening needs no notice)')
    .argument('<app>', 'the AppAuth: deployment name or address')
    .argument('<device-id>', 'the 32-byte device id', bytes32('device id'))
    .action(async (app: string, deviceId: Hex, _options: unknown, command: Command) => {
      const session = await cli.session(command, { signer: true })
      const { address } = session.resolve(app)
      const result = await asOwner(session, { app: address, appArgument: app, action: `device-remove ${deviceId}` }, () =>
        removeDevice(session.client, { address, deviceId, ...cli.transaction(command, 'removing device') }),
      )
      cli.print(command, { ...result, deviceId }, () =>
        describeTransaction(describeRemoval('device', deviceId, session.label(address), result), result),
      )
    })
}
