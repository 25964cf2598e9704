import { Command } from 'commander'
import type { Address } from 'viem'
import { chainTime } from '../lib/chains'
import { getAppAuth } from '../lib/contracts'
import { describeController } from '../lib/controller'
import { describeNewOwner, transferOwnership } from '../lib/ownership'
import { describeTime, formatTimestamp } from '../lib/time'
import type { Cli } from '../runtime/context'
import { transactionLine } from '../runtime/format'
import { formatFields } from '../runtime/output'
import { asOwner } from '../runtime/owner'
import { address } from '../runtime/parsers'

export function transferOwnershipCommand(cli: Cli): Command {
  return new Command('transfer-ownership')
    .description(
      'hand an AppAuth to a new owner (an account, a Safe or a TimelockController): announced for the notice period on a notice-period AppAuth, at once on a baseline; the new owner then runs `accept`',
    )
    .argument('<app>', 'the AppAuth: deployment name or address')
    .argument('<new-owner>', 'the address to hand it to', address('new owner'))
    .action(async (appArgument: string, newOwner: Address, _options: unknown, command: Command) => {
      const session = await cli.session(command, { signer: true })
      const { address: app } = session.resolve(appArgument)
      const info = await getAppAuth(session.client, { address: app })
      const nominee = await describeNewOwner(session.client, { address: newOwner })
      const result = await asOwner(session, { app, appArgument, action: `transfer-ownership ${newOwner}` }, () =>
        transferOwnership(session.client, { address: app, app: info, newOwner, ...cli.transaction(command, 'transferring ownership') }),
      )
      const now = await chainTime(session.client)
      const acceptWith =
        nominee.kind === 'safe'
          ? `the Safe accepts: \`appauth safe-export ${appArgument} accept-ownership --safe ${newOwner}\`, then sign and execute the batch in the Safe`
          : nominee.kind === 'timelock'
            ? `the TimelockController schedules and executes acceptOwnership() on ${app} (its proposers decide)`
            : nominee.kind === 'eoa'
              ? `\`appauth accept ${appArgument}\` signed with its key`
              : `${newOwner} calls acceptOwnership() on ${app}`
      const json = { ...result, newOwnerKind: nominee.kind, variant: info.variant }
      cli.print(command, json, () =>
        [
          result.mode === 'announced'
            ? `announced the hand-over of ${session.label(app)} to ${newOwner}`
            : `nominated ${newOwner} as the owner of ${session.label(app)}`,
          formatFields([
            ['new owner', describeController(nominee)],
            ...(result.mode === 'announced'
              ? ([
                  ['id', result.id!],
                  ['acceptable', `${describeTime(result.activatesAt!, now)} until ${formatTimestamp(result.expiresAt!)} (the notice period: users see it coming)`],
                ] as const)
              : ([['acceptable', 'now (a baseline AppAuth has no notice period)']] as const)),
            ['next', acceptWith],
            ['transaction', transactionLine(result)],
          ]),
        ].join('\n'),
      )
    })
}
