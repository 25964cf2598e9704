// Interfaces of contracts this project does not build, which the auditor probes on any chain:
// OpenZeppelin's Ownable, AccessControl, TimelockController and Governor, Safe, ERC-1967 / ERC-1822
// proxies and beacons. They are fixed public standards, declared here as the signatures the probes
// call; every ABI of our own contracts comes from ts/generated.
import { type Hex, keccak256, parseAbi, toHex } from 'viem'

export const ownableAbi = parseAbi(['function owner() view returns (address)', 'function pendingOwner() view returns (address)'])

export const safeAbi = parseAbi([
  'function getThreshold() view returns (uint256)',
  'function getOwners() view returns (address[])',
  'function VERSION() view returns (string)',
  'function getModulesPaginated(address start, uint256 pageSize) view returns (address[] array, address next)',
])

export const timelockControllerAbi = parseAbi([
  'function getMinDelay() view returns (uint256)',
  'function hasRole(bytes32 role, address account) view returns (bool)',
  'event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)',
  'event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)',
])

export const timelockRoles = {
  admin: '0x0000000000000000000000000000000000000000000000000000000000000000',
  proposer: keccak256(toHex('PROPOSER_ROLE')),
  executor: keccak256(toHex('EXECUTOR_ROLE')),
  canceller: keccak256(toHex('CANCELLER_ROLE')),
} as const satisfies Record<string, Hex>

export const governorAbi = parseAbi([
  'function name() view returns (string)',
  'function CLOCK_MODE() view returns (string)',
  'function clock() view returns (uint48)',
  'function votingDelay() view returns (uint256)',
  'function votingPeriod() view returns (uint256)',
  'function quorum(uint256 timepoint) view returns (uint256)',
  'function quorumNumerator() view returns (uint256)',
  'function proposalThreshold() view returns (uint256)',
  'function timelock() view returns (address)',
  'function token() view returns (address)',
])

/**
 * ERC-165 ids OpenZeppelin's Governor answers: `type(IGovernor).interfaceId` of 5.x, and the same
 * without `getProposalId` (5.0 to 5.2), which Governor still accepts. A test recomputes the first
 * from OpenZeppelin's own artifact.
 */
export const governorInterfaceIds = ['0xcdbdfcee', '0x65455a86'] as const

export const proxyAbi = parseAbi([
  'function proxiableUUID() view returns (bytes32)',
  'function upgradeToAndCall(address newImplementation, bytes data) payable',
  'function implementation() view returns (address)',
])

/** ERC-1967 storage slots: keccak256 of the name, minus one. */
export const erc1967Slots = {
  implementation: '0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc',
  admin: '0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103',
  beacon: '0xa3f0ad74e5423aebfd80d3ef4346578335a9a72aeaee59ff6cb3582b35133d50',
} as const satisfies Record<string, Hex>

