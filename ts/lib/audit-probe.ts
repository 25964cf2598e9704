// Probes every state-changing function of an auditor-supplied ABI from the controller, for an effect
// on the boot decision. No Node-only imports.
import { type Abi, type AbiFunction, type AbiParameter, type Address, type Client, encodeFunctionData, type Hex, keccak256, toFunctionSignature, toHex } from 'viem'
import { call, simulateBlocks } from 'viem/actions'
import { iAppAuthAbi, iAppAuthPolicyAbi } from '../generated/contracts'
import type { InstantPath } from './audit'
import { emptyBootInfo } from './boot-info'

export type ProbeArtifactFunctionsParameters = {
  address: Address
  /** Who calls: the owner, or the app itself for a self-governed contract. */
  controller: Address
  abi: Abi
  /** Signatures already probed (DstackApp's four). */
  skip?: readonly string[] | undefined
}

export type ProbeArtifactFunctionsReturnType = {
  paths: InstantPath[]
  /** True when the node has no eth_simulateV1 and single calls were used instead. */
  unsimulated: boolean
}

/** A value of each ABI type: `marker` for 32-byte words, `flag` for booleans, empty for dynamic types. */
function sample(parameter: AbiParameter, marker: Hex, flag: boolean, controller: Address): unknown {
  const { type } = parameter
  if (type.endsWith(']')) return type.endsWith('[]') ? [] : Array.from({ length: Number(/\[(\d+)\]$/.exec(type)![1]) }, () => sample({ ...parameter, type: type.replace(/\[\d+\]$/, '') }, marker, flag, controller))
  if (type === 'tuple') {
    const components = (parameter as { components: readonly AbiParameter[] }).components
    return Object.fromEntries(components.map((component, i) => [component.name || i, sample(component, marker, flag, controller)]))
  }
  if (type === 'bool') return flag
  if (type === 'address') return controller
  if (type === 'string') return ''
  if (type === 'bytes') return '0x'
  if (type.startsWith('bytes')) return `0x${marker.slice(2, 2 + Number(type.slice(5)) * 2)}`
  if (type.startsWith('uint') || type.startsWith('int')) return 1n
  return undefined
}

/**
 * For each state-changing function of `abi`: calls it from the controller with sample arguments
 * (booleans both ways), then, in the same simulated block, asks `isAppAllowed` about boots with a
 * fresh compose hash and device (TCB up to date and not) and reads the four policy views. A function
 * after which a boot passes that was denied, or a view is looser, is an instant path. Without
 * `eth_simulateV1`, a function the controller can call at all is reported (`call succeeded`): its
 * effect cannot be seen, so it counts as a possible loosening.
 */
export async function probeArtifactFunctions(client: Client, parameters: ProbeArtifactFunctionsParameters): Promise<ProbeArtifactFunctionsReturnType> {
  const { address, controller, abi, skip = [] } = parameters
  const marker = keccak256(toHex(`appauth audit artifact probe ${address}`))
  const boots = ['UpToDate', 'OutOfDate'].map((tcbStatus) => ({ ...emptyBootInfo, appId: address, composeHash: marker, deviceId: marker, tcbStatus }))
  const views = [
    { to: address, data: encodeFunctionData({ abi: iAppAuthPolicyAbi, functionName: 'allowedComposeHashes', args: [marker] }), looser: (word: Hex) => BigInt(word) === 1n },
    { to: address, data: encodeFunctionData({ abi: iAppAuthPolicyAbi, functionName: 'allowedDeviceIds', args: [marker] }), looser: (word: Hex) => BigInt(word) === 1n },
    { to: address, data: encodeFunctionData({ abi: iAppAuthPolicyAbi, functionName: 'allowAnyDevice' }), looser: (word: Hex) => BigInt(word) === 1n },
    { to: address, data: encodeFunctionData({ abi: iAppAuthPolicyAbi, functionName: 'requireTcbUpToDate' }), looser: (word: Hex) => BigInt(word) === 0n },
    ...boots.map((boot) => ({
      to: address,
      data: encodeFunctionData({ abi: iAppAuthAbi, functionName: 'isAppAllowed', args: [boot] }),
      // isAppAllowed returns (bool, string): the first word is the decision.
      looser: (word: Hex) => word.length >= 66 && BigInt(word.slice(0, 66)) === 1n,
    })),
  ]
  const functions = abi.filter(
    (item): item is AbiFunction => item.type === 'function' && (item.stateMutability === 'nonpayable' || item.stateMutability === 'payable') && !skip.includes(toFunctionSignature(item)),
  )

  const paths: InstantPath[] = []
  let unsimulated = false
  let before: (Hex | null)[] | undefined
  for (const fn of functions) {
    const signature = toFunctionSignature(fn)
    const flags = fn.inputs.some((input) => input.type.includes('bool')) ? [true, false] : [true]
    for (const flag of flags) {
      let data: Hex
      try {
        const abi: Abi = [fn]
        data = encodeFunctionData({ abi, functionName: fn.name, args: fn.inputs.map((input) => sample(input, marker, flag, controller)) })
      } catch {
        continue // an argument type the sampler does not build
      }
      if (!unsimulated) {
        try {
          before ??= await viewWords(client, views)
          const [block] = await simulateBlocks(client, {
            blocks: [{ calls: [{ account: controller, to: address, data }, ...views.map(({ to, data: viewData }) => ({ to, data: viewData }))] as never }],
          })
          const [mutation, ...after] = block!.calls as unknown as { status: string; data: Hex }[]
          if (mutation!.status !== 'success') continue
          const loosened = views.some((view, i) => after[i]!.status === 'success' && view.looser(after[i]!.data) && !(before![i] !== null && view.looser(before![i]!)))
          if (loosened) {
            paths.push({ id: 'INSTANT_LOOSENING', function: signature, evidence: 'simulated' })
            break
          }
          continue
        } catch {
          unsimulated = true
        }
      }
      try {
        await call(client, { account: controller, to: address, data })
        paths.push({ id: 'INSTANT_LOOSENING', function: signature, evidence: 'call succeeded' })
        break
      } catch {
        // The controller cannot call it (or not with these arguments).
      }
    }
  }
  return { paths, unsimulated }
}

async function viewWords(client: Client, views: readonly { to: Address; data: Hex }[]): Promise<(Hex | null)[]> {
  return Promise.all(
    views.map(async ({ to, data }) => {
      try {
        return (await call(client, { to, data })).data ?? null
      } catch {
        return null
      }
    }),
  )
}
