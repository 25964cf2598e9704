import { Command } from 'commander'
import type { Hex } from 'viem'
import { type AppAuthInfo, getAppAuth } from '../lib/contracts'
import { InvalidInputError } from '../lib/errors'
import { managedActions } from '../lib/manage'
import { formatTimestamp } from '../lib/time'
import { approveExecution, executeSigned, signExecute } from '../lib/multisig'
import type { ContractCall } from '../lib/transactions'
import type { Cli, Session } from '../runtime/context'
import { transactionLine } from '../runtime/format'
import { formatFields } from '../runtime/output'
import { each } from '../runtime/parsers'

type ActionOptions = { uri?: string; nonce?: bigint }

const nonceOption = (value: string): bigint => {
  if (!/^\d+$/.test(value)) throw new InvalidInputError(`--nonce must be a whole number, got ${JSON.stringify(value)}`)
  return BigInt(value)
}

const signatureOption = (value: string): Hex => {
  if (!/^0x[0-9a-fA-F]{130}$/.test(value)) throw new InvalidInputError(`--signature must be 65 bytes of 0x-prefixed hex, got ${JSON.stringify(value)}`)
  return value as Hex
}

/** The action's call on a multisig AppAuth, or a one-line error before anything is sent. */
async function prepare(session: Session, appArgument: string, actionName: string, value: string, uri: string | undefined): Promise<{ app: AppAuthInfo; call: ContractCall }> {
  const action = managedActions[actionName]
  if (!action) throw new InvalidInputError(`unknown action ${JSON.stringify(actionName)}: use ${Object.keys(managedActions).join(', ')}`)
  const app = await getAppAuth(session.client, { address: session.resolve(appArgument).address })
  if (app.variant !== 'multisig') throw new InvalidInputError(`${session.label(app.address)} is a ${app.variant} AppAuth, not a multisig`)
  return { app, call: action.prepare(app, value, uri) }
}

const usage = Object.values(managedActions).map((action) => action.usage).join(', ')

export function multisigCommand(cli: Cli): Command {
  return new Command('multisig')
    .description('control a multisig AppAuth: each signer signs a change off chain or approves it on chain, anyone submits it once enough signers agree')
    .addCommand(
      new Command('sign')
        .description('sign Execute(bytes data,uint256 nonce) for an action; sends nothing')
        .argument('<app>', 'the multisig AppAuth: deployment name or address')
        .argument('<action>', `one of: ${usage}`)
        .argument('<value>', "the action's hash or id")
        .option('--uri <uri>', 'metadata for propose / device-add')
        .option('--nonce <n>', 'the execution nonce (default: the multisig\'s next)', nonceOption)
        .action(async (appArgument: string, actionName: string, value: string, options: ActionOptions, command: Command) => {
          const session = await cli.session(command, { signer: true })
          const { app, call } = await prepare(session, appArgument, actionName, value, options.uri)
          const signed = await signExecute(session.client, { address: app.address, call, nonce: options.nonce })
          cli.print(command, signed, () =>
            [
              `${signed.signer} signed ${actionName} ${value} on ${session.label(app.address)} (nonce ${signed.nonce})`,
              formatFields([
                ['signature', signed.signature],
                ['digest', signed.digest],
              ]),
            ].join('\n'),
          )
        }),
    )
    .addCommand(approveCommand(cli, 'approve'))
    .addCommand(approveCommand(cli, 'revoke'))
    .addCommand(
      new Command('submit')
        .description('execute an action with the signers\' signatures (sorted by signer here) and their on-chain approvals; simulated first')
        .argument('<app>', 'the multisig AppAuth: deployment name or address')
        .argument('<action>', `one of: ${usage}`)
        .argument('<value>', "the action's hash or id")
        .option('--signature <hex>', 'a signer\'s signature from `multisig sign` (repeatable; on-chain approvals count too)', each(signatureOption), [])
        .option('--uri <uri>', 'metadata for propose / device-add (must match what was signed)')
        .option('--nonce <n>', 'the execution nonce signed (default: the multisig\'s next)', nonceOption)
        .action(async (appArgument: string, actionName: string, value: string, options: ActionOptions & { signature: Hex[] }, command: Command) => {
          const session = await cli.session(command, { signer: true })
          const { app, call } = await prepare(session, appArgument, actionName, value, options.uri)
          const result = await executeSigned(session.client, { address: app.address, call, signatures: options.signature, nonce: options.nonce, ...cli.transaction(command, `executing ${actionName}`) })
          cli.print(command, result, () =>
            [
              `executed ${actionName} ${value} on ${session.label(app.address)} (nonce ${result.nonce})`,
              formatFields([
                ['transaction', transactionLine(result)],
                ['signed by', result.signers.join(', ')],
                ...(result.change ? [['change', `${result.change.id}, activatable ${formatTimestamp(result.change.activatesAt)}`] as const] : []),
              ]),
            ].join('\n'),
          )
        }),
    )
}

/** `multisig approve` / `multisig revoke`: a signer's on-chain approval of an action under a nonce. */
function approveCommand(cli: Cli, mode: 'approve' | 'revoke'): Command {
  return new Command(mode)
    .description(
      mode === 'approve'
        ? 'approve an action on chain as a signer (counts toward the threshold like a signature; for signers that cannot sign off chain, e.g. a Safe)'
        : "withdraw the signer's on-chain approval of an action before it is executed",
    )
    .argument('<app>', 'the multisig AppAuth: deployment name or address')
    .argument('<action>', `one of: ${usage}`)
    .argument('<value>', "the action's hash or id")
    .option('--uri <uri>', 'metadata for propose / device-add (must match what the others sign)')
    .option('--nonce <n>', "the execution nonce (default: the multisig's next)", nonceOption)
    .action(async (appArgument: string, actionName: string, value: string, options: ActionOptions, command: Command) => {
      const session = await cli.session(command, { signer: true })
      const { app, call } = await prepare(session, appArgument, actionName, value, options.uri)
      const result = await approveExecution(session.client, {
        address: app.address,
        call,
        nonce: options.nonce,
        revoke: mode === 'revoke',
        ...cli.transaction(command, mode === 'approve' ? 'approving' : 'revoking the approval'),
      })
      cli.print(command, result, () =>
        [
          `${result.signer} ${mode === 'approve' ? 'approved' : 'withdrew the approval of'} ${actionName} ${value} on ${session.label(app.address)} (nonce ${result.nonce})`,
          formatFields([
            ['approvals', `${result.approvals} of ${result.threshold} on chain${result.approvals >= result.threshold ? `: enough, \`appauth multisig submit ${appArgument} ${actionName} ${value}\` executes it` : ''}`],
            ['data hash', result.dataHash],
            ['transaction', transactionLine(result)],
          ]),
        ].join('\n'),
      )
    })
}
