// Interfaces of contracts this project does not build, which the auditor probes on any chain:
// OpenZeppelin's Ownable, AccessControl, TimelockController and Governor, Safe, ERC-1967 / ERC-1822
// proxies and beacons. Their ABIs are generated (ts/generated) from the npm packages' own artifacts
// (@openzeppelin/contracts, @safe-global/safe-contracts); this module names them for the readers.
import { type Hex, keccak256, toHex } from 'viem'
import {
  governorTimelockControlAbi,
  governorVotesQuorumFractionAbi,
  iBeaconAbi,
  ownable2StepAbi,
  safeAbi as safeArtifactAbi,
  timelockControllerAbi as timelockControllerArtifactAbi,
  uupsUpgradeableAbi,
} from '../generated/contracts'

/** OpenZeppelin's Ownable2Step: `owner()`, `pendingOwner()` and the hand-over. */
export const ownableAbi = ownable2StepAbi

/** Safe 1.4.1: threshold, owners, modules, version. */
export const safeAbi = safeArtifactAbi

/** OpenZeppelin's TimelockController: minimum delay, roles and their events. */
export const timelockControllerAbi = timelockControllerArtifactAbi

export const timelockRoles = {
  admin: '0x0000000000000000000000000000000000000000000000000000000000000000',
  proposer: keccak256(toHex('PROPOSER_ROLE')),
  executor: keccak256(toHex('EXECUTOR_ROLE')),
  canceller: keccak256(toHex('CANCELLER_ROLE')),
} as const satisfies Record<string, Hex>

/**
 * An OpenZeppelin Governor with the extensions the auditor asks about: GovernorVotes (`token`),
 * GovernorVotesQuorumFraction (`quorumNumerator`) and GovernorTimelockControl (`timelock`). Both
 * artifacts carry Governor's own functions; a read takes the first match.
 */
export const governorAbi = [...governorVotesQuorumFractionAbi, ...governorTimelockControlAbi] as const

/**
 * ERC-165 ids OpenZeppelin's Governor answers: `type(IGovernor).interfaceId` of 5.x, and the same
 * without `getProposalId` (5.0 to 5.2), which Governor still accepts. A test recomputes the first
 * from OpenZeppelin's own artifact.
 */
export const governorInterfaceIds = ['0xcdbdfcee', '0x65455a86'] as const

/** ERC-1822 `proxiableUUID` and `upgradeToAndCall` (OpenZeppelin's UUPSUpgradeable), and a beacon's `implementation()`. */
export const proxyAbi = [...uupsUpgradeableAbi, ...iBeaconAbi] as const

/** ERC-1967 storage slots: keccak256 of the name, minus one. */
export const erc1967Slots = {
  implementation: '0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc',
  admin: '0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103',
  beacon: '0xa3f0ad74e5423aebfd80d3ef4346578335a9a72aeaee59ff6cb3582b35133d50',
} as const satisfies Record<string, Hex>

