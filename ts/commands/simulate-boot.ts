import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Command } from 'commander'
import type { Address, Hex } from 'viem'
import { type AppBootInfo, emptyBootInfo, parseKmsBootInfo } from '../lib/boot-info'
import { chainTime } from '../lib/chains'
import { AppAuthError, InvalidInputError } from '../lib/errors'
import { simulateBoot } from '../lib/kms'
import { getPendingChange } from '../lib/manage'
import { describeTime } from '../lib/time'
import { type Cli, exitCodes, type Session } from '../runtime/context'
import { address, bytes32, each } from '../runtime/parsers'

type SimulateBootOptions = {
  bootInfo?: string
  app?: string
  composeHash?: Hex
  device?: Hex
  osImage?: Hex
  instance?: Address
  mrAggregated?: Hex
  mrSystem?: Hex
  tcbStatus?: string
  advisory?: string[]
  kms: string
}

export function simulateBootCommand(cli: Cli): Command {
  return new Command('simulate-boot')
    .description("ask the KMS contract (eth_call) whether it would release an app's keys to a boot; exit 0 allowed, 1 denied")
    .option('--boot-info <file>', "boot info JSON as the KMS posts it to an auth webhook (flags below override its fields)")
    .option('--app <app>', 'the app id: AppAuth deployment name or address')
    .option('--compose-hash <hex>', 'compose hash of the booting app', bytes32('--compose-hash'))
    .option('--device <hex>', 'device id', bytes32('--device'))
    .option('--os-image <hex>', 'OS image hash', bytes32('--os-image'))
    .option('--instance <address>', 'instance id', address('--instance'))
    .option('--mr-aggregated <hex>', 'aggregated measurement', bytes32('--mr-aggregated'))
    .option('--mr-system <hex>', 'system measurement', bytes32('--mr-system'))
    .option('--tcb-status <status>', 'TCB status (default without --boot-info: UpToDate)')
    .option('--advisory <id>', 'security advisory id (repeatable)', each(String))
    .option('--kms <kms>', 'the KMS: deployment name or address', 'kms')
    .action(async (options: SimulateBootOptions, command: Command) => {
      // Read and check the boot info before touching the chain.
      const fromFile = options.bootInfo === undefined ? undefined : readBootInfo(resolve(cli.io.cwd, options.bootInfo))
      if (!fromFile) {
        // Without a boot info file every field the KMS checks must be given: an empty one would be
        // judged as a value and denied ("OS image is not allowed"), hiding what was left out.
        const missing = [
          options.app === undefined && '--app <app>',
          options.composeHash === undefined && '--compose-hash <hex>',
          options.osImage === undefined && '--os-image <hex> (the OS image hash the KMS checks first)',
          options.device === undefined && '--device <hex> (any id when the app allows any device)',
        ].filter((flag): flag is string => typeof flag === 'string')
        if (missing.length > 0) throw new InvalidInputError(`give --boot-info <file>, or the boot's fields: missing ${missing.join(', ')}`)
      }
      const session = await cli.session(command, { signer: false })
      const bootInfo: AppBootInfo = {
        ...(fromFile ?? { ...emptyBootInfo, tcbStatus: 'UpToDate' }),
        ...(options.app !== undefined && { appId: session.resolve(options.app).address }),
        ...(options.composeHash && { composeHash: options.composeHash }),
        ...(options.device && { deviceId: options.device }),
        ...(options.osImage && { osImageHash: options.osImage }),
        ...(options.instance && { instanceId: options.instance }),
        ...(options.mrAggregated && { mrAggregated: options.mrAggregated }),
        ...(options.mrSystem && { mrSystem: options.mrSystem }),
        ...(options.tcbStatus !== undefined && { tcbStatus: options.tcbStatus }),
        ...(options.advisory && { advisoryIds: options.advisory }),
      }
      const { address: kms } = session.resolve(options.kms)
      const decision = await simulateBoot(session.client, { kms, bootInfo })
      const note = decision.isAllowed ? undefined : await pendingNote(session, bootInfo, decision.reason)
      cli.exitCode = decision.isAllowed ? exitCodes.ok : exitCodes.denied
      cli.print(command, decision, () =>
        decision.isAllowed
          ? `allowed: ${session.label(kms)} would release the keys of ${session.label(bootInfo.appId)} to this boot`
          : [`denied: ${decision.reason}`, ...(note ? [`  ${note}`] : [])].join('\n'),
      )
    })
}

function readBootInfo(file: string): AppBootInfo {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new AppAuthError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error })
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new InvalidInputError(`${file} is not valid JSON`)
  }
  return parseKmsBootInfo(json)
}

/** When the denied item is announced but not yet effective, says when it will be. */
async function pendingNote(session: Session, bootInfo: AppBootInfo, reason: string): Promise<string | undefined> {
  const denied =
    reason === 'Compose hash not allowed'
      ? ({ kind: 'ComposeHash', value: bootInfo.composeHash, what: `compose hash ${bootInfo.composeHash}` } as const)
      : reason === 'Device not allowed'
        ? ({ kind: 'Device', value: bootInfo.deviceId, what: `device ${bootInfo.deviceId}` } as const)
        : undefined
  if (!denied) return undefined
  const pending = await getPendingChange(session.client, { address: bootInfo.appId, kind: denied.kind, value: denied.value }).catch(() => undefined)
  if (!pending) return undefined
  const now = await chainTime(session.client)
  return `${denied.what} is announced: activatable ${describeTime(pending.activatesAt, now)}${pending.uri ? ` (${pending.uri})` : ''}`
}
