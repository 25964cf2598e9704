import { Command } from 'commander'
import type { Hex } from 'viem'
import { describeRemoval, removeComposeHash } from '../lib/manage'
import type { Cli } from '../runtime/context'
import { describeTransaction } from '../runtime/format'
import { bytes32 } from '../runtime/parsers'
import { asOwner } from '../runtime/owner'

export function removeCommand(cli: Cli): Command {
  return new Command('remove')
    .description('disallow a compose hash at once and withdraw its pending announcement (tightening needs no notice)')
    .argument('<app>', 'the AppAuth: deployment name or address')
    .argument('<compose-hash>', 'the 32-byte compose hash', bytes32('compose hash'))
    .action(async (app: string, composeHash: Hex, _options: unknown, command: Command) => {
      const session = await cli.session(command, { signer: true })
      const { address } = session.resolve(app)
      const result = await asOwner(session, { app: address, appArgument: app, action: `remove ${composeHash}` }, () =>
        removeComposeHash(session.client, { address, composeHash, ...cli.transaction(command, 'removing compose hash') }),
      )
      cli.print(command, { ...result, composeHash }, () =>
        describeTransaction(describeRemoval('compose hash', composeHash, session.label(address), result), result),
      )
    })
}
