import {
  type Abi,
  type AbiEvent,
  type Address,
  type Client,
  encodeAbiParameters,
  type Hex,
  keccak256,
  toFunctionSelector,
  toFunctionSignature,
} from 'viem'
import { getCode, readContract } from 'viem/actions'
import * as generated from '../generated/contracts'
import {
  baselineAppAuthAbi,
  iAppAuthAbi,
  iAppAuthBasicManagementAbi,
  iAppAuthMultisigAbi,
  iAppAuthNoticeAbi,
  iAppAuthOwnableAbi,
  iAppAuthPolicyAbi,
  iAppAuthVerifierHooksAbi,
  iDstackUpgradeEventsAbi,
  iOptOutRegistryAbi,
  multisigAppAuthAbi,
  timelockAppAuthAbi,
  verifiedTimelockAppAuthAbi,
} from '../generated/contracts'
import { NotAnAppAuthError } from './errors'

// ERC-165's own function belongs to IERC165, never to the interfaces that inherit it.
const supportsInterfaceSelector = toFunctionSelector('supportsInterface(bytes4)')

/**
 * The ERC-165 id of an interface: the XOR of the selectors it declares itself, as Solidity's
 * `type(I).interfaceId`. An ABI lists inherited functions too, so the parents' ABIs are given to
 * take them out again.
 */
export function interfaceId(abi: Abi, ...parents: Abi[]): Hex {
  const inherited = new Set(parents.flatMap((parent) => functionSelectors(parent)))
  inherited.add(supportsInterfaceSelector)
  const id = functionSelectors(abi)
    .filter((selector) => !inherited.has(selector))
    .reduce((acc, selector) => acc ^ Number.parseInt(selector.slice(2), 16), 0)
  return `0x${(id >>> 0).toString(16).padStart(8, '0')}`
}

function functionSelectors(abi: Abi): Hex[] {
  return abi.filter((item) => item.type === 'function').map((item) => toFunctionSelector(toFunctionSignature(item)))
}

/** ERC-165 ids of the interfaces the tooling recognises, computed from the generated ABIs. */
export const interfaceIds = {
  /** dstack's IAppAuth: 0x1e079198. */
  appAuth: interfaceId(iAppAuthAbi),
  /** dstack's instant management, advertised only where adding takes effect at once: 0x8fd37527. */
  basicManagement: interfaceId(iAppAuthBasicManagementAbi),
  policy: interfaceId(iAppAuthPolicyAbi, iAppAuthAbi),
  notice: interfaceId(iAppAuthNoticeAbi),
  ownable: interfaceId(iAppAuthOwnableAbi),
  multisig: interfaceId(iAppAuthMultisigAbi),
  /** The opt-out registry that serves one notice-period AppAuth. */
  optOutRegistry: interfaceId(iOptOutRegistryAbi),
} as const

/** ERC-165 id of IAppAuthVerifierHooks: boots checked against verifier adapters. */
export const verifierHooksInterfaceId = interfaceId(iAppAuthVerifierHooksAbi)

/**
 * Everything the tooling knows about each variant, in one place: the project build its app runs
 * (code identity), the ERC-165 interfaces that tell it apart, what it can do (a notice period, a
 * signer set, verifier hooks), who controls it, and the name deployment records give it. deploy,
 * status, audit and every write read it from here.
 *
 * Detection order matters: the first variant whose interfaces all answer wins, so a variant comes
 * ahead of any variant whose interfaces it also answers (verified ahead of timelock). `governor` runs
 * a timelock (or verified) build owned by a TimelockController: it is a deployment shape, not a code
 * of its own, so detection and code identity never name it (`interfaces: null`, no build).
 */
export const variants = {
  verified: {
    build: 'VerifiedTimelockAppAuth',
    abi: verifiedTimelockAppAuthAbi,
    interfaces: [interfaceIds.notice, interfaceIds.ownable, verifierHooksInterfaceId],
    notice: true,
    multisig: false,
    verifierHooks: true,
    controller: 'owner',
    stage: 'Stage 1',
    description: 'owner-controlled, every loosening waits the notice period, boots need k-of-n TEE vendor attestations',
  },
  timelock: {
    build: 'TimelockAppAuth',
    abi: timelockAppAuthAbi,
    interfaces: [interfaceIds.notice, interfaceIds.ownable],
    notice: true,
    multisig: false,
    verifierHooks: false,
    controller: 'owner',
    stage: 'Stage 1',
    description: 'owner-controlled, every loosening waits the notice period',
  },
  multisig: {
    build: 'MultisigAppAuth',
    abi: multisigAppAuthAbi,
    interfaces: [interfaceIds.notice, interfaceIds.multisig],
    notice: true,
    multisig: true,
    verifierHooks: false,
    controller: 'signers',
    stage: 'Stage 1',
    description: 'm-of-n signers control it, every loosening waits the notice period',
  },
  baseline: {
    build: 'BaselineAppAuth',
    abi: baselineAppAuthAbi,
    interfaces: [interfaceIds.basicManagement],
    notice: false,
    multisig: false,
    verifierHooks: false,
    controller: 'owner',
    stage: 'Stage 0',
    description: 'instant owner (DstackApp-equivalent): ruggable',
  },
  governor: {
    build: null,
    abi: timelockAppAuthAbi,
    interfaces: null,
    notice: true,
    multisig: false,
    verifierHooks: false,
    controller: 'timelock',
    stage: 'Stage 2',
    description: 'token holders vote through an OpenZeppelin Governor and a TimelockController, every loosening waits the notice period',
  },
} as const satisfies Record<
  string,
  {
    /** The project build (contract name) an app of this variant runs; null for a deployment shape over another variant's build. */
    build: string | null
    abi: Abi
    /** ERC-165 ids that all answer on this variant; null when interfaces cannot tell it apart. */
    interfaces: readonly Hex[] | null
    /** Loosening waits a notice period (IAppAuthNotice): changes are proposed, then activated. */
    notice: boolean
    /** An m-of-n signer set controls it (IAppAuthMultisig): there is no owner. */
    multisig: boolean
    /** Boots need verifier adapters' attestations (IAppAuthVerifierHooks). */
    verifierHooks: boolean
    /** Who controls it at deployment: an owner account, its signer set, or a TimelockController under a Governor. */
    controller: 'owner' | 'signers' | 'timelock'
    stage: string
    description: string
  }
>

/** Every variant `deploy` knows, as deployment records name them. */
export type Variant = keyof typeof variants

/** The variants code can be told apart by: those with a build of their own. */
export type DetectedVariant = { [name in Variant]: (typeof variants)[name]['interfaces'] extends null ? never : name }[Variant]

/** The variant of each project build that is an AppAuth (`TimelockAppAuth` → `timelock`, ...). */
export const variantOfBuild: Readonly<Record<string, DetectedVariant>> = Object.fromEntries(
  detectedVariants().map((variant) => [variants[variant].build, variant]),
)

/** The detectable variants, in detection order. */
export function detectedVariants(): DetectedVariant[] {
  return (Object.keys(variants) as Variant[]).filter((variant): variant is DetectedVariant => variants[variant].interfaces !== null)
}

export type AppAuthInfo = {
  address: Address
  variant: DetectedVariant
  /** Whether the variant puts loosening behind a notice period (IAppAuthNotice). */
  hasNotice: boolean
}

export type GetAppAuthParameters = { address: Address }
export type GetAppAuthReturnType = AppAuthInfo

/**
 * Checks that `address` is an AppAuth this tooling can manage and says which variant it is.
 * Throws {@link NotAnAppAuthError} for an address without code, one that does not answer
 * `supportsInterface(0x1e079198)`, or an AppAuth of an unknown kind.
 */
export async function getAppAuth(client: Client, { address }: GetAppAuthParameters): Promise<GetAppAuthReturnType> {
  await assertAppAuth(client, { address })
  for (const variant of detectedVariants()) {
    const answers = await Promise.all(variants[variant].interfaces.map((id) => supportsInterface(client, address, id)))
    if (answers.every(Boolean)) return { address, variant, hasNotice: variants[variant].notice }
  }
  throw new NotAnAppAuthError(address, 'not manageable')
}

/**
 * An AppAuth by address, with its variant when the caller already resolved it: the write actions
 * take either, so that a command detects the variant once however many actions it runs.
 */
export type AppAuthTarget = { address: Address; app?: AppAuthInfo | undefined }

/** The given {@link AppAuthInfo} when it is for `address`, else {@link getAppAuth}. */
export async function resolveAppAuth(client: Client, { address, app }: AppAuthTarget): Promise<AppAuthInfo> {
  return app && app.address.toLowerCase() === address.toLowerCase() ? app : getAppAuth(client, { address })
}

/** Throws unless `address` holds a contract that answers the dstack IAppAuth interface. */
export async function assertAppAuth(client: Client, { address }: GetAppAuthParameters): Promise<void> {
  const code = await getCode(client, { address })
  if (!code || code === '0x') throw new NotAnAppAuthError(address, 'no code')
  if (!(await supportsInterface(client, address, interfaceIds.appAuth))) throw new NotAnAppAuthError(address, 'no IAppAuth')
}

/** ERC-165 `supportsInterface`, false when the contract does not implement ERC-165 at all. */
export async function supportsInterface(client: Client, address: Address, id: Hex): Promise<boolean> {
  try {
    return await readContract(client, { address, abi: iAppAuthAbi, functionName: 'supportsInterface', args: [id] })
  } catch {
    return false
  }
}

type AbiError = Extract<Abi[number], { type: 'error' }>

const allAbis = (Object.values(generated) as unknown[]).filter((value): value is Abi => Array.isArray(value))

function unique<item extends AbiEvent | AbiError>(items: item[], signature: (item: item) => string): item[] {
  const seen = new Map<string, item>()
  for (const item of items) seen.set(signature(item), item)
  return [...seen.values()]
}

/** Every custom error any of our contracts declares, to decode reverts wherever they come from. */
export const knownErrorsAbi = unique(
  allAbis.flatMap((abi) => abi.filter((item): item is AbiError => item.type === 'error')),
  (item) => `${item.name}(${item.inputs.map((input) => input.type).join(',')})`,
)

/**
 * Every event the managed variants emit, to decode an AppAuth's logs whatever its variant, and the
 * lifecycle events of upstream's upgradeable DstackApp (`Initialized`, `Upgraded`, `UpgradesDisabled`),
 * so that a stock app's history names them too.
 */
export const appAuthEventsAbi = unique(
  [...Object.values(variants).flatMap(({ abi }) => abi as Abi), ...iDstackUpgradeEventsAbi].filter(
    (item): item is AbiEvent => item.type === 'event',
  ),
  (item) => `${item.name}(${item.inputs.map((input) => input.type).join(',')})`,
)

/** Member names of the enum an ABI parameter carries, from its `internalType` (e.g. `enum IAppAuthNotice.ChangeKind`). */
export function enumMembersOf(internalType: string | undefined): readonly string[] | undefined {
  return internalType ? (generated.enumMembers as Record<string, readonly string[]>)[internalType] : undefined
}

/** `IAppAuthNotice.ChangeKind` names, by value. */
export const changeKinds = generated.enumMembers['enum IAppAuthNotice.ChangeKind']
export type ChangeKindName = (typeof changeKinds)[number]

/**
 * The id a notice-period variant gives the change `(kind, value)`: `keccak256(abi.encode(kind, value))`
 * for every kind, as `IAppAuthNotice.changeId` computes it on-chain.
 */
export function changeIdOf(kind: ChangeKindName, value: Hex): Hex {
  return keccak256(encodeAbiParameters([{ type: 'uint8' }, { type: 'bytes32' }], [changeKinds.indexOf(kind), value]))
}

export function changeKindName(kind: number): string {
  return changeKinds[kind] ?? `ChangeKind(${kind})`
}
