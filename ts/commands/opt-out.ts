import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Command } from 'commander'
import type { Address, Hex } from 'viem'
import { readContract } from 'viem/actions'
import { optOutRegistryAbi } from '../generated/contracts'
import { InvalidInputError } from '../lib/errors'
import { resolveChangeId } from '../lib/manage'
import { type OptOutReturnType, optOut, parseSignedOptOut, relayOptOut, signOptOut } from '../lib/optout'
import type { Cli, Session } from '../runtime/context'
import { transactionLine } from '../runtime/format'
import { formatFields, toJson } from '../runtime/output'
import { bytes32 } from '../runtime/parsers'

export function optOutCommand(cli: Cli): Command {
  return new Command('opt-out')
    .description('record on chain that you reject a pending change (in its notice window), or sign that for a relayer')
    .argument('<registry>', 'the OptOutRegistry: deployment name or address')
    .argument('<proposal-id>', 'the pending change id, or the compose hash of a pending compose-hash change', bytes32('proposal id'))
    .option('--sign-only', 'send nothing: print the EIP-712 signature and its fields as JSON, for `opt-out relay`', false)
    .addCommand(optOutRelayCommand(cli))
    .action(async (registryArgument: string, given: Hex, options: { signOnly: boolean }, command: Command) => {
      const session = await cli.session(command, { signer: true })
      const { address: registry } = session.resolve(registryArgument)
      const changeId = await resolveOptOutTarget(session, registry, given)
      if (options.signOnly) {
        const signed = await signOptOut(session.client, { registry, changeId })
        // JSON either way: the output is meant to be saved to a file and relayed.
        cli.io.stdout.write(`${toJson(signed)}\n`)
        return
      }
      const result = await optOut(session.client, { registry, changeId, ...cli.transaction(command, 'opting out') })
      cli.print(command, result, () => describeOptOut(session, result))
    })
}

/** The change id `given` names on the registry's AppAuth (a compose hash resolves to its id); `given` itself when unreadable. */
async function resolveOptOutTarget(session: Session, registry: Address, given: Hex): Promise<Hex> {
  const app = await readContract(session.client, { address: registry, abi: optOutRegistryAbi, functionName: 'appAuth' }).catch(() => undefined)
  return app ? resolveChangeId(session.client, { address: app, id: given }) : given
}

function optOutRelayCommand(cli: Cli): Command {
  return new Command('relay')
    .description('send an opt-out signed with `opt-out --sign-only` (anyone may pay for it)')
    .argument('<registry>', 'the OptOutRegistry: deployment name or address')
    .argument('<signature-json-file>', 'the JSON `opt-out --sign-only` printed')
    .action(async (registryArgument: string, file: string, _options: unknown, command: Command) => {
      const path = resolve(cli.io.cwd, file)
      let text: string
      try {
        text = readFileSync(path, 'utf8')
      } catch {
        throw new InvalidInputError(`cannot read ${file}`)
      }
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch {
        throw new InvalidInputError(`${file} is not valid JSON`)
      }
      const signed = parseSignedOptOut(json, file)
      const session = await cli.session(command, { signer: true })
      const { address: registry } = session.resolve(registryArgument)
      if (registry !== signed.registry) throw new InvalidInputError(`${file} was signed for registry ${signed.registry}, not ${registry}`)
      const result = await relayOptOut(session.client, { signed, ...cli.transaction(command, 'relaying the opt-out') })
      cli.print(command, result, () => describeOptOut(session, result))
    })
}

function describeOptOut(session: Session, result: OptOutReturnType): string {
  return [
    `${result.user} opted out of change ${result.changeId} on ${session.label(result.registry)}`,
    formatFields([
      ['transaction', transactionLine(result)],
      ['proposal key', result.key],
      ['position', `#${result.index + 1n} in the list (digest ${result.digest})`],
    ]),
  ].join('\n')
}
