import { Command } from 'commander'
import type { Hex } from 'viem'
import { chainTime } from '../lib/chains'
import { proposeComposeHash } from '../lib/manage'
import type { Cli } from '../runtime/context'
import { describeAllow } from '../runtime/format'
import { asOwner } from '../runtime/owner'
import { bytes32 } from '../runtime/parsers'

export function proposeCommand(cli: Cli): Command {
  return new Command('propose')
    .description('allow a compose hash: announce it for the notice period (or, on a baseline, add it at once)')
    .argument('<app>', 'the AppAuth: deployment name or address')
    .argument('<compose-hash>', 'the 32-byte compose hash (see `appauth compose-hash`)', bytes32('compose hash'))
    .option('--uri <uri>', 'metadata for watchers: source commit, audit report, release notes')
    .action(async (app: string, composeHash: Hex, options: { uri?: string }, command: Command) => {
      const session = await cli.session(command, { signer: true })
      const { address } = session.resolve(app)
      const result = await asOwner(session, { app: address, appArgument: app, action: `propose ${composeHash}${options.uri ? ` --uri ${options.uri}` : ''}` }, () =>
        proposeComposeHash(session.client, { address, composeHash, uri: options.uri, ...cli.transaction(command, 'proposing') }),
      )
      const now = await chainTime(session.client)
      cli.print(command, result, () => describeAllow(session, `compose hash ${composeHash}`, result, now))
    })
}
