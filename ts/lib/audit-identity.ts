// What code the audit is looking at: the app (through its proxy or clone), the contracts the boot
// decision relies on (verifier adapters and their verifiers) and an opt-out registry. Each is matched
// against the known builds before any of its answers is believed. No Node-only imports.
import { type Abi, type Address, type Client, getAddress, type Hex, hexToBigInt, parseAbi, zeroAddress } from 'viem'
import { getCode, getStorageAt, readContract } from 'viem/actions'
import { identifyCode, type KnownBuild } from './code-identity'
import { buildLabel } from './controller'
import { erc1967Slots, proxyAbi } from './standards'

/** The part a contract plays for the app. */
export type CodeRole = 'app' | 'proxy' | 'implementation' | 'beacon' | 'controller' | 'proposer' | 'adapter' | 'verifier' | 'opt-out registry'

/**
 * One contract the audit identified: its build (`name @ release`), or null when its code is unknown;
 * `vouched` when the auditor vouched for it (`--trusted-verifier`) instead.
 */
export type CodeIdentity = { role: CodeRole; address: Address; build: string | null; origin: KnownBuild['origin'] | null; vouched?: boolean }

/** Code at an address, and what it delegates to when it is a proxy or a clone. */
export type ResolvedCode = {
  address: Address
  code: Hex
  build: KnownBuild | null
  proxy: 'none' | 'minimal' | 'erc1967' | 'beacon'
  /** The code that runs: the address itself, or the implementation behind the proxy or clone. */
  implementation: Address | null
  implementationBuild: KnownBuild | null
  beacon: Address | null
  beaconBuild: KnownBuild | null
}

const clonePattern = /^0x363d3d373d3d3d363d73([0-9a-f]{40})5af43d82803e903d91602b57fd5bf3$/i

function slotAddress(word: Hex | undefined): Address | null {
  if (!word || hexToBigInt(word) === 0n) return null
  return getAddress(`0x${word.slice(-40)}`)
}

const codeAt = async (client: Client, address: Address): Promise<Hex> => (await getCode(client, { address })) ?? '0x'

/**
 * The code at `address` and its build; behind an EIP-1167 clone, an ERC-1967 proxy or a beacon proxy,
 * also the implementation (and beacon) with theirs. An EIP-1167 clone is recognised by its exact
 * 45 bytes, which cannot do anything but delegate.
 */
export async function resolveCode(client: Client, address: Address, builds: readonly KnownBuild[], knownCode?: Hex): Promise<ResolvedCode> {
  const code = knownCode ?? (await codeAt(client, address))
  const build = identifyCode(code, builds)
  const none = { address, code, build, proxy: 'none' as const, implementation: null, implementationBuild: null, beacon: null, beaconBuild: null }
  const clone = clonePattern.exec(code)
  if (clone) {
    const implementation = getAddress(`0x${clone[1]}`)
    return { ...none, proxy: 'minimal', implementation, implementationBuild: identifyCode(await codeAt(client, implementation), builds) }
  }
  if (code === '0x') return none
  const [implementationWord, beaconWord] = await Promise.all([erc1967Slots.implementation, erc1967Slots.beacon].map((slot) => getStorageAt(client, { address, slot })))
  const beacon = slotAddress(beaconWord)
  if (beacon) {
    let implementation: Address | null = null
    try {
      implementation = await readContract(client, { address: beacon, abi: proxyAbi, functionName: 'implementation' })
    } catch {
      // A beacon that does not answer: the implementation is unknown.
    }
    return {
      ...none,
      proxy: 'beacon',
      implementation,
      implementationBuild: implementation ? identifyCode(await codeAt(client, implementation), builds) : null,
      beacon,
      beaconBuild: identifyCode(await codeAt(client, beacon), builds),
    }
  }
  const implementation = slotAddress(implementationWord)
  if (!implementation) return none
  return { ...none, proxy: 'erc1967', implementation, implementationBuild: identifyCode(await codeAt(client, implementation), builds) }
}

/** The build the code runs: the implementation's behind a proxy or clone, else the code's own. */
export const runningBuild = (resolved: ResolvedCode): KnownBuild | null => (resolved.proxy === 'none' ? resolved.build : resolved.implementationBuild)

/** Identity entries for a resolved contract (the address itself, and behind a proxy its implementation and beacon). */
export function identitiesOf(role: CodeRole, resolved: ResolvedCode): CodeIdentity[] {
  const entry = (entryRole: CodeRole, address: Address, build: KnownBuild | null): CodeIdentity => ({
    role: entryRole,
    address,
    build: build ? buildLabel(build) : null,
    origin: build?.origin ?? null,
  })
  if (resolved.proxy === 'none') return [entry(role, resolved.address, resolved.build)]
  const entries = [entry(role === 'app' ? 'proxy' : role, resolved.address, resolved.proxy === 'minimal' ? null : resolved.build)]
  if (resolved.proxy === 'minimal') entries[0] = { ...entries[0]!, build: 'EIP-1167 minimal proxy', origin: 'third-party' }
  if (resolved.beacon) entries.push(entry('beacon', resolved.beacon, resolved.beaconBuild))
  if (resolved.implementation) entries.push(entry(role === 'app' ? 'implementation' : role, resolved.implementation, resolved.implementationBuild))
  return entries
}

/** Why a dependency's code cannot be relied on, or null when it is a known, unchangeable build. */
export function unknownReason(resolved: ResolvedCode): string | null {
  const where = resolved.address
  if (resolved.code === '0x') return `${where} has no code`
  if (resolved.proxy === 'erc1967' || resolved.proxy === 'beacon') {
    return `${where} is behind an upgradeable ${resolved.proxy === 'beacon' ? 'beacon' : 'ERC-1967'} proxy: its code can change without the app's notice`
  }
  if (!runningBuild(resolved)) return `the code at ${resolved.proxy === 'minimal' ? `${resolved.implementation} (behind the clone ${where})` : where} is no known build`
  return null
}

/** The verifier an adapter calls (`verifier()` of our adapters), or null when it does not say. */
export async function adapterVerifier(client: Client, adapter: Address): Promise<Address | null> {
  try {
    const verifier = await readContract(client, { address: adapter, abi: verifierAbi, functionName: 'verifier' })
    return verifier === zeroAddress ? null : verifier
  } catch {
    return null
  }
}

const verifierAbi = parseAbi(['function verifier() view returns (address)']) as Abi & ReturnType<typeof parseAbi<['function verifier() view returns (address)']>>
