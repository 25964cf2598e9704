import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Command } from 'commander'
import type { Address } from 'viem'
import { getAppAuth } from '../lib/contracts'
import { describeController, identifyController } from '../lib/controller'
import { InvalidInputError } from '../lib/errors'
import { managedActions as actions } from '../lib/manage'
import { buildSafeBatch } from '../lib/safe'
import { encodeCall, simulateContractCall } from '../lib/transactions'
import type { Cli } from '../runtime/context'
import { address } from '../runtime/parsers'

type SafeExportOptions = { safe: Address; uri?: string; out?: string; name?: string; description?: string; proposer?: Address }

export function safeExportCommand(cli: Cli): Command {
  return new Command('safe-export')
    .description('write a change as a Safe Transaction Builder batch (JSON to import in Safe{Wallet}) instead of sending it')
    .argument('<app>', 'the AppAuth: deployment name or address')
    .argument('<action>', `one of: ${Object.values(actions).map((action) => action.usage).join(', ')}`)
    .argument('[value]', 'the action\'s hash, id or address (none for accept-ownership)')
    .requiredOption('--safe <address>', 'the Safe that owns the AppAuth (or, for accept-ownership, that was nominated)', address('--safe'))
    .option('--uri <uri>', 'metadata for propose / device-add')
    .option('--out <file>', 'write the batch to this file (default: print it)')
    .option('--name <name>', 'batch name shown in the Safe app')
    .option('--description <text>', 'batch description')
    .option('--proposer <address>', 'the Safe owner who will propose it (meta.createdFromOwnerAddress)', address('--proposer'))
    .action(async (app: string, actionName: string, value: string | undefined, options: SafeExportOptions, command: Command) => {
      const action = actions[actionName]
      if (!action) throw new InvalidInputError(`unknown action ${JSON.stringify(actionName)}: use ${Object.keys(actions).join(', ')}`)
      if (value === undefined && actionName !== 'accept-ownership') throw new InvalidInputError(`${actionName} needs its value: safe-export <app> ${action.usage}`)
      const session = await cli.session(command, { signer: false })
      // A batch for an address that is no Safe could never be signed: refuse before writing one.
      const safe = await identifyController(session.client, { address: options.safe, depth: 0 })
      if (safe.kind !== 'safe') throw new InvalidInputError(`--safe ${options.safe} is not a Safe: it is ${describeController(safe)} (getThreshold/getOwners do not answer)`)
      const info = await getAppAuth(session.client, { address: session.resolve(app).address })
      const call = action.prepare(info, value ?? '', options.uri)
      // The Safe will make this call; simulate it from the Safe so a batch that would fail is never written.
      await simulateContractCall(session.client, { call, from: options.safe })
      const batch = buildSafeBatch({
        chainId: session.chainId,
        safe: options.safe,
        owner: options.proposer,
        name: options.name ?? `appauth ${actionName} on ${session.label(info.address)}`,
        description: options.description ?? `${call.functionName}(${call.args.map(String).join(', ')}) on ${info.variant} AppAuth ${info.address}`,
        transactions: [{ to: call.address, value: '0', data: encodeCall(call) }],
      })
      if (options.out) {
        writeFileSync(resolve(cli.io.cwd, options.out), `${JSON.stringify(batch, null, 2)}\n`)
        cli.print(command, batch, `wrote ${options.out}: ${call.functionName} on ${session.label(info.address)} for Safe ${options.safe} (checksum ${batch.meta.checksum})`)
      } else {
        cli.io.stdout.write(`${JSON.stringify(batch, null, 2)}\n`)
      }
    })
}
