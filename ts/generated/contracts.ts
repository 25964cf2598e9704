//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// AppAuthCore
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const appAuthCoreAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'allowAnyDevice',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedComposeHashes',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedDeviceIds',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'bootInfo',
        internalType: 'struct IAppAuth.AppBootInfo',
        type: 'tuple',
        components: [
          { name: 'appId', internalType: 'address', type: 'address' },
          { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'instanceId', internalType: 'address', type: 'address' },
          { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrAggregated', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrSystem', internalType: 'bytes32', type: 'bytes32' },
          { name: 'osImageHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'tcbStatus', internalType: 'string', type: 'string' },
          { name: 'advisoryIds', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'isAppAllowed',
    outputs: [
      { name: 'isAllowed', internalType: 'bool', type: 'bool' },
      { name: 'reason', internalType: 'string', type: 'string' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireTcbUpToDate',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'allowAny', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'AllowAnyDeviceSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'requireUpToDate',
        internalType: 'bool',
        type: 'bool',
        indexed: false,
      },
    ],
    name: 'RequireTcbUpToDateSet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'kind', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthNoOp',
  },
  { type: 'error', inputs: [], name: 'AppAuthZeroValue' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// AppAuthGovernor
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const appAuthGovernorAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'name_', internalType: 'string', type: 'string' },
      { name: 'token_', internalType: 'contract IVotes', type: 'address' },
      {
        name: 'timelock_',
        internalType: 'contract TimelockController',
        type: 'address',
      },
      {
        name: 'config',
        internalType: 'struct IAppAuthGovernor.Config',
        type: 'tuple',
        components: [
          { name: 'votingDelay', internalType: 'uint48', type: 'uint48' },
          { name: 'votingPeriod', internalType: 'uint32', type: 'uint32' },
          {
            name: 'proposalThreshold',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'quorumNumerator', internalType: 'uint256', type: 'uint256' },
          {
            name: 'lateQuorumExtension',
            internalType: 'uint48',
            type: 'uint48',
          },
          { name: 'executionWindow', internalType: 'uint32', type: 'uint32' },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  { type: 'receive', stateMutability: 'payable' },
  {
    type: 'function',
    inputs: [],
    name: 'BALLOT_TYPEHASH',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'CLOCK_MODE',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'COUNTING_MODE',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'EXTENDED_BALLOT_TYPEHASH',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_EXECUTION_WINDOW',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MIN_QUORUM_NUMERATOR',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MIN_VOTING_DELAY',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MIN_VOTING_PERIOD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'calldatas', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'cancel',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'support', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'castVote',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'support', internalType: 'uint8', type: 'uint8' },
      { name: 'voter', internalType: 'address', type: 'address' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'castVoteBySig',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'support', internalType: 'uint8', type: 'uint8' },
      { name: 'reason', internalType: 'string', type: 'string' },
    ],
    name: 'castVoteWithReason',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'support', internalType: 'uint8', type: 'uint8' },
      { name: 'reason', internalType: 'string', type: 'string' },
      { name: 'params', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'castVoteWithReasonAndParams',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'support', internalType: 'uint8', type: 'uint8' },
      { name: 'voter', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'string', type: 'string' },
      { name: 'params', internalType: 'bytes', type: 'bytes' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'castVoteWithReasonAndParamsBySig',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'clock',
    outputs: [{ name: '', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'calldatas', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'execute',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'executionWindow',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'calldatas', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'getProposalId',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
      { name: 'params', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'getVotesWithParams',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasVoted',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'calldatas', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'hashProposal',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'lateQuorumVoteExtension',
    outputs: [{ name: '', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'nonces',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256[]', type: 'uint256[]' },
      { name: '', internalType: 'uint256[]', type: 'uint256[]' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC1155BatchReceived',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC1155Received',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC721Received',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'proposalDeadline',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'proposalEta',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'proposalNeedsQueuing',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'proposalProposer',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'proposalSnapshot',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'proposalThreshold',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'proposalVotes',
    outputs: [
      { name: 'againstVotes', internalType: 'uint256', type: 'uint256' },
      { name: 'forVotes', internalType: 'uint256', type: 'uint256' },
      { name: 'abstainVotes', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'calldatas', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'description', internalType: 'string', type: 'string' },
    ],
    name: 'propose',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'calldatas', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'queue',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'timepoint', internalType: 'uint256', type: 'uint256' }],
    name: 'quorum',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'quorumDenominator',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'timepoint', internalType: 'uint256', type: 'uint256' }],
    name: 'quorumNumerator',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'quorumNumerator',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'relay',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newVoteExtension', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'setLateQuorumVoteExtension',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'newProposalThreshold',
        internalType: 'uint256',
        type: 'uint256',
      },
    ],
    name: 'setProposalThreshold',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newVotingDelay', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'setVotingDelay',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newVotingPeriod', internalType: 'uint32', type: 'uint32' },
    ],
    name: 'setVotingPeriod',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'state',
    outputs: [
      { name: '', internalType: 'enum IGovernor.ProposalState', type: 'uint8' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'timelock',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'token',
    outputs: [{ name: '', internalType: 'contract IERC5805', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newQuorumNumerator', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'updateQuorumNumerator',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'newTimelock',
        internalType: 'contract TimelockController',
        type: 'address',
      },
    ],
    name: 'updateTimelock',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'version',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'votingDelay',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'votingPeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldVoteExtension',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'newVoteExtension',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'LateQuorumVoteExtensionSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProposalCanceled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'proposer',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'targets',
        internalType: 'address[]',
        type: 'address[]',
        indexed: false,
      },
      {
        name: 'values',
        internalType: 'uint256[]',
        type: 'uint256[]',
        indexed: false,
      },
      {
        name: 'signatures',
        internalType: 'string[]',
        type: 'string[]',
        indexed: false,
      },
      {
        name: 'calldatas',
        internalType: 'bytes[]',
        type: 'bytes[]',
        indexed: false,
      },
      {
        name: 'voteStart',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'voteEnd',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'description',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'ProposalCreated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProposalExecuted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'extendedDeadline',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'ProposalExtended',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'etaSeconds',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProposalQueued',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldProposalThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newProposalThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProposalThresholdSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldQuorumNumerator',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newQuorumNumerator',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'QuorumNumeratorUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldTimelock',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'newTimelock',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'TimelockChange',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'voter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'support', internalType: 'uint8', type: 'uint8', indexed: false },
      {
        name: 'weight',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reason',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'VoteCast',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'voter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'support', internalType: 'uint8', type: 'uint8', indexed: false },
      {
        name: 'weight',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reason',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
      { name: 'params', internalType: 'bytes', type: 'bytes', indexed: false },
    ],
    name: 'VoteCastWithParams',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldVotingDelay',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newVotingDelay',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'VotingDelaySet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldVotingPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newVotingPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'VotingPeriodSet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'setting', internalType: 'string', type: 'string' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'floor', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthGovernorBelowFloor',
  },
  {
    type: 'error',
    inputs: [{ name: 'clockMode', internalType: 'string', type: 'string' }],
    name: 'AppAuthGovernorClockNotTimestamp',
  },
  {
    type: 'error',
    inputs: [
      { name: 'executionWindow', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthGovernorInvalidExecutionWindow',
  },
  { type: 'error', inputs: [], name: 'CheckpointUnorderedInsertion' },
  { type: 'error', inputs: [], name: 'ERC6372InconsistentClock' },
  { type: 'error', inputs: [], name: 'FailedCall' },
  {
    type: 'error',
    inputs: [{ name: 'voter', internalType: 'address', type: 'address' }],
    name: 'GovernorAlreadyCastVote',
  },
  {
    type: 'error',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'GovernorAlreadyQueuedProposal',
  },
  { type: 'error', inputs: [], name: 'GovernorDisabledDeposit' },
  {
    type: 'error',
    inputs: [
      { name: 'proposer', internalType: 'address', type: 'address' },
      { name: 'votes', internalType: 'uint256', type: 'uint256' },
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'GovernorInsufficientProposerVotes',
  },
  {
    type: 'error',
    inputs: [
      { name: 'targets', internalType: 'uint256', type: 'uint256' },
      { name: 'calldatas', internalType: 'uint256', type: 'uint256' },
      { name: 'values', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'GovernorInvalidProposalLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'quorumNumerator', internalType: 'uint256', type: 'uint256' },
      { name: 'quorumDenominator', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'GovernorInvalidQuorumFraction',
  },
  {
    type: 'error',
    inputs: [{ name: 'voter', internalType: 'address', type: 'address' }],
    name: 'GovernorInvalidSignature',
  },
  { type: 'error', inputs: [], name: 'GovernorInvalidVoteParams' },
  { type: 'error', inputs: [], name: 'GovernorInvalidVoteType' },
  {
    type: 'error',
    inputs: [
      { name: 'votingPeriod', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'GovernorInvalidVotingPeriod',
  },
  {
    type: 'error',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'GovernorNonexistentProposal',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'GovernorOnlyExecutor',
  },
  {
    type: 'error',
    inputs: [
      { name: 'newVoteExtension', internalType: 'uint256', type: 'uint256' },
      { name: 'maxVoteExtension', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'GovernorPreventLateQuorumVoteExtensionTooLarge',
  },
  {
    type: 'error',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'GovernorProposalQueueingFailed',
  },
  {
    type: 'error',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'GovernorProposalQueueingNotRequired',
  },
  {
    type: 'error',
    inputs: [{ name: 'proposer', internalType: 'address', type: 'address' }],
    name: 'GovernorRestrictedProposer',
  },
  {
    type: 'error',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'GovernorUnableToCancel',
  },
  {
    type: 'error',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'current',
        internalType: 'enum IGovernor.ProposalState',
        type: 'uint8',
      },
      { name: 'expectedStates', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'GovernorUnexpectedProposalState',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'currentNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAccountNonce',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// AppAuthMultisig
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const appAuthMultisigAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'EXECUTE_TYPEHASH',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_GRACE_PERIOD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_NONCE_AHEAD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_NOTICE_PERIOD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_SIGNERS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activateComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activatesAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'allowAnyDevice',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedComposeHashes',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedDeviceIds',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'dataHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approvalCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'dataHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'cancelProposal',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'changeId',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'clearExpired',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'disallowAnyDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'data', internalType: 'bytes', type: 'bytes' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
      { name: 'signatures', internalType: 'bytes[]', type: 'bytes[]' },
    ],
    name: 'execute',
    outputs: [{ name: 'result', internalType: 'bytes', type: 'bytes' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'dataHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'executeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getChange',
    outputs: [
      {
        name: '',
        internalType: 'struct IAppAuthNotice.Change',
        type: 'tuple',
        components: [
          {
            name: 'kind',
            internalType: 'enum IAppAuthNotice.ChangeKind',
            type: 'uint8',
          },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
          { name: 'expiresAt', internalType: 'uint64', type: 'uint64' },
          { name: 'value', internalType: 'bytes32', type: 'bytes32' },
          { name: 'uri', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'gracePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'dataHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'hasApproved',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'bootInfo',
        internalType: 'struct IAppAuth.AppBootInfo',
        type: 'tuple',
        components: [
          { name: 'appId', internalType: 'address', type: 'address' },
          { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'instanceId', internalType: 'address', type: 'address' },
          { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrAggregated', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrSystem', internalType: 'bytes32', type: 'bytes32' },
          { name: 'osImageHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'tcbStatus', internalType: 'string', type: 'string' },
          { name: 'advisoryIds', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'isAppAllowed',
    outputs: [
      { name: 'isAllowed', internalType: 'bool', type: 'bool' },
      { name: 'reason', internalType: 'string', type: 'string' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'isSigner',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newPeriod', internalType: 'uint256', type: 'uint256' }],
    name: 'lengthenNoticePeriod',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'minNoticePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'nonce',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'noticePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingChangeCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'offset', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'pendingChanges',
    outputs: [
      { name: 'ids', internalType: 'bytes32[]', type: 'bytes32[]' },
      {
        name: 'changes',
        internalType: 'struct IAppAuthNotice.Change[]',
        type: 'tuple[]',
        components: [
          {
            name: 'kind',
            internalType: 'enum IAppAuthNotice.ChangeKind',
            type: 'uint8',
          },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
          { name: 'expiresAt', internalType: 'uint64', type: 'uint64' },
          { name: 'value', internalType: 'bytes32', type: 'bytes32' },
          { name: 'uri', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'newThreshold', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeAddSigner',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'uri', internalType: 'string', type: 'string' }],
    name: 'proposeAllowAnyDevice',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeComposeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposeComposeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeDevice',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newPeriod', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeNoticePeriod',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'newThreshold', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeRemoveSigner',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'uri', internalType: 'string', type: 'string' }],
    name: 'proposeTcbNotRequired',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newThreshold', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeThreshold',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposedAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireTcbUpToDate',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireUpToDateTcb',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'dataHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'revokeApproval',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'newThreshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'signerChangeValue',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'signers',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'threshold',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'allowAny', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'AllowAnyDeviceSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'signer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'digest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'dataHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'nonce',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ApprovalRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'signer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'digest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'dataHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'nonce',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Approved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeActivated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeCancelled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeExpired',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'activatesAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'expiresAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      { name: 'uri', internalType: 'string', type: 'string', indexed: false },
    ],
    name: 'ChangeProposed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceRemoved',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'nonce',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'digest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'dataHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'submitter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'Executed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'NoticePeriodSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'requireUpToDate',
        internalType: 'bool',
        type: 'bool',
        indexed: false,
      },
    ],
    name: 'RequireTcbUpToDateSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'signer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SignerAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'signer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SignerRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ThresholdChanged',
  },
  {
    type: 'error',
    inputs: [{ name: 'target', internalType: 'address', type: 'address' }],
    name: 'AddressEmptyCode',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeAlreadyPending',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiresAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeExpired',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiresAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeNotExpired',
  },
  {
    type: 'error',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'AppAuthChangeNotPending',
  },
  {
    type: 'error',
    inputs: [
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthInvalidChange',
  },
  {
    type: 'error',
    inputs: [{ name: 'requested', internalType: 'uint256', type: 'uint256' }],
    name: 'AppAuthInvalidGracePeriod',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthInvalidNoticePeriod',
  },
  {
    type: 'error',
    inputs: [
      { name: 'kind', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthNoOp',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthNoticePeriodNotElapsed',
  },
  { type: 'error', inputs: [], name: 'AppAuthZeroValue' },
  { type: 'error', inputs: [], name: 'FailedCall' },
  {
    type: 'error',
    inputs: [
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InsufficientBalance',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'digest', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'MultisigAlreadyApproved',
  },
  {
    type: 'error',
    inputs: [
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
      { name: 'expected', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MultisigInvalidNonce',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'MultisigInvalidSignature',
  },
  {
    type: 'error',
    inputs: [{ name: 'signer', internalType: 'address', type: 'address' }],
    name: 'MultisigInvalidSigner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
      { name: 'signerCount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MultisigInvalidThreshold',
  },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'caller', internalType: 'address', type: 'address' },
    ],
    name: 'MultisigNewSignerMustActivate',
  },
  {
    type: 'error',
    inputs: [
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
      { name: 'maxNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MultisigNonceTooFarAhead',
  },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'digest', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'MultisigNotApproved',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'MultisigNotSigner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'previous', internalType: 'address', type: 'address' },
    ],
    name: 'MultisigSignersNotAscending',
  },
  {
    type: 'error',
    inputs: [
      { name: 'approvals', internalType: 'uint256', type: 'uint256' },
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MultisigThresholdNotMet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MultisigTooManySigners',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'MultisigUnauthorized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// AppAuthNodeVotes
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const appAuthNodeVotesAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'name_', internalType: 'string', type: 'string' },
      { name: 'symbol_', internalType: 'string', type: 'string' },
      { name: 'owner_', internalType: 'address', type: 'address' },
      { name: 'operators', internalType: 'address[]', type: 'address[]' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'CLOCK_MODE',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'tokenId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'balanceOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'clock',
    outputs: [{ name: '', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'delegatee', internalType: 'address', type: 'address' }],
    name: 'delegate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'delegatee', internalType: 'address', type: 'address' },
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
      { name: 'expiry', internalType: 'uint256', type: 'uint256' },
      { name: 'v', internalType: 'uint8', type: 'uint8' },
      { name: 'r', internalType: 'bytes32', type: 'bytes32' },
      { name: 's', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'delegateBySig',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'delegates',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'tokenId', internalType: 'uint256', type: 'uint256' }],
    name: 'getApproved',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'timepoint', internalType: 'uint256', type: 'uint256' }],
    name: 'getPastTotalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getPastVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'getVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'operator', internalType: 'address', type: 'address' },
    ],
    name: 'isApprovedForAll',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'mintAuthority',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'nonces',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'owner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'tokenId', internalType: 'uint256', type: 'uint256' }],
    name: 'ownerOf',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'renounceOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'tokenId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'safeTransferFrom',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'tokenId', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'safeTransferFrom',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'seat',
    outputs: [{ name: 'seatId', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'approved', internalType: 'bool', type: 'bool' },
    ],
    name: 'setApprovalForAll',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'tokenId', internalType: 'uint256', type: 'uint256' }],
    name: 'tokenURI',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'tokenId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transferFrom',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'transferOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'seatId', internalType: 'uint256', type: 'uint256' }],
    name: 'unseat',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'approved',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'tokenId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
    ],
    name: 'Approval',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'approved', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'ApprovalForAll',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'delegator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'fromDelegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'toDelegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'DelegateChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'delegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'previousVotes',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newVotes',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'DelegateVotesChanged',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferred',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'from', internalType: 'address', type: 'address', indexed: true },
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'tokenId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
    ],
    name: 'Transfer',
  },
  { type: 'error', inputs: [], name: 'CheckpointUnorderedInsertion' },
  { type: 'error', inputs: [], name: 'ECDSAInvalidSignature' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'ECDSAInvalidSignatureLength',
  },
  {
    type: 'error',
    inputs: [{ name: 's', internalType: 'bytes32', type: 'bytes32' }],
    name: 'ECDSAInvalidSignatureS',
  },
  {
    type: 'error',
    inputs: [
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
      { name: 'clock', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'ERC5805FutureLookup',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'tokenId', internalType: 'uint256', type: 'uint256' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'ERC721IncorrectOwner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'tokenId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC721InsufficientApproval',
  },
  {
    type: 'error',
    inputs: [{ name: 'approver', internalType: 'address', type: 'address' }],
    name: 'ERC721InvalidApprover',
  },
  {
    type: 'error',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'ERC721InvalidOperator',
  },
  {
    type: 'error',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'ERC721InvalidOwner',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'ERC721InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'ERC721InvalidSender',
  },
  {
    type: 'error',
    inputs: [{ name: 'tokenId', internalType: 'uint256', type: 'uint256' }],
    name: 'ERC721NonexistentToken',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'currentNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAccountNonce',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'OwnableInvalidOwner',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'OwnableUnauthorizedAccount',
  },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
  {
    type: 'error',
    inputs: [{ name: 'expiry', internalType: 'uint256', type: 'uint256' }],
    name: 'VotesExpiredSignature',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// AppAuthNotice
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const appAuthNoticeAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'MAX_GRACE_PERIOD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_NOTICE_PERIOD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activateComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activatesAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'allowAnyDevice',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedComposeHashes',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedDeviceIds',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'cancelProposal',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'changeId',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'clearExpired',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'disallowAnyDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getChange',
    outputs: [
      {
        name: '',
        internalType: 'struct IAppAuthNotice.Change',
        type: 'tuple',
        components: [
          {
            name: 'kind',
            internalType: 'enum IAppAuthNotice.ChangeKind',
            type: 'uint8',
          },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
          { name: 'expiresAt', internalType: 'uint64', type: 'uint64' },
          { name: 'value', internalType: 'bytes32', type: 'bytes32' },
          { name: 'uri', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'gracePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'bootInfo',
        internalType: 'struct IAppAuth.AppBootInfo',
        type: 'tuple',
        components: [
          { name: 'appId', internalType: 'address', type: 'address' },
          { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'instanceId', internalType: 'address', type: 'address' },
          { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrAggregated', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrSystem', internalType: 'bytes32', type: 'bytes32' },
          { name: 'osImageHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'tcbStatus', internalType: 'string', type: 'string' },
          { name: 'advisoryIds', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'isAppAllowed',
    outputs: [
      { name: 'isAllowed', internalType: 'bool', type: 'bool' },
      { name: 'reason', internalType: 'string', type: 'string' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newPeriod', internalType: 'uint256', type: 'uint256' }],
    name: 'lengthenNoticePeriod',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'minNoticePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'noticePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingChangeCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'offset', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'pendingChanges',
    outputs: [
      { name: 'ids', internalType: 'bytes32[]', type: 'bytes32[]' },
      {
        name: 'changes',
        internalType: 'struct IAppAuthNotice.Change[]',
        type: 'tuple[]',
        components: [
          {
            name: 'kind',
            internalType: 'enum IAppAuthNotice.ChangeKind',
            type: 'uint8',
          },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
          { name: 'expiresAt', internalType: 'uint64', type: 'uint64' },
          { name: 'value', internalType: 'bytes32', type: 'bytes32' },
          { name: 'uri', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'uri', internalType: 'string', type: 'string' }],
    name: 'proposeAllowAnyDevice',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeComposeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposeComposeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeDevice',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newPeriod', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeNoticePeriod',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'uri', internalType: 'string', type: 'string' }],
    name: 'proposeTcbNotRequired',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposedAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireTcbUpToDate',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireUpToDateTcb',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'allowAny', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'AllowAnyDeviceSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeActivated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeCancelled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeExpired',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'activatesAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'expiresAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      { name: 'uri', internalType: 'string', type: 'string', indexed: false },
    ],
    name: 'ChangeProposed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'NoticePeriodSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'requireUpToDate',
        internalType: 'bool',
        type: 'bool',
        indexed: false,
      },
    ],
    name: 'RequireTcbUpToDateSet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeAlreadyPending',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiresAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeExpired',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiresAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeNotExpired',
  },
  {
    type: 'error',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'AppAuthChangeNotPending',
  },
  {
    type: 'error',
    inputs: [
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthInvalidChange',
  },
  {
    type: 'error',
    inputs: [{ name: 'requested', internalType: 'uint256', type: 'uint256' }],
    name: 'AppAuthInvalidGracePeriod',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthInvalidNoticePeriod',
  },
  {
    type: 'error',
    inputs: [
      { name: 'kind', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthNoOp',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthNoticePeriodNotElapsed',
  },
  { type: 'error', inputs: [], name: 'AppAuthZeroValue' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// AppAuthTimelock
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const appAuthTimelockAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'minDelay', internalType: 'uint256', type: 'uint256' },
      { name: 'executionWindow_', internalType: 'uint256', type: 'uint256' },
      { name: 'governor', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  { type: 'receive', stateMutability: 'payable' },
  {
    type: 'function',
    inputs: [],
    name: 'CANCELLER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'EXECUTOR_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_EXECUTION_WINDOW',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MIN_DELAY',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'PROPOSER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'cancel',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'payload', internalType: 'bytes', type: 'bytes' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'execute',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'payloads', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'executeBatch',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'executionWindow',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getMinDelay',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getOperationState',
    outputs: [
      {
        name: '',
        internalType: 'enum TimelockController.OperationState',
        type: 'uint8',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getTimestamp',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'hashOperation',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'payloads', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'hashOperationBatch',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperation',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperationDone',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperationExpired',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperationPending',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperationReady',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256[]', type: 'uint256[]' },
      { name: '', internalType: 'uint256[]', type: 'uint256[]' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC1155BatchReceived',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC1155Received',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC721Received',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'delay', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'schedule',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'payloads', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'delay', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'scheduleBatch',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newDelay', internalType: 'uint256', type: 'uint256' }],
    name: 'updateDelay',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'target',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'data', internalType: 'bytes', type: 'bytes', indexed: false },
    ],
    name: 'CallExecuted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'salt',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'CallSalt',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'target',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'data', internalType: 'bytes', type: 'bytes', indexed: false },
      {
        name: 'predecessor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'delay',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'CallScheduled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
    ],
    name: 'Cancelled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldDuration',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newDuration',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'MinDelayChange',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  {
    type: 'error',
    inputs: [
      { name: 'delay', internalType: 'uint256', type: 'uint256' },
      { name: 'floor', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthTimelockDelayBelowFloor',
  },
  {
    type: 'error',
    inputs: [
      { name: 'executionWindow', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthTimelockInvalidExecutionWindow',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiredAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthTimelockOperationExpired',
  },
  { type: 'error', inputs: [], name: 'FailedCall' },
  {
    type: 'error',
    inputs: [
      { name: 'delay', internalType: 'uint256', type: 'uint256' },
      { name: 'minDelay', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TimelockInsufficientDelay',
  },
  {
    type: 'error',
    inputs: [
      { name: 'targets', internalType: 'uint256', type: 'uint256' },
      { name: 'payloads', internalType: 'uint256', type: 'uint256' },
      { name: 'values', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TimelockInvalidOperationLength',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'TimelockUnauthorizedCaller',
  },
  {
    type: 'error',
    inputs: [
      { name: 'predecessorId', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'TimelockUnexecutedPredecessor',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operationId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expectedStates', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'TimelockUnexpectedOperationState',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// AppAuthVerifierHooks
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const appAuthVerifierHooksAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'MAX_ATTESTATION_VALIDITY',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_GRACE_PERIOD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_NOTICE_PERIOD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_PINS_PER_VENDOR',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_VENDORS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activateComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activatesAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'allowAnyDevice',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedComposeHashes',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedDeviceIds',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'instanceId', internalType: 'address', type: 'address' },
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'attestationChallenge',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'instanceId', internalType: 'address', type: 'address' },
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'attestationExpiresAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'attestationValidity',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'instanceId', internalType: 'address', type: 'address' },
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'attestedVendorCount',
    outputs: [{ name: 'count', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'cancelProposal',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'changeId',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'clearExpired',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'disallowAnyDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getChange',
    outputs: [
      {
        name: '',
        internalType: 'struct IAppAuthNotice.Change',
        type: 'tuple',
        components: [
          {
            name: 'kind',
            internalType: 'enum IAppAuthNotice.ChangeKind',
            type: 'uint8',
          },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
          { name: 'expiresAt', internalType: 'uint64', type: 'uint64' },
          { name: 'value', internalType: 'bytes32', type: 'bytes32' },
          { name: 'uri', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'gracePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'bootInfo',
        internalType: 'struct IAppAuth.AppBootInfo',
        type: 'tuple',
        components: [
          { name: 'appId', internalType: 'address', type: 'address' },
          { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'instanceId', internalType: 'address', type: 'address' },
          { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrAggregated', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrSystem', internalType: 'bytes32', type: 'bytes32' },
          { name: 'osImageHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'tcbStatus', internalType: 'string', type: 'string' },
          { name: 'advisoryIds', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'isAppAllowed',
    outputs: [
      { name: 'isAllowed', internalType: 'bool', type: 'bool' },
      { name: 'reason', internalType: 'string', type: 'string' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'isMeasurementPinned',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newPeriod', internalType: 'uint256', type: 'uint256' }],
    name: 'lengthenNoticePeriod',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'measurementKey',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    name: 'measurementOfKey',
    outputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'measurementPinning',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'minNoticePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'noticePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingChangeCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'offset', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'pendingChanges',
    outputs: [
      { name: 'ids', internalType: 'bytes32[]', type: 'bytes32[]' },
      {
        name: 'changes',
        internalType: 'struct IAppAuthNotice.Change[]',
        type: 'tuple[]',
        components: [
          {
            name: 'kind',
            internalType: 'enum IAppAuthNotice.ChangeKind',
            type: 'uint8',
          },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
          { name: 'expiresAt', internalType: 'uint64', type: 'uint64' },
          { name: 'value', internalType: 'bytes32', type: 'bytes32' },
          { name: 'uri', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'pinnedMeasurements',
    outputs: [{ name: '', internalType: 'bytes32[]', type: 'bytes32[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'uri', internalType: 'string', type: 'string' }],
    name: 'proposeAllowAnyDevice',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeComposeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposeComposeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeDevice',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newPeriod', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeNoticePeriod',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'uri', internalType: 'string', type: 'string' }],
    name: 'proposeTcbNotRequired',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'adapter', internalType: 'address', type: 'address' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeVerifierAdapter',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeVerifierMeasurement',
    outputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeVerifierThreshold',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposedAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'threshold', internalType: 'uint256', type: 'uint256' }],
    name: 'raiseVerifierThreshold',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeVerifierAdapter',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireTcbUpToDate',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireUpToDateTcb',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'evidence', internalType: 'bytes', type: 'bytes' },
      { name: 'instanceId', internalType: 'address', type: 'address' },
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'submitAttestation',
    outputs: [{ name: 'expiresAt', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'unpinVerifierMeasurement',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'verifierAdapter',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifierAdapters',
    outputs: [
      { name: 'vendors', internalType: 'bytes32[]', type: 'bytes32[]' },
      { name: 'adapters', internalType: 'address[]', type: 'address[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifierThreshold',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'allowAny', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'AllowAnyDeviceSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'instanceId',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'adapter',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'measurement',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'expiresAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'AttestationSubmitted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeActivated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeCancelled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeExpired',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'activatesAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'expiresAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      { name: 'uri', internalType: 'string', type: 'string', indexed: false },
    ],
    name: 'ChangeProposed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'NoticePeriodSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'requireUpToDate',
        internalType: 'bool',
        type: 'bool',
        indexed: false,
      },
    ],
    name: 'RequireTcbUpToDateSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'adapter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'VerifierAdapterRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'adapter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'previousAdapter',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'epoch',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'VerifierAdapterSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'measurement',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'VerifierMeasurementPinned',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'measurement',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'VerifierMeasurementProposed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'measurement',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'VerifierMeasurementUnpinned',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'VerifierThresholdSet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeAlreadyPending',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiresAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeExpired',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiresAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeNotExpired',
  },
  {
    type: 'error',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'AppAuthChangeNotPending',
  },
  {
    type: 'error',
    inputs: [
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthInvalidChange',
  },
  {
    type: 'error',
    inputs: [{ name: 'requested', internalType: 'uint256', type: 'uint256' }],
    name: 'AppAuthInvalidGracePeriod',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthInvalidNoticePeriod',
  },
  {
    type: 'error',
    inputs: [
      { name: 'kind', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthNoOp',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthNoticePeriodNotElapsed',
  },
  { type: 'error', inputs: [], name: 'AppAuthZeroValue' },
  {
    type: 'error',
    inputs: [
      { name: 'adapter', internalType: 'address', type: 'address' },
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'VerifierAdapterAlreadyRegistered',
  },
  {
    type: 'error',
    inputs: [
      { name: 'adapter', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'VerifierAdapterFailed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
      { name: 'currentBlock', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VerifierChallengeBlockUnavailable',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'bytes32', type: 'bytes32' },
      { name: 'reported', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'VerifierChallengeMismatch',
  },
  {
    type: 'error',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'VerifierDuplicateVendor',
  },
  {
    type: 'error',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'VerifierInvalidMeasurement',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VerifierInvalidThreshold',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VerifierInvalidValidity',
  },
  {
    type: 'error',
    inputs: [{ name: 'adapter', internalType: 'address', type: 'address' }],
    name: 'VerifierInvalidVendor',
  },
  {
    type: 'error',
    inputs: [{ name: 'adapter', internalType: 'address', type: 'address' }],
    name: 'VerifierMalformedAnswer',
  },
  {
    type: 'error',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'VerifierMeasurementNotPinned',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'VerifierNotAdapter',
  },
  {
    type: 'error',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'status',
        internalType: 'enum IVerifierAdapter.TcbStatus',
        type: 'uint8',
      },
    ],
    name: 'VerifierTcbNotUpToDate',
  },
  {
    type: 'error',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'maxPins', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VerifierTooManyMeasurements',
  },
  {
    type: 'error',
    inputs: [{ name: 'maxVendors', internalType: 'uint256', type: 'uint256' }],
    name: 'VerifierTooManyVendors',
  },
  {
    type: 'error',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'VerifierUnknownVendor',
  },
  {
    type: 'error',
    inputs: [
      { name: 'adapter', internalType: 'address', type: 'address' },
      { name: 'expected', internalType: 'bytes32', type: 'bytes32' },
      { name: 'reported', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'VerifierVendorMismatch',
  },
  { type: 'error', inputs: [], name: 'VerifierZeroInstance' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// AppAuthVotesToken
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const appAuthVotesTokenAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'name_', internalType: 'string', type: 'string' },
      { name: 'symbol_', internalType: 'string', type: 'string' },
      { name: 'recipient', internalType: 'address', type: 'address' },
      { name: 'supply', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'CLOCK_MODE',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DOMAIN_SEPARATOR',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
    ],
    name: 'allowance',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'balanceOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'pos', internalType: 'uint32', type: 'uint32' },
    ],
    name: 'checkpoints',
    outputs: [
      {
        name: '',
        internalType: 'struct Checkpoints.Checkpoint208',
        type: 'tuple',
        components: [
          { name: '_key', internalType: 'uint48', type: 'uint48' },
          { name: '_value', internalType: 'uint208', type: 'uint208' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'clock',
    outputs: [{ name: '', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'decimals',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'delegatee', internalType: 'address', type: 'address' }],
    name: 'delegate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'delegatee', internalType: 'address', type: 'address' },
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
      { name: 'expiry', internalType: 'uint256', type: 'uint256' },
      { name: 'v', internalType: 'uint8', type: 'uint8' },
      { name: 'r', internalType: 'bytes32', type: 'bytes32' },
      { name: 's', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'delegateBySig',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'delegates',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'timepoint', internalType: 'uint256', type: 'uint256' }],
    name: 'getPastTotalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getPastVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'getVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'mintAuthority',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'nonces',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'numCheckpoints',
    outputs: [{ name: '', internalType: 'uint32', type: 'uint32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'v', internalType: 'uint8', type: 'uint8' },
      { name: 'r', internalType: 'bytes32', type: 'bytes32' },
      { name: 's', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'permit',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transfer',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transferFrom',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'spender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Approval',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'delegator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'fromDelegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'toDelegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'DelegateChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'delegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'previousVotes',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newVotes',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'DelegateVotesChanged',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'from', internalType: 'address', type: 'address', indexed: true },
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Transfer',
  },
  { type: 'error', inputs: [], name: 'CheckpointUnorderedInsertion' },
  { type: 'error', inputs: [], name: 'ECDSAInvalidSignature' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'ECDSAInvalidSignatureLength',
  },
  {
    type: 'error',
    inputs: [{ name: 's', internalType: 'bytes32', type: 'bytes32' }],
    name: 'ECDSAInvalidSignatureS',
  },
  {
    type: 'error',
    inputs: [
      { name: 'increasedSupply', internalType: 'uint256', type: 'uint256' },
      { name: 'cap', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20ExceededSafeSupply',
  },
  {
    type: 'error',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'allowance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientAllowance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [{ name: 'approver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidApprover',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSender',
  },
  {
    type: 'error',
    inputs: [{ name: 'spender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSpender',
  },
  {
    type: 'error',
    inputs: [{ name: 'deadline', internalType: 'uint256', type: 'uint256' }],
    name: 'ERC2612ExpiredSignature',
  },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'ERC2612InvalidSigner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
      { name: 'clock', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'ERC5805FutureLookup',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'currentNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAccountNonce',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
  {
    type: 'error',
    inputs: [{ name: 'expiry', internalType: 'uint256', type: 'uint256' }],
    name: 'VotesExpiredSignature',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// AutomataDcapTdxAdapter
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const automataDcapTdxAdapterAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'dcapVerifier', internalType: 'address', type: 'address' },
      {
        name: 'kind',
        internalType: 'enum IVerifierAdapter.VerifierKind',
        type: 'uint8',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'VENDOR',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'vendor',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifier',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifierKind',
    outputs: [
      {
        name: '',
        internalType: 'enum IVerifierAdapter.VerifierKind',
        type: 'uint8',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'evidence', internalType: 'bytes', type: 'bytes' }],
    name: 'verify',
    outputs: [
      {
        name: '',
        internalType: 'struct IVerifierAdapter.Attestation',
        type: 'tuple',
        components: [
          { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
          { name: 'reportData', internalType: 'bytes32', type: 'bytes32' },
          { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'tcbStatus',
            internalType: 'enum IVerifierAdapter.TcbStatus',
            type: 'uint8',
          },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'error',
    inputs: [{ name: 'verifier', internalType: 'address', type: 'address' }],
    name: 'VerifierAdapterNoVerifier',
  },
  {
    type: 'error',
    inputs: [
      { name: 'verifier', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'VerifierCallFailed',
  },
  {
    type: 'error',
    inputs: [{ name: 'verifier', internalType: 'address', type: 'address' }],
    name: 'VerifierMalformedOutput',
  },
  {
    type: 'error',
    inputs: [
      { name: 'verifier', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'VerifierRejected',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// AutomataSevSnpAdapter
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const automataSevSnpAdapterAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'snpAttestation', internalType: 'address', type: 'address' },
      { name: 'minBootLoader', internalType: 'uint8', type: 'uint8' },
      { name: 'minTee', internalType: 'uint8', type: 'uint8' },
      { name: 'minSnp', internalType: 'uint8', type: 'uint8' },
      { name: 'minMicrocode', internalType: 'uint8', type: 'uint8' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'VENDOR',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'minimumTcb',
    outputs: [
      { name: 'bootLoader', internalType: 'uint8', type: 'uint8' },
      { name: 'tee', internalType: 'uint8', type: 'uint8' },
      { name: 'snp', internalType: 'uint8', type: 'uint8' },
      { name: 'microcode', internalType: 'uint8', type: 'uint8' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'vendor',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifier',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifierKind',
    outputs: [
      {
        name: '',
        internalType: 'enum IVerifierAdapter.VerifierKind',
        type: 'uint8',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'evidence', internalType: 'bytes', type: 'bytes' }],
    name: 'verify',
    outputs: [
      {
        name: '',
        internalType: 'struct IVerifierAdapter.Attestation',
        type: 'tuple',
        components: [
          { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
          { name: 'reportData', internalType: 'bytes32', type: 'bytes32' },
          { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'tcbStatus',
            internalType: 'enum IVerifierAdapter.TcbStatus',
            type: 'uint8',
          },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'error',
    inputs: [{ name: 'verifier', internalType: 'address', type: 'address' }],
    name: 'VerifierAdapterNoVerifier',
  },
  {
    type: 'error',
    inputs: [
      { name: 'verifier', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'VerifierCallFailed',
  },
  {
    type: 'error',
    inputs: [{ name: 'verifier', internalType: 'address', type: 'address' }],
    name: 'VerifierMalformedOutput',
  },
  {
    type: 'error',
    inputs: [
      { name: 'verifier', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'VerifierRejected',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// BaseNitroAdapter
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const baseNitroAdapterAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'nitroValidator', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'VENDOR',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'vendor',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifier',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifierKind',
    outputs: [
      {
        name: '',
        internalType: 'enum IVerifierAdapter.VerifierKind',
        type: 'uint8',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'evidence', internalType: 'bytes', type: 'bytes' }],
    name: 'verify',
    outputs: [
      {
        name: 'attestation',
        internalType: 'struct IVerifierAdapter.Attestation',
        type: 'tuple',
        components: [
          { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
          { name: 'reportData', internalType: 'bytes32', type: 'bytes32' },
          { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'tcbStatus',
            internalType: 'enum IVerifierAdapter.TcbStatus',
            type: 'uint8',
          },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'error',
    inputs: [{ name: 'verifier', internalType: 'address', type: 'address' }],
    name: 'VerifierAdapterNoVerifier',
  },
  {
    type: 'error',
    inputs: [
      { name: 'verifier', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'VerifierCallFailed',
  },
  {
    type: 'error',
    inputs: [{ name: 'verifier', internalType: 'address', type: 'address' }],
    name: 'VerifierMalformedOutput',
  },
  {
    type: 'error',
    inputs: [
      { name: 'verifier', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'VerifierRejected',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// BaselineAppAuth
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const baselineAppAuthAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'initialOwner', internalType: 'address', type: 'address' },
      {
        name: 'policy',
        internalType: 'struct AppAuthCore.InitialPolicy',
        type: 'tuple',
        components: [
          {
            name: 'composeHashes',
            internalType: 'bytes32[]',
            type: 'bytes32[]',
          },
          { name: 'deviceIds', internalType: 'bytes32[]', type: 'bytes32[]' },
          { name: 'allowAnyDevice', internalType: 'bool', type: 'bool' },
          { name: 'requireTcbUpToDate', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'acceptOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'addComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'addDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'allowAnyDevice',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedComposeHashes',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedDeviceIds',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'bootInfo',
        internalType: 'struct IAppAuth.AppBootInfo',
        type: 'tuple',
        components: [
          { name: 'appId', internalType: 'address', type: 'address' },
          { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'instanceId', internalType: 'address', type: 'address' },
          { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrAggregated', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrSystem', internalType: 'bytes32', type: 'bytes32' },
          { name: 'osImageHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'tcbStatus', internalType: 'string', type: 'string' },
          { name: 'advisoryIds', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'isAppAllowed',
    outputs: [
      { name: 'isAllowed', internalType: 'bool', type: 'bool' },
      { name: 'reason', internalType: 'string', type: 'string' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'owner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingOwner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'renounceOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireTcbUpToDate',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'allowAny', internalType: 'bool', type: 'bool' }],
    name: 'setAllowAnyDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'requireUpToDate', internalType: 'bool', type: 'bool' }],
    name: 'setRequireTcbUpToDate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'transferOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'allowAny', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'AllowAnyDeviceSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferStarted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferred',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'requireUpToDate',
        internalType: 'bool',
        type: 'bool',
        indexed: false,
      },
    ],
    name: 'RequireTcbUpToDateSet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'kind', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthNoOp',
  },
  { type: 'error', inputs: [], name: 'AppAuthZeroValue' },
  {
    type: 'error',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'OwnableInvalidOwner',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'OwnableUnauthorizedAccount',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// GovernedAppAuthDeployment
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const governedAppAuthDeploymentAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'token', internalType: 'contract IVotes', type: 'address' },
      { name: 'governorName', internalType: 'string', type: 'string' },
      {
        name: 'governorConfig',
        internalType: 'struct IAppAuthGovernor.Config',
        type: 'tuple',
        components: [
          { name: 'votingDelay', internalType: 'uint48', type: 'uint48' },
          { name: 'votingPeriod', internalType: 'uint32', type: 'uint32' },
          {
            name: 'proposalThreshold',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'quorumNumerator', internalType: 'uint256', type: 'uint256' },
          {
            name: 'lateQuorumExtension',
            internalType: 'uint48',
            type: 'uint48',
          },
          { name: 'executionWindow', internalType: 'uint32', type: 'uint32' },
        ],
      },
      { name: 'timelockDelay', internalType: 'uint256', type: 'uint256' },
      {
        name: 'appConfig',
        internalType: 'struct IGovernedAppAuthDeployment.AppConfig',
        type: 'tuple',
        components: [
          { name: 'noticePeriod', internalType: 'uint256', type: 'uint256' },
          { name: 'minNoticePeriod', internalType: 'uint256', type: 'uint256' },
          { name: 'gracePeriod', internalType: 'uint256', type: 'uint256' },
          {
            name: 'policy',
            internalType: 'struct AppAuthCore.InitialPolicy',
            type: 'tuple',
            components: [
              {
                name: 'composeHashes',
                internalType: 'bytes32[]',
                type: 'bytes32[]',
              },
              {
                name: 'deviceIds',
                internalType: 'bytes32[]',
                type: 'bytes32[]',
              },
              { name: 'allowAnyDevice', internalType: 'bool', type: 'bool' },
              {
                name: 'requireTcbUpToDate',
                internalType: 'bool',
                type: 'bool',
              },
            ],
          },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'app',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'governor',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'timelock',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'app', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'governor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'timelock',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'token',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'GovernedAppAuthDeployed',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'AppAuthGovernorTokenMintAuthorityUnknown',
  },
  {
    type: 'error',
    inputs: [
      { name: 'mintAuthority', internalType: 'address', type: 'address' },
    ],
    name: 'AppAuthGovernorTokenMintable',
  },
  {
    type: 'error',
    inputs: [{ name: 'tokenOwner', internalType: 'address', type: 'address' }],
    name: 'AppAuthGovernorTokenOwned',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'address', type: 'address' },
      { name: 'actual', internalType: 'address', type: 'address' },
    ],
    name: 'AppAuthGovernorUnexpectedAddress',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// GovernedDeploymentBase
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const governedDeploymentBaseAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'app',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'governor',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'timelock',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'app', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'governor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'timelock',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'token',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'GovernedAppAuthDeployed',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'AppAuthGovernorTokenMintAuthorityUnknown',
  },
  {
    type: 'error',
    inputs: [
      { name: 'mintAuthority', internalType: 'address', type: 'address' },
    ],
    name: 'AppAuthGovernorTokenMintable',
  },
  {
    type: 'error',
    inputs: [{ name: 'tokenOwner', internalType: 'address', type: 'address' }],
    name: 'AppAuthGovernorTokenOwned',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'address', type: 'address' },
      { name: 'actual', internalType: 'address', type: 'address' },
    ],
    name: 'AppAuthGovernorUnexpectedAddress',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// GovernedVerifiedAppAuthDeployment
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const governedVerifiedAppAuthDeploymentAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'token', internalType: 'contract IVotes', type: 'address' },
      { name: 'governorName', internalType: 'string', type: 'string' },
      {
        name: 'governorConfig',
        internalType: 'struct IAppAuthGovernor.Config',
        type: 'tuple',
        components: [
          { name: 'votingDelay', internalType: 'uint48', type: 'uint48' },
          { name: 'votingPeriod', internalType: 'uint32', type: 'uint32' },
          {
            name: 'proposalThreshold',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'quorumNumerator', internalType: 'uint256', type: 'uint256' },
          {
            name: 'lateQuorumExtension',
            internalType: 'uint48',
            type: 'uint48',
          },
          { name: 'executionWindow', internalType: 'uint32', type: 'uint32' },
        ],
      },
      { name: 'timelockDelay', internalType: 'uint256', type: 'uint256' },
      {
        name: 'appConfig',
        internalType: 'struct IGovernedAppAuthDeployment.AppConfig',
        type: 'tuple',
        components: [
          { name: 'noticePeriod', internalType: 'uint256', type: 'uint256' },
          { name: 'minNoticePeriod', internalType: 'uint256', type: 'uint256' },
          { name: 'gracePeriod', internalType: 'uint256', type: 'uint256' },
          {
            name: 'policy',
            internalType: 'struct AppAuthCore.InitialPolicy',
            type: 'tuple',
            components: [
              {
                name: 'composeHashes',
                internalType: 'bytes32[]',
                type: 'bytes32[]',
              },
              {
                name: 'deviceIds',
                internalType: 'bytes32[]',
                type: 'bytes32[]',
              },
              { name: 'allowAnyDevice', internalType: 'bool', type: 'bool' },
              {
                name: 'requireTcbUpToDate',
                internalType: 'bool',
                type: 'bool',
              },
            ],
          },
        ],
      },
      {
        name: 'verifiers',
        internalType: 'struct AppAuthVerifierHooks.VerifierConfig',
        type: 'tuple',
        components: [
          {
            name: 'adapters',
            internalType: 'contract IVerifierAdapter[]',
            type: 'address[]',
          },
          { name: 'threshold', internalType: 'uint256', type: 'uint256' },
          {
            name: 'attestationValidity',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'measurements',
            internalType: 'struct IAppAuthVerifierHooks.MeasurementPin[]',
            type: 'tuple[]',
            components: [
              { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
              { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
            ],
          },
        ],
      },
      {
        name: 'appDeployer',
        internalType: 'contract VerifiedAppAuthDeployer',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'app',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'appDeployer',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'governor',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'timelock',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'app', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'governor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'timelock',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'token',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'GovernedAppAuthDeployed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'app', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'AppAuthGovernorAppNotOwned',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'AppAuthGovernorTokenMintAuthorityUnknown',
  },
  {
    type: 'error',
    inputs: [
      { name: 'mintAuthority', internalType: 'address', type: 'address' },
    ],
    name: 'AppAuthGovernorTokenMintable',
  },
  {
    type: 'error',
    inputs: [{ name: 'tokenOwner', internalType: 'address', type: 'address' }],
    name: 'AppAuthGovernorTokenOwned',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'address', type: 'address' },
      { name: 'actual', internalType: 'address', type: 'address' },
    ],
    name: 'AppAuthGovernorUnexpectedAddress',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IAppAuth
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iAppAuthAbi = [
  {
    type: 'function',
    inputs: [
      {
        name: 'bootInfo',
        internalType: 'struct IAppAuth.AppBootInfo',
        type: 'tuple',
        components: [
          { name: 'appId', internalType: 'address', type: 'address' },
          { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'instanceId', internalType: 'address', type: 'address' },
          { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrAggregated', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrSystem', internalType: 'bytes32', type: 'bytes32' },
          { name: 'osImageHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'tcbStatus', internalType: 'string', type: 'string' },
          { name: 'advisoryIds', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'isAppAllowed',
    outputs: [
      { name: 'isAllowed', internalType: 'bool', type: 'bool' },
      { name: 'reason', internalType: 'string', type: 'string' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IAppAuthBasicManagement
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iAppAuthBasicManagementAbi = [
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'addComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'addDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceRemoved',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IAppAuthEvents
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iAppAuthEventsAbi = [
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceRemoved',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IAppAuthGovernor
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iAppAuthGovernorAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'executionWindow',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'error',
    inputs: [
      { name: 'setting', internalType: 'string', type: 'string' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'floor', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthGovernorBelowFloor',
  },
  {
    type: 'error',
    inputs: [{ name: 'clockMode', internalType: 'string', type: 'string' }],
    name: 'AppAuthGovernorClockNotTimestamp',
  },
  {
    type: 'error',
    inputs: [
      { name: 'executionWindow', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthGovernorInvalidExecutionWindow',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IAppAuthMultisig
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iAppAuthMultisigAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'EXECUTE_TYPEHASH',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_NONCE_AHEAD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_SIGNERS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'dataHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approvalCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'dataHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'data', internalType: 'bytes', type: 'bytes' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
      { name: 'signatures', internalType: 'bytes[]', type: 'bytes[]' },
    ],
    name: 'execute',
    outputs: [{ name: 'result', internalType: 'bytes', type: 'bytes' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'dataHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'executeHash',
    outputs: [{ name: 'digest', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'dataHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'hasApproved',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'isSigner',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'nonce',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'newThreshold', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeAddSigner',
    outputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'newThreshold', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeRemoveSigner',
    outputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newThreshold', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeThreshold',
    outputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'dataHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'revokeApproval',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'newThreshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'signerChangeValue',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'signers',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'threshold',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'signer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'digest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'dataHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'nonce',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ApprovalRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'signer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'digest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'dataHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'nonce',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Approved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'nonce',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'digest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'dataHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'submitter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'Executed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'signer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SignerAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'signer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SignerRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ThresholdChanged',
  },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'digest', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'MultisigAlreadyApproved',
  },
  {
    type: 'error',
    inputs: [
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
      { name: 'expected', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MultisigInvalidNonce',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'MultisigInvalidSignature',
  },
  {
    type: 'error',
    inputs: [{ name: 'signer', internalType: 'address', type: 'address' }],
    name: 'MultisigInvalidSigner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
      { name: 'signerCount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MultisigInvalidThreshold',
  },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'caller', internalType: 'address', type: 'address' },
    ],
    name: 'MultisigNewSignerMustActivate',
  },
  {
    type: 'error',
    inputs: [
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
      { name: 'maxNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MultisigNonceTooFarAhead',
  },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'digest', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'MultisigNotApproved',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'MultisigNotSigner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'previous', internalType: 'address', type: 'address' },
    ],
    name: 'MultisigSignersNotAscending',
  },
  {
    type: 'error',
    inputs: [
      { name: 'approvals', internalType: 'uint256', type: 'uint256' },
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MultisigThresholdNotMet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MultisigTooManySigners',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'MultisigUnauthorized',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IAppAuthNotice
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iAppAuthNoticeAbi = [
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activateComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activatesAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'cancelProposal',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'changeId',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'clearExpired',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'disallowAnyDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getChange',
    outputs: [
      {
        name: '',
        internalType: 'struct IAppAuthNotice.Change',
        type: 'tuple',
        components: [
          {
            name: 'kind',
            internalType: 'enum IAppAuthNotice.ChangeKind',
            type: 'uint8',
          },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
          { name: 'expiresAt', internalType: 'uint64', type: 'uint64' },
          { name: 'value', internalType: 'bytes32', type: 'bytes32' },
          { name: 'uri', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'gracePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newPeriod', internalType: 'uint256', type: 'uint256' }],
    name: 'lengthenNoticePeriod',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'minNoticePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'noticePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingChangeCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'offset', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'pendingChanges',
    outputs: [
      { name: 'ids', internalType: 'bytes32[]', type: 'bytes32[]' },
      {
        name: 'changes',
        internalType: 'struct IAppAuthNotice.Change[]',
        type: 'tuple[]',
        components: [
          {
            name: 'kind',
            internalType: 'enum IAppAuthNotice.ChangeKind',
            type: 'uint8',
          },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
          { name: 'expiresAt', internalType: 'uint64', type: 'uint64' },
          { name: 'value', internalType: 'bytes32', type: 'bytes32' },
          { name: 'uri', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'uri', internalType: 'string', type: 'string' }],
    name: 'proposeAllowAnyDevice',
    outputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeComposeHash',
    outputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposeComposeHash',
    outputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeDevice',
    outputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newPeriod', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeNoticePeriod',
    outputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'uri', internalType: 'string', type: 'string' }],
    name: 'proposeTcbNotRequired',
    outputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposedAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireUpToDateTcb',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeActivated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeCancelled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeExpired',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'activatesAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'expiresAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      { name: 'uri', internalType: 'string', type: 'string', indexed: false },
    ],
    name: 'ChangeProposed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'NoticePeriodSet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeAlreadyPending',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiresAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeExpired',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiresAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeNotExpired',
  },
  {
    type: 'error',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'AppAuthChangeNotPending',
  },
  {
    type: 'error',
    inputs: [
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthInvalidChange',
  },
  {
    type: 'error',
    inputs: [{ name: 'requested', internalType: 'uint256', type: 'uint256' }],
    name: 'AppAuthInvalidGracePeriod',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthInvalidNoticePeriod',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthNoticePeriodNotElapsed',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IAppAuthOwnable
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iAppAuthOwnableAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'acceptOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'owner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingOwner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'renounceOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'transferOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferStarted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferred',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'AppAuthUnauthorized',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IAppAuthPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iAppAuthPolicyAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'allowAnyDevice',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedComposeHashes',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedDeviceIds',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'bootInfo',
        internalType: 'struct IAppAuth.AppBootInfo',
        type: 'tuple',
        components: [
          { name: 'appId', internalType: 'address', type: 'address' },
          { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'instanceId', internalType: 'address', type: 'address' },
          { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrAggregated', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrSystem', internalType: 'bytes32', type: 'bytes32' },
          { name: 'osImageHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'tcbStatus', internalType: 'string', type: 'string' },
          { name: 'advisoryIds', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'isAppAllowed',
    outputs: [
      { name: 'isAllowed', internalType: 'bool', type: 'bool' },
      { name: 'reason', internalType: 'string', type: 'string' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireTcbUpToDate',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'allowAny', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'AllowAnyDeviceSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'requireUpToDate',
        internalType: 'bool',
        type: 'bool',
        indexed: false,
      },
    ],
    name: 'RequireTcbUpToDateSet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'kind', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthNoOp',
  },
  { type: 'error', inputs: [], name: 'AppAuthZeroValue' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IAppAuthTimelock
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iAppAuthTimelockAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'executionWindow',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperationExpired',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'error',
    inputs: [
      { name: 'delay', internalType: 'uint256', type: 'uint256' },
      { name: 'floor', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthTimelockDelayBelowFloor',
  },
  {
    type: 'error',
    inputs: [
      { name: 'executionWindow', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthTimelockInvalidExecutionWindow',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiredAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthTimelockOperationExpired',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IAppAuthVerifierHooks
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iAppAuthVerifierHooksAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'MAX_PINS_PER_VENDOR',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_VENDORS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'instanceId', internalType: 'address', type: 'address' },
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'attestationChallenge',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'instanceId', internalType: 'address', type: 'address' },
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'attestationExpiresAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'attestationValidity',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'instanceId', internalType: 'address', type: 'address' },
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'attestedVendorCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'isMeasurementPinned',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'measurementKey',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    name: 'measurementOfKey',
    outputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'measurementPinning',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'pinnedMeasurements',
    outputs: [{ name: '', internalType: 'bytes32[]', type: 'bytes32[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'adapter', internalType: 'address', type: 'address' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeVerifierAdapter',
    outputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeVerifierMeasurement',
    outputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeVerifierThreshold',
    outputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'threshold', internalType: 'uint256', type: 'uint256' }],
    name: 'raiseVerifierThreshold',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeVerifierAdapter',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'evidence', internalType: 'bytes', type: 'bytes' },
      { name: 'instanceId', internalType: 'address', type: 'address' },
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'submitAttestation',
    outputs: [{ name: 'expiresAt', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'unpinVerifierMeasurement',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'verifierAdapter',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifierAdapters',
    outputs: [
      { name: 'vendors', internalType: 'bytes32[]', type: 'bytes32[]' },
      { name: 'adapters', internalType: 'address[]', type: 'address[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifierThreshold',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'instanceId',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'adapter',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'measurement',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'expiresAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'AttestationSubmitted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'adapter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'VerifierAdapterRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'adapter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'previousAdapter',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'epoch',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'VerifierAdapterSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'measurement',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'VerifierMeasurementPinned',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'measurement',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'VerifierMeasurementProposed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'measurement',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'VerifierMeasurementUnpinned',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'VerifierThresholdSet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'adapter', internalType: 'address', type: 'address' },
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'VerifierAdapterAlreadyRegistered',
  },
  {
    type: 'error',
    inputs: [
      { name: 'adapter', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'VerifierAdapterFailed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
      { name: 'currentBlock', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VerifierChallengeBlockUnavailable',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'bytes32', type: 'bytes32' },
      { name: 'reported', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'VerifierChallengeMismatch',
  },
  {
    type: 'error',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'VerifierDuplicateVendor',
  },
  {
    type: 'error',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'VerifierInvalidMeasurement',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VerifierInvalidThreshold',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VerifierInvalidValidity',
  },
  {
    type: 'error',
    inputs: [{ name: 'adapter', internalType: 'address', type: 'address' }],
    name: 'VerifierInvalidVendor',
  },
  {
    type: 'error',
    inputs: [{ name: 'adapter', internalType: 'address', type: 'address' }],
    name: 'VerifierMalformedAnswer',
  },
  {
    type: 'error',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'VerifierMeasurementNotPinned',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'VerifierNotAdapter',
  },
  {
    type: 'error',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'status',
        internalType: 'enum IVerifierAdapter.TcbStatus',
        type: 'uint8',
      },
    ],
    name: 'VerifierTcbNotUpToDate',
  },
  {
    type: 'error',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'maxPins', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VerifierTooManyMeasurements',
  },
  {
    type: 'error',
    inputs: [{ name: 'maxVendors', internalType: 'uint256', type: 'uint256' }],
    name: 'VerifierTooManyVendors',
  },
  {
    type: 'error',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'VerifierUnknownVendor',
  },
  {
    type: 'error',
    inputs: [
      { name: 'adapter', internalType: 'address', type: 'address' },
      { name: 'expected', internalType: 'bytes32', type: 'bytes32' },
      { name: 'reported', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'VerifierVendorMismatch',
  },
  { type: 'error', inputs: [], name: 'VerifierZeroInstance' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IAppAuthVotes
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iAppAuthVotesAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'mintAuthority',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IAutomataDcapAttestation
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iAutomataDcapAttestationAbi = [
  {
    type: 'function',
    inputs: [{ name: 'rawQuote', internalType: 'bytes', type: 'bytes' }],
    name: 'verifyAndAttestOnChain',
    outputs: [
      { name: 'success', internalType: 'bool', type: 'bool' },
      { name: 'output', internalType: 'bytes', type: 'bytes' },
    ],
    stateMutability: 'nonpayable',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IAutomataQuoteVerifier
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iAutomataQuoteVerifierAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'quoteVersion',
    outputs: [{ name: '', internalType: 'uint16', type: 'uint16' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'header',
        internalType: 'struct IAutomataQuoteVerifier.Header',
        type: 'tuple',
        components: [
          { name: 'version', internalType: 'uint16', type: 'uint16' },
          {
            name: 'attestationKeyType',
            internalType: 'bytes2',
            type: 'bytes2',
          },
          { name: 'teeType', internalType: 'bytes4', type: 'bytes4' },
          { name: 'qeSvn', internalType: 'bytes2', type: 'bytes2' },
          { name: 'pceSvn', internalType: 'bytes2', type: 'bytes2' },
          { name: 'qeVendorId', internalType: 'bytes16', type: 'bytes16' },
          { name: 'userData', internalType: 'bytes20', type: 'bytes20' },
        ],
      },
      { name: 'rawQuote', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'verifyQuote',
    outputs: [
      { name: 'success', internalType: 'bool', type: 'bool' },
      { name: 'output', internalType: 'bytes', type: 'bytes' },
    ],
    stateMutability: 'view',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IGovernedAppAuthDeployment
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iGovernedAppAuthDeploymentAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'app',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'governor',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'timelock',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'app', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'governor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'timelock',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'token',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'GovernedAppAuthDeployed',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'AppAuthGovernorTokenMintAuthorityUnknown',
  },
  {
    type: 'error',
    inputs: [
      { name: 'mintAuthority', internalType: 'address', type: 'address' },
    ],
    name: 'AppAuthGovernorTokenMintable',
  },
  {
    type: 'error',
    inputs: [{ name: 'tokenOwner', internalType: 'address', type: 'address' }],
    name: 'AppAuthGovernorTokenOwned',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'address', type: 'address' },
      { name: 'actual', internalType: 'address', type: 'address' },
    ],
    name: 'AppAuthGovernorUnexpectedAddress',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IGovernedVerifiedAppAuthDeployment
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iGovernedVerifiedAppAuthDeploymentAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'app',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'appDeployer',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'governor',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'timelock',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'app', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'governor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'timelock',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'token',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'GovernedAppAuthDeployed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'app', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'AppAuthGovernorAppNotOwned',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'AppAuthGovernorTokenMintAuthorityUnknown',
  },
  {
    type: 'error',
    inputs: [
      { name: 'mintAuthority', internalType: 'address', type: 'address' },
    ],
    name: 'AppAuthGovernorTokenMintable',
  },
  {
    type: 'error',
    inputs: [{ name: 'tokenOwner', internalType: 'address', type: 'address' }],
    name: 'AppAuthGovernorTokenOwned',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'address', type: 'address' },
      { name: 'actual', internalType: 'address', type: 'address' },
    ],
    name: 'AppAuthGovernorUnexpectedAddress',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// INitroValidator
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iNitroValidatorAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'attestationTbs', internalType: 'bytes', type: 'bytes' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'validateAttestation',
    outputs: [
      {
        name: '',
        internalType: 'struct INitroValidator.Ptrs',
        type: 'tuple',
        components: [
          { name: 'moduleID', internalType: 'uint256', type: 'uint256' },
          { name: 'timestamp', internalType: 'uint64', type: 'uint64' },
          { name: 'digest', internalType: 'uint256', type: 'uint256' },
          { name: 'pcrs', internalType: 'uint256[]', type: 'uint256[]' },
          { name: 'cert', internalType: 'uint256', type: 'uint256' },
          { name: 'cabundle', internalType: 'uint256[]', type: 'uint256[]' },
          { name: 'publicKey', internalType: 'uint256', type: 'uint256' },
          { name: 'userData', internalType: 'uint256', type: 'uint256' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IOptOutRegistry
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iOptOutRegistryAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'OPT_OUT_TYPEHASH',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'appAuth',
    outputs: [
      { name: '', internalType: 'contract IAppAuthNotice', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'start', internalType: 'bytes32', type: 'bytes32' },
      { name: 'users', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'computeDigest',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'changeId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'currentProposalKey',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    name: 'digest',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'key', internalType: 'bytes32', type: 'bytes32' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'hashOptOut',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isFrozen',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'key', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'isOptedOut',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'changeId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'optOut',
    outputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'changeId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'key', internalType: 'bytes32', type: 'bytes32' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'optOutBySig',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    name: 'optOutCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'key', internalType: 'bytes32', type: 'bytes32' },
      { name: 'offset', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'optOuts',
    outputs: [{ name: 'users', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposal',
    outputs: [
      {
        name: '',
        internalType: 'struct IOptOutRegistry.Proposal',
        type: 'tuple',
        components: [
          { name: 'changeId', internalType: 'bytes32', type: 'bytes32' },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'changeId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
      { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
    ],
    name: 'proposalKey',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'changeId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'track',
    outputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'key', internalType: 'bytes32', type: 'bytes32' },
      { name: 'users', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'verifyDigest',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'key', internalType: 'bytes32', type: 'bytes32', indexed: true },
      { name: 'user', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'digest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'OptedOut',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'key', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'changeId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'proposedAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'activatesAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'ProposalTracked',
  },
  {
    type: 'error',
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'key', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'OptOutAlreadyOptedOut',
  },
  {
    type: 'error',
    inputs: [{ name: 'changeId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'OptOutChangeNotPending',
  },
  {
    type: 'error',
    inputs: [{ name: 'appAuth', internalType: 'address', type: 'address' }],
    name: 'OptOutInvalidAppAuth',
  },
  {
    type: 'error',
    inputs: [{ name: 'user', internalType: 'address', type: 'address' }],
    name: 'OptOutInvalidSignature',
  },
  {
    type: 'error',
    inputs: [
      { name: 'changeId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'signedKey', internalType: 'bytes32', type: 'bytes32' },
      { name: 'currentKey', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'OptOutProposalMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'OptOutSignatureExpired',
  },
  {
    type: 'error',
    inputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    name: 'OptOutUnknownProposal',
  },
  {
    type: 'error',
    inputs: [
      { name: 'key', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'OptOutWindowClosed',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ISevSnpAttestation
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iSevSnpAttestationAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'output', internalType: 'bytes', type: 'bytes' },
      { name: 'zkCoprocessor', internalType: 'uint8', type: 'uint8' },
      { name: 'proofBytes', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'verifyAndAttestWithZKProof',
    outputs: [
      {
        name: 'parsed',
        internalType: 'struct ISevSnpAttestation.VerifierJournal',
        type: 'tuple',
        components: [
          { name: 'result', internalType: 'uint8', type: 'uint8' },
          { name: 'timestamp', internalType: 'uint64', type: 'uint64' },
          { name: 'processorModel', internalType: 'uint8', type: 'uint8' },
          { name: 'rawReport', internalType: 'bytes', type: 'bytes' },
          { name: 'certs', internalType: 'bytes32[]', type: 'bytes32[]' },
          { name: 'certSerials', internalType: 'uint160[]', type: 'uint160[]' },
          {
            name: 'trustedCertsPrefixLen',
            internalType: 'uint8',
            type: 'uint8',
          },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IVerifierAdapter
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iVerifierAdapterAbi = [
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'vendor',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifier',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifierKind',
    outputs: [
      {
        name: '',
        internalType: 'enum IVerifierAdapter.VerifierKind',
        type: 'uint8',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'evidence', internalType: 'bytes', type: 'bytes' }],
    name: 'verify',
    outputs: [
      {
        name: 'attestation',
        internalType: 'struct IVerifierAdapter.Attestation',
        type: 'tuple',
        components: [
          { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
          { name: 'reportData', internalType: 'bytes32', type: 'bytes32' },
          { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'tcbStatus',
            internalType: 'enum IVerifierAdapter.TcbStatus',
            type: 'uint8',
          },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'error',
    inputs: [{ name: 'verifier', internalType: 'address', type: 'address' }],
    name: 'VerifierAdapterNoVerifier',
  },
  {
    type: 'error',
    inputs: [
      { name: 'verifier', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'VerifierCallFailed',
  },
  {
    type: 'error',
    inputs: [{ name: 'verifier', internalType: 'address', type: 'address' }],
    name: 'VerifierMalformedOutput',
  },
  {
    type: 'error',
    inputs: [
      { name: 'verifier', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'VerifierRejected',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// LocalKms
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const localKmsAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'initialOwner', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'mrAggregated', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'addKmsAggregatedMr',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'addKmsDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'osImageHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'addOsImageHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'osImageHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedOsImages',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'appImplementation',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'gatewayAppId',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'bootInfo',
        internalType: 'struct IAppAuth.AppBootInfo',
        type: 'tuple',
        components: [
          { name: 'appId', internalType: 'address', type: 'address' },
          { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'instanceId', internalType: 'address', type: 'address' },
          { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrAggregated', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrSystem', internalType: 'bytes32', type: 'bytes32' },
          { name: 'osImageHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'tcbStatus', internalType: 'string', type: 'string' },
          { name: 'advisoryIds', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'isAppAllowed',
    outputs: [
      { name: 'isAllowed', internalType: 'bool', type: 'bool' },
      { name: 'reason', internalType: 'string', type: 'string' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'bootInfo',
        internalType: 'struct IAppAuth.AppBootInfo',
        type: 'tuple',
        components: [
          { name: 'appId', internalType: 'address', type: 'address' },
          { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'instanceId', internalType: 'address', type: 'address' },
          { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrAggregated', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrSystem', internalType: 'bytes32', type: 'bytes32' },
          { name: 'osImageHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'tcbStatus', internalType: 'string', type: 'string' },
          { name: 'advisoryIds', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'isKmsAllowed',
    outputs: [
      { name: 'isAllowed', internalType: 'bool', type: 'bool' },
      { name: 'reason', internalType: 'string', type: 'string' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'mrAggregated', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'kmsAllowedAggregatedMrs',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'kmsAllowedDeviceIds',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'owner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'appId', internalType: 'address', type: 'address' }],
    name: 'registerApp',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'app', internalType: 'address', type: 'address' }],
    name: 'registeredApps',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'mrAggregated', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'removeKmsAggregatedMr',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeKmsDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'osImageHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeOsImageHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'renounceOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'implementation', internalType: 'address', type: 'address' },
    ],
    name: 'setAppImplementation',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'appId', internalType: 'string', type: 'string' }],
    name: 'setGatewayAppId',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'transferOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'implementation',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'AppImplementationSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'appId',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'AppRegistered',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'gatewayAppId',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'GatewayAppIdSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'mrAggregated',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'KmsAggregatedMrAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'mrAggregated',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'KmsAggregatedMrRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'KmsDeviceAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'KmsDeviceRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'osImageHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'OsImageHashAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'osImageHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'OsImageHashRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferred',
  },
  { type: 'error', inputs: [], name: 'KmsInvalidAppId' },
  {
    type: 'error',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'OwnableInvalidOwner',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'OwnableUnauthorizedAccount',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// MultisigAppAuth
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const multisigAppAuthAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'signers_', internalType: 'address[]', type: 'address[]' },
      { name: 'threshold_', internalType: 'uint256', type: 'uint256' },
      { name: 'noticePeriod_', internalType: 'uint256', type: 'uint256' },
      { name: 'minNoticePeriod_', internalType: 'uint256', type: 'uint256' },
      { name: 'gracePeriod_', internalType: 'uint256', type: 'uint256' },
      {
        name: 'policy',
        internalType: 'struct AppAuthCore.InitialPolicy',
        type: 'tuple',
        components: [
          {
            name: 'composeHashes',
            internalType: 'bytes32[]',
            type: 'bytes32[]',
          },
          { name: 'deviceIds', internalType: 'bytes32[]', type: 'bytes32[]' },
          { name: 'allowAnyDevice', internalType: 'bool', type: 'bool' },
          { name: 'requireTcbUpToDate', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'EXECUTE_TYPEHASH',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_GRACE_PERIOD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_NONCE_AHEAD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_NOTICE_PERIOD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_SIGNERS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activateComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activatesAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'allowAnyDevice',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedComposeHashes',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedDeviceIds',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'dataHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approvalCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'dataHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'cancelProposal',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'changeId',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'clearExpired',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'disallowAnyDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'data', internalType: 'bytes', type: 'bytes' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
      { name: 'signatures', internalType: 'bytes[]', type: 'bytes[]' },
    ],
    name: 'execute',
    outputs: [{ name: 'result', internalType: 'bytes', type: 'bytes' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'dataHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'executeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getChange',
    outputs: [
      {
        name: '',
        internalType: 'struct IAppAuthNotice.Change',
        type: 'tuple',
        components: [
          {
            name: 'kind',
            internalType: 'enum IAppAuthNotice.ChangeKind',
            type: 'uint8',
          },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
          { name: 'expiresAt', internalType: 'uint64', type: 'uint64' },
          { name: 'value', internalType: 'bytes32', type: 'bytes32' },
          { name: 'uri', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'gracePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'dataHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'hasApproved',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'bootInfo',
        internalType: 'struct IAppAuth.AppBootInfo',
        type: 'tuple',
        components: [
          { name: 'appId', internalType: 'address', type: 'address' },
          { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'instanceId', internalType: 'address', type: 'address' },
          { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrAggregated', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrSystem', internalType: 'bytes32', type: 'bytes32' },
          { name: 'osImageHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'tcbStatus', internalType: 'string', type: 'string' },
          { name: 'advisoryIds', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'isAppAllowed',
    outputs: [
      { name: 'isAllowed', internalType: 'bool', type: 'bool' },
      { name: 'reason', internalType: 'string', type: 'string' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'isSigner',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newPeriod', internalType: 'uint256', type: 'uint256' }],
    name: 'lengthenNoticePeriod',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'minNoticePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'nonce',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'noticePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingChangeCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'offset', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'pendingChanges',
    outputs: [
      { name: 'ids', internalType: 'bytes32[]', type: 'bytes32[]' },
      {
        name: 'changes',
        internalType: 'struct IAppAuthNotice.Change[]',
        type: 'tuple[]',
        components: [
          {
            name: 'kind',
            internalType: 'enum IAppAuthNotice.ChangeKind',
            type: 'uint8',
          },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
          { name: 'expiresAt', internalType: 'uint64', type: 'uint64' },
          { name: 'value', internalType: 'bytes32', type: 'bytes32' },
          { name: 'uri', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'newThreshold', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeAddSigner',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'uri', internalType: 'string', type: 'string' }],
    name: 'proposeAllowAnyDevice',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeComposeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposeComposeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeDevice',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newPeriod', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeNoticePeriod',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'newThreshold', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeRemoveSigner',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'uri', internalType: 'string', type: 'string' }],
    name: 'proposeTcbNotRequired',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newThreshold', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeThreshold',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposedAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireTcbUpToDate',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireUpToDateTcb',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'dataHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'nonce_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'revokeApproval',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'newThreshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'signerChangeValue',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'signers',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'threshold',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'allowAny', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'AllowAnyDeviceSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'signer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'digest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'dataHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'nonce',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ApprovalRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'signer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'digest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'dataHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'nonce',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Approved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeActivated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeCancelled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeExpired',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'activatesAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'expiresAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      { name: 'uri', internalType: 'string', type: 'string', indexed: false },
    ],
    name: 'ChangeProposed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceRemoved',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'nonce',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'digest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'dataHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'submitter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'Executed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'NoticePeriodSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'requireUpToDate',
        internalType: 'bool',
        type: 'bool',
        indexed: false,
      },
    ],
    name: 'RequireTcbUpToDateSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'signer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SignerAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'signer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SignerRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ThresholdChanged',
  },
  {
    type: 'error',
    inputs: [{ name: 'target', internalType: 'address', type: 'address' }],
    name: 'AddressEmptyCode',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeAlreadyPending',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiresAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeExpired',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiresAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeNotExpired',
  },
  {
    type: 'error',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'AppAuthChangeNotPending',
  },
  {
    type: 'error',
    inputs: [
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthInvalidChange',
  },
  {
    type: 'error',
    inputs: [{ name: 'requested', internalType: 'uint256', type: 'uint256' }],
    name: 'AppAuthInvalidGracePeriod',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthInvalidNoticePeriod',
  },
  {
    type: 'error',
    inputs: [
      { name: 'kind', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthNoOp',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthNoticePeriodNotElapsed',
  },
  { type: 'error', inputs: [], name: 'AppAuthZeroValue' },
  { type: 'error', inputs: [], name: 'FailedCall' },
  {
    type: 'error',
    inputs: [
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InsufficientBalance',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'digest', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'MultisigAlreadyApproved',
  },
  {
    type: 'error',
    inputs: [
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
      { name: 'expected', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MultisigInvalidNonce',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'MultisigInvalidSignature',
  },
  {
    type: 'error',
    inputs: [{ name: 'signer', internalType: 'address', type: 'address' }],
    name: 'MultisigInvalidSigner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
      { name: 'signerCount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MultisigInvalidThreshold',
  },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'caller', internalType: 'address', type: 'address' },
    ],
    name: 'MultisigNewSignerMustActivate',
  },
  {
    type: 'error',
    inputs: [
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
      { name: 'maxNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MultisigNonceTooFarAhead',
  },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'digest', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'MultisigNotApproved',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'MultisigNotSigner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'previous', internalType: 'address', type: 'address' },
    ],
    name: 'MultisigSignersNotAscending',
  },
  {
    type: 'error',
    inputs: [
      { name: 'approvals', internalType: 'uint256', type: 'uint256' },
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MultisigThresholdNotMet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MultisigTooManySigners',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'MultisigUnauthorized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// OptOutRegistry
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const optOutRegistryAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'appAuth_',
        internalType: 'contract IAppAuthNotice',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'OPT_OUT_TYPEHASH',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'appAuth',
    outputs: [
      { name: '', internalType: 'contract IAppAuthNotice', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'start', internalType: 'bytes32', type: 'bytes32' },
      { name: 'users', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'computeDigest',
    outputs: [{ name: 'result', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'changeId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'currentProposalKey',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    name: 'digest',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'key', internalType: 'bytes32', type: 'bytes32' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'hashOptOut',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isFrozen',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'key', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'isOptedOut',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'changeId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'optOut',
    outputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'changeId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'key', internalType: 'bytes32', type: 'bytes32' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'optOutBySig',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    name: 'optOutCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'key', internalType: 'bytes32', type: 'bytes32' },
      { name: 'offset', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'optOuts',
    outputs: [{ name: 'users', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposal',
    outputs: [
      {
        name: '',
        internalType: 'struct IOptOutRegistry.Proposal',
        type: 'tuple',
        components: [
          { name: 'changeId', internalType: 'bytes32', type: 'bytes32' },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'changeId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
      { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
    ],
    name: 'proposalKey',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'changeId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'track',
    outputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'key', internalType: 'bytes32', type: 'bytes32' },
      { name: 'users', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'verifyDigest',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'key', internalType: 'bytes32', type: 'bytes32', indexed: true },
      { name: 'user', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'digest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'OptedOut',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'key', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'changeId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'proposedAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'activatesAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'ProposalTracked',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'key', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'OptOutAlreadyOptedOut',
  },
  {
    type: 'error',
    inputs: [{ name: 'changeId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'OptOutChangeNotPending',
  },
  {
    type: 'error',
    inputs: [{ name: 'appAuth', internalType: 'address', type: 'address' }],
    name: 'OptOutInvalidAppAuth',
  },
  {
    type: 'error',
    inputs: [{ name: 'user', internalType: 'address', type: 'address' }],
    name: 'OptOutInvalidSignature',
  },
  {
    type: 'error',
    inputs: [
      { name: 'changeId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'signedKey', internalType: 'bytes32', type: 'bytes32' },
      { name: 'currentKey', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'OptOutProposalMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'OptOutSignatureExpired',
  },
  {
    type: 'error',
    inputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    name: 'OptOutUnknownProposal',
  },
  {
    type: 'error',
    inputs: [
      { name: 'key', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'OptOutWindowClosed',
  },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// TimelockAppAuth
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const timelockAppAuthAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'initialOwner', internalType: 'address', type: 'address' },
      { name: 'noticePeriod_', internalType: 'uint256', type: 'uint256' },
      { name: 'minNoticePeriod_', internalType: 'uint256', type: 'uint256' },
      { name: 'gracePeriod_', internalType: 'uint256', type: 'uint256' },
      {
        name: 'policy',
        internalType: 'struct AppAuthCore.InitialPolicy',
        type: 'tuple',
        components: [
          {
            name: 'composeHashes',
            internalType: 'bytes32[]',
            type: 'bytes32[]',
          },
          { name: 'deviceIds', internalType: 'bytes32[]', type: 'bytes32[]' },
          { name: 'allowAnyDevice', internalType: 'bool', type: 'bool' },
          { name: 'requireTcbUpToDate', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_GRACE_PERIOD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_NOTICE_PERIOD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'acceptOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activateComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activatesAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'allowAnyDevice',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedComposeHashes',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedDeviceIds',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'cancelProposal',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'changeId',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'clearExpired',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'disallowAnyDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getChange',
    outputs: [
      {
        name: '',
        internalType: 'struct IAppAuthNotice.Change',
        type: 'tuple',
        components: [
          {
            name: 'kind',
            internalType: 'enum IAppAuthNotice.ChangeKind',
            type: 'uint8',
          },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
          { name: 'expiresAt', internalType: 'uint64', type: 'uint64' },
          { name: 'value', internalType: 'bytes32', type: 'bytes32' },
          { name: 'uri', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'gracePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'bootInfo',
        internalType: 'struct IAppAuth.AppBootInfo',
        type: 'tuple',
        components: [
          { name: 'appId', internalType: 'address', type: 'address' },
          { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'instanceId', internalType: 'address', type: 'address' },
          { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrAggregated', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrSystem', internalType: 'bytes32', type: 'bytes32' },
          { name: 'osImageHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'tcbStatus', internalType: 'string', type: 'string' },
          { name: 'advisoryIds', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'isAppAllowed',
    outputs: [
      { name: 'isAllowed', internalType: 'bool', type: 'bool' },
      { name: 'reason', internalType: 'string', type: 'string' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newPeriod', internalType: 'uint256', type: 'uint256' }],
    name: 'lengthenNoticePeriod',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'minNoticePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'noticePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'owner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingChangeCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'offset', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'pendingChanges',
    outputs: [
      { name: 'ids', internalType: 'bytes32[]', type: 'bytes32[]' },
      {
        name: 'changes',
        internalType: 'struct IAppAuthNotice.Change[]',
        type: 'tuple[]',
        components: [
          {
            name: 'kind',
            internalType: 'enum IAppAuthNotice.ChangeKind',
            type: 'uint8',
          },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
          { name: 'expiresAt', internalType: 'uint64', type: 'uint64' },
          { name: 'value', internalType: 'bytes32', type: 'bytes32' },
          { name: 'uri', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingOwner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'uri', internalType: 'string', type: 'string' }],
    name: 'proposeAllowAnyDevice',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeComposeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposeComposeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeDevice',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newPeriod', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeNoticePeriod',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'uri', internalType: 'string', type: 'string' }],
    name: 'proposeTcbNotRequired',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposedAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'renounceOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireTcbUpToDate',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireUpToDateTcb',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'transferOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'allowAny', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'AllowAnyDeviceSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeActivated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeCancelled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeExpired',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'activatesAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'expiresAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      { name: 'uri', internalType: 'string', type: 'string', indexed: false },
    ],
    name: 'ChangeProposed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'NoticePeriodSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferStarted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferred',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'requireUpToDate',
        internalType: 'bool',
        type: 'bool',
        indexed: false,
      },
    ],
    name: 'RequireTcbUpToDateSet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeAlreadyPending',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiresAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeExpired',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiresAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeNotExpired',
  },
  {
    type: 'error',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'AppAuthChangeNotPending',
  },
  {
    type: 'error',
    inputs: [
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthInvalidChange',
  },
  {
    type: 'error',
    inputs: [{ name: 'requested', internalType: 'uint256', type: 'uint256' }],
    name: 'AppAuthInvalidGracePeriod',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthInvalidNoticePeriod',
  },
  {
    type: 'error',
    inputs: [
      { name: 'kind', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthNoOp',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthNoticePeriodNotElapsed',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'AppAuthUnauthorized',
  },
  { type: 'error', inputs: [], name: 'AppAuthZeroValue' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// TimelockController
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const timelockControllerAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'minDelay', internalType: 'uint256', type: 'uint256' },
      { name: 'proposers', internalType: 'address[]', type: 'address[]' },
      { name: 'executors', internalType: 'address[]', type: 'address[]' },
      { name: 'admin', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  { type: 'receive', stateMutability: 'payable' },
  {
    type: 'function',
    inputs: [],
    name: 'CANCELLER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'EXECUTOR_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'PROPOSER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'cancel',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'payload', internalType: 'bytes', type: 'bytes' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'execute',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'payloads', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'executeBatch',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getMinDelay',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getOperationState',
    outputs: [
      {
        name: '',
        internalType: 'enum TimelockController.OperationState',
        type: 'uint8',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getTimestamp',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'hashOperation',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'payloads', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'hashOperationBatch',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperation',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperationDone',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperationPending',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperationReady',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256[]', type: 'uint256[]' },
      { name: '', internalType: 'uint256[]', type: 'uint256[]' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC1155BatchReceived',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC1155Received',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC721Received',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'delay', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'schedule',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'payloads', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'delay', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'scheduleBatch',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newDelay', internalType: 'uint256', type: 'uint256' }],
    name: 'updateDelay',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'target',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'data', internalType: 'bytes', type: 'bytes', indexed: false },
    ],
    name: 'CallExecuted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'salt',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'CallSalt',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'target',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'data', internalType: 'bytes', type: 'bytes', indexed: false },
      {
        name: 'predecessor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'delay',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'CallScheduled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
    ],
    name: 'Cancelled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldDuration',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newDuration',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'MinDelayChange',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  { type: 'error', inputs: [], name: 'FailedCall' },
  {
    type: 'error',
    inputs: [
      { name: 'delay', internalType: 'uint256', type: 'uint256' },
      { name: 'minDelay', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TimelockInsufficientDelay',
  },
  {
    type: 'error',
    inputs: [
      { name: 'targets', internalType: 'uint256', type: 'uint256' },
      { name: 'payloads', internalType: 'uint256', type: 'uint256' },
      { name: 'values', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TimelockInvalidOperationLength',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'TimelockUnauthorizedCaller',
  },
  {
    type: 'error',
    inputs: [
      { name: 'predecessorId', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'TimelockUnexecutedPredecessor',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operationId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expectedStates', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'TimelockUnexpectedOperationState',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// VerifiedAppAuthDeployer
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const verifiedAppAuthDeployerAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      {
        name: 'appConfig',
        internalType: 'struct IGovernedAppAuthDeployment.AppConfig',
        type: 'tuple',
        components: [
          { name: 'noticePeriod', internalType: 'uint256', type: 'uint256' },
          { name: 'minNoticePeriod', internalType: 'uint256', type: 'uint256' },
          { name: 'gracePeriod', internalType: 'uint256', type: 'uint256' },
          {
            name: 'policy',
            internalType: 'struct AppAuthCore.InitialPolicy',
            type: 'tuple',
            components: [
              {
                name: 'composeHashes',
                internalType: 'bytes32[]',
                type: 'bytes32[]',
              },
              {
                name: 'deviceIds',
                internalType: 'bytes32[]',
                type: 'bytes32[]',
              },
              { name: 'allowAnyDevice', internalType: 'bool', type: 'bool' },
              {
                name: 'requireTcbUpToDate',
                internalType: 'bool',
                type: 'bool',
              },
            ],
          },
        ],
      },
      {
        name: 'verifiers',
        internalType: 'struct AppAuthVerifierHooks.VerifierConfig',
        type: 'tuple',
        components: [
          {
            name: 'adapters',
            internalType: 'contract IVerifierAdapter[]',
            type: 'address[]',
          },
          { name: 'threshold', internalType: 'uint256', type: 'uint256' },
          {
            name: 'attestationValidity',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'measurements',
            internalType: 'struct IAppAuthVerifierHooks.MeasurementPin[]',
            type: 'tuple[]',
            components: [
              { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
              { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
            ],
          },
        ],
      },
    ],
    name: 'deploy',
    outputs: [{ name: 'app', internalType: 'address', type: 'address' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'app', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'deployer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'VerifiedAppAuthCreated',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// VerifiedTimelockAppAuth
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const verifiedTimelockAppAuthAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'initialOwner', internalType: 'address', type: 'address' },
      { name: 'noticePeriod_', internalType: 'uint256', type: 'uint256' },
      { name: 'minNoticePeriod_', internalType: 'uint256', type: 'uint256' },
      { name: 'gracePeriod_', internalType: 'uint256', type: 'uint256' },
      {
        name: 'policy',
        internalType: 'struct AppAuthCore.InitialPolicy',
        type: 'tuple',
        components: [
          {
            name: 'composeHashes',
            internalType: 'bytes32[]',
            type: 'bytes32[]',
          },
          { name: 'deviceIds', internalType: 'bytes32[]', type: 'bytes32[]' },
          { name: 'allowAnyDevice', internalType: 'bool', type: 'bool' },
          { name: 'requireTcbUpToDate', internalType: 'bool', type: 'bool' },
        ],
      },
      {
        name: 'verifiers',
        internalType: 'struct AppAuthVerifierHooks.VerifierConfig',
        type: 'tuple',
        components: [
          {
            name: 'adapters',
            internalType: 'contract IVerifierAdapter[]',
            type: 'address[]',
          },
          { name: 'threshold', internalType: 'uint256', type: 'uint256' },
          {
            name: 'attestationValidity',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'measurements',
            internalType: 'struct IAppAuthVerifierHooks.MeasurementPin[]',
            type: 'tuple[]',
            components: [
              { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
              { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
            ],
          },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_ATTESTATION_VALIDITY',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_GRACE_PERIOD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_NOTICE_PERIOD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_PINS_PER_VENDOR',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_VENDORS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'acceptOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activateComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'activatesAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'allowAnyDevice',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedComposeHashes',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'allowedDeviceIds',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'instanceId', internalType: 'address', type: 'address' },
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'attestationChallenge',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'instanceId', internalType: 'address', type: 'address' },
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'attestationExpiresAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'attestationValidity',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'instanceId', internalType: 'address', type: 'address' },
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'attestedVendorCount',
    outputs: [{ name: 'count', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'cancelProposal',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'changeId',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'clearExpired',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'disallowAnyDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getChange',
    outputs: [
      {
        name: '',
        internalType: 'struct IAppAuthNotice.Change',
        type: 'tuple',
        components: [
          {
            name: 'kind',
            internalType: 'enum IAppAuthNotice.ChangeKind',
            type: 'uint8',
          },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
          { name: 'expiresAt', internalType: 'uint64', type: 'uint64' },
          { name: 'value', internalType: 'bytes32', type: 'bytes32' },
          { name: 'uri', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'gracePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'bootInfo',
        internalType: 'struct IAppAuth.AppBootInfo',
        type: 'tuple',
        components: [
          { name: 'appId', internalType: 'address', type: 'address' },
          { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'instanceId', internalType: 'address', type: 'address' },
          { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrAggregated', internalType: 'bytes32', type: 'bytes32' },
          { name: 'mrSystem', internalType: 'bytes32', type: 'bytes32' },
          { name: 'osImageHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'tcbStatus', internalType: 'string', type: 'string' },
          { name: 'advisoryIds', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'isAppAllowed',
    outputs: [
      { name: 'isAllowed', internalType: 'bool', type: 'bool' },
      { name: 'reason', internalType: 'string', type: 'string' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'isMeasurementPinned',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newPeriod', internalType: 'uint256', type: 'uint256' }],
    name: 'lengthenNoticePeriod',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'measurementKey',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'key', internalType: 'bytes32', type: 'bytes32' }],
    name: 'measurementOfKey',
    outputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'measurementPinning',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'minNoticePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'noticePeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'owner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingChangeCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'offset', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'pendingChanges',
    outputs: [
      { name: 'ids', internalType: 'bytes32[]', type: 'bytes32[]' },
      {
        name: 'changes',
        internalType: 'struct IAppAuthNotice.Change[]',
        type: 'tuple[]',
        components: [
          {
            name: 'kind',
            internalType: 'enum IAppAuthNotice.ChangeKind',
            type: 'uint8',
          },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'activatesAt', internalType: 'uint64', type: 'uint64' },
          { name: 'expiresAt', internalType: 'uint64', type: 'uint64' },
          { name: 'value', internalType: 'bytes32', type: 'bytes32' },
          { name: 'uri', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingOwner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'pinnedMeasurements',
    outputs: [{ name: '', internalType: 'bytes32[]', type: 'bytes32[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'uri', internalType: 'string', type: 'string' }],
    name: 'proposeAllowAnyDevice',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeComposeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposeComposeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'deviceId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeDevice',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newPeriod', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeNoticePeriod',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'uri', internalType: 'string', type: 'string' }],
    name: 'proposeTcbNotRequired',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'adapter', internalType: 'address', type: 'address' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeVerifierAdapter',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeVerifierMeasurement',
    outputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
      { name: 'uri', internalType: 'string', type: 'string' },
    ],
    name: 'proposeVerifierThreshold',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'proposedAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'threshold', internalType: 'uint256', type: 'uint256' }],
    name: 'raiseVerifierThreshold',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'composeHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeComposeHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'deviceId', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeDevice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'removeVerifierAdapter',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'renounceOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireTcbUpToDate',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireUpToDateTcb',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'evidence', internalType: 'bytes', type: 'bytes' },
      { name: 'instanceId', internalType: 'address', type: 'address' },
      { name: 'composeHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'submitAttestation',
    outputs: [{ name: 'expiresAt', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'transferOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'unpinVerifierMeasurement',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'verifierAdapter',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifierAdapters',
    outputs: [
      { name: 'vendors', internalType: 'bytes32[]', type: 'bytes32[]' },
      { name: 'adapters', internalType: 'address[]', type: 'address[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifierThreshold',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'allowAny', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'AllowAnyDeviceSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'instanceId',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'adapter',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'measurement',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'expiresAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'AttestationSubmitted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeActivated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeCancelled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChangeExpired',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'activatesAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'expiresAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      { name: 'uri', internalType: 'string', type: 'string', indexed: false },
    ],
    name: 'ChangeProposed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'composeHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ComposeHashRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deviceId',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'DeviceRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'NoticePeriodSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferStarted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferred',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'requireUpToDate',
        internalType: 'bool',
        type: 'bool',
        indexed: false,
      },
    ],
    name: 'RequireTcbUpToDateSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'adapter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'VerifierAdapterRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'adapter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'previousAdapter',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'epoch',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'VerifierAdapterSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'measurement',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'VerifierMeasurementPinned',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'measurement',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'VerifierMeasurementProposed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'vendor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'measurement',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'VerifierMeasurementUnpinned',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'VerifierThresholdSet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeAlreadyPending',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiresAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeExpired',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expiresAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthChangeNotExpired',
  },
  {
    type: 'error',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'AppAuthChangeNotPending',
  },
  {
    type: 'error',
    inputs: [
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthInvalidChange',
  },
  {
    type: 'error',
    inputs: [{ name: 'requested', internalType: 'uint256', type: 'uint256' }],
    name: 'AppAuthInvalidGracePeriod',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthInvalidNoticePeriod',
  },
  {
    type: 'error',
    inputs: [
      { name: 'kind', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AppAuthNoOp',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'activatesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthNoticePeriodNotElapsed',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'AppAuthUnauthorized',
  },
  { type: 'error', inputs: [], name: 'AppAuthZeroValue' },
  {
    type: 'error',
    inputs: [
      { name: 'adapter', internalType: 'address', type: 'address' },
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'VerifierAdapterAlreadyRegistered',
  },
  {
    type: 'error',
    inputs: [
      { name: 'adapter', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'VerifierAdapterFailed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
      { name: 'currentBlock', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VerifierChallengeBlockUnavailable',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'bytes32', type: 'bytes32' },
      { name: 'reported', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'VerifierChallengeMismatch',
  },
  {
    type: 'error',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'VerifierDuplicateVendor',
  },
  {
    type: 'error',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'VerifierInvalidMeasurement',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VerifierInvalidThreshold',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VerifierInvalidValidity',
  },
  {
    type: 'error',
    inputs: [{ name: 'adapter', internalType: 'address', type: 'address' }],
    name: 'VerifierInvalidVendor',
  },
  {
    type: 'error',
    inputs: [{ name: 'adapter', internalType: 'address', type: 'address' }],
    name: 'VerifierMalformedAnswer',
  },
  {
    type: 'error',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'VerifierMeasurementNotPinned',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'VerifierNotAdapter',
  },
  {
    type: 'error',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'status',
        internalType: 'enum IVerifierAdapter.TcbStatus',
        type: 'uint8',
      },
    ],
    name: 'VerifierTcbNotUpToDate',
  },
  {
    type: 'error',
    inputs: [
      { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'maxPins', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VerifierTooManyMeasurements',
  },
  {
    type: 'error',
    inputs: [{ name: 'maxVendors', internalType: 'uint256', type: 'uint256' }],
    name: 'VerifierTooManyVendors',
  },
  {
    type: 'error',
    inputs: [{ name: 'vendor', internalType: 'bytes32', type: 'bytes32' }],
    name: 'VerifierUnknownVendor',
  },
  {
    type: 'error',
    inputs: [
      { name: 'adapter', internalType: 'address', type: 'address' },
      { name: 'expected', internalType: 'bytes32', type: 'bytes32' },
      { name: 'reported', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'VerifierVendorMismatch',
  },
  { type: 'error', inputs: [], name: 'VerifierZeroInstance' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// VerifierAdapterBase
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const verifierAdapterBaseAbi = [
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'vendor',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifier',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifierKind',
    outputs: [
      {
        name: '',
        internalType: 'enum IVerifierAdapter.VerifierKind',
        type: 'uint8',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'evidence', internalType: 'bytes', type: 'bytes' }],
    name: 'verify',
    outputs: [
      {
        name: 'attestation',
        internalType: 'struct IVerifierAdapter.Attestation',
        type: 'tuple',
        components: [
          { name: 'vendor', internalType: 'bytes32', type: 'bytes32' },
          { name: 'reportData', internalType: 'bytes32', type: 'bytes32' },
          { name: 'measurement', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'tcbStatus',
            internalType: 'enum IVerifierAdapter.TcbStatus',
            type: 'uint8',
          },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'error',
    inputs: [{ name: 'verifier', internalType: 'address', type: 'address' }],
    name: 'VerifierAdapterNoVerifier',
  },
  {
    type: 'error',
    inputs: [
      { name: 'verifier', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'VerifierCallFailed',
  },
  {
    type: 'error',
    inputs: [{ name: 'verifier', internalType: 'address', type: 'address' }],
    name: 'VerifierMalformedOutput',
  },
  {
    type: 'error',
    inputs: [
      { name: 'verifier', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'VerifierRejected',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// Artifacts
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

/** The solc version every artifact here was compiled with. */
export const compilerVersion = '0.8.28+commit.7893614a' as const
/** Creation bytecode of contracts/governance/AppAuthGovernor.sol:AppAuthGovernor. */
export const appAuthGovernorBytecode =
  '0x6101a0604052348015610010575f5ffd5b5060405161573b38038061573b83398101604081905261002f91610b4e565b818160800151826060015185845f0151856020015186604001518a8061005961022b60201b60201c565b61006282610246565b6101205261006f81610246565b61014052815160208084019190912060e052815190820120610100524660a0526100fb60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05260036101108282610ca6565b5061011c905083610283565b610125826102c6565b61012e81610306565b5050506001600160a01b03166101605261014781610347565b5061015181610382565b5061015b8161042e565b505f610165610497565b90507ff5b078ad22f37ec6a1ef7bb7557a33caf5438015a34794acb2076082df8e563f8180519060200120146101b95780604051630b21302d60e21b81526004016101b09190610d8e565b60405180910390fd5b60a082015163ffffffff1615806101dd57506301e133808260a0015163ffffffff16115b156102135760a08201516040516365f2026d60e01b815263ffffffff90911660048201526301e1338060248201526044016101b0565b5060a0015163ffffffff166101805250610e58915050565b6040805180820190915260018152603160f81b602082015290565b5f5f829050601f81511115610270578260405163305a27a960e01b81526004016101b09190610d8e565b805161027b82610da0565b179392505050565b60408051808201909152600b81526a766f74696e6744656c617960a81b60208201526102ba9065ffffffffffff8316610e1061051f565b6102c38161054b565b50565b60408051808201909152600c81526b1d9bdd1a5b99d4195c9a5bd960a21b60208201526102fd9063ffffffff83166201518061051f565b6102c3816105b1565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b60408051808201909152600f81526e38bab7b93ab6a73ab6b2b930ba37b960891b60208201526103799082600161051f565b6102c381610650565b5f61038b6106e5565b9050808265ffffffffffff1611156103c757604051633211876d60e11b815265ffffffffffff83166004820152602481018290526044016101b0565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b60606104a36101605190565b6001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa9250505080156104ff57506040513d5f823e601f3d908101601f191682016040526104fc9190810190610dc3565b60015b61051a576105156114346106ee60201b1761075e565b905090565b919050565b8082101561054657828282604051639bfc75e960e01b81526004016101b093929190610dfc565b505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036105d95760405163f1cfbf0560e01b81525f60048201526024016101b0565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60648082111561067d5760405163243e544560e01b815260048101839052602481018290526044016101b0565b5f610686610777565b90506106a56106936106ee565b61069c85610790565b600a91906107c7565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f6105156107e1565b5f6106f96101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610752575060408051601f3d908101601f1916820190925261074f91810190610e20565b60015b61051a576105156107fb565b606061077161076c8360201c565b610805565b92915050565b5f610782600a610877565b6001600160d01b0316905090565b5f6001600160d01b038211156107c3576040516306dfcc6560e41b815260d06004820152602481018390526044016101b0565b5090565b5f806107d48585856108bf565b915091505b935093915050565b5f6105156008546601000000000000900463ffffffff1690565b5f61051543610a1b565b606061080f6107fb565b65ffffffffffff168265ffffffffffff161461083e576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b80545f9080156108b65761089d83610890600184610e39565b5f91825260209091200190565b54660100000000000090046001600160d01b03166108b8565b5f5b9392505050565b82545f90819080156109be575f6108db87610890600185610e39565b805490915065ffffffffffff80821691660100000000000090046001600160d01b031690881682111561092157604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361095d57825465ffffffffffff1666010000000000006001600160d01b038916021783556109b0565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506107d992505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816107d9565b5f65ffffffffffff8211156107c3576040516306dfcc6560e41b815260306004820152602481018390526044016101b0565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b0381118282101715610a8357610a83610a4d565b60405290565b5f82601f830112610a98575f5ffd5b81516001600160401b03811115610ab157610ab1610a4d565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610adf57610adf610a4d565b604052818152838201602001851015610af6575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b6001600160a01b03811681146102c3575f5ffd5b805165ffffffffffff8116811461051a575f5ffd5b805163ffffffff8116811461051a575f5ffd5b5f5f5f5f848603610120811215610b63575f5ffd5b85516001600160401b03811115610b78575f5ffd5b610b8488828901610a89565b9550506020860151610b9581610b12565b6040870151909450610ba681610b12565b925060c0605f1982011215610bb9575f5ffd5b50610bc2610a61565b610bce60608701610b26565b8152610bdc60808701610b3b565b602082015260a0860151604082015260c08601516060820152610c0160e08701610b26565b6080820152610c136101008701610b3b565b60a0820152939692955090935050565b600181811c90821680610c3757607f821691505b602082108103610c5557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561054657805f5260205f20601f840160051c81016020851015610c805750805b601f840160051c820191505b81811015610c9f575f8155600101610c8c565b5050505050565b81516001600160401b03811115610cbf57610cbf610a4d565b610cd381610ccd8454610c23565b84610c5b565b6020601f821160018114610d05575f8315610cee5750848201515b5f19600385901b1c1916600184901b178455610c9f565b5f84815260208120601f198516915b82811015610d345787850151825560209485019460019092019101610d14565b5084821015610d5157868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6108b86020830184610d60565b80516020808301519190811015610c55575f1960209190910360031b1b16919050565b5f60208284031215610dd3575f5ffd5b81516001600160401b03811115610de8575f5ffd5b610df484828501610a89565b949350505050565b606081525f610e0e6060830186610d60565b60208301949094525060400152919050565b5f60208284031215610e30575f5ffd5b6108b882610b26565b8181038181111561077157634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e0516101005161012051610140516101605161018051614854610ee75f395f81816104e901528181610f600152610fe601525f8181610b360152818161109701528181611437015281816116c4015261213301525f61207901525f61204e01525f61319f01525f61317701525f6130d201525f6130fc01525f61312601526148545ff3fe60806040526004361061035e575f3560e01c80637ecebe00116101bd578063c28bc2fa116100f2578063e540d01d11610092578063ed26cf901161006d578063ed26cf9014610ad6578063f23a6e6114610aea578063f8ce560a14610b09578063fc0c546a14610b28575f5ffd5b8063e540d01d14610a79578063eb9019d414610a98578063ece40cc114610ab7575f5ffd5b8063d33219b4116100cd578063d33219b4146109cf578063dd4e2ba5146109ec578063deaaa7cc14610a31578063e48083fe14610a64575f5ffd5b8063c28bc2fa14610986578063c2ca64ef14610999578063c59057e4146109b0575f5ffd5b8063a890c9101161015d578063ab58fb8e11610138578063ab58fb8e146108fe578063b58131b014610934578063bc197c8114610948578063c01f9e3714610967575f5ffd5b8063a890c910146108a1578063a8f8a668146108c0578063a9a95294146108df575f5ffd5b806391ddadf41161019857806391ddadf41461084757806397c3d3341461085b5780639a802a6d1461086e578063a7713a701461088d575f5ffd5b80637ecebe00146107cd57806384b0196e146108015780638ff262e314610828575f5ffd5b80633932abb111610293578063567813881161023357806360c4247f1161020e57806360c4247f1461075157806379051887146107705780637b3c71d31461078f5780637d5e81e2146107ae575f5ffd5b806356781388146106f45780635b8d0e0d146107135780635f398a1414610732575f5ffd5b8063452115d61161026e578063452115d61461065e5780634bf5d7e91461067d578063544ffc9c1461069157806354fd4d50146106cb575f5ffd5b80633932abb1146105d65780633e4f49e6146105ea5780634385963214610616575f5ffd5b806317c5993a116102fe5780632d63f693116102d95780632d63f693146105365780632fe3e2611461055557806332b8113e14610588578063330df7ff146105b7575f5ffd5b806317c5993a146104db578063215809ca1461050d5780632656227d14610523575f5ffd5b806306fdde031161033957806306fdde0314610417578063143489d014610438578063150b7a0214610484578063160cbed7146104bc575f5ffd5b806301ffc9a71461039957806302a251a3146103cd57806306f3f9e6146103f8575f5ffd5b36610395573061036c610b5a565b6001600160a01b03161461039357604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b3480156103a4575f5ffd5b506103b86103b3366004613897565b610b72565b60405190151581526020015b60405180910390f35b3480156103d8575f5ffd5b50600854600160301b900463ffffffff165b6040519081526020016103c4565b348015610403575f5ffd5b506103936104123660046138be565b610b9c565b348015610422575f5ffd5b5061042b610bb0565b6040516103c49190613903565b348015610443575f5ffd5b5061046c6104523660046138be565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b0390911681526020016103c4565b34801561048f575f5ffd5b506104a361049e3660046139ec565b610c40565b6040516001600160e01b031990911681526020016103c4565b3480156104c7575f5ffd5b506103ea6104d6366004613bb2565b610c82565b3480156104e6575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000006103ea565b348015610518575f5ffd5b506103ea6201518081565b6103ea610531366004613bb2565b610d85565b348015610541575f5ffd5b506103ea6105503660046138be565b610ef5565b348015610560575f5ffd5b506103ea7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b348015610593575f5ffd5b50600b5465ffffffffffff165b60405165ffffffffffff90911681526020016103c4565b3480156105c2575f5ffd5b506103936105d1366004613c58565b610f15565b3480156105e1575f5ffd5b506103ea610f26565b3480156105f5575f5ffd5b506106096106043660046138be565b610f38565b6040516103c49190613ca7565b348015610621575f5ffd5b506103b8610630366004613cb5565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b348015610669575f5ffd5b506103ea610678366004613bb2565b611032565b348015610688575f5ffd5b5061042b611093565b34801561069c575f5ffd5b506106b06106ab3660046138be565b611126565b604080519384526020840192909252908201526060016103c4565b3480156106d6575f5ffd5b506040805180820190915260018152603160f81b602082015261042b565b3480156106ff575f5ffd5b506103ea61070e366004613cf3565b61114b565b34801561071e575f5ffd5b506103ea61072d366004613d61565b611172565b34801561073d575f5ffd5b506103ea61074c366004613e1d565b61122f565b34801561075c575f5ffd5b506103ea61076b3660046138be565b611277565b34801561077b575f5ffd5b5061039361078a366004613c58565b611283565b34801561079a575f5ffd5b506103ea6107a9366004613e9e565b611294565b3480156107b9575f5ffd5b506103ea6107c8366004613ef3565b6112e4565b3480156107d8575f5ffd5b506103ea6107e7366004613faf565b6001600160a01b03165f9081526002602052604090205490565b34801561080c575f5ffd5b5061081561139a565b6040516103c49796959493929190614004565b348015610833575f5ffd5b506103ea610842366004614073565b6113dc565b348015610852575f5ffd5b506105a0611434565b348015610866575f5ffd5b5060646103ea565b348015610879575f5ffd5b506103ea6108883660046140c0565b6114bb565b348015610898575f5ffd5b506103ea6114d1565b3480156108ac575f5ffd5b506103936108bb366004613faf565b6114ea565b3480156108cb575f5ffd5b506103ea6108da366004613bb2565b6114fb565b3480156108ea575f5ffd5b506103b86108f93660046138be565b611508565b348015610909575f5ffd5b506103ea6109183660046138be565b5f9081526004602052604090206001015465ffffffffffff1690565b34801561093f575f5ffd5b506103ea611510565b348015610953575f5ffd5b506104a3610962366004614114565b61151a565b348015610972575f5ffd5b506103ea6109813660046138be565b61155d565b6103936109943660046141ab565b611567565b3480156109a4575f5ffd5b506103ea6301e1338081565b3480156109bb575f5ffd5b506103ea6109ca366004613bb2565b6115e3565b3480156109da575f5ffd5b50600d546001600160a01b031661046c565b3480156109f7575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e9082015261042b565b348015610a3c575f5ffd5b506103ea7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610a6f575f5ffd5b506103ea610e1081565b348015610a84575f5ffd5b50610393610a933660046141ea565b61161c565b348015610aa3575f5ffd5b506103ea610ab236600461420d565b61162d565b348015610ac2575f5ffd5b50610393610ad13660046138be565b61164c565b348015610ae1575f5ffd5b506103ea600181565b348015610af5575f5ffd5b506104a3610b04366004614237565b61165d565b348015610b14575f5ffd5b506103ea610b233660046138be565b6116a0565b348015610b33575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061046c565b5f610b6d600d546001600160a01b031690565b905090565b5f6001600160e01b03198216630be2cc9d60e11b1480610b965750610b968261173d565b92915050565b610ba46117a7565b610bad81611820565b50565b606060038054610bbf9061428e565b80601f0160208091040260200160405190810160405280929190818152602001828054610beb9061428e565b8015610c365780601f10610c0d57610100808354040283529160200191610c36565b820191905f5260205f20905b815481529060010190602001808311610c1957829003601f168201915b5050505050905090565b5f30610c4a610b5a565b6001600160a01b031614610c7157604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610c90868686866114fb565b90505f610c9c82611508565b9050610cb182610cac600461185c565b61187e565b5080610cd85760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610ce683898989896118bb565b905065ffffffffffff811615610d5d575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610d79565b60405163ab2d031160e01b815260048101849052602401610ccf565b50909695505050505050565b5f5f610d93868686866114fb565b90505f610d9f82611508565b9050610dbb82610cac83610db457600461185c565b600561185c565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610de3610b5a565b6001600160a01b031614610e6c575f5b8751811015610e6a57306001600160a01b0316888281518110610e1857610e186142c6565b60200260200101516001600160a01b031603610e6257610e62868281518110610e4357610e436142c6565b60200260200101518051906020012060056118c990919063ffffffff16565b600101610df3565b505b610e7982888888886118ea565b30610e82610b5a565b6001600160a01b031614158015610eae57506005546001600160801b03808216600160801b9092041614155b15610eb8575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b610f1d6117a7565b610bad816118fe565b5f610b6d60085465ffffffffffff1690565b5f5f610f43836119af565b90506004816007811115610f5957610f59613c73565b03610fb6577f0000000000000000000000000000000000000000000000000000000000000000610f888461155d565b610f9291906142ee565b610f9a611434565b65ffffffffffff161115610fb15750600692915050565b610b96565b6005816007811115610fca57610fca613c73565b03610b96575f83815260046020526040902060010154611013907f00000000000000000000000000000000000000000000000000000000000000009065ffffffffffff166142ee565b61101b611434565b65ffffffffffff161115610b965750600692915050565b5f5f611040868686866114fb565b90503361104d8282611ae8565b61107c57604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610ccf565b61108887878787611b2d565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa92505050801561111257506040513d5f823e601f3d908101601f1916820160405261110f9190810190614301565b60015b61112157610b6d611434611b3a565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f8033905061116a84828560405180602001604052805f815250611b50565b949350505050565b5f6111b888888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611b719050565b6111e0576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610ccf565b61122388878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c3e915050565b98975050505050505050565b5f8033905061108887828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c3e915050565b5f610b96600a83611d1b565b61128b6117a7565b610bad81611d68565b5f803390506112da86828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611b5092505050565b9695505050505050565b5f336112f08184611da9565b6113185760405163d9b3955760e01b81526001600160a01b0382166004820152602401610ccf565b5f611321611510565b9050801561138d575f61134f836001611338611434565b6113429190614375565b65ffffffffffff1661162d565b90508181101561138b57604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610ccf565b505b6110888787878786611e2d565b5f6060805f5f5f60606113ab612047565b6113b3612072565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6113e98585858561209d565b611411576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610ccf565b61142b85848660405180602001604052805f815250611b50565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156114af575060408051601f3d908101601f191682019092526114ac91810190614393565b60015b61112157610b6d612126565b5f6114c7848484612130565b90505b9392505050565b5f6114dc600a6121c3565b6001600160d01b0316905090565b6114f26117a7565b610bad81612207565b5f61142b858585856115e3565b5f6001610b96565b5f610b6d60075490565b5f30611524610b5a565b6001600160a01b03161461154b57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f610b9682612270565b61156f6117a7565b5f5f856001600160a01b031685858560405161158c9291906143ae565b5f6040518083038185875af1925050503d805f81146115c6576040519150601f19603f3d011682016040523d82523d5f602084013e6115cb565b606091505b50915091506115da8282612298565b50505050505050565b5f848484846040516020016115fb9493929190614444565b60408051601f19818403018152919052805160209091012095945050505050565b6116246117a7565b610bad816122d0565b5f6114ca838361164760408051602081019091525f815290565b612130565b6116546117a7565b610bad81612311565b5f30611667610b5a565b6001600160a01b03161461168e57604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b604051632394e7a360e21b8152600481018290525f90610b96906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa158015611709573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061172d919061448e565b61173684611277565b6064612352565b5f6001600160e01b031982166366defe7760e11b148061176d57506001600160e01b031982166332a2ad4360e11b145b8061178857506001600160e01b03198216630271189760e51b145b80610b9657506301ffc9a760e01b6001600160e01b0319831614610b96565b336117b0610b5a565b6001600160a01b0316146117d9576040516347096e4760e01b8152336004820152602401610ccf565b306117e2610b5a565b6001600160a01b03161461181e575f80366040516118019291906143ae565b604051809103902090505b806118176005612402565b0361180c57505b565b6118536040518060400160405280600f81526020016e38bab7b93ab6a73ab6b2b930ba37b960891b815250826001612421565b610bad81612448565b5f81600781111561186f5761186f613c73565b600160ff919091161b92915050565b5f5f61188984610f38565b90505f836118968361185c565b16036114ca578381846040516331b75e4d60e01b8152600401610ccf939291906144a5565b5f6112da86868686866124dd565b5f6118d4838361266e565b9050806118e5576118e560416126d3565b505050565b6118f785858585856126e4565b5050505050565b600854600160301b900463ffffffff1665ffffffffffff821681101561194857604051633211876d60e11b815265ffffffffffff8316600482015260248101829052604401610ccf565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f6119ba83612774565b905060058160078111156119d0576119d0613c73565b146119db5792915050565b5f838152600e60205260409081902054600d549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa158015611a31573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a5591906144c7565b15611a64575060059392505050565b600d54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611aab573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611acf91906144c7565b15611ade575060079392505050565b5060029392505050565b5f80611af384610f38565b6007811115611b0457611b04613c73565b1480156114ca5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f61142b858585856128a5565b6060610b96611b4b8363ffffffff16565b61293c565b5f61142b85858585611b6c60408051602081019091525f815290565b611c3e565b5f61108885611c387f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611bc38c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611c1d98979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b604051602081830303815290604052805190602001206129ae565b846129da565b5f611c4d86610cac600161185c565b505f611c6286611c5c89610ef5565b85612130565b90505f611c728888888588612a4a565b905083515f03611cc857866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611cbb94939291906144e6565b60405180910390a2611d12565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611d0995949392919061450d565b60405180910390a25b61108888612b46565b5f5f5f611d2785612b4f565b9250925050838265ffffffffffff161115611d5457611d4f611d4885612ba7565b8690612bdd565b611d56565b805b6001600160d01b031695945050505050565b611da06040518060400160405280600b81526020016a766f74696e6744656c617960a81b8152508265ffffffffffff16610e10612421565b610bad81612c7f565b80515f906034811015611dc0576001915050610b96565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611df157600192505050610b96565b5f5f611e0186602a860386612ce5565b915091508115806110885750866001600160a01b0316816001600160a01b031614979650505050505050565b5f611e4186868686805190602001206114fb565b905084518651141580611e5657508351865114155b80611e6057508551155b15611e9557855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610ccf565b5f81815260046020526040902054600160a01b900465ffffffffffff1615611ede5780611ec182610f38565b6040516331b75e4d60e01b8152610ccf9291905f906004016144a5565b5f611ee7610f26565b611eef611434565b65ffffffffffff16611f0191906142ee565b90505f611f1b60085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150611f4d83612ba7565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155611f7a82612d92565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115611fdd57611fdd613929565b60405190808252806020026020018201604052801561201057816020015b6060815260200190600190039081611ffb5790505b508c8961201d8a826142ee565b8e60405161203399989796959493929190614546565b60405180910390a150505095945050505050565b6060610b6d7f0000000000000000000000000000000000000000000000000000000000000000612dc2565b6060610b6d7f0000000000000000000000000000000000000000000000000000000000000000612dc2565b5f61142b83611c387ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78888886120ef8a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611c1d565b5f610b6d43612ba7565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa15801561219f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114c7919061448e565b80545f9080156121ff576121e9836121dc600184614621565b5f91825260209091200190565b54600160301b90046001600160d01b03166114ca565b5f9392505050565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b5f610b9661227d83612dff565b5f848152600c602052604090205465ffffffffffff16612e41565b606082156122a7575080610b96565b8151156122b757610fb182612e50565b60405163d6bda27560e01b815260040160405180910390fd5b6123086040518060400160405280600c81526020016b1d9bdd1a5b99d4195c9a5bd960a21b8152508263ffffffff1662015180612421565b610bad81612e58565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b5f5f5f61235f8686612ef4565b91509150815f036123835783818161237957612379614634565b04925050506114ca565b81841161239a5761239a60038515026011186126d3565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f61240e84612f10565b91509150816114ca576114ca60316126d3565b808210156118e557828282604051639bfc75e960e01b8152600401610ccf93929190614648565b6064808211156124755760405163243e544560e01b81526004810183905260248101829052604401610ccf565b5f61247e6114d1565b905061249d61248b611434565b61249485612f84565b600a9190612fb7565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f5f600d5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa15801561252f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612553919061448e565b90505f3060601b6bffffffffffffffffffffffff19168418600d5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f427906125a4908a908a908a905f90889060040161466c565b602060405180830381865afa1580156125bf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125e3919061448e565b5f898152600e602052604080822092909255600d5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb09161262d918b918b918b919088908a906004016146b9565b5f604051808303815f87803b158015612644575f5ffd5b505af1158015612656573d5f5f3e3d5ffd5b50505050611223824261266991906142ee565b612ba7565b81545f906001600160801b03600160801b82048116918116600183019091160361269b575f915050610b96565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600d546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b815260040161272f95949392919061466c565b5f604051808303818588803b158015612746575f5ffd5b505af1158015612758573d5f5f3e3d5ffd5b5050505f9687525050600e602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b90041681156127a857506007949350505050565b80156127b957506002949350505050565b5f6127c386610ef5565b9050805f036127e857604051636ad0607560e01b815260048101879052602401610ccf565b5f6127f1611434565b65ffffffffffff16905080821061280e57505f9695505050505050565b5f6128188861155d565b905081811061282f57506001979650505050505050565b61283888612fd0565b158061285757505f888152600960205260409020805460019091015411155b1561286a57506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f0361289757506004979650505050505050565b506005979650505050505050565b5f5f6128b386868686613006565b5f818152600e6020526040902054909150801561293257600d5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b15801561290d575f5ffd5b505af115801561291f573d5f5f3e3d5ffd5b5050505f838152600e6020526040812055505b5095945050505050565b6060612946612126565b65ffffffffffff168265ffffffffffff1614612975576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610b966129ba6130c6565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612a38575f5f6129f885856131ef565b5090925090505f816003811115612a1157612a11613c73565b148015612a2f5750856001600160a01b0316826001600160a01b0316145b925050506114ca565b612a43848484613238565b90506114ca565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff1615612a9c576040516371c6af4960e01b81526001600160a01b0387166004820152602401610ccf565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff8516612ae55783815f015f828254612ada91906142ee565b90915550612b3b9050565b5f1960ff861601612b035783816001015f828254612ada91906142ee565b60011960ff861601612b225783816002015f828254612ada91906142ee565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b610bad8161329d565b80545f9081908190808203612b6d575f5f5f93509350935050611144565b5f612b7d866121dc600185614621565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250611144915050565b5f65ffffffffffff821115612bd9576040516306dfcc6560e41b81526030600482015260248101839052604401610ccf565b5090565b81545f9081816005811115612c39575f612bf684613371565b612c009085614621565b5f8881526020902090915081015465ffffffffffff9081169087161015612c2957809150612c37565b612c348160016142ee565b92505b505b5f612c46878785856134c9565b90508015612c7357612c5d876121dc600184614621565b54600160301b90046001600160d01b0316611088565b505f9695505050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f8451831180612cf557508284115b15612d0457505f905080612d8a565b5f612d108560016142ee565b84118015612d38575061060f60f31b612d2c8787016020015190565b6001600160f01b031916145b90505f612d488215156002614710565b612d539060286142ee565b905080612d608787614621565b03612d81575f5f612d7289898961351f565b9096509450612d8a9350505050565b5f5f9350935050505b935093915050565b5f63ffffffff821115612bd9576040516306dfcc6560e41b81526020600482015260248101839052604401610ccf565b60605f612dce836135e0565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f81815260046020526040812054612e3390600160d01b810463ffffffff1690600160a01b900465ffffffffffff16614727565b65ffffffffffff1692915050565b5f8282188284110282186114ca565b805160208201fd5b8063ffffffff165f03612e805760405163f1cfbf0560e01b81525f6004820152602401610ccf565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b5f805f1983850993909202808410938190039390930393915050565b80545f9081906001600160801b0380821691600160801b9004168103612f3b57505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b5f6001600160d01b03821115612bd9576040516306dfcc6560e41b815260d0600482015260248101839052604401610ccf565b5f80612fc4858585613607565b91509150935093915050565b5f81815260096020526040812060028101546001820154612ff191906142ee565b612ffd610b2385610ef5565b11159392505050565b5f5f613014868686866114fb565b905061306281613024600761185c565b61302e600661185c565b613038600261185c565b6001613045600782614745565b613050906002614839565b61305a9190614621565b18181861187e565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c906130b59083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561311e57507f000000000000000000000000000000000000000000000000000000000000000046145b1561314857507f000000000000000000000000000000000000000000000000000000000000000090565b610b6d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103613226576020840151604085015160608601515f1a61321888828585613757565b955095509550505050613231565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f818152600c602052604090205465ffffffffffff161580156132c457506132c481612fd0565b15610bad575f6132db600b5465ffffffffffff1690565b6132e3611434565b6132ed9190614727565b90506132f88261155d565b8165ffffffffffff1611156133455760405165ffffffffffff8216815282907f541f725fb9f7c98a30cc9c0ff32fbb14358cd7159c847a3aa20a2bdc442ba5119060200160405180910390a25b5f918252600c6020526040909120805465ffffffffffff191665ffffffffffff92909216919091179055565b5f6001821161337e575090565b816001600160801b82106133975760809190911c9060401b5b6801000000000000000082106133b25760409190911c9060201b5b64010000000082106133c95760209190911c9060101b5b6201000082106133de5760109190911c9060081b5b61010082106133f25760089190911c9060041b5b601082106134055760049190911c9060021b5b600482106134115760011b5b600302600190811c9081858161342957613429614634565b048201901c9050600181858161344157613441614634565b048201901c9050600181858161345957613459614634565b048201901c9050600181858161347157613471614634565b048201901c9050600181858161348957613489614634565b048201901c905060018185816134a1576134a1614634565b048201901c90506134c08185816134ba576134ba614634565b04821190565b90039392505050565b5f5b81831015613517575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561350357809250613511565b61350e8160016142ee565b93505b506134cb565b509392505050565b5f80848161352e8660016142ee565b85118015613556575061060f60f31b61354a8388016020015190565b6001600160f01b031916145b90505f6135668215156002614710565b90505f80613574838a6142ee565b90505b878110156135cf575f6135956135908784016020015190565b61381f565b9050600f8160ff1611156135b4575f5f97509750505050505050612d8a565b6135bf601084614710565b60ff909116019150600101613577565b506001999098509650505050505050565b5f60ff8216601f811115610b9657604051632cd44ac360e21b815260040160405180910390fd5b82545f90819080156136fd575f613623876121dc600185614621565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561366657604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361369f57825465ffffffffffff16600160301b6001600160d01b038916021783556136ef565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b9450859350612d8a92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612d8a565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561379057505f91506003905082613815565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156137e1573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661380c57505f925060019150829050613815565b92505f91508190505b9450945094915050565b5f60f882901c602f811180156138385750603a8160ff16105b1561384657602f1901610b96565b60608160ff1611801561385c575060678160ff16105b1561386a5760561901610b96565b60408160ff16118015613880575060478160ff16105b1561388e5760361901610b96565b5060ff92915050565b5f602082840312156138a7575f5ffd5b81356001600160e01b0319811681146114ca575f5ffd5b5f602082840312156138ce575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6114ca60208301846138d5565b6001600160a01b0381168114610bad575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561396557613965613929565b604052919050565b5f6001600160401b0382111561398557613985613929565b50601f01601f191660200190565b5f6139a56139a08461396d565b61393d565b90508281528383830111156139b8575f5ffd5b828260208301375f602084830101529392505050565b5f82601f8301126139dd575f5ffd5b6114ca83833560208501613993565b5f5f5f5f608085870312156139ff575f5ffd5b8435613a0a81613915565b93506020850135613a1a81613915565b92506040850135915060608501356001600160401b03811115613a3b575f5ffd5b613a47878288016139ce565b91505092959194509250565b5f6001600160401b03821115613a6b57613a6b613929565b5060051b60200190565b5f82601f830112613a84575f5ffd5b8135613a926139a082613a53565b8082825260208201915060208360051b860101925085831115613ab3575f5ffd5b602085015b83811015612932578035613acb81613915565b835260209283019201613ab8565b5f82601f830112613ae8575f5ffd5b8135613af66139a082613a53565b8082825260208201915060208360051b860101925085831115613b17575f5ffd5b602085015b83811015612932578035835260209283019201613b1c565b5f82601f830112613b43575f5ffd5b8135613b516139a082613a53565b8082825260208201915060208360051b860101925085831115613b72575f5ffd5b602085015b838110156129325780356001600160401b03811115613b94575f5ffd5b613ba3886020838a01016139ce565b84525060209283019201613b77565b5f5f5f5f60808587031215613bc5575f5ffd5b84356001600160401b03811115613bda575f5ffd5b613be687828801613a75565b94505060208501356001600160401b03811115613c01575f5ffd5b613c0d87828801613ad9565b93505060408501356001600160401b03811115613c28575f5ffd5b613c3487828801613b34565b949793965093946060013593505050565b65ffffffffffff81168114610bad575f5ffd5b5f60208284031215613c68575f5ffd5b81356114ca81613c45565b634e487b7160e01b5f52602160045260245ffd5b60088110613ca357634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610b968284613c87565b5f5f60408385031215613cc6575f5ffd5b823591506020830135613cd881613915565b809150509250929050565b803560ff81168114611121575f5ffd5b5f5f60408385031215613d04575f5ffd5b82359150613d1460208401613ce3565b90509250929050565b5f5f83601f840112613d2d575f5ffd5b5081356001600160401b03811115613d43575f5ffd5b602083019150836020828501011115613d5a575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215613d77575f5ffd5b87359650613d8760208901613ce3565b95506040880135613d9781613915565b945060608801356001600160401b03811115613db1575f5ffd5b613dbd8a828b01613d1d565b90955093505060808801356001600160401b03811115613ddb575f5ffd5b613de78a828b016139ce565b92505060a08801356001600160401b03811115613e02575f5ffd5b613e0e8a828b016139ce565b91505092959891949750929550565b5f5f5f5f5f60808688031215613e31575f5ffd5b85359450613e4160208701613ce3565b935060408601356001600160401b03811115613e5b575f5ffd5b613e6788828901613d1d565b90945092505060608601356001600160401b03811115613e85575f5ffd5b613e91888289016139ce565b9150509295509295909350565b5f5f5f5f60608587031215613eb1575f5ffd5b84359350613ec160208601613ce3565b925060408501356001600160401b03811115613edb575f5ffd5b613ee787828801613d1d565b95989497509550505050565b5f5f5f5f60808587031215613f06575f5ffd5b84356001600160401b03811115613f1b575f5ffd5b613f2787828801613a75565b94505060208501356001600160401b03811115613f42575f5ffd5b613f4e87828801613ad9565b93505060408501356001600160401b03811115613f69575f5ffd5b613f7587828801613b34565b92505060608501356001600160401b03811115613f90575f5ffd5b8501601f81018713613fa0575f5ffd5b613a4787823560208401613993565b5f60208284031215613fbf575f5ffd5b81356114ca81613915565b5f8151808452602084019350602083015f5b82811015613ffa578151865260209586019590910190600101613fdc565b5093949350505050565b60ff60f81b8816815260e060208201525f61402260e08301896138d5565b828103604084015261403481896138d5565b606084018890526001600160a01b038716608085015260a0840186905283810360c085015290506140658185613fca565b9a9950505050505050505050565b5f5f5f5f60808587031215614086575f5ffd5b8435935061409660208601613ce3565b925060408501356140a681613915565b915060608501356001600160401b03811115613a3b575f5ffd5b5f5f5f606084860312156140d2575f5ffd5b83356140dd81613915565b92506020840135915060408401356001600160401b038111156140fe575f5ffd5b61410a868287016139ce565b9150509250925092565b5f5f5f5f5f60a08688031215614128575f5ffd5b853561413381613915565b9450602086013561414381613915565b935060408601356001600160401b0381111561415d575f5ffd5b61416988828901613ad9565b93505060608601356001600160401b03811115614184575f5ffd5b61419088828901613ad9565b92505060808601356001600160401b03811115613e85575f5ffd5b5f5f5f5f606085870312156141be575f5ffd5b84356141c981613915565b93506020850135925060408501356001600160401b03811115613edb575f5ffd5b5f602082840312156141fa575f5ffd5b813563ffffffff811681146114ca575f5ffd5b5f5f6040838503121561421e575f5ffd5b823561422981613915565b946020939093013593505050565b5f5f5f5f5f60a0868803121561424b575f5ffd5b853561425681613915565b9450602086013561426681613915565b9350604086013592506060860135915060808601356001600160401b03811115613e85575f5ffd5b600181811c908216806142a257607f821691505b6020821081036142c057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610b9657610b966142da565b5f60208284031215614311575f5ffd5b81516001600160401b03811115614326575f5ffd5b8201601f81018413614336575f5ffd5b80516143446139a08261396d565b818152856020838501011115614358575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b65ffffffffffff8281168282160390811115610b9657610b966142da565b5f602082840312156143a3575f5ffd5b81516114ca81613c45565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613ffa5781516001600160a01b03168652602095860195909101906001016143cf565b5f82825180855260208501945060208160051b830101602085015f5b83811015610d7957601f1985840301885261442e8383516138d5565b6020988901989093509190910190600101614412565b608081525f61445660808301876143bd565b82810360208401526144688187613fca565b9050828103604084015261447c81866143f6565b91505082606083015295945050505050565b5f6020828403121561449e575f5ffd5b5051919050565b838152606081016144b96020830185613c87565b826040830152949350505050565b5f602082840312156144d7575f5ffd5b815180151581146114ca575f5ffd5b84815260ff84166020820152826040820152608060608201525f6112da60808301846138d5565b85815260ff8516602082015283604082015260a060608201525f61453460a08301856138d5565b828103608084015261122381856138d5565b8981526001600160a01b0389166020820152610120604082018190525f906145709083018a6143bd565b8281036060840152614582818a613fca565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b838110156145d957601f198684030185526145c38383516138d5565b60209586019590935091909101906001016145a7565b505085810360a08701526145ed818b6143f6565b93505050508560c08401528460e084015282810361010084015261461181856138d5565b9c9b505050505050505050505050565b81810381811115610b9657610b966142da565b634e487b7160e01b5f52601260045260245ffd5b606081525f61465a60608301866138d5565b60208301949094525060400152919050565b60a081525f61467e60a08301886143bd565b82810360208401526146908188613fca565b905082810360408401526146a481876143f6565b60608401959095525050608001529392505050565b60c081525f6146cb60c08301896143bd565b82810360208401526146dd8189613fca565b905082810360408401526146f181886143f6565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610b9657610b966142da565b65ffffffffffff8181168382160190811115610b9657610b966142da565b60ff8181168382160190811115610b9657610b966142da565b6001815b6001841115612d8a5780850481111561477d5761477d6142da565b600184161561478b57908102905b60019390931c928002614762565b5f826147a757506001610b96565b816147b357505f610b96565b81600181146147c957600281146147d3576147ef565b6001915050610b96565b60ff8411156147e4576147e46142da565b50506001821b610b96565b5060208310610133831016604e8410600b8410161715614812575081810a610b96565b61481e5f19848461475e565b805f1904821115614831576148316142da565b029392505050565b5f6114ca60ff84168361479956fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/governance/AppAuthNodeVotes.sol:AppAuthNodeVotes. */
export const appAuthNodeVotesBytecode =
  '0x610160604052348015610010575f5ffd5b5060405161324238038061324283398101604081905261002f91610c94565b6040805180820190915260018152603160f81b60208201528290859081865f6100588382610e23565b5060016100658282610e23565b5050506100778261019760201b60201c565b6101205261008481610197565b61014052815160208084019190912060e052815190820120610100524660a05261011060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661014757604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610150816101d4565b505f5b815181101561018d5761018482828151811061017157610171610edd565b602002602001015161022560201b60201c565b50600101610153565b5050505050611034565b5f5f829050601f815111156101c1578260405163305a27a960e01b815260040161013e9190610f1f565b80516101cc82610f31565b179392505050565b600c80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b600d80545f918261023583610f68565b909155509050610245828261024a565b919050565b610269828260405180602001604052805f81525061026d60201b60201c565b5050565b6102778383610289565b610284335f8585856102ea565b505050565b6001600160a01b0382166102b257604051633250574960e11b81525f600482015260240161013e565b5f6102be838383610412565b90506001600160a01b03811615610284576040516339e3563760e11b81525f600482015260240161013e565b6001600160a01b0383163b1561040b57604051630a85bd0160e11b81526001600160a01b0384169063150b7a029061032c908890889087908790600401610f80565b6020604051808303815f875af1925050508015610366575060408051601f3d908101601f1916820190925261036391810190610fbc565b60015b6103cd573d808015610393576040519150601f19603f3d011682016040523d82523d5f602084013e610398565b606091505b5080515f036103c557604051633250574960e11b81526001600160a01b038516600482015260240161013e565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461040957604051633250574960e11b81526001600160a01b038516600482015260240161013e565b505b5050505050565b5f61041e848484610426565b949350505050565b5f80610433858585610441565b905061041e81866001610533565b5f828152600260205260408120546001600160a01b039081169083161561046d5761046d8184866105bb565b6001600160a01b038116156104a7576104885f85818061061f565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b038516156104d5576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b6001600160a01b0383166105615761055e600b61096761074160201b1761055984610755565b61078c565b50505b6001600160a01b03821661058a57610587600b6109726107c160201b1761055984610755565b50505b6001600160a01b038381165f90815260096020526040808220548584168352912054610284929182169116836107cc565b6105c683838361091c565b610284576001600160a01b0383166105f457604051637e27328960e01b81526004810182905260240161013e565b60405163177e802f60e01b81526001600160a01b03831660048201526024810182905260440161013e565b808061063357506001600160a01b03821615155b15610712575f6106428461099c565b90506001600160a01b0383161580159061066e5750826001600160a01b0316816001600160a01b031614155b801561069f57506001600160a01b038082165f9081526005602090815260408083209387168352929052205460ff16155b156106c85760405163a9fbf51f60e01b81526001600160a01b038416600482015260240161013e565b81156107105783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f61074c8284610fe3565b90505b92915050565b5f6001600160d01b03821115610788576040516306dfcc6560e41b815260d060048201526024810183905260440161013e565b5090565b5f806107b46107996109d4565b6107ac6107a5886109e2565b868860201c565b879190610a2a565b915091505b935093915050565b5f61074c8284611002565b816001600160a01b0316836001600160a01b0316141580156107ed57505f81115b15610284576001600160a01b03831615610885576001600160a01b0383165f908152600a602090815260408220829161083391906107c1901b6109721761055986610755565b6001600160d01b031691506001600160d01b03169150846001600160a01b03165f5160206132225f395f51905f52838360405161087a929190918252602082015260400190565b60405180910390a250505b6001600160a01b03821615610284576001600160a01b0382165f908152600a60209081526040822082916108c69190610741901b6109671761055986610755565b6001600160d01b031691506001600160d01b03169150836001600160a01b03165f5160206132225f395f51905f52838360405161090d929190918252602082015260400190565b60405180910390a25050505050565b5f6001600160a01b0383161580159061041e5750826001600160a01b0316846001600160a01b0316148061097457506001600160a01b038085165f9081526005602090815260408083209387168352929052205460ff165b8061041e5750505f908152600460205260409020546001600160a01b03908116911614919050565b5f818152600260205260408120546001600160a01b03168061074f57604051637e27328960e01b81526004810184905260240161013e565b5f6109dd610a37565b905090565b80545f908015610a2157610a08836109fb600184611021565b5f91825260209091200190565b54660100000000000090046001600160d01b0316610a23565b5f5b9392505050565b5f806107b4858585610a41565b5f6109dd42610b9d565b82545f9081908015610b40575f610a5d876109fb600185611021565b805490915065ffffffffffff80821691660100000000000090046001600160d01b0316908816821115610aa357604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603610adf57825465ffffffffffff1666010000000000006001600160d01b03891602178355610b32565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506107b992505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816107b9565b5f65ffffffffffff821115610788576040516306dfcc6560e41b8152603060048201526024810183905260440161013e565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715610c0b57610c0b610bcf565b604052919050565b5f82601f830112610c22575f5ffd5b81516001600160401b03811115610c3b57610c3b610bcf565b610c4e601f8201601f1916602001610be3565b818152846020838601011115610c62575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b80516001600160a01b0381168114610245575f5ffd5b5f5f5f5f60808587031215610ca7575f5ffd5b84516001600160401b03811115610cbc575f5ffd5b610cc887828801610c13565b602087015190955090506001600160401b03811115610ce5575f5ffd5b610cf187828801610c13565b935050610d0060408601610c7e565b60608601519092506001600160401b03811115610d1b575f5ffd5b8501601f81018713610d2b575f5ffd5b80516001600160401b03811115610d4457610d44610bcf565b8060051b610d5460208201610be3565b9182526020818401810192908101908a841115610d6f575f5ffd5b6020850194505b83851015610d9857610d8785610c7e565b825260209485019490910190610d76565b979a9699509497505050505050565b600181811c90821680610dbb57607f821691505b602082108103610dd957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561028457805f5260205f20601f840160051c81016020851015610e045750805b601f840160051c820191505b8181101561040b575f8155600101610e10565b81516001600160401b03811115610e3c57610e3c610bcf565b610e5081610e4a8454610da7565b84610ddf565b6020601f821160018114610e82575f8315610e6b5750848201515b5f19600385901b1c1916600184901b17845561040b565b5f84815260208120601f198516915b82811015610eb15787850151825560209485019460019092019101610e91565b5084821015610ece57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52603260045260245ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61074c6020830184610ef1565b80516020808301519190811015610dd9575f1960209190910360031b1b16919050565b634e487b7160e01b5f52601160045260245ffd5b5f60018201610f7957610f79610f54565b5060010190565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90610fb290830184610ef1565b9695505050505050565b5f60208284031215610fcc575f5ffd5b81516001600160e01b031981168114610a23575f5ffd5b6001600160d01b03818116838216019081111561074f5761074f610f54565b6001600160d01b03828116828216039081111561074f5761074f610f54565b8181038181111561074f5761074f610f54565b60805160a05160c05160e05161010051610120516101405161219d6110855f395f610c2d01525f610c0201525f61156701525f61153f01525f61149a01525f6114c401525f6114ee015261219d5ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c80637ecebe00116100fe5780639ab24eb01161009e578063c87b56dd1161006e578063c87b56dd14610419578063e38c3dbc1461042c578063e985e9c51461043f578063f2fde38b14610452575f5ffd5b80639ab24eb0146103cd578063a22cb465146103e0578063b88d4fde146103f3578063c3cda52014610406575f5ffd5b80638e539e8c116100d95780638e539e8c1461038b57806391ddadf41461039e5780639340b21e146103bd57806395d89b41146103c5575f5ffd5b80637ecebe001461033757806384b0196e1461035f5780638da5cb5b1461037a575f5ffd5b806342842e0e116101695780635c19a95c116101445780635c19a95c146102f65780636352211e1461030957806370a082311461031c578063715018a61461032f575f5ffd5b806342842e0e1461028e5780634bf5d7e9146102a1578063587cde1e146102cb575f5ffd5b8063095ea7b3116101a4578063095ea7b31461023257806310069f6a1461024757806323b872dd1461025a5780633a46b1a81461026d575f5ffd5b806301ffc9a7146101ca57806306fdde03146101f2578063081812fc14610207575b5f5ffd5b6101dd6101d8366004611ccf565b610465565b60405190151581526020015b60405180910390f35b6101fa6104b6565b6040516101e99190611d18565b61021a610215366004611d2a565b610545565b6040516001600160a01b0390911681526020016101e9565b610245610240366004611d57565b61056c565b005b610245610255366004611d2a565b61057b565b610245610268366004611d7f565b61058f565b61028061027b366004611d57565b61061d565b6040519081526020016101e9565b61024561029c366004611d7f565b610657565b60408051808201909152600e81526d06d6f64653d74696d657374616d760941b60208201526101fa565b61021a6102d9366004611db9565b6001600160a01b039081165f908152600960205260409020541690565b610245610304366004611db9565b610676565b61021a610317366004611d2a565b610681565b61028061032a366004611db9565b61068b565b6102456106d0565b610280610345366004611db9565b6001600160a01b03165f9081526008602052604090205490565b6103676106e3565b6040516101e99796959493929190611dd2565b600c546001600160a01b031661021a565b610280610399366004611d2a565b610725565b6103a6610749565b60405165ffffffffffff90911681526020016101e9565b61021a610757565b6101fa61076a565b6102806103db366004611db9565b610779565b6102456103ee366004611e68565b610799565b610245610401366004611eb5565b6107a4565b610245610414366004611f92565b6107bc565b6101fa610427366004611d2a565b610878565b61028061043a366004611db9565b6108e9565b6101dd61044d366004611fed565b610900565b610245610460366004611db9565b61092d565b5f6001600160e01b031982166380ac58cd60e01b148061049557506001600160e01b03198216635b5e139f60e01b145b806104b057506301ffc9a760e01b6001600160e01b03198316145b92915050565b60605f80546104c49061201e565b80601f01602080910402602001604051908101604052809291908181526020018280546104f09061201e565b801561053b5780601f106105125761010080835404028352916020019161053b565b820191905f5260205f20905b81548152906001019060200180831161051e57829003601f168201915b5050505050905090565b5f61054f8261097d565b505f828152600460205260409020546001600160a01b03166104b0565b6105778282336109b5565b5050565b6105836109c2565b61058c816109ef565b50565b6001600160a01b0382166105bd57604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f6105c9838333610a27565b9050836001600160a01b0316816001600160a01b031614610617576040516364283d7b60e01b81526001600160a01b03808616600483015260248201849052821660448201526064016105b4565b50505050565b5f61064761062a83610a3b565b6001600160a01b0385165f908152600a6020526040902090610a89565b6001600160d01b03169392505050565b61067183838360405180602001604052805f8152506107a4565b505050565b336105778183610b39565b5f6104b08261097d565b5f6001600160a01b0382166106b5576040516322718ad960e21b81525f60048201526024016105b4565b506001600160a01b03165f9081526003602052604090205490565b6106d86109c2565b6106e15f610baa565b565b5f6060805f5f5f60606106f4610bfb565b6106fc610c26565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61073a61073283610a3b565b600b90610a89565b6001600160d01b031692915050565b5f610752610c51565b905090565b5f610752600c546001600160a01b031690565b6060600180546104c49061201e565b6001600160a01b0381165f908152600a6020526040812061073a90610c5b565b610577338383610c92565b6107af84848461058f565b6106173385858585610d59565b834211156107e057604051632341d78760e11b8152600481018590526024016105b4565b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f90610859906108519060a00160405160208183030381529060405280519060200120610e81565b858585610ead565b90506108658187610ed9565b61086f8188610b39565b50505050505050565b60606108838261097d565b505f61089960408051602081019091525f815290565b90505f8151116108b75760405180602001604052805f8152506108e2565b806108c184610f2b565b6040516020016108d292919061206d565b6040516020818303038152906040525b9392505050565b5f6108f26109c2565b6104b082610fbb565b919050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b6109356109c2565b6001600160a01b03811661095e57604051631e4fbdf760e01b81525f60048201526024016105b4565b61058c81610baa565b5f6108e28284612095565b5f6108e282846120b4565b5f818152600260205260408120546001600160a01b0316806104b057604051637e27328960e01b8152600481018490526024016105b4565b6106718383836001610fdb565b600c546001600160a01b031633146106e15760405163118cdaa760e01b81523360048201526024016105b4565b5f6109fb5f835f610a27565b90506001600160a01b03811661057757604051637e27328960e01b8152600481018390526024016105b4565b5f610a338484846110df565b949350505050565b5f5f610a45610749565b90508065ffffffffffff168310610a8057604051637669fc0f60e11b81526004810184905265ffffffffffff821660248201526044016105b4565b6108e2836110fa565b81545f9081816005811115610ae5575f610aa284611130565b610aac90856120d3565b5f8881526020902090915081015465ffffffffffff9081169087161015610ad557809150610ae3565b610ae08160016120e6565b92505b505b5f610af287878585611288565b90508015610b2c57610b1687610b096001846120d3565b5f91825260209091200190565b54600160301b90046001600160d01b0316610b2e565b5f5b979650505050505050565b6001600160a01b038281165f8181526009602052604080822080548686166001600160a01b0319821681179092559151919094169392849290917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a46106718183610ba5866112de565b6112e8565b600c80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60606107527f0000000000000000000000000000000000000000000000000000000000000000611451565b60606107527f0000000000000000000000000000000000000000000000000000000000000000611451565b5f610752426110fa565b80545f908015610c8a57610c7483610b096001846120d3565b54600160301b90046001600160d01b03166108e2565b5f9392505050565b6001600160a01b038316610cbb5760405163a9fbf51f60e01b81525f60048201526024016105b4565b6001600160a01b038216610ced57604051630b61174360e31b81526001600160a01b03831660048201526024016105b4565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b15610e7a57604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290610d9b9088908890879087906004016120f9565b6020604051808303815f875af1925050508015610dd5575060408051601f3d908101601f19168201909252610dd291810190612135565b60015b610e3c573d808015610e02576040519150601f19603f3d011682016040523d82523d5f602084013e610e07565b606091505b5080515f03610e3457604051633250574960e11b81526001600160a01b03851660048201526024016105b4565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14610e7857604051633250574960e11b81526001600160a01b03851660048201526024016105b4565b505b5050505050565b5f6104b0610e8d61148e565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610ebd888888886115b7565b925092509250610ecd828261167f565b50909695505050505050565b6001600160a01b0382165f908152600860205260409020805460018101909155818114610671576040516301d4b62360e61b81526001600160a01b0384166004820152602481018290526044016105b4565b60605f610f3783611737565b60010190505f8167ffffffffffffffff811115610f5657610f56611ea1565b6040519080825280601f01601f191660200182016040528015610f80576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084610f8a57509392505050565b600d80545f9182610fcb83612164565b9190505590506108fb828261180e565b8080610fef57506001600160a01b03821615155b156110b0575f610ffe8461097d565b90506001600160a01b0383161580159061102a5750826001600160a01b0316816001600160a01b031614155b801561103d575061103b8184610900565b155b156110665760405163a9fbf51f60e01b81526001600160a01b03841660048201526024016105b4565b81156110ae5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f5f6110ec858585611827565b9050610a3381866001611919565b5f65ffffffffffff82111561112c576040516306dfcc6560e41b815260306004820152602481018390526044016105b4565b5090565b5f6001821161113d575090565b816001600160801b82106111565760809190911c9060401b5b6801000000000000000082106111715760409190911c9060201b5b64010000000082106111885760209190911c9060101b5b62010000821061119d5760109190911c9060081b5b61010082106111b15760089190911c9060041b5b601082106111c45760049190911c9060021b5b600482106111d05760011b5b600302600190811c908185816111e8576111e8612150565b048201901c9050600181858161120057611200612150565b048201901c9050600181858161121857611218612150565b048201901c9050600181858161123057611230612150565b048201901c9050600181858161124857611248612150565b048201901c9050600181858161126057611260612150565b048201901c905061127f81858161127957611279612150565b04821190565b90039392505050565b5f5b818310156112d6575f85815260209020838316600285851804019081015465ffffffffffff868116911611156112c2578092506112d0565b6112cd8160016120e6565b93505b5061128a565b509392505050565b5f6104b08261068b565b816001600160a01b0316836001600160a01b03161415801561130957505f81115b15610671576001600160a01b038316156113b0576001600160a01b0383165f908152600a60205260408120819061134b906109726113468661198e565b6119c1565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a72483836040516113a5929190918252602082015260400190565b60405180910390a250505b6001600160a01b03821615610671576001600160a01b0382165f908152600a6020526040812081906113e8906109676113468661198e565b6001600160d01b031691506001600160d01b03169150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248383604051611442929190918252602082015260400190565b60405180910390a25050505050565b60605f61145d836119f9565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156114e657507f000000000000000000000000000000000000000000000000000000000000000046145b1561151057507f000000000000000000000000000000000000000000000000000000000000000090565b610752604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156115f057505f91506003905082611675565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611641573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661166c57505f925060019150829050611675565b92505f91508190505b9450945094915050565b5f8260038111156116925761169261217c565b0361169b575050565b60018260038111156116af576116af61217c565b036116cd5760405163f645eedf60e01b815260040160405180910390fd5b60028260038111156116e1576116e161217c565b036117025760405163fce698f760e01b8152600481018290526024016105b4565b60038260038111156117165761171661217c565b03610577576040516335e2f38360e21b8152600481018290526024016105b4565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106117755772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef810000000083106117a1576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106117bf57662386f26fc10000830492506010015b6305f5e10083106117d7576305f5e100830492506008015b61271083106117eb57612710830492506004015b606483106117fd576064830492506002015b600a83106104b05760010192915050565b610577828260405180602001604052805f815250611a20565b5f828152600260205260408120546001600160a01b039081169083161561185357611853818486611a37565b6001600160a01b0381161561188d5761186e5f855f5f610fdb565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b038516156118bb576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b6001600160a01b03831661193b57611938600b6109676113468461198e565b50505b6001600160a01b03821661195d5761195a600b6109726113468461198e565b50505b6001600160a01b038381165f90815260096020526040808220548584168352912054610671929182169116836112e8565b5f6001600160d01b0382111561112c576040516306dfcc6560e41b815260d06004820152602481018390526044016105b4565b5f5f6119ec6119ce610749565b6119e46119da88610c5b565b868863ffffffff16565b879190611a9b565b915091505b935093915050565b5f60ff8216601f8111156104b057604051632cd44ac360e21b815260040160405180910390fd5b611a2a8383611aa8565b610671335f858585610d59565b611a42838383611b09565b610671576001600160a01b038316611a7057604051637e27328960e01b8152600481018290526024016105b4565b60405163177e802f60e01b81526001600160a01b0383166004820152602481018290526044016105b4565b5f806119ec858585611b6a565b6001600160a01b038216611ad157604051633250574960e11b81525f60048201526024016105b4565b5f611add83835f610a27565b90506001600160a01b03811615610671576040516339e3563760e11b81525f60048201526024016105b4565b5f6001600160a01b03831615801590610a335750826001600160a01b0316846001600160a01b03161480611b425750611b428484610900565b80610a335750505f908152600460205260409020546001600160a01b03908116911614919050565b82545f9081908015611c60575f611b8687610b096001856120d3565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115611bc957604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603611c0257825465ffffffffffff16600160301b6001600160d01b03891602178355611c52565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506119f192505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816119f1565b6001600160e01b03198116811461058c575f5ffd5b5f60208284031215611cdf575f5ffd5b81356108e281611cba565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6108e26020830184611cea565b5f60208284031215611d3a575f5ffd5b5035919050565b80356001600160a01b03811681146108fb575f5ffd5b5f5f60408385031215611d68575f5ffd5b611d7183611d41565b946020939093013593505050565b5f5f5f60608486031215611d91575f5ffd5b611d9a84611d41565b9250611da860208501611d41565b929592945050506040919091013590565b5f60208284031215611dc9575f5ffd5b6108e282611d41565b60ff60f81b8816815260e060208201525f611df060e0830189611cea565b8281036040840152611e028189611cea565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611e57578351835260209384019390920191600101611e39565b50909b9a5050505050505050505050565b5f5f60408385031215611e79575f5ffd5b611e8283611d41565b915060208301358015158114611e96575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215611ec8575f5ffd5b611ed185611d41565b9350611edf60208601611d41565b925060408501359150606085013567ffffffffffffffff811115611f01575f5ffd5b8501601f81018713611f11575f5ffd5b803567ffffffffffffffff811115611f2b57611f2b611ea1565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715611f5a57611f5a611ea1565b604052818152828201602001891015611f71575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f5f5f5f5f60c08789031215611fa7575f5ffd5b611fb087611d41565b95506020870135945060408701359350606087013560ff81168114611fd3575f5ffd5b9598949750929560808101359460a0909101359350915050565b5f5f60408385031215611ffe575f5ffd5b61200783611d41565b915061201560208401611d41565b90509250929050565b600181811c9082168061203257607f821691505b60208210810361205057634e487b7160e01b5f52602260045260245ffd5b50919050565b5f81518060208401855e5f93019283525090919050565b5f610a3361207b8386612056565b84612056565b634e487b7160e01b5f52601160045260245ffd5b6001600160d01b0381811683821601908111156104b0576104b0612081565b6001600160d01b0382811682821603908111156104b0576104b0612081565b818103818111156104b0576104b0612081565b808201808211156104b0576104b0612081565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061212b90830184611cea565b9695505050505050565b5f60208284031215612145575f5ffd5b81516108e281611cba565b634e487b7160e01b5f52601260045260245ffd5b5f6001820161217557612175612081565b5060010190565b634e487b7160e01b5f52602160045260245ffdfea164736f6c634300081c000adec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724' as const
/** Creation bytecode of contracts/governance/AppAuthTimelock.sol:AppAuthTimelock. */
export const appAuthTimelockBytecode =
  '0x60a060405234801561000f575f5ffd5b50604051611f04380380611f0483398101604081905261002e91610305565b8261003882610202565b61004183610202565b5f61004c813061025c565b506001600160a01b03811615610068576100665f8261025c565b505b5f5b83518110156100fc576100bc7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc18583815181106100a9576100a9610347565b602002602001015161025c60201b60201c565b506100f37ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7838583815181106100a9576100a9610347565b5060010161006a565b505f5b82518110156101475761013e7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e638483815181106100a9576100a9610347565b506001016100ff565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150505050610e108310156101bd57604051632b51f98b60e21b815260048101849052610e1060248201526044015b60405180910390fd5b8115806101cd57506301e1338082115b156101f85760405163022a09bf60e11b8152600481018390526301e1338060248201526044016101b4565b506080525061035b565b6040805160018082528183019092526060916020808301908036833701905050905081815f8151811061023757610237610347565b60200260200101906001600160a01b031690816001600160a01b031681525050919050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102fc575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102b43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102ff565b505f5b92915050565b5f5f5f60608486031215610317575f5ffd5b83516020850151604086015191945092506001600160a01b038116811461033c575f5ffd5b809150509250925092565b634e487b7160e01b5f52603260045260245ffd5b608051611b836103815f395f81816102ef01528181610b130152610da90152611b835ff3fe6080604052600436106101de575f3560e01c80638f2a0bb0116100fd578063bc197c8111610092578063d547741f11610062578063d547741f146105dc578063e38335e5146105fb578063f23a6e611461060e578063f27a0c9214610639575f5ffd5b8063bc197c8114610550578063c2ca64ef1461057b578063c4d252f514610592578063d45c4435146105b1575f5ffd5b80639f81aed7116100cd5780639f81aed7146104d6578063a217fddf146104eb578063b08e51c0146104fe578063b1c5f42714610531575f5ffd5b80638f2a0bb0146104465780638f61f4f51461046557806391d148541461049857806393988770146104b7575f5ffd5b80632ab0f52911610173578063584b153e11610143578063584b153e146103bd57806364d62353146103dc5780637958004c146103fb5780638065657f14610427575f5ffd5b80632ab0f529146103415780632f2ff15d1461036057806331d507501461037f57806336568abe1461039e575f5ffd5b806313bc9f20116101ae57806313bc9f201461027f578063150b7a021461029e57806317c5993a146102e1578063248a9ca314610313575f5ffd5b806301d5062a146101e957806301ffc9a71461020a57806307bd02651461023e578063134008d31461026c575f5ffd5b366101e557005b5f5ffd5b3480156101f4575f5ffd5b50610208610203366004611359565b61064d565b005b348015610215575f5ffd5b506102296102243660046113c7565b610721565b60405190151581526020015b60405180910390f35b348015610249575f5ffd5b5061025e5f516020611b575f395f51905f5281565b604051908152602001610235565b61020861027a3660046113ee565b610731565b34801561028a575f5ffd5b50610229610299366004611454565b610784565b3480156102a9575f5ffd5b506102c86102b836600461151a565b630a85bd0160e11b949350505050565b6040516001600160e01b03199091168152602001610235565b3480156102ec575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061025e565b34801561031e575f5ffd5b5061025e61032d366004611454565b5f9081526020819052604090206001015490565b34801561034c575f5ffd5b5061022961035b366004611454565b6107a9565b34801561036b575f5ffd5b5061020861037a36600461157d565b6107b1565b34801561038a575f5ffd5b50610229610399366004611454565b6107db565b3480156103a9575f5ffd5b506102086103b836600461157d565b6107ff565b3480156103c8575f5ffd5b506102296103d7366004611454565b610837565b3480156103e7575f5ffd5b506102086103f6366004611454565b61087c565b348015610406575f5ffd5b5061041a610415366004611454565b6108bb565b60405161023591906115bb565b348015610432575f5ffd5b5061025e6104413660046113ee565b610903565b348015610451575f5ffd5b50610208610460366004611621565b610941565b348015610470575f5ffd5b5061025e7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b3480156104a3575f5ffd5b506102296104b236600461157d565b610acd565b3480156104c2575f5ffd5b506102296104d1366004611454565b610af5565b3480156104e1575f5ffd5b5061025e610e1081565b3480156104f6575f5ffd5b5061025e5f81565b348015610509575f5ffd5b5061025e7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b34801561053c575f5ffd5b5061025e61054b3660046116d3565b610b41565b34801561055b575f5ffd5b506102c861056a3660046117fc565b63bc197c8160e01b95945050505050565b348015610586575f5ffd5b5061025e6301e1338081565b34801561059d575f5ffd5b506102086105ac366004611454565b610b85565b3480156105bc575f5ffd5b5061025e6105cb366004611454565b5f9081526001602052604090205490565b3480156105e7575f5ffd5b506102086105f636600461157d565b610c2f565b6102086106093660046116d3565b610c53565b348015610619575f5ffd5b506102c86106283660046118a8565b63f23a6e6160e01b95945050505050565b348015610644575f5ffd5b5060025461025e565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161067781610c9c565b5f610686898989898989610903565b90506106928184610ca6565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516106cd96959493929190611923565b60405180910390a3831561071657807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161070d91815260200190565b60405180910390a25b505050505050505050565b5f61072b82610d37565b92915050565b5f516020611b575f395f51905f52610749815f610acd565b610757576107578133610d5b565b61076d610768888888888888610903565b610d98565b61077b878787878787610e08565b50505050505050565b5f60025b610791836108bb565b60038111156107a2576107a26115a7565b1492915050565b5f6003610788565b5f828152602081905260409020600101546107cb81610c9c565b6107d58383610ea7565b50505050565b5f806107e6836108bb565b60038111156107f7576107f76115a7565b141592915050565b6001600160a01b03811633146108285760405163334bd91960e11b815260040160405180910390fd5b6108328282610f36565b505050565b5f5f610842836108bb565b90506001816003811115610858576108586115a7565b148061087557506002816003811115610873576108736115a7565b145b9392505050565b610e108110156108af57604051632b51f98b60e21b815260048101829052610e1060248201526044015b60405180910390fd5b6108b881610f9f565b50565b5f81815260016020526040812054805f036108d857505f92915050565b600181036108e95750600392915050565b428111156108fa5750600192915050565b50600292915050565b5f86868686868660405160200161091f96959493929190611923565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161096b81610c9c565b888714158061097a5750888514155b156109ac576040516001624fcdef60e01b03198152600481018a905260248101869052604481018890526064016108a6565b5f6109bd8b8b8b8b8b8b8b8b610b41565b90506109c98184610ca6565b5f5b8a811015610a7e5780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610a0857610a0861195f565b9050602002016020810190610a1d9190611973565b8d8d86818110610a2f57610a2f61195f565b905060200201358c8c87818110610a4857610a4861195f565b9050602002810190610a5a919061198c565b8c8b604051610a6e96959493929190611923565b60405180910390a36001016109cb565b508315610ac057807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610ab791815260200190565b60405180910390a25b5050505050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f818152600160205260408120546001811180156108755750610b387f0000000000000000000000000000000000000000000000000000000000000000826119ce565b42119392505050565b5f8888888888888888604051602001610b61989796959493929190611a81565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610baf81610c9c565b610bb882610837565b610bf45781610bc7600261100d565b610bd1600161100d565b604051635ead8eb560e01b815260048101939093521760248201526044016108a6565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610c4981610c9c565b6107d58383610f36565b5f516020611b575f395f51905f52610c6b815f610acd565b610c7957610c798133610d5b565b610c8c6107688a8a8a8a8a8a8a8a610b41565b610716898989898989898961102f565b6108b88133610d5b565b610caf826107db565b15610ce05781610cbe5f61100d565b604051635ead8eb560e01b8152600481019290925260248201526044016108a6565b5f610cea60025490565b905080821015610d1757604051635433660960e01b815260048101839052602481018290526044016108a6565b610d2182426119ce565b5f93845260016020526040909320929092555050565b5f6001600160e01b03198216630271189760e51b148061072b575061072b8261119d565b610d658282610acd565b610d945760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108a6565b5050565b610da181610af5565b156108b857807f0000000000000000000000000000000000000000000000000000000000000000610ddd835f9081526001602052604090205490565b610de791906119ce565b604051625a3c8160e81b8152600481019290925260248201526044016108a6565b5f516020611b575f395f51905f52610e20815f610acd565b610e2e57610e2e8133610d5b565b5f610e3d888888888888610903565b9050610e4981856111d1565b610e558888888861121f565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a604051610e8c9493929190611b20565b60405180910390a3610e9d8161128a565b5050505050505050565b5f610eb28383610acd565b610f2f575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610ee73390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161072b565b505f61072b565b5f610f418383610acd565b15610f2f575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161072b565b33308114610fcb5760405163e2850c5960e01b81526001600160a01b03821660048201526024016108a6565b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f816003811115611020576110206115a7565b600160ff919091161b92915050565b5f516020611b575f395f51905f52611047815f610acd565b611055576110558133610d5b565b87861415806110645750878414155b15611096576040516001624fcdef60e01b031981526004810189905260248101859052604481018790526064016108a6565b5f6110a78a8a8a8a8a8a8a8a610b41565b90506110b381856111d1565b5f5b89811015611187575f8b8b838181106110d0576110d061195f565b90506020020160208101906110e59190611973565b90505f8a8a848181106110fa576110fa61195f565b905060200201359050365f8a8a868181106111175761111761195f565b9050602002810190611129919061198c565b915091506111398484848461121f565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b58868686866040516111709493929190611b20565b60405180910390a3505050508060010190506110b5565b506111918161128a565b50505050505050505050565b5f6001600160e01b03198216637965db0b60e01b148061072b57506301ffc9a760e01b6001600160e01b031983161461072b565b6111da82610784565b6111e95781610cbe600261100d565b80158015906111fe57506111fc816107a9565b155b15610d945760405163121534c360e31b8152600481018290526024016108a6565b5f5f856001600160a01b031685858560405161123c929190611b47565b5f6040518083038185875af1925050503d805f8114611276576040519150601f19603f3d011682016040523d82523d5f602084013e61127b565b606091505b509150915061077b82826112b5565b61129381610784565b6112a25780610cbe600261100d565b5f90815260016020819052604090912055565b606082156112c457508061072b565b8151156112d9576112d4826112f2565b61072b565b60405163d6bda27560e01b815260040160405180910390fd5b805160208201fd5b80356001600160a01b0381168114611310575f5ffd5b919050565b5f5f83601f840112611325575f5ffd5b5081356001600160401b0381111561133b575f5ffd5b602083019150836020828501011115611352575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a03121561136f575f5ffd5b611378886112fa565b96506020880135955060408801356001600160401b03811115611399575f5ffd5b6113a58a828b01611315565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f602082840312156113d7575f5ffd5b81356001600160e01b031981168114610875575f5ffd5b5f5f5f5f5f5f60a08789031215611403575f5ffd5b61140c876112fa565b95506020870135945060408701356001600160401b0381111561142d575f5ffd5b61143989828a01611315565b979a9699509760608101359660809091013595509350505050565b5f60208284031215611464575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156114a7576114a761146b565b604052919050565b5f82601f8301126114be575f5ffd5b81356001600160401b038111156114d7576114d761146b565b6114ea601f8201601f191660200161147f565b8181528460208386010111156114fe575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f6080858703121561152d575f5ffd5b611536856112fa565b9350611544602086016112fa565b92506040850135915060608501356001600160401b03811115611565575f5ffd5b611571878288016114af565b91505092959194509250565b5f5f6040838503121561158e575f5ffd5b8235915061159e602084016112fa565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b60208101600483106115db57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f8401126115f1575f5ffd5b5081356001600160401b03811115611607575f5ffd5b6020830191508360208260051b8501011115611352575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611639575f5ffd5b89356001600160401b0381111561164e575f5ffd5b61165a8c828d016115e1565b909a5098505060208a01356001600160401b03811115611678575f5ffd5b6116848c828d016115e1565b90985096505060408a01356001600160401b038111156116a2575f5ffd5b6116ae8c828d016115e1565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b0312156116ea575f5ffd5b88356001600160401b038111156116ff575f5ffd5b61170b8b828c016115e1565b90995097505060208901356001600160401b03811115611729575f5ffd5b6117358b828c016115e1565b90975095505060408901356001600160401b03811115611753575f5ffd5b61175f8b828c016115e1565b999c989b509699959896976060870135966080013595509350505050565b5f82601f83011261178c575f5ffd5b81356001600160401b038111156117a5576117a561146b565b8060051b6117b56020820161147f565b918252602081850181019290810190868411156117d0575f5ffd5b6020860192505b838310156117f25782358252602092830192909101906117d7565b9695505050505050565b5f5f5f5f5f60a08688031215611810575f5ffd5b611819866112fa565b9450611827602087016112fa565b935060408601356001600160401b03811115611841575f5ffd5b61184d8882890161177d565b93505060608601356001600160401b03811115611868575f5ffd5b6118748882890161177d565b92505060808601356001600160401b0381111561188f575f5ffd5b61189b888289016114af565b9150509295509295909350565b5f5f5f5f5f60a086880312156118bc575f5ffd5b6118c5866112fa565b94506118d3602087016112fa565b9350604086013592506060860135915060808601356001600160401b0381111561188f575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b038716815285602082015260a060408201525f61194a60a0830186886118fb565b60608301949094525060800152949350505050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611983575f5ffd5b610875826112fa565b5f5f8335601e198436030181126119a1575f5ffd5b8301803591506001600160401b038211156119ba575f5ffd5b602001915036819003821315611352575f5ffd5b8082018082111561072b57634e487b7160e01b5f52601160045260245ffd5b5f8383855260208501945060208460051b820101835f5b86811015611a7557838303601f19018852813536879003601e19018112611a29575f5ffd5b86016020810190356001600160401b03811115611a44575f5ffd5b803603821315611a52575f5ffd5b611a5d8582846118fb565b60209a8b019a90955093909301925050600101611a04565b50909695505050505050565b60a080825281018890525f8960c08301825b8b811015611ac1576001600160a01b03611aac846112fa565b16825260209283019290910190600101611a93565b5083810360208501528881526001600160fb1b03891115611ae0575f5ffd5b8860051b9150818a60208301370182810360209081016040850152611b0890820187896119ed565b60608401959095525050608001529695505050505050565b60018060a01b0385168152836020820152606060408201525f6117f26060830184866118fb565b818382375f910190815291905056fed8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63a164736f6c634300081c000a' as const
/** Creation bytecode of contracts/governance/AppAuthVotesToken.sol:AppAuthVotesToken. */
export const appAuthVotesTokenBytecode =
  '0x610160604052348015610010575f5ffd5b506040516126bf3803806126bf83398101604081905261002f91610843565b6040805180820190915260018152603160f81b602082015284908190818660036100598382610951565b5060046100668282610951565b5050506100788261012e60201b60201c565b610120526100858161012e565b61014052815160208084019190912060e052815190820120610100524660a05261011160e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506101258282610174565b50505050610adb565b5f5f829050601f81511115610161578260405163305a27a960e01b81526004016101589190610a0b565b60405180910390fd5b805161016c82610a40565b179392505050565b6001600160a01b03821661019d5760405163ec442f0560e01b81525f6004820152602401610158565b6101a85f83836101ac565b5050565b6101b78383836101bc565b505050565b6101c7838383610222565b6001600160a01b038316610217575f6101df60025490565b90506001600160d01b038082111561021457604051630e58ae9360e11b81526004810183905260248101829052604401610158565b50505b6101b7838383610348565b6001600160a01b03831661024c578060025f8282546102419190610a77565b909155506102bc9050565b6001600160a01b0383165f908152602081905260409020548181101561029e5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610158565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166102d8576002805482900390556102f6565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161033b91815260200190565b60405180910390a3505050565b6001600160a01b03831661037657610373600a6107e76103d060201b1761036e846103e4565b61041b565b50505b6001600160a01b03821661039f5761039c600a6107f261045060201b1761036e846103e4565b50505b6001600160a01b038381165f908152600860205260408082205485841683529120546101b79291821691168361045b565b5f6103db8284610a8a565b90505b92915050565b5f6001600160d01b03821115610417576040516306dfcc6560e41b815260d0600482015260248101839052604401610158565b5090565b5f806104436104286105ab565b61043b610434886105b9565b868860201c565b879190610601565b915091505b935093915050565b5f6103db8284610aa9565b816001600160a01b0316836001600160a01b03161415801561047c57505f81115b156101b7576001600160a01b03831615610514576001600160a01b0383165f908152600960209081526040822082916104c29190610450901b6107f21761036e866103e4565b6001600160d01b031691506001600160d01b03169150846001600160a01b03165f51602061269f5f395f51905f528383604051610509929190918252602082015260400190565b60405180910390a250505b6001600160a01b038216156101b7576001600160a01b0382165f9081526009602090815260408220829161055591906103d0901b6107e71761036e866103e4565b6001600160d01b031691506001600160d01b03169150836001600160a01b03165f51602061269f5f395f51905f52838360405161059c929190918252602082015260400190565b60405180910390a25050505050565b5f6105b461060e565b905090565b80545f9080156105f8576105df836105d2600184610ac8565b5f91825260209091200190565b54660100000000000090046001600160d01b03166105fa565b5f5b9392505050565b5f80610443858585610618565b5f6105b442610774565b82545f9081908015610717575f610634876105d2600185610ac8565b805490915065ffffffffffff80821691660100000000000090046001600160d01b031690881682111561067a57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036106b657825465ffffffffffff1666010000000000006001600160d01b03891602178355610709565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061044892505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081610448565b5f65ffffffffffff821115610417576040516306dfcc6560e41b81526030600482015260248101839052604401610158565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126107c9575f5ffd5b81516001600160401b038111156107e2576107e26107a6565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610810576108106107a6565b604052818152838201602001851015610827575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f60808587031215610856575f5ffd5b84516001600160401b0381111561086b575f5ffd5b610877878288016107ba565b602087015190955090506001600160401b03811115610894575f5ffd5b6108a0878288016107ba565b604087015190945090506001600160a01b03811681146108be575f5ffd5b6060959095015193969295505050565b600181811c908216806108e257607f821691505b60208210810361090057634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101b757805f5260205f20601f840160051c8101602085101561092b5750805b601f840160051c820191505b8181101561094a575f8155600101610937565b5050505050565b81516001600160401b0381111561096a5761096a6107a6565b61097e8161097884546108ce565b84610906565b6020601f8211600181146109b0575f83156109995750848201515b5f19600385901b1c1916600184901b17845561094a565b5f84815260208120601f198516915b828110156109df57878501518255602094850194600190920191016109bf565b50848210156109fc57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610900575f1960209190910360031b1b16919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156103de576103de610a63565b6001600160d01b0381811683821601908111156103de576103de610a63565b6001600160d01b0382811682821603908111156103de576103de610a63565b818103818111156103de576103de610a63565b60805160a05160c05160e051610100516101205161014051611b73610b2c5f395f610bf001525f610bc501525f6109c101525f61099901525f6108f401525f61091e01525f6109480152611b735ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c80637ecebe00116100bf5780639ab24eb0116100795780639ab24eb014610327578063a9059cbb1461033a578063c3cda5201461034d578063d505accf14610360578063dd62ed3e14610373578063f1127ed8146103ab575f5ffd5b80637ecebe00146102b957806384b0196e146102cc5780638e539e8c146102e757806391ddadf4146102fa5780639340b21e1461031957806395d89b411461031f575f5ffd5b80633a46b1a8116101105780633a46b1a8146101d45780634bf5d7e9146101e7578063587cde1e146102115780635c19a95c146102545780636fcfff451461026957806370a0823114610291575f5ffd5b806306fdde0314610157578063095ea7b31461017557806318160ddd1461019857806323b872dd146101aa578063313ce567146101bd5780633644e515146101cc575b5f5ffd5b61015f6103ea565b60405161016c91906117ed565b60405180910390f35b61018861018336600461181a565b61047a565b604051901515815260200161016c565b6002545b60405190815260200161016c565b6101886101b8366004611842565b610493565b6040516012815260200161016c565b61019c6104b6565b61019c6101e236600461181a565b6104c4565b60408051808201909152600e81526d06d6f64653d74696d657374616d760941b602082015261015f565b61023c61021f36600461187c565b6001600160a01b039081165f908152600860205260409020541690565b6040516001600160a01b03909116815260200161016c565b61026761026236600461187c565b6104fe565b005b61027c61027736600461187c565b61050d565b60405163ffffffff909116815260200161016c565b61019c61029f36600461187c565b6001600160a01b03165f9081526020819052604090205490565b61019c6102c736600461187c565b610517565b6102d4610521565b60405161016c9796959493929190611895565b61019c6102f536600461192b565b610563565b610302610587565b60405165ffffffffffff909116815260200161016c565b5f61023c565b61015f610590565b61019c61033536600461187c565b61059f565b61018861034836600461181a565b6105bf565b61026761035b366004611952565b6105cc565b61026761036e3660046119a6565b61068d565b61019c610381366004611a0c565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6103be6103b9366004611a3d565b6107c3565b60408051825165ffffffffffff1681526020928301516001600160d01b0316928101929092520161016c565b6060600380546103f990611a7a565b80601f016020809104026020016040519081016040528092919081815260200182805461042590611a7a565b80156104705780601f1061044757610100808354040283529160200191610470565b820191905f5260205f20905b81548152906001019060200180831161045357829003601f168201915b5050505050905090565b5f336104878185856107fd565b60019150505b92915050565b5f336104a085828561080f565b6104ab85858561088b565b506001949350505050565b5f6104bf6108e8565b905090565b5f6104ee6104d183610a11565b6001600160a01b0385165f90815260096020526040902090610a5f565b6001600160d01b03169392505050565b336105098183610b0f565b5050565b5f61048d82610b80565b5f61048d82610ba1565b5f6060805f5f5f6060610532610bbe565b61053a610be9565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61057861057083610a11565b600a90610a5f565b6001600160d01b031692915050565b5f6104bf610c14565b6060600480546103f990611a7a565b6001600160a01b0381165f90815260096020526040812061057890610c1e565b5f3361048781858561088b565b834211156105f557604051632341d78760e11b8152600481018590526024015b60405180910390fd5b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f9061066e906106669060a00160405160208183030381529060405280519060200120610c55565b858585610c81565b905061067a8187610cad565b6106848188610b0f565b50505050505050565b834211156106b15760405163313c898160e11b8152600481018590526024016105ec565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886106fc8c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61075682610c55565b90505f61076582878787610c81565b9050896001600160a01b0316816001600160a01b0316146107ac576040516325c0072360e11b81526001600160a01b0380831660048301528b1660248201526044016105ec565b6107b78a8a8a6107fd565b50505050505050505050565b604080518082019091525f80825260208201526107e08383610cff565b9392505050565b5f6107e08284611ac6565b5f6107e08284611ae5565b61080a8383836001610d33565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610885578181101561087757604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016105ec565b61088584848484035f610d33565b50505050565b6001600160a01b0383166108b457604051634b637e8f60e11b81525f60048201526024016105ec565b6001600160a01b0382166108dd5760405163ec442f0560e01b81525f60048201526024016105ec565b61080a838383610e05565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561094057507f000000000000000000000000000000000000000000000000000000000000000046145b1561096a57507f000000000000000000000000000000000000000000000000000000000000000090565b6104bf604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f610a1b610587565b90508065ffffffffffff168310610a5657604051637669fc0f60e11b81526004810184905265ffffffffffff821660248201526044016105ec565b6107e083610e10565b81545f9081816005811115610abb575f610a7884610e46565b610a829085611b04565b5f8881526020902090915081015465ffffffffffff9081169087161015610aab57809150610ab9565b610ab6816001611b17565b92505b505b5f610ac887878585610f9e565b90508015610b0257610aec87610adf600184611b04565b5f91825260209091200190565b54600160301b90046001600160d01b0316610b04565b5f5b979650505050505050565b6001600160a01b038281165f8181526008602052604080822080548686166001600160a01b0319821681179092559151919094169392849290917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a461080a8183610b7b86610ff4565b611011565b6001600160a01b0381165f9081526009602052604081205461048d9061117a565b6001600160a01b0381165f9081526007602052604081205461048d565b60606104bf7f00000000000000000000000000000000000000000000000000000000000000006111aa565b60606104bf7f00000000000000000000000000000000000000000000000000000000000000006111aa565b5f6104bf42610e10565b80545f908015610c4d57610c3783610adf600184611b04565b54600160301b90046001600160d01b03166107e0565b5f9392505050565b5f61048d610c616108e8565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610c91888888886111e7565b925092509250610ca182826112af565b50909695505050505050565b6001600160a01b0382165f90815260076020526040902080546001810190915581811461080a576040516301d4b62360e61b81526001600160a01b0384166004820152602481018290526044016105ec565b604080518082019091525f80825260208201526001600160a01b0383165f9081526009602052604090206107e09083611367565b6001600160a01b038416610d5c5760405163e602df0560e01b81525f60048201526024016105ec565b6001600160a01b038316610d8557604051634a1406b160e11b81525f60048201526024016105ec565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561088557826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610df791815260200190565b60405180910390a350505050565b61080a8383836113d4565b5f65ffffffffffff821115610e42576040516306dfcc6560e41b815260306004820152602481018390526044016105ec565b5090565b5f60018211610e53575090565b816001600160801b8210610e6c5760809190911c9060401b5b680100000000000000008210610e875760409190911c9060201b5b6401000000008210610e9e5760209190911c9060101b5b620100008210610eb35760109190911c9060081b5b6101008210610ec75760089190911c9060041b5b60108210610eda5760049190911c9060021b5b60048210610ee65760011b5b600302600190811c90818581610efe57610efe611b2a565b048201901c90506001818581610f1657610f16611b2a565b048201901c90506001818581610f2e57610f2e611b2a565b048201901c90506001818581610f4657610f46611b2a565b048201901c90506001818581610f5e57610f5e611b2a565b048201901c90506001818581610f7657610f76611b2a565b048201901c9050610f95818581610f8f57610f8f611b2a565b04821190565b90039392505050565b5f5b81831015610fec575f85815260209020838316600285851804019081015465ffffffffffff86811691161115610fd857809250610fe6565b610fe3816001611b17565b93505b50610fa0565b509392505050565b6001600160a01b0381165f9081526020819052604081205461048d565b816001600160a01b0316836001600160a01b03161415801561103257505f81115b1561080a576001600160a01b038316156110d9576001600160a01b0383165f9081526009602052604081208190611074906107f261106f8661143a565b61146d565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a72483836040516110ce929190918252602082015260400190565b60405180910390a250505b6001600160a01b0382161561080a576001600160a01b0382165f9081526009602052604081208190611111906107e761106f8661143a565b6001600160d01b031691506001600160d01b03169150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724838360405161116b929190918252602082015260400190565b60405180910390a25050505050565b5f63ffffffff821115610e42576040516306dfcc6560e41b815260206004820152602481018390526044016105ec565b60605f6111b6836114a5565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561122057505f915060039050826112a5565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611271573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661129c57505f9250600191508290506112a5565b92505f91508190505b9450945094915050565b5f8260038111156112c2576112c2611b3e565b036112cb575050565b60018260038111156112df576112df611b3e565b036112fd5760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561131157611311611b3e565b036113325760405163fce698f760e01b8152600481018290526024016105ec565b600382600381111561134657611346611b3e565b03610509576040516335e2f38360e21b8152600481018290526024016105ec565b604080518082019091525f8082526020820152825f018263ffffffff168154811061139457611394611b52565b5f9182526020918290206040805180820190915291015465ffffffffffff81168252600160301b90046001600160d01b0316918101919091529392505050565b6113df8383836114cc565b6001600160a01b03831661142f575f6113f760025490565b90506001600160d01b038082111561142c57604051630e58ae9360e11b815260048101839052602481018290526044016105ec565b50505b61080a8383836115f2565b5f6001600160d01b03821115610e42576040516306dfcc6560e41b815260d06004820152602481018390526044016105ec565b5f5f61149861147a610587565b61149061148688610c1e565b868863ffffffff16565b879190611667565b915091505b935093915050565b5f60ff8216601f81111561048d57604051632cd44ac360e21b815260040160405180910390fd5b6001600160a01b0383166114f6578060025f8282546114eb9190611b17565b909155506115669050565b6001600160a01b0383165f90815260208190526040902054818110156115485760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016105ec565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216611582576002805482900390556115a0565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516115e591815260200190565b60405180910390a3505050565b6001600160a01b03831661161457611611600a6107e761106f8461143a565b50505b6001600160a01b03821661163657611633600a6107f261106f8461143a565b50505b6001600160a01b038381165f9081526008602052604080822054858416835291205461080a92918216911683611011565b5f8061149885858582545f9081908015611765575f61168b87610adf600185611b04565b805490915065ffffffffffff80821691600160301b90046001600160d01b03169088168211156116ce57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361170757825465ffffffffffff16600160301b6001600160d01b03891602178355611757565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061149d92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b02919093161792019190915590508161149d565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6107e060208301846117bf565b80356001600160a01b0381168114611815575f5ffd5b919050565b5f5f6040838503121561182b575f5ffd5b611834836117ff565b946020939093013593505050565b5f5f5f60608486031215611854575f5ffd5b61185d846117ff565b925061186b602085016117ff565b929592945050506040919091013590565b5f6020828403121561188c575f5ffd5b6107e0826117ff565b60ff60f81b8816815260e060208201525f6118b360e08301896117bf565b82810360408401526118c581896117bf565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561191a5783518352602093840193909201916001016118fc565b50909b9a5050505050505050505050565b5f6020828403121561193b575f5ffd5b5035919050565b803560ff81168114611815575f5ffd5b5f5f5f5f5f5f60c08789031215611967575f5ffd5b611970876117ff565b9550602087013594506040870135935061198c60608801611942565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f5f5f60e0888a0312156119bc575f5ffd5b6119c5886117ff565b96506119d3602089016117ff565b955060408801359450606088013593506119ef60808901611942565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611a1d575f5ffd5b611a26836117ff565b9150611a34602084016117ff565b90509250929050565b5f5f60408385031215611a4e575f5ffd5b611a57836117ff565b9150602083013563ffffffff81168114611a6f575f5ffd5b809150509250929050565b600181811c90821680611a8e57607f821691505b602082108103611aac57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160d01b03818116838216019081111561048d5761048d611ab2565b6001600160d01b03828116828216039081111561048d5761048d611ab2565b8181038181111561048d5761048d611ab2565b8082018082111561048d5761048d611ab2565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffdfea164736f6c634300081c000adec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724' as const
/** Creation bytecode of contracts/verifiers/AutomataDcapTdxAdapter.sol:AutomataDcapTdxAdapter. */
export const automataDcapTdxAdapterBytecode =
  '0x60c060405234801561000f575f5ffd5b50604051610f69380380610f6983398101604081905261002e9161019c565b8181816001600160a01b03163b5f0361006a5760405163b9bd0c0560e01b81526001600160a01b03831660048201526024015b60405180910390fd5b6001600160a01b038216608052806001811115610089576100896101e2565b60a081600181111561009d5761009d6101e2565b905250600191506100ab9050565b8160018111156100bd576100bd6101e2565b036101955760408051600481526024810182526020810180516001600160e01b0316630207783760e01b17905290515f9182916001600160a01b03861691610104916101f6565b5f60405180830381855afa9150503d805f811461013c576040519150601f19603f3d011682016040523d82523d5f602084013e610141565b606091505b509150915081158061015557508051602014155b80610169575060046101668261020c565b14155b156101925760405163b9bd0c0560e01b81526001600160a01b0385166004820152602401610061565b50505b5050610232565b5f5f604083850312156101ad575f5ffd5b82516001600160a01b03811681146101c3575f5ffd5b6020840151909250600281106101d7575f5ffd5b809150509250929050565b634e487b7160e01b5f52602160045260245ffd5b5f82518060208501845e5f920191825250919050565b8051602080830151919081101561022c575f198160200360031b1b821691505b50919050565b60805160a051610cee61027b5f395f8181608e01526101ac01525f818160f7015281816101ec0152818161033d015281816104f50152818161057501526105e30152610cee5ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806301ffc9a7146100645780630f0e88701461008c5780631385a6f2146100ba5780632b7ac3f3146100ea5780638e760afe14610121578063f6ae3d2a14610141575b5f5ffd5b61007761007236600461090f565b610168565b60405190151581526020015b60405180910390f35b7f00000000000000000000000000000000000000000000000000000000000000006040516100839190610951565b7f4e921429feca89dc0711102fd701c2b4e6b93e349267f58170af9c921fd2abe05b604051908152602001610083565b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610083565b61013461012f36600461096b565b61019e565b60405161008391906109d9565b6100dc7f4e921429feca89dc0711102fd701c2b4e6b93e349267f58170af9c921fd2abe081565b5f6001600160e01b0319821663b987e78f60e01b148061019857506301ffc9a760e01b6001600160e01b03198316145b92915050565b6101a66108db565b606060017f000000000000000000000000000000000000000000000000000000000000000060018111156101dc576101dc61093d565b036102bf576030831015610268577f00000000000000000000000000000000000000000000000000000000000000006040805163278ae60360e01b81526001600160a01b0390921660048301526024820152601d60448201527f71756f74652073686f72746572207468616e206974732068656164657200000060648201526084015b60405180910390fd5b6102b8610275858561038b565b858560405160240161028993929190610a42565b60408051601f198184030181529190526020810180516001600160e01b0316633c52544560e21b1790526104f0565b9050610307565b61030484846040516024016102d5929190610ae9565b60408051601f198184030181529190526020810180516001600160e01b0316631c6c240560e11b1790526104f0565b90505b5f610312825f6105b6565b90506001811115610325576103256105cc565b5f610332835f6020610610565b9050815f03610378577f00000000000000000000000000000000000000000000000000000000000000008160405163278ae60360e01b815260040161025f929190610b04565b61038181610639565b9695505050505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091526008838360018181106103d8576103d8610b48565b919091013560f81c90911b905083835f816103f5576103f5610b48565b61ffff92013560f81c9290921716825250610414600460028486610b5c565b61041d91610b83565b6001600160f01b031916602082015261043a600860048486610b5c565b61044391610bbb565b6001600160e01b0319166040820152610460600a60088486610b5c565b61046991610b83565b6001600160f01b0319166060820152610486600c600a8486610b5c565b61048f91610b83565b6001600160f01b03191660808201526104ac601c600c8486610b5c565b6104b591610bf1565b6001600160801b03191660a08201526104d26030601c8486610b5c565b6104db91610c27565b6001600160601b03191660c082015292915050565b60605f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168360405161052b9190610c74565b5f604051808303815f865af19150503d805f8114610564576040519150601f19603f3d011682016040523d82523d5f602084013e610569565b606091505b5092509050806105b0577f000000000000000000000000000000000000000000000000000000000000000082604051633112cb2b60e01b815260040161025f929190610b04565b50919050565b5f6105c3838360206107c3565b50016020015190565b60405163fc81e0ad60e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016600482015260240161025f565b60605f5f61061f8686866107ef565b909250905061038186610633846020610c93565b83610846565b6106416108db565b61064e610248600d610c93565b82511461065d5761065d6105cc565b5f610668835f6105b6565b9050600460f082901c141580610689575060d081901c63ffffffff16608114155b15610696576106966105cc565b60c881901c600760ff821611156106af576106af6105cc565b7f4e921429feca89dc0711102fd701c2b4e6b93e349267f58170af9c921fd2abe083526106e8846106e3600d610208610c93565b6105b6565b6020840152610704846106fd600d6088610c93565b6030610846565b61071c85610715600d610148610c93565b60c0610846565b60405160200161072d929190610ca6565b60408051601f198184030181529181528151602090920191909120908401526107618461075c600d6078610c93565b6108ac565b6001161561078b576060830160035b908160038111156107835761078361093d565b9052506107bc565b60ff811661079d57606083015f610770565b600660ff821610156107b457606083016001610770565b600260608401525b5050919050565b82518211806107dd57508183516107da9190610cba565b81115b156107ea576107ea6105cc565b505050565b5f5f5f6107fc86856105b6565b9050855181118061081857508086516108159190610cba565b85115b15610825576108256105cc565b61082f8186610c93565b925061083b86846105b6565b915050935093915050565b60606108538484846107c3565b8167ffffffffffffffff81111561086c5761086c610ccd565b6040519080825280601f01601f191660200182016040528015610896576020820181803683370190505b50905081836020860101602083015e9392505050565b5f6108b9838360016107c3565b8282815181106108cb576108cb610b48565b016020015160f81c905092915050565b60405180608001604052805f81526020015f81526020015f81526020015f600381111561090a5761090a61093d565b905290565b5f6020828403121561091f575f5ffd5b81356001600160e01b031981168114610936575f5ffd5b9392505050565b634e487b7160e01b5f52602160045260245ffd5b60208101600283106109655761096561093d565b91905290565b5f5f6020838503121561097c575f5ffd5b823567ffffffffffffffff811115610992575f5ffd5b8301601f810185136109a2575f5ffd5b803567ffffffffffffffff8111156109b8575f5ffd5b8560208284010111156109c9575f5ffd5b6020919091019590945092505050565b5f608082019050825182526020830151602083015260408301516040830152606083015160048110610a0d57610a0d61093d565b8060608401525092915050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b61ffff845116815261ffff60f01b602085015116602082015263ffffffff60e01b604085015116604082015261ffff60f01b606085015116606082015261ffff60f01b60808501511660808201525f60a0850151610aac60a08401826001600160801b0319169052565b5060c0850151610ac860c08401826001600160601b0319169052565b5061010060e0830152610ae061010083018486610a1a565b95945050505050565b602081525f610afc602083018486610a1a565b949350505050565b60018060a01b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f85851115610b6a575f5ffd5b83861115610b76575f5ffd5b5050820193919092039150565b80356001600160f01b03198116906002841015610bb4576001600160f01b0319600285900360031b81901b82161691505b5092915050565b80356001600160e01b03198116906004841015610bb4576001600160e01b031960049490940360031b84901b1690921692915050565b80356001600160801b03198116906010841015610bb4576001600160801b031960109490940360031b84901b1690921692915050565b80356001600160601b03198116906014841015610bb4576001600160601b031960149490940360031b84901b1690921692915050565b5f81518060208401855e5f93019283525090919050565b5f6109368284610c5d565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561019857610198610c7f565b5f610afc610cb48386610c5d565b84610c5d565b8181038181111561019857610198610c7f565b634e487b7160e01b5f52604160045260245ffdfea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/verifiers/AutomataSevSnpAdapter.sol:AutomataSevSnpAdapter. */
export const automataSevSnpAdapterBytecode =
  '0x610140604052348015610010575f5ffd5b50604051610d39380380610d3983398101604081905261002f916100d6565b845f816001600160a01b03163b5f0361006a5760405163b9bd0c0560e01b81526001600160a01b038316600482015260240160405180910390fd5b6001600160a01b03821660805280600181111561008957610089610144565b60a081600181111561009d5761009d610144565b905250505060ff93841660c05291831660e052821661010052166101205250610158565b805160ff811681146100d1575f5ffd5b919050565b5f5f5f5f5f60a086880312156100ea575f5ffd5b85516001600160a01b0381168114610100575f5ffd5b945061010e602087016100c1565b935061011c604087016100c1565b925061012a606087016100c1565b9150610138608087016100c1565b90509295509295909350565b634e487b7160e01b5f52602160045260245ffd5b60805160a05160c05160e0516101005161012051610b636101d65f395f81816101ba015261069301525f8181610190015261065101525f8181610168015261060f01525f818161014301526105d101525f60a801525f818161011101528181610312015281816103c10152818161044101526104af0152610b635ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c80632b7ac3f3116100585780632b7ac3f3146101045780632e8dbfa31461013b5780638e760afe146101ea578063f6ae3d2a1461020a575f5ffd5b806301ffc9a71461007e5780630f0e8870146100a65780631385a6f2146100d4575b5f5ffd5b61009161008c366004610847565b610231565b60405190151581526020015b60405180910390f35b7f000000000000000000000000000000000000000000000000000000000000000060405161009d9190610889565b7f9db8248ef2c3cc861c33295969050eeb58798200e7a4e3953162f10229973e265b60405190815260200161009d565b6040516001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016815260200161009d565b6040805160ff7f0000000000000000000000000000000000000000000000000000000000000000811682527f0000000000000000000000000000000000000000000000000000000000000000811660208301527f00000000000000000000000000000000000000000000000000000000000000008116928201929092527f000000000000000000000000000000000000000000000000000000000000000091909116606082015260800161009d565b6101fd6101f83660046108a3565b610267565b60405161009d9190610911565b6100f67f9db8248ef2c3cc861c33295969050eeb58798200e7a4e3953162f10229973e2681565b5f6001600160e01b0319821663b987e78f60e01b148061026157506301ffc9a760e01b6001600160e01b03198316145b92915050565b61026f610813565b5f808061027e858701876109f1565b9250925092505f6102cc84848460405160240161029d93929190610a9a565b60408051601f198184030181529190526020810180516001600160e01b03166302bc2ce760e51b1790526103bc565b90505f6102d9825f610482565b905081518111156102ec576102ec610498565b5f6102f78383610482565b9050600381111561030a5761030a610498565b801561036e577f000000000000000000000000000000000000000000000000000000000000000060408051602081018490520160408051601f198184030181529082905263278ae60360e01b82526103659291600401610ac7565b60405180910390fd5b60036103848461037f856040610b06565b610482565b111561039257610392610498565b6103af6103aa84846103a5816060610b06565b6104dc565b61050f565b9998505050505050505050565b60605f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836040516103f79190610b19565b5f604051808303815f865af19150503d805f8114610430576040519150601f19603f3d011682016040523d82523d5f602084013e610435565b606091505b50925090508061047c577f000000000000000000000000000000000000000000000000000000000000000082604051633112cb2b60e01b8152600401610365929190610ac7565b50919050565b5f61048f838360206106e5565b50016020015190565b60405163fc81e0ad60e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166004820152602401610365565b60605f5f6104eb868686610711565b9092509050610505866104ff846020610b06565b83610768565b9695505050505050565b610517610813565b6104a0825114158061053557506002610530835f6107ce565b60ff16105b1561054257610542610498565b7f9db8248ef2c3cc861c33295969050eeb58798200e7a4e3953162f10229973e268152610570826050610482565b602082015261058282609060306107fd565b60408201526208000060106105a28461059d60086002610b06565b6107ce565b60ff16901b16156105cf576060810160035b908160038111156105c7576105c7610875565b905250919050565b7f000000000000000000000000000000000000000000000000000000000000000060ff166105ff836101806107ce565b60ff1610158015610646575060ff7f0000000000000000000000000000000000000000000000000000000000000000166106408361059d6101806001610b06565b60ff1610155b8015610688575060ff7f0000000000000000000000000000000000000000000000000000000000000000166106828361059d6101806006610b06565b60ff1610155b80156106ca575060ff7f0000000000000000000000000000000000000000000000000000000000000000166106c48361059d6101806007610b06565b60ff1610155b156106d957606081015f6105b4565b600160608201816105c7565b82518211806106ff57508183516106fc9190610b2f565b81115b1561070c5761070c610498565b505050565b5f5f5f61071e8685610482565b9050855181118061073a57508086516107379190610b2f565b85115b1561074757610747610498565b6107518186610b06565b925061075d8684610482565b915050935093915050565b60606107758484846106e5565b8167ffffffffffffffff81111561078e5761078e610952565b6040519080825280601f01601f1916602001820160405280156107b8576020820181803683370190505b50905081836020860101602083015e9392505050565b5f6107db838360016106e5565b8282815181106107ed576107ed610b42565b016020015160f81c905092915050565b5f6108098484846106e5565b5091016020012090565b60405180608001604052805f81526020015f81526020015f81526020015f600381111561084257610842610875565b905290565b5f60208284031215610857575f5ffd5b81356001600160e01b03198116811461086e575f5ffd5b9392505050565b634e487b7160e01b5f52602160045260245ffd5b602081016002831061089d5761089d610875565b91905290565b5f5f602083850312156108b4575f5ffd5b823567ffffffffffffffff8111156108ca575f5ffd5b8301601f810185136108da575f5ffd5b803567ffffffffffffffff8111156108f0575f5ffd5b856020828401011115610901575f5ffd5b6020919091019590945092505050565b5f60808201905082518252602083015160208301526040830151604083015260608301516004811061094557610945610875565b8060608401525092915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610975575f5ffd5b813567ffffffffffffffff81111561098f5761098f610952565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156109be576109be610952565b6040528181528382016020018510156109d5575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f60608486031215610a03575f5ffd5b833567ffffffffffffffff811115610a19575f5ffd5b610a2586828701610966565b935050602084013560ff81168114610a3b575f5ffd5b9150604084013567ffffffffffffffff811115610a56575f5ffd5b610a6286828701610966565b9150509250925092565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b606081525f610aac6060830186610a6c565b60ff8516602084015282810360408401526105058185610a6c565b6001600160a01b03831681526040602082018190525f90610aea90830184610a6c565b949350505050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561026157610261610af2565b5f82518060208501845e5f920191825250919050565b8181038181111561026157610261610af2565b634e487b7160e01b5f52603260045260245ffdfea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/verifiers/BaseNitroAdapter.sol:BaseNitroAdapter. */
export const baseNitroAdapterBytecode =
  '0x60c060405234801561000f575f5ffd5b50604051610ad6380380610ad683398101604081905261002e916100a9565b806001816001600160a01b03163b5f0361006a5760405163b9bd0c0560e01b81526001600160a01b038316600482015260240160405180910390fd5b6001600160a01b038216608052806001811115610089576100896100d6565b60a081600181111561009d5761009d6100d6565b815250505050506100ea565b5f602082840312156100b9575f5ffd5b81516001600160a01b03811681146100cf575f5ffd5b9392505050565b634e487b7160e01b5f52602160045260245ffd5b60805160a0516109b861011e5f395f608e01525f818160f7015281816104050152818161048501526104fc01526109b85ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806301ffc9a7146100645780630f0e88701461008c5780631385a6f2146100ba5780632b7ac3f3146100ea5780638e760afe14610121578063f6ae3d2a14610141575b5f5ffd5b61007761007236600461068f565b610168565b60405190151581526020015b60405180910390f35b7f000000000000000000000000000000000000000000000000000000000000000060405161008391906106d1565b7f0817c61c94b95dd7ad71f9a4ae4511daef0a92a1d8a2707e49bf7228edac62055b604051908152602001610083565b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610083565b61013461012f3660046106eb565b61019e565b6040516100839190610759565b6100dc7f0817c61c94b95dd7ad71f9a4ae4511daef0a92a1d8a2707e49bf7228edac620581565b5f6001600160e01b0319821663b987e78f60e01b148061019857506301ffc9a760e01b6001600160e01b03198316145b92915050565b6101a661065b565b5f806101b484860186610839565b915091505f6101fe83836040516024016101cf9291906108cc565b60408051601f198184030181529190526020810180516001600160e01b03166305f7aead60e01b179052610400565b90505f61020b825f6104cf565b9050815181111561021e5761021e6104e5565b5f80610235848461023060608261090d565b610529565b91509150600381101561024a5761024a6104e5565b606060015f5b600381101561033e575f8061028d8b6102888b61026e87600161090d565b610279906020610920565b610283908c61090d565b6104cf565b610580565b91509150805f036102a0576102a06104e5565b5f6102ac8c84846105c9565b9050835f0361030c578167ffffffffffffffff8111156102ce576102ce61079a565b6040519080825280601f01601f1916602001820160405280156102f8576020820181803683370190505b508051906020012081805190602001201494505b858160405160200161031f92919061094e565b6040516020818303038152906040529550505050806001019050610250565b507f0817c61c94b95dd7ad71f9a4ae4511daef0a92a1d8a2707e49bf7228edac620589528151602083012060408a015280610379575f61037c565b60035b89606001906003811115610392576103926106bd565b908160038111156103a5576103a56106bd565b9052505f6103b9876102836101008961090d565b905060408160ff16036103f1575f5f6103d28b84610580565b91509150602081106103ee576103e88b836104cf565b60208d01525b50505b50505050505050505092915050565b60605f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168360405161043b919061096a565b5f604051808303815f865af19150503d805f8114610474576040519150601f19603f3d011682016040523d82523d5f602084013e610479565b606091505b5092509050806104c9577f000000000000000000000000000000000000000000000000000000000000000082604051633112cb2b60e01b81526004016104c0929190610975565b60405180910390fd5b50919050565b5f6104dc8383602061062f565b50016020015190565b60405163fc81e0ad60e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660048201526024016104c0565b5f5f5f61053686856104cf565b90508551811180610552575080865161054f9190610998565b85115b1561055f5761055f6104e5565b610569818661090d565b925061057586846104cf565b915050935093915050565b5f5f60408360ff1614610595576105956104e5565b505069ffffffffffffffffffff605082901c1667ffffffffffffffff60a083901c166105c284838361062f565b9250929050565b60606105d684848461062f565b8167ffffffffffffffff8111156105ef576105ef61079a565b6040519080825280601f01601f191660200182016040528015610619576020820181803683370190505b50905081836020860101602083015e9392505050565b825182118061064957508183516106469190610998565b81115b15610656576106566104e5565b505050565b60405180608001604052805f81526020015f81526020015f81526020015f600381111561068a5761068a6106bd565b905290565b5f6020828403121561069f575f5ffd5b81356001600160e01b0319811681146106b6575f5ffd5b9392505050565b634e487b7160e01b5f52602160045260245ffd5b60208101600283106106e5576106e56106bd565b91905290565b5f5f602083850312156106fc575f5ffd5b823567ffffffffffffffff811115610712575f5ffd5b8301601f81018513610722575f5ffd5b803567ffffffffffffffff811115610738575f5ffd5b856020828401011115610749575f5ffd5b6020919091019590945092505050565b5f60808201905082518252602083015160208301526040830151604083015260608301516004811061078d5761078d6106bd565b8060608401525092915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126107bd575f5ffd5b813567ffffffffffffffff8111156107d7576107d761079a565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156108065761080661079a565b60405281815283820160200185101561081d575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f6040838503121561084a575f5ffd5b823567ffffffffffffffff811115610860575f5ffd5b61086c858286016107ae565b925050602083013567ffffffffffffffff811115610888575f5ffd5b610894858286016107ae565b9150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b604081525f6108de604083018561089e565b82810360208401526108f0818561089e565b95945050505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610198576101986108f9565b8082028115828204841417610198576101986108f9565b5f81518060208401855e5f93019283525090919050565b5f61096261095c8386610937565b84610937565b949350505050565b5f6106b68284610937565b6001600160a01b03831681526040602082018190525f906109629083018461089e565b81810381811115610198576101986108f956fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/BaselineAppAuth.sol:BaselineAppAuth. */
export const baselineAppAuthBytecode =
  '0x608060405234801561000f575f5ffd5b50604051610ee8380380610ee883398101604081905261002e916103f6565b81815f5b81515181101561006f57610067825f01518281518110610054576100546104cd565b602002602001015161011b60201b60201c565b600101610032565b505f5b8160200151518110156100b3576100ab82602001518281518110610098576100986104cd565b602002602001015161018e60201b60201c565b600101610072565b508060400151156100c8576100c860016101f6565b8060600151156100dc576100dc6001610237565b506001600160a01b03811661010a57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61011381610280565b5050506104e1565b8061013957604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906101839083815260200190565b60405180910390a150565b806101ac57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b9101610183565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a2090602001610183565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061018390831515815260200190565b600380546001600160a01b03191690556102998161029c565b50565b600280546001600160a01b038381166201000081810262010000600160b01b031985161790945560405193909204169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b038111828210171561032d5761032d6102f7565b60405290565b604051601f8201601f191681016001600160401b038111828210171561035b5761035b6102f7565b604052919050565b5f82601f830112610372575f5ffd5b81516001600160401b0381111561038b5761038b6102f7565b8060051b61039b60208201610333565b918252602081850181019290810190868411156103b6575f5ffd5b6020860192505b838310156103d85782518252602092830192909101906103bd565b9695505050505050565b805180151581146103f1575f5ffd5b919050565b5f5f60408385031215610407575f5ffd5b82516001600160a01b038116811461041d575f5ffd5b60208401519092506001600160401b03811115610438575f5ffd5b830160808186031215610449575f5ffd5b61045161030b565b81516001600160401b03811115610466575f5ffd5b61047287828501610363565b82525060208201516001600160401b0381111561048d575f5ffd5b61049987828501610363565b6020830152506104ab604083016103e2565b60408201526104bc606083016103e2565b606082015280925050509250929050565b634e487b7160e01b5f52603260045260245ffd5b6109fa806104ee5f395ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c80636e4c74221161009e5780638da5cb5b1161006e5780638da5cb5b14610201578063bf8b211b1461022c578063dfc772231461024e578063e30c397814610261578063f2fde38b14610272575f5ffd5b80636e4c7422146101cb578063715018a6146101de57806379ba5097146101e65780637c4beeb8146101ee575f5ffd5b80632a819728116100d95780632a819728146101785780632f6622e51461018b5780633440a16a146101ad57806367b3f22c146101b8575f5ffd5b806301ffc9a71461010a5780630aa58c83146101325780631d266200146101425780631e07919814610157575b5f5ffd5b61011d610118366004610894565b610285565b60405190151581526020015b60405180910390f35b600254610100900460ff1661011d565b6101556101503660046108c2565b6102af565b005b61016a6101653660046108d9565b6102c3565b604051610129929190610911565b6101556101863660046108c2565b61047f565b61011d6101993660046108c2565b5f9081526020819052604090205460ff1690565b60025460ff1661011d565b6101556101c63660046108c2565b610490565b6101556101d936600461094f565b6104a1565b6101556104b2565b6101556104c5565b6101556101fc36600461094f565b61050b565b6002546201000090046001600160a01b03165b6040516001600160a01b039091168152602001610129565b61011d61023a3660046108c2565b5f9081526001602052604090205460ff1690565b61015561025c3660046108c2565b61051c565b6003546001600160a01b0316610214565b61015561028036600461096e565b61052d565b5f6001600160e01b03198216638fd3752760e01b14806102a957506102a9826105a5565b92915050565b6102b76105f4565b6102c0816105fc565b50565b5f6060306102d4602085018561096e565b6001600160a01b03161461031157505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff16801561036a57507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61035160e0850185610994565b60405161035f9291906109de565b604051809103902014155b156103ac57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff1661040357505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff16158015610429575060608301355f9081526001602052604090205460ff16155b1561046057505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b61047660408051602081019091525f8152600191565b91509150915091565b6104876105f4565b6102c08161064e565b6104986105f4565b6102c0816106b6565b6104a96105f4565b6102c0816106fa565b6104ba610743565b6104c35f610777565b565b60035433906001600160a01b031681146105025760405163118cdaa760e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6102c081610777565b6105136105f4565b6102c081610790565b6105246105f4565b6102c0816107d1565b610535610743565b600380546001600160a01b0383166001600160a01b0319909116811790915561056d6002546001600160a01b03620100009091041690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f6001600160e01b031982166303c0f23360e31b14806105d557506001600160e01b0319821663ae082e1760e01b145b806102a957506301ffc9a760e01b6001600160e01b03198316146102a9565b6104c3610743565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906106439083815260200190565b60405180910390a150565b8061066c57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b9101610643565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e89479101610643565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061064390831515815260200190565b6002546001600160a01b03620100009091041633146104c35760405163118cdaa760e01b81523360048201526024016104f9565b600380546001600160a01b03191690556102c081610839565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a2090602001610643565b806107ef57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906106439083815260200190565b600280546001600160a01b038381166201000081810262010000600160b01b031985161790945560405193909204169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f602082840312156108a4575f5ffd5b81356001600160e01b0319811681146108bb575f5ffd5b9392505050565b5f602082840312156108d2575f5ffd5b5035919050565b5f602082840312156108e9575f5ffd5b813567ffffffffffffffff8111156108ff575f5ffd5b820161012081850312156108bb575f5ffd5b8215158152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f6020828403121561095f575f5ffd5b813580151581146108bb575f5ffd5b5f6020828403121561097e575f5ffd5b81356001600160a01b03811681146108bb575f5ffd5b5f5f8335601e198436030181126109a9575f5ffd5b83018035915067ffffffffffffffff8211156109c3575f5ffd5b6020019150368190038213156109d7575f5ffd5b9250929050565b818382375f910190815291905056fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/governance/GovernedAppAuthDeployment.sol:GovernedAppAuthDeployment. */
export const governedAppAuthDeploymentBytecode =
  '0x60e060405234801561000f575f5ffd5b5060405161aaba38038061aaba83398101604081905261002e91610744565b5f8061003c878787876100f2565b915091505f81845f01518560200151866040015187606001516040516100619061046c565b61006f95949392919061086b565b604051809103905ff080158015610088573d5f5f3e3d5ffd5b506001600160a01b0383811660c081905285821660a08190528383166080819052604051938d168452939450909290917fb57e5e5fa20a7bb3afd7b7fa62ddaec44efb66b75ceac319ba23d91011c5b9969060200160405180910390a450505050505050506109fb565b60408051606b60f91b602080830191909152602560fa1b60218301523060601b6001600160601b0319166022830152600160f91b603683015282516017818403018152603790920190925280519101205f9081908587828760405161015690610479565b61016394939291906108ee565b604051809103905ff08015801561017c573d5f5f3e3d5ffd5b509250838560a001518460405161019290610486565b92835263ffffffff90911660208301526001600160a01b03166040820152606001604051809103905ff0801580156101cc573d5f5f3e3d5ffd5b509150806001600160a01b0316826001600160a01b03161461021957604051636865cca360e11b81526001600160a01b038083166004830152831660248201526044015b60405180910390fd5b610223878361022d565b5094509492505050565b60408051600481526024810182526020810180516001600160e01b03166349a0590f60e11b17905290515f9182916001600160a01b0386169161026f9161099d565b5f60405180830381855afa9150503d805f81146102a7576040519150601f19603f3d011682016040523d82523d5f602084013e6102ac565b606091505b50915091508115806102c057508051602014155b806102d6575060a06102d1826109b3565b901c15155b156102ff576040516310f5aaab60e21b81526001600160a01b0385166004820152602401610210565b5f8180602001905181019061031491906109d9565b90506001600160a01b038116158015906103405750836001600160a01b0316816001600160a01b031614155b156103695760405163d3186dc560e01b81526001600160a01b0382166004820152602401610210565b60408051600481526024810182526020810180516001600160e01b0316638da5cb5b60e01b17905290516001600160a01b038716916103a79161099d565b5f60405180830381855afa9150503d805f81146103df576040519150601f19603f3d011682016040523d82523d5f602084013e6103e4565b606091505b5090935091508215806103f957508151602014155b15610405575050505050565b5f61040f836109b3565b90506001600160a01b0381161580159061043b5750846001600160a01b0316816001600160a01b031614155b156104645760405163755fa4a160e01b81526001600160a01b0382166004820152602401610210565b505050505050565b61298880610af383390190565b61573b8061347b83390190565b611f0480618bb683390190565b6001600160a01b03811681146104a7575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156104e0576104e06104aa565b60405290565b604051601f8201601f191681016001600160401b038111828210171561050e5761050e6104aa565b604052919050565b805165ffffffffffff8116811461052b575f5ffd5b919050565b805163ffffffff8116811461052b575f5ffd5b5f60c08284031215610553575f5ffd5b60405160c081016001600160401b0381118282101715610575576105756104aa565b60405290508061058483610516565b815261059260208401610530565b602082015260408381015190820152606080840151908201526105b760808401610516565b60808201526105c860a08401610530565b60a08201525092915050565b5f82601f8301126105e3575f5ffd5b81516001600160401b038111156105fc576105fc6104aa565b8060051b61060c602082016104e6565b91825260208185018101929081019086841115610627575f5ffd5b6020860192505b8383101561064957825182526020928301929091019061062e565b9695505050505050565b8051801515811461052b575f5ffd5b5f60808284031215610672575f5ffd5b61067a6104be565b82518152602080840151908201526040808401519082015260608301519091506001600160401b038111156106ad575f5ffd5b8201608081850312156106be575f5ffd5b6106c66104be565b81516001600160401b038111156106db575f5ffd5b6106e7868285016105d4565b82525060208201516001600160401b03811115610702575f5ffd5b61070e868285016105d4565b60208301525061072060408301610653565b604082015261073160608301610653565b6060820152806060840152505092915050565b5f5f5f5f5f6101408688031215610759575f5ffd5b855161076481610493565b60208701519095506001600160401b0381111561077f575f5ffd5b8601601f8101881361078f575f5ffd5b80516001600160401b038111156107a8576107a86104aa565b6107bb601f8201601f19166020016104e6565b8181528960208385010111156107cf575f5ffd5b8160208401602083015e5f602083830101528096505050506107f48760408801610543565b61010087015161012088015191945092506001600160401b03811115610818575f5ffd5b61082488828901610662565b9150509295509295909350565b5f8151808452602084019350602083015f5b82811015610861578151865260209586019590910190600101610843565b5093949350505050565b60018060a01b038616815284602082015283604082015282606082015260a060808201525f8251608060a08401526108a7610120840182610831565b90506020840151609f198483030160c08501526108c48282610831565b9150506040840151151560e084015260608401511515610100840152809150509695505050505050565b61012081525f855180610120840152806020880161014085015e5f6101408285010152610140601f19601f83011684010191505060018060a01b038516602083015260018060a01b038416604083015265ffffffffffff835116606083015263ffffffff6020840151166080830152604083015160a0830152606083015160c083015265ffffffffffff60808401511660e083015263ffffffff60a08401511661010083015295945050505050565b5f82518060208501845e5f920191825250919050565b805160208083015191908110156109d3575f198160200360031b1b821691505b50919050565b5f602082840312156109e9575f5ffd5b81516109f481610493565b9392505050565b60805160a05160c05160d3610a205f395f60a301525f604001525f607e015260d35ff3fe6080604052348015600e575f5ffd5b5060043610603a575f3560e01c80630c340a2414603e578063b76564bd14607c578063d33219b41460a1575b5f5ffd5b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b03909116815260200160405180910390f35b7f00000000000000000000000000000000000000000000000000000000000000006060565b7f0000000000000000000000000000000000000000000000000000000000000000606056fea164736f6c634300081c000a60c060405234801561000f575f5ffd5b5060405161298838038061298883398101604081905261002e916104c2565b838383835f5b81515181101561007157610069825f01518281518110610056576100566105b5565b602002602001015161025e60201b60201c565b600101610034565b505f5b8160200151518110156100b5576100ad8260200151828151811061009a5761009a6105b5565b60200260200101516102d160201b60201c565b600101610074565b508060400151156100ca576100ca6001610339565b8060600151156100de576100de600161037a565b508115806100ef57506312cc030082115b156101265760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061013757506312cc030083115b156101695760405163410c09b760e11b815260048101849052602481018390526312cc0300604482015260640161011d565b80158061017957506301e1338081115b1561019a576040516358456f7360e01b81526004810182905260240161011d565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506001600160a01b03851661020c57604051633e0ad02160e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0387169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a350505050506105c9565b8061027c57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906102c69083815260200190565b60405180910390a150565b806102ef57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b91016102c6565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a20906020016102c6565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa1906102c690831515815260200190565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156103f9576103f96103c3565b60405290565b604051601f8201601f191681016001600160401b0381118282101715610427576104276103c3565b604052919050565b5f82601f83011261043e575f5ffd5b81516001600160401b03811115610457576104576103c3565b8060051b610467602082016103ff565b91825260208185018101929081019086841115610482575f5ffd5b6020860192505b838310156104a4578251825260209283019290910190610489565b9695505050505050565b805180151581146104bd575f5ffd5b919050565b5f5f5f5f5f60a086880312156104d6575f5ffd5b85516001600160a01b03811681146104ec575f5ffd5b60208701516040880151606089015160808a0151939850919650945092506001600160401b0381111561051d575f5ffd5b86016080818903121561052e575f5ffd5b6105366103d7565b81516001600160401b0381111561054b575f5ffd5b6105578a82850161042f565b82525060208201516001600160401b03811115610572575f5ffd5b61057e8a82850161042f565b602083015250610590604083016104ae565b60408201526105a1606083016104ae565b606082015280925050509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b60805160a0516123896105ff5f395f818161043c015261164601525f81816104d301528181611c9f0152611cd501526123895ff3fe608060405234801561000f575f5ffd5b506004361061021e575f3560e01c806379ba50971161012a578063a6e38615116100b4578063dc04e89311610079578063dc04e8931461050a578063dcade3d31461051d578063e30c397814610530578063f0f470cf14610538578063f2fde38b14610540575f5ffd5b8063a6e3861514610460578063b50191261461048f578063bf8b211b146104af578063cd15a16c146104d1578063d5606db8146104f7575f5ffd5b8063998aada8116100fa578063998aada8146104045780639b14d4c61461040c5780639bdc86ff146104145780639ced689f14610427578063a06db7dc1461043a575f5ffd5b806379ba5097146103975780637c9fb2581461039f5780638da5cb5b146103cc57806397357dd2146103f1575f5ffd5b8063467fc1db116101ab5780635c40d7b21161017b5780635c40d7b21461034e5780635c695a071461036157806367b3f22c14610369578063715018a61461037c57806372dd6dd314610384575f5ffd5b8063467fc1db146102fc5780634b28160b1461031d578063535167b51461033057806359db6e851461033b575f5ffd5b806328e7654f116101f157806328e7654f146102905780632f6622e5146102a35780633440a16a146102c557806337376ca8146102d057806346619649146102e3575f5ffd5b806301ffc9a7146102225780630aa58c831461024a5780631d2662001461025a5780631e0791981461026f575b5f5ffd5b610235610230366004611dc4565b610553565b60405190151581526020015b60405180910390f35b600254610100900460ff16610235565b61026d610268366004611deb565b61057d565b005b61028261027d366004611e02565b610591565b604051610241929190611e67565b61026d61029e366004611deb565b61074d565b6102356102b1366004611deb565b5f9081526020819052604090205460ff1690565b60025460ff16610235565b61026d6102de366004611deb565b61075b565b6102ee6301e1338081565b604051908152602001610241565b61030f61030a366004611e81565b61076c565b604051610241929190611f3d565b6102ee61032b366004611fdd565b610a03565b6102ee6312cc030081565b61026d610349366004611deb565b610a54565b61026d61035c366004611deb565b610ba0565b61026d610c06565b61026d610377366004611deb565b610c52565b61026d610c63565b61026d610392366004611deb565b610cc0565b61026d610d4d565b6102ee6103ad366004611deb565b5f9081526004602052604090205461010090046001600160401b031690565b6007546001600160a01b03165b6040516001600160a01b039091168152602001610241565b6102ee6103ff36600461204e565b610d5b565b61026d610daf565b6003546102ee565b6102ee61042236600461204e565b610dd1565b6102ee610435366004612095565b610e1b565b7f00000000000000000000000000000000000000000000000000000000000000006102ee565b6102ee61046e366004611deb565b5f90815260046020526040902054600160481b90046001600160401b031690565b6104a261049d366004611deb565b610e67565b60405161024191906120d3565b6102356104bd366004611deb565b5f9081526001602052604090205460ff1690565b7f00000000000000000000000000000000000000000000000000000000000000006102ee565b6102ee61050536600461204e565b610fba565b6102ee610518366004611deb565b611004565b6102ee61052b366004612095565b611027565b6103d9611073565b6005546102ee565b61026d61054e3660046120e5565b61109c565b5f6001600160e01b031982166394be599960e01b1480610577575061057782611121565b92915050565b610585611145565b61058e81611187565b50565b5f6060306105a260208501856120e5565b6001600160a01b0316146105df57505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff16801561063857507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61061f60e085018561210b565b60405161062d92919061214d565b604051809103902014155b1561067a57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff166106d157505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff161580156106f7575060608301355f9081526001602052604090205460ff16155b1561072e57505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b61074460408051602081019091525f8152600191565b91509150915091565b61058e610349600183610a03565b610763611145565b61058e816111d9565b60055460609081905f818610156107a2576107878683612170565b851161079c576107978587612183565b6107a4565b816107a4565b855b90505f6107b18783612170565b9050806001600160401b038111156107cb576107cb612196565b6040519080825280602002602001820160405280156107f4578160200160208202803683370190505b509450806001600160401b0381111561080f5761080f612196565b60405190808252806020026020018201604052801561084857816020015b610835611d2d565b81526020019060019003908161082d5790505b5093505f5b818110156109f8576005610861828a612183565b81548110610871576108716121aa565b905f5260205f20015486828151811061088c5761088c6121aa565b60200260200101818152505060045f8783815181106108ad576108ad6121aa565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600c8111156108ef576108ef611ea1565b600c81111561090057610900611ea1565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610953906121be565b80601f016020809104026020016040519081016040528092919081815260200182805461097f906121be565b80156109ca5780601f106109a1576101008083540402835291602001916109ca565b820191905f5260205f20905b8154815290600101906020018083116109ad57829003601f168201915b5050505050815250508582815181106109e5576109e56121aa565b602090810291909101015260010161084d565b505050509250929050565b5f600183600c811115610a1857610a18611ea1565b14610a4b578282604051602001610a309291906121f0565b60405160208183030381529060405280519060200120610a4d565b815b9392505050565b5f8181526004602090815260408083206006909252822054909103610a9457604051631e2ef17160e01b8152600481018390526024015b60405180910390fd5b8054600160481b90046001600160401b0316421015610ae157805460405163afff056960e01b815260048101849052600160481b9091046001600160401b03166024820152604401610a8b565b8054600160881b90046001600160401b0316421115610b2e57805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b03166024820152604401610a8b565b8054600182015460ff90911690610b4484611270565b610b4e828261135a565b81600c811115610b6057610b60611ea1565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf183604051610b9291815260200190565b60405180910390a350505050565b610ba8611145565b60035481111580610bbc57506312cc030081115b15610bfd57806003546001610bd19190612183565b60405163410c09b760e11b8152600481019290925260248201526312cc03006044820152606401610a8b565b61058e81611413565b610c0e611145565b600254610100900460ff1615610c465760045b60405163415301b960e01b815260ff90911660048201525f6024820152604401610a8b565b610c506001611458565b565b610c5a611145565b61058e816114a1565b610c6b611145565b610c736114e5565b600780546001600160a01b031981169091556040516001600160a01b03909116905f9082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908390a350565b5f818152600660205260408120549003610cf057604051631e2ef17160e01b815260048101829052602401610a8b565b5f81815260046020526040902054600160881b90046001600160401b0316428110610d40576040516315577c9160e31b8152600481018390526001600160401b0382166024820152604401610a8b565b610d498261152e565b5050565b610c50610349600633610a03565b5f610d64611145565b610da76005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b949350505050565b610db7611145565b60025460ff16610dc8576003610c21565b610c505f61181f565b5f610dda611145565b610da760018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b5f610e24611145565b610a4d60035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b610e6f611d2d565b5f828152600660205260408120549003610e9f57604051631e2ef17160e01b815260048101839052602401610a8b565b5f8281526004602052604090819020815160c081019092528054829060ff16600c811115610ecf57610ecf611ea1565b600c811115610ee057610ee0611ea1565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610f33906121be565b80601f0160208091040260200160405190810160405280929190818152602001828054610f5f906121be565b8015610faa5780601f10610f8157610100808354040283529160200191610faa565b820191905f5260205f20905b815481529060010190602001808311610f8d57829003601f168201915b5050505050815250509050919050565b5f610fc3611145565b610da760028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b5f61100d611145565b61057760018360405180602001604052805f815250611595565b5f611030611145565b610a4d60045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b6008545f906001600160a01b031661108a81611860565b611094575f611096565b805b91505090565b6110a4611145565b6110ac6114e5565b6110cf60066001600160a01b03831660405180602001604052805f815250611595565b50600880546001600160a01b0319166001600160a01b03838116918217909255600754604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f6001600160e01b03198216631ed3f1f960e31b1480610577575061057782611893565b6007546001600160a01b0316338114158061116757506001600160a01b038116155b1561058e576040516331d69cb360e11b8152336004820152602401610a8b565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906111ce9083815260200190565b60405180910390a150565b5f81815260066020526040812054900361120957604051631e2ef17160e01b815260048101829052602401610a8b565b5f8181526004602052604090208054600182015460ff9091169061122c84611270565b81600c81111561123e5761123e611ea1565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da487683604051610b9291815260200190565b5f818152600660205260409020546005548082146112f0575f6005611296600184612170565b815481106112a6576112a66121aa565b905f5260205f20015490508060056001856112c19190612170565b815481106112d1576112d16121aa565b5f91825260208083209091019290925591825260069052604090208290555b60058054806113015761130161220b565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b031916815560018101829055906113536002830182611d7a565b5050505050565b600682600c81111561136e5761136e611ea1565b1461137d57610d4982826118e2565b5f61138883836119aa565b9050336001600160a01b038216146113b5576040516331d69cb360e11b8152336004820152602401610a8b565b600780546001600160a01b038381166001600160a01b03198084168217909455600880549094169093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a350505050565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa1906111ce90831515815260200190565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e894791016111ce565b6008546001600160a01b03166114fa81611860565b1561151b5761151b61151660066001600160a01b038416610a03565b6111d9565b50600880546001600160a01b0319169055565b5f8181526004602052604090208054600182015460ff9091169061155184611270565b81600c81111561156357611563611ea1565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b5583604051610b9291815260200190565b5f6115a084846119d8565b6115aa8484610a03565b5f818152600660205260409020549091501561162f575f81815260046020526040902054600160881b90046001600160401b03164211611626575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b03166024820152604401610a8b565b61162f8161152e565b5f6003544261163e9190612183565b90505f61166b7f00000000000000000000000000000000000000000000000000000000000000008361221f565b90506040518060c0016040528087600c81111561168a5761168a611ea1565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600c8111156116ec576116ec611ea1565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a082015160028201906117859082612282565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600c8111156117d8576117d8611ea1565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad248785858960405161180e949392919061233c565b60405180910390a350509392505050565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a20906020016111ce565b5f6001600160a01b03821615801590610577575061188b61046e60066001600160a01b038516610a03565b151592915050565b5f6001600160e01b031982166303c0f23360e31b14806118c357506001600160e01b0319821663ae082e1760e01b145b8061057757506301ffc9a760e01b6001600160e01b0319831614610577565b600182600c8111156118f6576118f6611ea1565b0361190457610d4981611a82565b600282600c81111561191857611918611ea1565b0361192657610d4981611aea565b600382600c81111561193a5761193a611ea1565b0361194957610d49600161181f565b600482600c81111561195d5761195d611ea1565b0361196b57610d495f611458565b600582600c81111561197f5761197f611ea1565b0361198d57610d4981611413565b8181604051636e8c20ed60e01b8152600401610a8b9291906121f0565b5f60a082901c156119d2578282604051636e8c20ed60e01b8152600401610a8b9291906121f0565b50919050565b600682600c8111156119ec576119ec611ea1565b146119fb57610d498282611b52565b5f611a0683836119aa565b90506001600160a01b038116611a2f57604051633e0ad02160e01b815260040160405180910390fd5b6007546001600160a01b0390811690821603611a7d5782600c811115611a5757611a57611ea1565b60405163415301b960e01b815260ff909116600482015260248101839052604401610a8b565b505050565b80611aa057604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906111ce9083815260200190565b80611b0857604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b91016111ce565b600182600c811115611b6657611b66611ea1565b03611bd85780611b8957604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b15610d495781600c811115611bb257611bb2611ea1565b60405163415301b960e01b815260ff909116600482015260248101829052604401610a8b565b600282600c811115611bec57611bec611ea1565b03611c255780611c0f57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff16611b9b565b600382600c811115611c3957611c39611ea1565b03611c495760025460ff16611b9b565b600482600c811115611c5d57611c5d611ea1565b03611c8357600254610100900460ff16610d495781600c811115611bb257611bb2611ea1565b600582600c811115611c9757611c97611ea1565b0361198d57807f0000000000000000000000000000000000000000000000000000000000000000811080611ccd57506003548110155b15611a7d57807f00000000000000000000000000000000000000000000000000000000000000006001600354611d039190612170565b60405163410c09b760e11b8152600481019390935260248301919091526044820152606401610a8b565b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b508054611d86906121be565b5f825580601f10611d95575050565b601f0160209004905f5260205f209081019061058e91905b80821115611dc0575f8155600101611dad565b5090565b5f60208284031215611dd4575f5ffd5b81356001600160e01b031981168114610a4d575f5ffd5b5f60208284031215611dfb575f5ffd5b5035919050565b5f60208284031215611e12575f5ffd5b81356001600160401b03811115611e27575f5ffd5b82016101208185031215610a4d575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f610da76040830184611e39565b5f5f60408385031215611e92575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b600d8110611ed157634e487b7160e01b5f52602160045260245ffd5b9052565b611ee0828251611eb5565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a0850152610da760c0850182611e39565b604080825283519082018190525f9060208501906060840190835b81811015611f76578351835260209384019390920191600101611f58565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b83811015611fcf57601f19858403018652611fb9838351611ed5565b6020968701969093509190910190600101611f9d565b509098975050505050505050565b5f5f60408385031215611fee575f5ffd5b8235600d8110611ffc575f5ffd5b946020939093013593505050565b5f5f83601f84011261201a575f5ffd5b5081356001600160401b03811115612030575f5ffd5b602083019150836020828501011115612047575f5ffd5b9250929050565b5f5f5f60408486031215612060575f5ffd5b8335925060208401356001600160401b0381111561207c575f5ffd5b6120888682870161200a565b9497909650939450505050565b5f5f602083850312156120a6575f5ffd5b82356001600160401b038111156120bb575f5ffd5b6120c78582860161200a565b90969095509350505050565b602081525f610a4d6020830184611ed5565b5f602082840312156120f5575f5ffd5b81356001600160a01b0381168114610a4d575f5ffd5b5f5f8335601e19843603018112612120575f5ffd5b8301803591506001600160401b03821115612139575f5ffd5b602001915036819003821315612047575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105775761057761215c565b808201808211156105775761057761215c565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c908216806121d257607f821691505b6020821081036119d257634e487b7160e01b5f52602260045260245ffd5b604081016121fe8285611eb5565b8260208301529392505050565b634e487b7160e01b5f52603160045260245ffd5b6001600160401b0381811683821601908111156105775761057761215c565b601f821115611a7d57805f5260205f20601f840160051c810160208510156122635750805b601f840160051c820191505b81811015611353575f815560010161226f565b81516001600160401b0381111561229b5761229b612196565b6122af816122a984546121be565b8461223e565b6020601f8211600181146122e1575f83156122ca5750848201515b5f19600385901b1c1916600184901b178455611353565b5f84815260208120601f198516915b8281101561231057878501518255602094850194600190920191016122f0565b508482101561232d57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f6123726080830184611e39565b969550505050505056fea164736f6c634300081c000a6101a0604052348015610010575f5ffd5b5060405161573b38038061573b83398101604081905261002f91610b4e565b818160800151826060015185845f0151856020015186604001518a8061005961022b60201b60201c565b61006282610246565b6101205261006f81610246565b61014052815160208084019190912060e052815190820120610100524660a0526100fb60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05260036101108282610ca6565b5061011c905083610283565b610125826102c6565b61012e81610306565b5050506001600160a01b03166101605261014781610347565b5061015181610382565b5061015b8161042e565b505f610165610497565b90507ff5b078ad22f37ec6a1ef7bb7557a33caf5438015a34794acb2076082df8e563f8180519060200120146101b95780604051630b21302d60e21b81526004016101b09190610d8e565b60405180910390fd5b60a082015163ffffffff1615806101dd57506301e133808260a0015163ffffffff16115b156102135760a08201516040516365f2026d60e01b815263ffffffff90911660048201526301e1338060248201526044016101b0565b5060a0015163ffffffff166101805250610e58915050565b6040805180820190915260018152603160f81b602082015290565b5f5f829050601f81511115610270578260405163305a27a960e01b81526004016101b09190610d8e565b805161027b82610da0565b179392505050565b60408051808201909152600b81526a766f74696e6744656c617960a81b60208201526102ba9065ffffffffffff8316610e1061051f565b6102c38161054b565b50565b60408051808201909152600c81526b1d9bdd1a5b99d4195c9a5bd960a21b60208201526102fd9063ffffffff83166201518061051f565b6102c3816105b1565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b60408051808201909152600f81526e38bab7b93ab6a73ab6b2b930ba37b960891b60208201526103799082600161051f565b6102c381610650565b5f61038b6106e5565b9050808265ffffffffffff1611156103c757604051633211876d60e11b815265ffffffffffff83166004820152602481018290526044016101b0565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b60606104a36101605190565b6001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa9250505080156104ff57506040513d5f823e601f3d908101601f191682016040526104fc9190810190610dc3565b60015b61051a576105156114346106ee60201b1761075e565b905090565b919050565b8082101561054657828282604051639bfc75e960e01b81526004016101b093929190610dfc565b505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036105d95760405163f1cfbf0560e01b81525f60048201526024016101b0565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60648082111561067d5760405163243e544560e01b815260048101839052602481018290526044016101b0565b5f610686610777565b90506106a56106936106ee565b61069c85610790565b600a91906107c7565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f6105156107e1565b5f6106f96101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610752575060408051601f3d908101601f1916820190925261074f91810190610e20565b60015b61051a576105156107fb565b606061077161076c8360201c565b610805565b92915050565b5f610782600a610877565b6001600160d01b0316905090565b5f6001600160d01b038211156107c3576040516306dfcc6560e41b815260d06004820152602481018390526044016101b0565b5090565b5f806107d48585856108bf565b915091505b935093915050565b5f6105156008546601000000000000900463ffffffff1690565b5f61051543610a1b565b606061080f6107fb565b65ffffffffffff168265ffffffffffff161461083e576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b80545f9080156108b65761089d83610890600184610e39565b5f91825260209091200190565b54660100000000000090046001600160d01b03166108b8565b5f5b9392505050565b82545f90819080156109be575f6108db87610890600185610e39565b805490915065ffffffffffff80821691660100000000000090046001600160d01b031690881682111561092157604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361095d57825465ffffffffffff1666010000000000006001600160d01b038916021783556109b0565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506107d992505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816107d9565b5f65ffffffffffff8211156107c3576040516306dfcc6560e41b815260306004820152602481018390526044016101b0565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b0381118282101715610a8357610a83610a4d565b60405290565b5f82601f830112610a98575f5ffd5b81516001600160401b03811115610ab157610ab1610a4d565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610adf57610adf610a4d565b604052818152838201602001851015610af6575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b6001600160a01b03811681146102c3575f5ffd5b805165ffffffffffff8116811461051a575f5ffd5b805163ffffffff8116811461051a575f5ffd5b5f5f5f5f848603610120811215610b63575f5ffd5b85516001600160401b03811115610b78575f5ffd5b610b8488828901610a89565b9550506020860151610b9581610b12565b6040870151909450610ba681610b12565b925060c0605f1982011215610bb9575f5ffd5b50610bc2610a61565b610bce60608701610b26565b8152610bdc60808701610b3b565b602082015260a0860151604082015260c08601516060820152610c0160e08701610b26565b6080820152610c136101008701610b3b565b60a0820152939692955090935050565b600181811c90821680610c3757607f821691505b602082108103610c5557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561054657805f5260205f20601f840160051c81016020851015610c805750805b601f840160051c820191505b81811015610c9f575f8155600101610c8c565b5050505050565b81516001600160401b03811115610cbf57610cbf610a4d565b610cd381610ccd8454610c23565b84610c5b565b6020601f821160018114610d05575f8315610cee5750848201515b5f19600385901b1c1916600184901b178455610c9f565b5f84815260208120601f198516915b82811015610d345787850151825560209485019460019092019101610d14565b5084821015610d5157868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6108b86020830184610d60565b80516020808301519190811015610c55575f1960209190910360031b1b16919050565b5f60208284031215610dd3575f5ffd5b81516001600160401b03811115610de8575f5ffd5b610df484828501610a89565b949350505050565b606081525f610e0e6060830186610d60565b60208301949094525060400152919050565b5f60208284031215610e30575f5ffd5b6108b882610b26565b8181038181111561077157634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e0516101005161012051610140516101605161018051614854610ee75f395f81816104e901528181610f600152610fe601525f8181610b360152818161109701528181611437015281816116c4015261213301525f61207901525f61204e01525f61319f01525f61317701525f6130d201525f6130fc01525f61312601526148545ff3fe60806040526004361061035e575f3560e01c80637ecebe00116101bd578063c28bc2fa116100f2578063e540d01d11610092578063ed26cf901161006d578063ed26cf9014610ad6578063f23a6e6114610aea578063f8ce560a14610b09578063fc0c546a14610b28575f5ffd5b8063e540d01d14610a79578063eb9019d414610a98578063ece40cc114610ab7575f5ffd5b8063d33219b4116100cd578063d33219b4146109cf578063dd4e2ba5146109ec578063deaaa7cc14610a31578063e48083fe14610a64575f5ffd5b8063c28bc2fa14610986578063c2ca64ef14610999578063c59057e4146109b0575f5ffd5b8063a890c9101161015d578063ab58fb8e11610138578063ab58fb8e146108fe578063b58131b014610934578063bc197c8114610948578063c01f9e3714610967575f5ffd5b8063a890c910146108a1578063a8f8a668146108c0578063a9a95294146108df575f5ffd5b806391ddadf41161019857806391ddadf41461084757806397c3d3341461085b5780639a802a6d1461086e578063a7713a701461088d575f5ffd5b80637ecebe00146107cd57806384b0196e146108015780638ff262e314610828575f5ffd5b80633932abb111610293578063567813881161023357806360c4247f1161020e57806360c4247f1461075157806379051887146107705780637b3c71d31461078f5780637d5e81e2146107ae575f5ffd5b806356781388146106f45780635b8d0e0d146107135780635f398a1414610732575f5ffd5b8063452115d61161026e578063452115d61461065e5780634bf5d7e91461067d578063544ffc9c1461069157806354fd4d50146106cb575f5ffd5b80633932abb1146105d65780633e4f49e6146105ea5780634385963214610616575f5ffd5b806317c5993a116102fe5780632d63f693116102d95780632d63f693146105365780632fe3e2611461055557806332b8113e14610588578063330df7ff146105b7575f5ffd5b806317c5993a146104db578063215809ca1461050d5780632656227d14610523575f5ffd5b806306fdde031161033957806306fdde0314610417578063143489d014610438578063150b7a0214610484578063160cbed7146104bc575f5ffd5b806301ffc9a71461039957806302a251a3146103cd57806306f3f9e6146103f8575f5ffd5b36610395573061036c610b5a565b6001600160a01b03161461039357604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b3480156103a4575f5ffd5b506103b86103b3366004613897565b610b72565b60405190151581526020015b60405180910390f35b3480156103d8575f5ffd5b50600854600160301b900463ffffffff165b6040519081526020016103c4565b348015610403575f5ffd5b506103936104123660046138be565b610b9c565b348015610422575f5ffd5b5061042b610bb0565b6040516103c49190613903565b348015610443575f5ffd5b5061046c6104523660046138be565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b0390911681526020016103c4565b34801561048f575f5ffd5b506104a361049e3660046139ec565b610c40565b6040516001600160e01b031990911681526020016103c4565b3480156104c7575f5ffd5b506103ea6104d6366004613bb2565b610c82565b3480156104e6575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000006103ea565b348015610518575f5ffd5b506103ea6201518081565b6103ea610531366004613bb2565b610d85565b348015610541575f5ffd5b506103ea6105503660046138be565b610ef5565b348015610560575f5ffd5b506103ea7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b348015610593575f5ffd5b50600b5465ffffffffffff165b60405165ffffffffffff90911681526020016103c4565b3480156105c2575f5ffd5b506103936105d1366004613c58565b610f15565b3480156105e1575f5ffd5b506103ea610f26565b3480156105f5575f5ffd5b506106096106043660046138be565b610f38565b6040516103c49190613ca7565b348015610621575f5ffd5b506103b8610630366004613cb5565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b348015610669575f5ffd5b506103ea610678366004613bb2565b611032565b348015610688575f5ffd5b5061042b611093565b34801561069c575f5ffd5b506106b06106ab3660046138be565b611126565b604080519384526020840192909252908201526060016103c4565b3480156106d6575f5ffd5b506040805180820190915260018152603160f81b602082015261042b565b3480156106ff575f5ffd5b506103ea61070e366004613cf3565b61114b565b34801561071e575f5ffd5b506103ea61072d366004613d61565b611172565b34801561073d575f5ffd5b506103ea61074c366004613e1d565b61122f565b34801561075c575f5ffd5b506103ea61076b3660046138be565b611277565b34801561077b575f5ffd5b5061039361078a366004613c58565b611283565b34801561079a575f5ffd5b506103ea6107a9366004613e9e565b611294565b3480156107b9575f5ffd5b506103ea6107c8366004613ef3565b6112e4565b3480156107d8575f5ffd5b506103ea6107e7366004613faf565b6001600160a01b03165f9081526002602052604090205490565b34801561080c575f5ffd5b5061081561139a565b6040516103c49796959493929190614004565b348015610833575f5ffd5b506103ea610842366004614073565b6113dc565b348015610852575f5ffd5b506105a0611434565b348015610866575f5ffd5b5060646103ea565b348015610879575f5ffd5b506103ea6108883660046140c0565b6114bb565b348015610898575f5ffd5b506103ea6114d1565b3480156108ac575f5ffd5b506103936108bb366004613faf565b6114ea565b3480156108cb575f5ffd5b506103ea6108da366004613bb2565b6114fb565b3480156108ea575f5ffd5b506103b86108f93660046138be565b611508565b348015610909575f5ffd5b506103ea6109183660046138be565b5f9081526004602052604090206001015465ffffffffffff1690565b34801561093f575f5ffd5b506103ea611510565b348015610953575f5ffd5b506104a3610962366004614114565b61151a565b348015610972575f5ffd5b506103ea6109813660046138be565b61155d565b6103936109943660046141ab565b611567565b3480156109a4575f5ffd5b506103ea6301e1338081565b3480156109bb575f5ffd5b506103ea6109ca366004613bb2565b6115e3565b3480156109da575f5ffd5b50600d546001600160a01b031661046c565b3480156109f7575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e9082015261042b565b348015610a3c575f5ffd5b506103ea7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610a6f575f5ffd5b506103ea610e1081565b348015610a84575f5ffd5b50610393610a933660046141ea565b61161c565b348015610aa3575f5ffd5b506103ea610ab236600461420d565b61162d565b348015610ac2575f5ffd5b50610393610ad13660046138be565b61164c565b348015610ae1575f5ffd5b506103ea600181565b348015610af5575f5ffd5b506104a3610b04366004614237565b61165d565b348015610b14575f5ffd5b506103ea610b233660046138be565b6116a0565b348015610b33575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061046c565b5f610b6d600d546001600160a01b031690565b905090565b5f6001600160e01b03198216630be2cc9d60e11b1480610b965750610b968261173d565b92915050565b610ba46117a7565b610bad81611820565b50565b606060038054610bbf9061428e565b80601f0160208091040260200160405190810160405280929190818152602001828054610beb9061428e565b8015610c365780601f10610c0d57610100808354040283529160200191610c36565b820191905f5260205f20905b815481529060010190602001808311610c1957829003601f168201915b5050505050905090565b5f30610c4a610b5a565b6001600160a01b031614610c7157604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610c90868686866114fb565b90505f610c9c82611508565b9050610cb182610cac600461185c565b61187e565b5080610cd85760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610ce683898989896118bb565b905065ffffffffffff811615610d5d575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610d79565b60405163ab2d031160e01b815260048101849052602401610ccf565b50909695505050505050565b5f5f610d93868686866114fb565b90505f610d9f82611508565b9050610dbb82610cac83610db457600461185c565b600561185c565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610de3610b5a565b6001600160a01b031614610e6c575f5b8751811015610e6a57306001600160a01b0316888281518110610e1857610e186142c6565b60200260200101516001600160a01b031603610e6257610e62868281518110610e4357610e436142c6565b60200260200101518051906020012060056118c990919063ffffffff16565b600101610df3565b505b610e7982888888886118ea565b30610e82610b5a565b6001600160a01b031614158015610eae57506005546001600160801b03808216600160801b9092041614155b15610eb8575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b610f1d6117a7565b610bad816118fe565b5f610b6d60085465ffffffffffff1690565b5f5f610f43836119af565b90506004816007811115610f5957610f59613c73565b03610fb6577f0000000000000000000000000000000000000000000000000000000000000000610f888461155d565b610f9291906142ee565b610f9a611434565b65ffffffffffff161115610fb15750600692915050565b610b96565b6005816007811115610fca57610fca613c73565b03610b96575f83815260046020526040902060010154611013907f00000000000000000000000000000000000000000000000000000000000000009065ffffffffffff166142ee565b61101b611434565b65ffffffffffff161115610b965750600692915050565b5f5f611040868686866114fb565b90503361104d8282611ae8565b61107c57604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610ccf565b61108887878787611b2d565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa92505050801561111257506040513d5f823e601f3d908101601f1916820160405261110f9190810190614301565b60015b61112157610b6d611434611b3a565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f8033905061116a84828560405180602001604052805f815250611b50565b949350505050565b5f6111b888888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611b719050565b6111e0576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610ccf565b61122388878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c3e915050565b98975050505050505050565b5f8033905061108887828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c3e915050565b5f610b96600a83611d1b565b61128b6117a7565b610bad81611d68565b5f803390506112da86828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611b5092505050565b9695505050505050565b5f336112f08184611da9565b6113185760405163d9b3955760e01b81526001600160a01b0382166004820152602401610ccf565b5f611321611510565b9050801561138d575f61134f836001611338611434565b6113429190614375565b65ffffffffffff1661162d565b90508181101561138b57604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610ccf565b505b6110888787878786611e2d565b5f6060805f5f5f60606113ab612047565b6113b3612072565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6113e98585858561209d565b611411576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610ccf565b61142b85848660405180602001604052805f815250611b50565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156114af575060408051601f3d908101601f191682019092526114ac91810190614393565b60015b61112157610b6d612126565b5f6114c7848484612130565b90505b9392505050565b5f6114dc600a6121c3565b6001600160d01b0316905090565b6114f26117a7565b610bad81612207565b5f61142b858585856115e3565b5f6001610b96565b5f610b6d60075490565b5f30611524610b5a565b6001600160a01b03161461154b57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f610b9682612270565b61156f6117a7565b5f5f856001600160a01b031685858560405161158c9291906143ae565b5f6040518083038185875af1925050503d805f81146115c6576040519150601f19603f3d011682016040523d82523d5f602084013e6115cb565b606091505b50915091506115da8282612298565b50505050505050565b5f848484846040516020016115fb9493929190614444565b60408051601f19818403018152919052805160209091012095945050505050565b6116246117a7565b610bad816122d0565b5f6114ca838361164760408051602081019091525f815290565b612130565b6116546117a7565b610bad81612311565b5f30611667610b5a565b6001600160a01b03161461168e57604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b604051632394e7a360e21b8152600481018290525f90610b96906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa158015611709573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061172d919061448e565b61173684611277565b6064612352565b5f6001600160e01b031982166366defe7760e11b148061176d57506001600160e01b031982166332a2ad4360e11b145b8061178857506001600160e01b03198216630271189760e51b145b80610b9657506301ffc9a760e01b6001600160e01b0319831614610b96565b336117b0610b5a565b6001600160a01b0316146117d9576040516347096e4760e01b8152336004820152602401610ccf565b306117e2610b5a565b6001600160a01b03161461181e575f80366040516118019291906143ae565b604051809103902090505b806118176005612402565b0361180c57505b565b6118536040518060400160405280600f81526020016e38bab7b93ab6a73ab6b2b930ba37b960891b815250826001612421565b610bad81612448565b5f81600781111561186f5761186f613c73565b600160ff919091161b92915050565b5f5f61188984610f38565b90505f836118968361185c565b16036114ca578381846040516331b75e4d60e01b8152600401610ccf939291906144a5565b5f6112da86868686866124dd565b5f6118d4838361266e565b9050806118e5576118e560416126d3565b505050565b6118f785858585856126e4565b5050505050565b600854600160301b900463ffffffff1665ffffffffffff821681101561194857604051633211876d60e11b815265ffffffffffff8316600482015260248101829052604401610ccf565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f6119ba83612774565b905060058160078111156119d0576119d0613c73565b146119db5792915050565b5f838152600e60205260409081902054600d549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa158015611a31573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a5591906144c7565b15611a64575060059392505050565b600d54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611aab573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611acf91906144c7565b15611ade575060079392505050565b5060029392505050565b5f80611af384610f38565b6007811115611b0457611b04613c73565b1480156114ca5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f61142b858585856128a5565b6060610b96611b4b8363ffffffff16565b61293c565b5f61142b85858585611b6c60408051602081019091525f815290565b611c3e565b5f61108885611c387f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611bc38c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611c1d98979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b604051602081830303815290604052805190602001206129ae565b846129da565b5f611c4d86610cac600161185c565b505f611c6286611c5c89610ef5565b85612130565b90505f611c728888888588612a4a565b905083515f03611cc857866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611cbb94939291906144e6565b60405180910390a2611d12565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611d0995949392919061450d565b60405180910390a25b61108888612b46565b5f5f5f611d2785612b4f565b9250925050838265ffffffffffff161115611d5457611d4f611d4885612ba7565b8690612bdd565b611d56565b805b6001600160d01b031695945050505050565b611da06040518060400160405280600b81526020016a766f74696e6744656c617960a81b8152508265ffffffffffff16610e10612421565b610bad81612c7f565b80515f906034811015611dc0576001915050610b96565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611df157600192505050610b96565b5f5f611e0186602a860386612ce5565b915091508115806110885750866001600160a01b0316816001600160a01b031614979650505050505050565b5f611e4186868686805190602001206114fb565b905084518651141580611e5657508351865114155b80611e6057508551155b15611e9557855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610ccf565b5f81815260046020526040902054600160a01b900465ffffffffffff1615611ede5780611ec182610f38565b6040516331b75e4d60e01b8152610ccf9291905f906004016144a5565b5f611ee7610f26565b611eef611434565b65ffffffffffff16611f0191906142ee565b90505f611f1b60085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150611f4d83612ba7565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155611f7a82612d92565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115611fdd57611fdd613929565b60405190808252806020026020018201604052801561201057816020015b6060815260200190600190039081611ffb5790505b508c8961201d8a826142ee565b8e60405161203399989796959493929190614546565b60405180910390a150505095945050505050565b6060610b6d7f0000000000000000000000000000000000000000000000000000000000000000612dc2565b6060610b6d7f0000000000000000000000000000000000000000000000000000000000000000612dc2565b5f61142b83611c387ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78888886120ef8a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611c1d565b5f610b6d43612ba7565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa15801561219f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114c7919061448e565b80545f9080156121ff576121e9836121dc600184614621565b5f91825260209091200190565b54600160301b90046001600160d01b03166114ca565b5f9392505050565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b5f610b9661227d83612dff565b5f848152600c602052604090205465ffffffffffff16612e41565b606082156122a7575080610b96565b8151156122b757610fb182612e50565b60405163d6bda27560e01b815260040160405180910390fd5b6123086040518060400160405280600c81526020016b1d9bdd1a5b99d4195c9a5bd960a21b8152508263ffffffff1662015180612421565b610bad81612e58565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b5f5f5f61235f8686612ef4565b91509150815f036123835783818161237957612379614634565b04925050506114ca565b81841161239a5761239a60038515026011186126d3565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f61240e84612f10565b91509150816114ca576114ca60316126d3565b808210156118e557828282604051639bfc75e960e01b8152600401610ccf93929190614648565b6064808211156124755760405163243e544560e01b81526004810183905260248101829052604401610ccf565b5f61247e6114d1565b905061249d61248b611434565b61249485612f84565b600a9190612fb7565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f5f600d5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa15801561252f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612553919061448e565b90505f3060601b6bffffffffffffffffffffffff19168418600d5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f427906125a4908a908a908a905f90889060040161466c565b602060405180830381865afa1580156125bf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125e3919061448e565b5f898152600e602052604080822092909255600d5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb09161262d918b918b918b919088908a906004016146b9565b5f604051808303815f87803b158015612644575f5ffd5b505af1158015612656573d5f5f3e3d5ffd5b50505050611223824261266991906142ee565b612ba7565b81545f906001600160801b03600160801b82048116918116600183019091160361269b575f915050610b96565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600d546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b815260040161272f95949392919061466c565b5f604051808303818588803b158015612746575f5ffd5b505af1158015612758573d5f5f3e3d5ffd5b5050505f9687525050600e602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b90041681156127a857506007949350505050565b80156127b957506002949350505050565b5f6127c386610ef5565b9050805f036127e857604051636ad0607560e01b815260048101879052602401610ccf565b5f6127f1611434565b65ffffffffffff16905080821061280e57505f9695505050505050565b5f6128188861155d565b905081811061282f57506001979650505050505050565b61283888612fd0565b158061285757505f888152600960205260409020805460019091015411155b1561286a57506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f0361289757506004979650505050505050565b506005979650505050505050565b5f5f6128b386868686613006565b5f818152600e6020526040902054909150801561293257600d5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b15801561290d575f5ffd5b505af115801561291f573d5f5f3e3d5ffd5b5050505f838152600e6020526040812055505b5095945050505050565b6060612946612126565b65ffffffffffff168265ffffffffffff1614612975576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610b966129ba6130c6565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612a38575f5f6129f885856131ef565b5090925090505f816003811115612a1157612a11613c73565b148015612a2f5750856001600160a01b0316826001600160a01b0316145b925050506114ca565b612a43848484613238565b90506114ca565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff1615612a9c576040516371c6af4960e01b81526001600160a01b0387166004820152602401610ccf565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff8516612ae55783815f015f828254612ada91906142ee565b90915550612b3b9050565b5f1960ff861601612b035783816001015f828254612ada91906142ee565b60011960ff861601612b225783816002015f828254612ada91906142ee565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b610bad8161329d565b80545f9081908190808203612b6d575f5f5f93509350935050611144565b5f612b7d866121dc600185614621565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250611144915050565b5f65ffffffffffff821115612bd9576040516306dfcc6560e41b81526030600482015260248101839052604401610ccf565b5090565b81545f9081816005811115612c39575f612bf684613371565b612c009085614621565b5f8881526020902090915081015465ffffffffffff9081169087161015612c2957809150612c37565b612c348160016142ee565b92505b505b5f612c46878785856134c9565b90508015612c7357612c5d876121dc600184614621565b54600160301b90046001600160d01b0316611088565b505f9695505050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f8451831180612cf557508284115b15612d0457505f905080612d8a565b5f612d108560016142ee565b84118015612d38575061060f60f31b612d2c8787016020015190565b6001600160f01b031916145b90505f612d488215156002614710565b612d539060286142ee565b905080612d608787614621565b03612d81575f5f612d7289898961351f565b9096509450612d8a9350505050565b5f5f9350935050505b935093915050565b5f63ffffffff821115612bd9576040516306dfcc6560e41b81526020600482015260248101839052604401610ccf565b60605f612dce836135e0565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f81815260046020526040812054612e3390600160d01b810463ffffffff1690600160a01b900465ffffffffffff16614727565b65ffffffffffff1692915050565b5f8282188284110282186114ca565b805160208201fd5b8063ffffffff165f03612e805760405163f1cfbf0560e01b81525f6004820152602401610ccf565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b5f805f1983850993909202808410938190039390930393915050565b80545f9081906001600160801b0380821691600160801b9004168103612f3b57505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b5f6001600160d01b03821115612bd9576040516306dfcc6560e41b815260d0600482015260248101839052604401610ccf565b5f80612fc4858585613607565b91509150935093915050565b5f81815260096020526040812060028101546001820154612ff191906142ee565b612ffd610b2385610ef5565b11159392505050565b5f5f613014868686866114fb565b905061306281613024600761185c565b61302e600661185c565b613038600261185c565b6001613045600782614745565b613050906002614839565b61305a9190614621565b18181861187e565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c906130b59083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561311e57507f000000000000000000000000000000000000000000000000000000000000000046145b1561314857507f000000000000000000000000000000000000000000000000000000000000000090565b610b6d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103613226576020840151604085015160608601515f1a61321888828585613757565b955095509550505050613231565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f818152600c602052604090205465ffffffffffff161580156132c457506132c481612fd0565b15610bad575f6132db600b5465ffffffffffff1690565b6132e3611434565b6132ed9190614727565b90506132f88261155d565b8165ffffffffffff1611156133455760405165ffffffffffff8216815282907f541f725fb9f7c98a30cc9c0ff32fbb14358cd7159c847a3aa20a2bdc442ba5119060200160405180910390a25b5f918252600c6020526040909120805465ffffffffffff191665ffffffffffff92909216919091179055565b5f6001821161337e575090565b816001600160801b82106133975760809190911c9060401b5b6801000000000000000082106133b25760409190911c9060201b5b64010000000082106133c95760209190911c9060101b5b6201000082106133de5760109190911c9060081b5b61010082106133f25760089190911c9060041b5b601082106134055760049190911c9060021b5b600482106134115760011b5b600302600190811c9081858161342957613429614634565b048201901c9050600181858161344157613441614634565b048201901c9050600181858161345957613459614634565b048201901c9050600181858161347157613471614634565b048201901c9050600181858161348957613489614634565b048201901c905060018185816134a1576134a1614634565b048201901c90506134c08185816134ba576134ba614634565b04821190565b90039392505050565b5f5b81831015613517575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561350357809250613511565b61350e8160016142ee565b93505b506134cb565b509392505050565b5f80848161352e8660016142ee565b85118015613556575061060f60f31b61354a8388016020015190565b6001600160f01b031916145b90505f6135668215156002614710565b90505f80613574838a6142ee565b90505b878110156135cf575f6135956135908784016020015190565b61381f565b9050600f8160ff1611156135b4575f5f97509750505050505050612d8a565b6135bf601084614710565b60ff909116019150600101613577565b506001999098509650505050505050565b5f60ff8216601f811115610b9657604051632cd44ac360e21b815260040160405180910390fd5b82545f90819080156136fd575f613623876121dc600185614621565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561366657604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361369f57825465ffffffffffff16600160301b6001600160d01b038916021783556136ef565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b9450859350612d8a92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612d8a565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561379057505f91506003905082613815565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156137e1573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661380c57505f925060019150829050613815565b92505f91508190505b9450945094915050565b5f60f882901c602f811180156138385750603a8160ff16105b1561384657602f1901610b96565b60608160ff1611801561385c575060678160ff16105b1561386a5760561901610b96565b60408160ff16118015613880575060478160ff16105b1561388e5760361901610b96565b5060ff92915050565b5f602082840312156138a7575f5ffd5b81356001600160e01b0319811681146114ca575f5ffd5b5f602082840312156138ce575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6114ca60208301846138d5565b6001600160a01b0381168114610bad575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561396557613965613929565b604052919050565b5f6001600160401b0382111561398557613985613929565b50601f01601f191660200190565b5f6139a56139a08461396d565b61393d565b90508281528383830111156139b8575f5ffd5b828260208301375f602084830101529392505050565b5f82601f8301126139dd575f5ffd5b6114ca83833560208501613993565b5f5f5f5f608085870312156139ff575f5ffd5b8435613a0a81613915565b93506020850135613a1a81613915565b92506040850135915060608501356001600160401b03811115613a3b575f5ffd5b613a47878288016139ce565b91505092959194509250565b5f6001600160401b03821115613a6b57613a6b613929565b5060051b60200190565b5f82601f830112613a84575f5ffd5b8135613a926139a082613a53565b8082825260208201915060208360051b860101925085831115613ab3575f5ffd5b602085015b83811015612932578035613acb81613915565b835260209283019201613ab8565b5f82601f830112613ae8575f5ffd5b8135613af66139a082613a53565b8082825260208201915060208360051b860101925085831115613b17575f5ffd5b602085015b83811015612932578035835260209283019201613b1c565b5f82601f830112613b43575f5ffd5b8135613b516139a082613a53565b8082825260208201915060208360051b860101925085831115613b72575f5ffd5b602085015b838110156129325780356001600160401b03811115613b94575f5ffd5b613ba3886020838a01016139ce565b84525060209283019201613b77565b5f5f5f5f60808587031215613bc5575f5ffd5b84356001600160401b03811115613bda575f5ffd5b613be687828801613a75565b94505060208501356001600160401b03811115613c01575f5ffd5b613c0d87828801613ad9565b93505060408501356001600160401b03811115613c28575f5ffd5b613c3487828801613b34565b949793965093946060013593505050565b65ffffffffffff81168114610bad575f5ffd5b5f60208284031215613c68575f5ffd5b81356114ca81613c45565b634e487b7160e01b5f52602160045260245ffd5b60088110613ca357634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610b968284613c87565b5f5f60408385031215613cc6575f5ffd5b823591506020830135613cd881613915565b809150509250929050565b803560ff81168114611121575f5ffd5b5f5f60408385031215613d04575f5ffd5b82359150613d1460208401613ce3565b90509250929050565b5f5f83601f840112613d2d575f5ffd5b5081356001600160401b03811115613d43575f5ffd5b602083019150836020828501011115613d5a575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215613d77575f5ffd5b87359650613d8760208901613ce3565b95506040880135613d9781613915565b945060608801356001600160401b03811115613db1575f5ffd5b613dbd8a828b01613d1d565b90955093505060808801356001600160401b03811115613ddb575f5ffd5b613de78a828b016139ce565b92505060a08801356001600160401b03811115613e02575f5ffd5b613e0e8a828b016139ce565b91505092959891949750929550565b5f5f5f5f5f60808688031215613e31575f5ffd5b85359450613e4160208701613ce3565b935060408601356001600160401b03811115613e5b575f5ffd5b613e6788828901613d1d565b90945092505060608601356001600160401b03811115613e85575f5ffd5b613e91888289016139ce565b9150509295509295909350565b5f5f5f5f60608587031215613eb1575f5ffd5b84359350613ec160208601613ce3565b925060408501356001600160401b03811115613edb575f5ffd5b613ee787828801613d1d565b95989497509550505050565b5f5f5f5f60808587031215613f06575f5ffd5b84356001600160401b03811115613f1b575f5ffd5b613f2787828801613a75565b94505060208501356001600160401b03811115613f42575f5ffd5b613f4e87828801613ad9565b93505060408501356001600160401b03811115613f69575f5ffd5b613f7587828801613b34565b92505060608501356001600160401b03811115613f90575f5ffd5b8501601f81018713613fa0575f5ffd5b613a4787823560208401613993565b5f60208284031215613fbf575f5ffd5b81356114ca81613915565b5f8151808452602084019350602083015f5b82811015613ffa578151865260209586019590910190600101613fdc565b5093949350505050565b60ff60f81b8816815260e060208201525f61402260e08301896138d5565b828103604084015261403481896138d5565b606084018890526001600160a01b038716608085015260a0840186905283810360c085015290506140658185613fca565b9a9950505050505050505050565b5f5f5f5f60808587031215614086575f5ffd5b8435935061409660208601613ce3565b925060408501356140a681613915565b915060608501356001600160401b03811115613a3b575f5ffd5b5f5f5f606084860312156140d2575f5ffd5b83356140dd81613915565b92506020840135915060408401356001600160401b038111156140fe575f5ffd5b61410a868287016139ce565b9150509250925092565b5f5f5f5f5f60a08688031215614128575f5ffd5b853561413381613915565b9450602086013561414381613915565b935060408601356001600160401b0381111561415d575f5ffd5b61416988828901613ad9565b93505060608601356001600160401b03811115614184575f5ffd5b61419088828901613ad9565b92505060808601356001600160401b03811115613e85575f5ffd5b5f5f5f5f606085870312156141be575f5ffd5b84356141c981613915565b93506020850135925060408501356001600160401b03811115613edb575f5ffd5b5f602082840312156141fa575f5ffd5b813563ffffffff811681146114ca575f5ffd5b5f5f6040838503121561421e575f5ffd5b823561422981613915565b946020939093013593505050565b5f5f5f5f5f60a0868803121561424b575f5ffd5b853561425681613915565b9450602086013561426681613915565b9350604086013592506060860135915060808601356001600160401b03811115613e85575f5ffd5b600181811c908216806142a257607f821691505b6020821081036142c057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610b9657610b966142da565b5f60208284031215614311575f5ffd5b81516001600160401b03811115614326575f5ffd5b8201601f81018413614336575f5ffd5b80516143446139a08261396d565b818152856020838501011115614358575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b65ffffffffffff8281168282160390811115610b9657610b966142da565b5f602082840312156143a3575f5ffd5b81516114ca81613c45565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613ffa5781516001600160a01b03168652602095860195909101906001016143cf565b5f82825180855260208501945060208160051b830101602085015f5b83811015610d7957601f1985840301885261442e8383516138d5565b6020988901989093509190910190600101614412565b608081525f61445660808301876143bd565b82810360208401526144688187613fca565b9050828103604084015261447c81866143f6565b91505082606083015295945050505050565b5f6020828403121561449e575f5ffd5b5051919050565b838152606081016144b96020830185613c87565b826040830152949350505050565b5f602082840312156144d7575f5ffd5b815180151581146114ca575f5ffd5b84815260ff84166020820152826040820152608060608201525f6112da60808301846138d5565b85815260ff8516602082015283604082015260a060608201525f61453460a08301856138d5565b828103608084015261122381856138d5565b8981526001600160a01b0389166020820152610120604082018190525f906145709083018a6143bd565b8281036060840152614582818a613fca565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b838110156145d957601f198684030185526145c38383516138d5565b60209586019590935091909101906001016145a7565b505085810360a08701526145ed818b6143f6565b93505050508560c08401528460e084015282810361010084015261461181856138d5565b9c9b505050505050505050505050565b81810381811115610b9657610b966142da565b634e487b7160e01b5f52601260045260245ffd5b606081525f61465a60608301866138d5565b60208301949094525060400152919050565b60a081525f61467e60a08301886143bd565b82810360208401526146908188613fca565b905082810360408401526146a481876143f6565b60608401959095525050608001529392505050565b60c081525f6146cb60c08301896143bd565b82810360208401526146dd8189613fca565b905082810360408401526146f181886143f6565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610b9657610b966142da565b65ffffffffffff8181168382160190811115610b9657610b966142da565b60ff8181168382160190811115610b9657610b966142da565b6001815b6001841115612d8a5780850481111561477d5761477d6142da565b600184161561478b57908102905b60019390931c928002614762565b5f826147a757506001610b96565b816147b357505f610b96565b81600181146147c957600281146147d3576147ef565b6001915050610b96565b60ff8411156147e4576147e46142da565b50506001821b610b96565b5060208310610133831016604e8410600b8410161715614812575081810a610b96565b61481e5f19848461475e565b805f1904821115614831576148316142da565b029392505050565b5f6114ca60ff84168361479956fea164736f6c634300081c000a60a060405234801561000f575f5ffd5b50604051611f04380380611f0483398101604081905261002e91610305565b8261003882610202565b61004183610202565b5f61004c813061025c565b506001600160a01b03811615610068576100665f8261025c565b505b5f5b83518110156100fc576100bc7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc18583815181106100a9576100a9610347565b602002602001015161025c60201b60201c565b506100f37ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7838583815181106100a9576100a9610347565b5060010161006a565b505f5b82518110156101475761013e7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e638483815181106100a9576100a9610347565b506001016100ff565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150505050610e108310156101bd57604051632b51f98b60e21b815260048101849052610e1060248201526044015b60405180910390fd5b8115806101cd57506301e1338082115b156101f85760405163022a09bf60e11b8152600481018390526301e1338060248201526044016101b4565b506080525061035b565b6040805160018082528183019092526060916020808301908036833701905050905081815f8151811061023757610237610347565b60200260200101906001600160a01b031690816001600160a01b031681525050919050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102fc575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102b43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102ff565b505f5b92915050565b5f5f5f60608486031215610317575f5ffd5b83516020850151604086015191945092506001600160a01b038116811461033c575f5ffd5b809150509250925092565b634e487b7160e01b5f52603260045260245ffd5b608051611b836103815f395f81816102ef01528181610b130152610da90152611b835ff3fe6080604052600436106101de575f3560e01c80638f2a0bb0116100fd578063bc197c8111610092578063d547741f11610062578063d547741f146105dc578063e38335e5146105fb578063f23a6e611461060e578063f27a0c9214610639575f5ffd5b8063bc197c8114610550578063c2ca64ef1461057b578063c4d252f514610592578063d45c4435146105b1575f5ffd5b80639f81aed7116100cd5780639f81aed7146104d6578063a217fddf146104eb578063b08e51c0146104fe578063b1c5f42714610531575f5ffd5b80638f2a0bb0146104465780638f61f4f51461046557806391d148541461049857806393988770146104b7575f5ffd5b80632ab0f52911610173578063584b153e11610143578063584b153e146103bd57806364d62353146103dc5780637958004c146103fb5780638065657f14610427575f5ffd5b80632ab0f529146103415780632f2ff15d1461036057806331d507501461037f57806336568abe1461039e575f5ffd5b806313bc9f20116101ae57806313bc9f201461027f578063150b7a021461029e57806317c5993a146102e1578063248a9ca314610313575f5ffd5b806301d5062a146101e957806301ffc9a71461020a57806307bd02651461023e578063134008d31461026c575f5ffd5b366101e557005b5f5ffd5b3480156101f4575f5ffd5b50610208610203366004611359565b61064d565b005b348015610215575f5ffd5b506102296102243660046113c7565b610721565b60405190151581526020015b60405180910390f35b348015610249575f5ffd5b5061025e5f516020611b575f395f51905f5281565b604051908152602001610235565b61020861027a3660046113ee565b610731565b34801561028a575f5ffd5b50610229610299366004611454565b610784565b3480156102a9575f5ffd5b506102c86102b836600461151a565b630a85bd0160e11b949350505050565b6040516001600160e01b03199091168152602001610235565b3480156102ec575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061025e565b34801561031e575f5ffd5b5061025e61032d366004611454565b5f9081526020819052604090206001015490565b34801561034c575f5ffd5b5061022961035b366004611454565b6107a9565b34801561036b575f5ffd5b5061020861037a36600461157d565b6107b1565b34801561038a575f5ffd5b50610229610399366004611454565b6107db565b3480156103a9575f5ffd5b506102086103b836600461157d565b6107ff565b3480156103c8575f5ffd5b506102296103d7366004611454565b610837565b3480156103e7575f5ffd5b506102086103f6366004611454565b61087c565b348015610406575f5ffd5b5061041a610415366004611454565b6108bb565b60405161023591906115bb565b348015610432575f5ffd5b5061025e6104413660046113ee565b610903565b348015610451575f5ffd5b50610208610460366004611621565b610941565b348015610470575f5ffd5b5061025e7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b3480156104a3575f5ffd5b506102296104b236600461157d565b610acd565b3480156104c2575f5ffd5b506102296104d1366004611454565b610af5565b3480156104e1575f5ffd5b5061025e610e1081565b3480156104f6575f5ffd5b5061025e5f81565b348015610509575f5ffd5b5061025e7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b34801561053c575f5ffd5b5061025e61054b3660046116d3565b610b41565b34801561055b575f5ffd5b506102c861056a3660046117fc565b63bc197c8160e01b95945050505050565b348015610586575f5ffd5b5061025e6301e1338081565b34801561059d575f5ffd5b506102086105ac366004611454565b610b85565b3480156105bc575f5ffd5b5061025e6105cb366004611454565b5f9081526001602052604090205490565b3480156105e7575f5ffd5b506102086105f636600461157d565b610c2f565b6102086106093660046116d3565b610c53565b348015610619575f5ffd5b506102c86106283660046118a8565b63f23a6e6160e01b95945050505050565b348015610644575f5ffd5b5060025461025e565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161067781610c9c565b5f610686898989898989610903565b90506106928184610ca6565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516106cd96959493929190611923565b60405180910390a3831561071657807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161070d91815260200190565b60405180910390a25b505050505050505050565b5f61072b82610d37565b92915050565b5f516020611b575f395f51905f52610749815f610acd565b610757576107578133610d5b565b61076d610768888888888888610903565b610d98565b61077b878787878787610e08565b50505050505050565b5f60025b610791836108bb565b60038111156107a2576107a26115a7565b1492915050565b5f6003610788565b5f828152602081905260409020600101546107cb81610c9c565b6107d58383610ea7565b50505050565b5f806107e6836108bb565b60038111156107f7576107f76115a7565b141592915050565b6001600160a01b03811633146108285760405163334bd91960e11b815260040160405180910390fd5b6108328282610f36565b505050565b5f5f610842836108bb565b90506001816003811115610858576108586115a7565b148061087557506002816003811115610873576108736115a7565b145b9392505050565b610e108110156108af57604051632b51f98b60e21b815260048101829052610e1060248201526044015b60405180910390fd5b6108b881610f9f565b50565b5f81815260016020526040812054805f036108d857505f92915050565b600181036108e95750600392915050565b428111156108fa5750600192915050565b50600292915050565b5f86868686868660405160200161091f96959493929190611923565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161096b81610c9c565b888714158061097a5750888514155b156109ac576040516001624fcdef60e01b03198152600481018a905260248101869052604481018890526064016108a6565b5f6109bd8b8b8b8b8b8b8b8b610b41565b90506109c98184610ca6565b5f5b8a811015610a7e5780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610a0857610a0861195f565b9050602002016020810190610a1d9190611973565b8d8d86818110610a2f57610a2f61195f565b905060200201358c8c87818110610a4857610a4861195f565b9050602002810190610a5a919061198c565b8c8b604051610a6e96959493929190611923565b60405180910390a36001016109cb565b508315610ac057807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610ab791815260200190565b60405180910390a25b5050505050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f818152600160205260408120546001811180156108755750610b387f0000000000000000000000000000000000000000000000000000000000000000826119ce565b42119392505050565b5f8888888888888888604051602001610b61989796959493929190611a81565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610baf81610c9c565b610bb882610837565b610bf45781610bc7600261100d565b610bd1600161100d565b604051635ead8eb560e01b815260048101939093521760248201526044016108a6565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610c4981610c9c565b6107d58383610f36565b5f516020611b575f395f51905f52610c6b815f610acd565b610c7957610c798133610d5b565b610c8c6107688a8a8a8a8a8a8a8a610b41565b610716898989898989898961102f565b6108b88133610d5b565b610caf826107db565b15610ce05781610cbe5f61100d565b604051635ead8eb560e01b8152600481019290925260248201526044016108a6565b5f610cea60025490565b905080821015610d1757604051635433660960e01b815260048101839052602481018290526044016108a6565b610d2182426119ce565b5f93845260016020526040909320929092555050565b5f6001600160e01b03198216630271189760e51b148061072b575061072b8261119d565b610d658282610acd565b610d945760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108a6565b5050565b610da181610af5565b156108b857807f0000000000000000000000000000000000000000000000000000000000000000610ddd835f9081526001602052604090205490565b610de791906119ce565b604051625a3c8160e81b8152600481019290925260248201526044016108a6565b5f516020611b575f395f51905f52610e20815f610acd565b610e2e57610e2e8133610d5b565b5f610e3d888888888888610903565b9050610e4981856111d1565b610e558888888861121f565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a604051610e8c9493929190611b20565b60405180910390a3610e9d8161128a565b5050505050505050565b5f610eb28383610acd565b610f2f575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610ee73390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161072b565b505f61072b565b5f610f418383610acd565b15610f2f575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161072b565b33308114610fcb5760405163e2850c5960e01b81526001600160a01b03821660048201526024016108a6565b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f816003811115611020576110206115a7565b600160ff919091161b92915050565b5f516020611b575f395f51905f52611047815f610acd565b611055576110558133610d5b565b87861415806110645750878414155b15611096576040516001624fcdef60e01b031981526004810189905260248101859052604481018790526064016108a6565b5f6110a78a8a8a8a8a8a8a8a610b41565b90506110b381856111d1565b5f5b89811015611187575f8b8b838181106110d0576110d061195f565b90506020020160208101906110e59190611973565b90505f8a8a848181106110fa576110fa61195f565b905060200201359050365f8a8a868181106111175761111761195f565b9050602002810190611129919061198c565b915091506111398484848461121f565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b58868686866040516111709493929190611b20565b60405180910390a3505050508060010190506110b5565b506111918161128a565b50505050505050505050565b5f6001600160e01b03198216637965db0b60e01b148061072b57506301ffc9a760e01b6001600160e01b031983161461072b565b6111da82610784565b6111e95781610cbe600261100d565b80158015906111fe57506111fc816107a9565b155b15610d945760405163121534c360e31b8152600481018290526024016108a6565b5f5f856001600160a01b031685858560405161123c929190611b47565b5f6040518083038185875af1925050503d805f8114611276576040519150601f19603f3d011682016040523d82523d5f602084013e61127b565b606091505b509150915061077b82826112b5565b61129381610784565b6112a25780610cbe600261100d565b5f90815260016020819052604090912055565b606082156112c457508061072b565b8151156112d9576112d4826112f2565b61072b565b60405163d6bda27560e01b815260040160405180910390fd5b805160208201fd5b80356001600160a01b0381168114611310575f5ffd5b919050565b5f5f83601f840112611325575f5ffd5b5081356001600160401b0381111561133b575f5ffd5b602083019150836020828501011115611352575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a03121561136f575f5ffd5b611378886112fa565b96506020880135955060408801356001600160401b03811115611399575f5ffd5b6113a58a828b01611315565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f602082840312156113d7575f5ffd5b81356001600160e01b031981168114610875575f5ffd5b5f5f5f5f5f5f60a08789031215611403575f5ffd5b61140c876112fa565b95506020870135945060408701356001600160401b0381111561142d575f5ffd5b61143989828a01611315565b979a9699509760608101359660809091013595509350505050565b5f60208284031215611464575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156114a7576114a761146b565b604052919050565b5f82601f8301126114be575f5ffd5b81356001600160401b038111156114d7576114d761146b565b6114ea601f8201601f191660200161147f565b8181528460208386010111156114fe575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f6080858703121561152d575f5ffd5b611536856112fa565b9350611544602086016112fa565b92506040850135915060608501356001600160401b03811115611565575f5ffd5b611571878288016114af565b91505092959194509250565b5f5f6040838503121561158e575f5ffd5b8235915061159e602084016112fa565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b60208101600483106115db57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f8401126115f1575f5ffd5b5081356001600160401b03811115611607575f5ffd5b6020830191508360208260051b8501011115611352575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611639575f5ffd5b89356001600160401b0381111561164e575f5ffd5b61165a8c828d016115e1565b909a5098505060208a01356001600160401b03811115611678575f5ffd5b6116848c828d016115e1565b90985096505060408a01356001600160401b038111156116a2575f5ffd5b6116ae8c828d016115e1565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b0312156116ea575f5ffd5b88356001600160401b038111156116ff575f5ffd5b61170b8b828c016115e1565b90995097505060208901356001600160401b03811115611729575f5ffd5b6117358b828c016115e1565b90975095505060408901356001600160401b03811115611753575f5ffd5b61175f8b828c016115e1565b999c989b509699959896976060870135966080013595509350505050565b5f82601f83011261178c575f5ffd5b81356001600160401b038111156117a5576117a561146b565b8060051b6117b56020820161147f565b918252602081850181019290810190868411156117d0575f5ffd5b6020860192505b838310156117f25782358252602092830192909101906117d7565b9695505050505050565b5f5f5f5f5f60a08688031215611810575f5ffd5b611819866112fa565b9450611827602087016112fa565b935060408601356001600160401b03811115611841575f5ffd5b61184d8882890161177d565b93505060608601356001600160401b03811115611868575f5ffd5b6118748882890161177d565b92505060808601356001600160401b0381111561188f575f5ffd5b61189b888289016114af565b9150509295509295909350565b5f5f5f5f5f60a086880312156118bc575f5ffd5b6118c5866112fa565b94506118d3602087016112fa565b9350604086013592506060860135915060808601356001600160401b0381111561188f575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b038716815285602082015260a060408201525f61194a60a0830186886118fb565b60608301949094525060800152949350505050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611983575f5ffd5b610875826112fa565b5f5f8335601e198436030181126119a1575f5ffd5b8301803591506001600160401b038211156119ba575f5ffd5b602001915036819003821315611352575f5ffd5b8082018082111561072b57634e487b7160e01b5f52601160045260245ffd5b5f8383855260208501945060208460051b820101835f5b86811015611a7557838303601f19018852813536879003601e19018112611a29575f5ffd5b86016020810190356001600160401b03811115611a44575f5ffd5b803603821315611a52575f5ffd5b611a5d8582846118fb565b60209a8b019a90955093909301925050600101611a04565b50909695505050505050565b60a080825281018890525f8960c08301825b8b811015611ac1576001600160a01b03611aac846112fa565b16825260209283019290910190600101611a93565b5083810360208501528881526001600160fb1b03891115611ae0575f5ffd5b8860051b9150818a60208301370182810360209081016040850152611b0890820187896119ed565b60608401959095525050608001529695505050505050565b60018060a01b0385168152836020820152606060408201525f6117f26060830184866118fb565b818382375f910190815291905056fed8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63a164736f6c634300081c000a' as const
/** Creation bytecode of contracts/governance/GovernedVerifiedAppAuthDeployment.sol:GovernedVerifiedAppAuthDeployment. */
export const governedVerifiedAppAuthDeploymentBytecode =
  '0x610100604052348015610010575f5ffd5b5060405161850638038061850683398101604081905261002f91610a19565b5f8061003d898989896101d1565b915091505f836001600160a01b0316632abf91ee8388886040518463ffffffff1660e01b815260040161007293929190610be0565b6020604051808303815f875af115801561008e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100b29190610c89565b90505f816001600160a01b0316638da5cb5b6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100f1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101159190610c89565b9050826001600160a01b0316816001600160a01b03161461016157604051635a97ab5360e01b81526001600160a01b038084166004830152821660248201526044015b60405180910390fd5b6001600160a01b0380861660e05280841660c081905281861660a08190528285166080819052604051938f16845291929091907fb57e5e5fa20a7bb3afd7b7fa62ddaec44efb66b75ceac319ba23d91011c5b9969060200160405180910390a45050505050505050505050610d96565b60408051606b60f91b602080830191909152602560fa1b60218301523060601b6001600160601b0319166022830152600160f91b603683015282516017818403018152603790920190925280519101205f9081908587828760405161023590610546565b6102429493929190610cab565b604051809103905ff08015801561025b573d5f5f3e3d5ffd5b509250838560a001518460405161027190610553565b92835263ffffffff90911660208301526001600160a01b03166040820152606001604051809103905ff0801580156102ab573d5f5f3e3d5ffd5b509150806001600160a01b0316826001600160a01b0316146102f357604051636865cca360e11b81526001600160a01b03808316600483015283166024820152604401610158565b6102fd8783610307565b5094509492505050565b60408051600481526024810182526020810180516001600160e01b03166349a0590f60e11b17905290515f9182916001600160a01b0386169161034991610d5a565b5f60405180830381855afa9150503d805f8114610381576040519150601f19603f3d011682016040523d82523d5f602084013e610386565b606091505b509150915081158061039a57508051602014155b806103b0575060a06103ab82610d70565b901c15155b156103d9576040516310f5aaab60e21b81526001600160a01b0385166004820152602401610158565b5f818060200190518101906103ee9190610c89565b90506001600160a01b0381161580159061041a5750836001600160a01b0316816001600160a01b031614155b156104435760405163d3186dc560e01b81526001600160a01b0382166004820152602401610158565b60408051600481526024810182526020810180516001600160e01b0316638da5cb5b60e01b17905290516001600160a01b0387169161048191610d5a565b5f60405180830381855afa9150503d805f81146104b9576040519150601f19603f3d011682016040523d82523d5f602084013e6104be565b606091505b5090935091508215806104d357508151602014155b156104df575050505050565b5f6104e983610d70565b90506001600160a01b038116158015906105155750846001600160a01b0316816001600160a01b031614155b1561053e5760405163755fa4a160e01b81526001600160a01b0382166004820152602401610158565b505050505050565b61573b80610ec783390190565b611f048061660283390190565b6001600160a01b0381168114610574575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156105ad576105ad610577565b60405290565b604080519081016001600160401b03811182821017156105ad576105ad610577565b604051601f8201601f191681016001600160401b03811182821017156105fd576105fd610577565b604052919050565b5f82601f830112610614575f5ffd5b81516001600160401b0381111561062d5761062d610577565b610640601f8201601f19166020016105d5565b818152846020838601011115610654575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b805165ffffffffffff81168114610685575f5ffd5b919050565b805163ffffffff81168114610685575f5ffd5b5f60c082840312156106ad575f5ffd5b60405160c081016001600160401b03811182821017156106cf576106cf610577565b6040529050806106de83610670565b81526106ec6020840161068a565b6020820152604083810151908201526060808401519082015261071160808401610670565b608082015261072260a0840161068a565b60a08201525092915050565b5f6001600160401b0382111561074657610746610577565b5060051b60200190565b5f82601f83011261075f575f5ffd5b815161077261076d8261072e565b6105d5565b8082825260208201915060208360051b860101925085831115610793575f5ffd5b602085015b838110156107b0578051835260209283019201610798565b5095945050505050565b80518015158114610685575f5ffd5b5f608082840312156107d9575f5ffd5b6107e161058b565b82518152602080840151908201526040808401519082015260608301519091506001600160401b03811115610814575f5ffd5b820160808185031215610825575f5ffd5b61082d61058b565b81516001600160401b03811115610842575f5ffd5b61084e86828501610750565b82525060208201516001600160401b03811115610869575f5ffd5b61087586828501610750565b602083015250610887604083016107ba565b6040820152610898606083016107ba565b6060820152806060840152505092915050565b5f82601f8301126108ba575f5ffd5b81516108c861076d8261072e565b8082825260208201915060208360061b8601019250858311156108e9575f5ffd5b602085015b838110156107b05760408188031215610905575f5ffd5b61090d6105b3565b815181526020808301518183015290845292909201916040016108ee565b5f6080828403121561093b575f5ffd5b61094361058b565b82519091506001600160401b0381111561095b575f5ffd5b8201601f8101841361096b575f5ffd5b805161097961076d8261072e565b8082825260208201915060208360051b85010192508683111561099a575f5ffd5b6020840193505b828410156109c55783516109b481610560565b8252602093840193909101906109a1565b8452505050602082810151908201526040808301519082015260608201516001600160401b038111156109f6575f5ffd5b610a02848285016108ab565b60608301525092915050565b805161068581610560565b5f5f5f5f5f5f5f610180888a031215610a30575f5ffd5b8751610a3b81610560565b60208901519097506001600160401b03811115610a56575f5ffd5b610a628a828b01610605565b965050610a728960408a0161069d565b6101008901516101208a015191965094506001600160401b03811115610a96575f5ffd5b610aa28a828b016107c9565b6101408a015190945090506001600160401b03811115610ac0575f5ffd5b610acc8a828b0161092b565b925050610adc6101608901610a0e565b905092959891949750929550565b5f8151808452602084019350602083015f5b82811015610b1a578151865260209586019590910190600101610afc565b5093949350505050565b5f8151808452602084019350602083015f5b82811015610b1a578151805187526020908101518188015260409096019590910190600101610b36565b8051608080845281519084018190525f9160200190829060a08601905b80831015610ba85783516001600160a01b031682526020938401936001939093019290910190610b7d565b506020850151602087015260408501516040870152606085015192508581036060870152610bd68184610b24565b9695505050505050565b60018060a01b0384168152606060208201528251606082015260208301516080820152604083015160a08201525f6060840151608060c08401528051608060e0850152610c31610160850182610aea565b9050602082015160df1985830301610100860152610c4f8282610aea565b91505060408201511515610120850152606082015115156101408501528381036040850152610c7e8186610b60565b979650505050505050565b5f60208284031215610c99575f5ffd5b8151610ca481610560565b9392505050565b61012081525f855180610120840152806020880161014085015e5f6101408285010152610140601f19601f83011684010191505060018060a01b038516602083015260018060a01b038416604083015265ffffffffffff835116606083015263ffffffff6020840151166080830152604083015160a0830152606083015160c083015265ffffffffffff60808401511660e083015263ffffffff60a08401511661010083015295945050505050565b5f82518060208501845e5f920191825250919050565b80516020808301519190811015610d90575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610102610dc55f395f608801525f60d201525f604a01525f60ad01526101025ff3fe6080604052348015600e575f5ffd5b50600436106044575f3560e01c80630c340a2414604857806386c4f07c146086578063b76564bd1460ab578063d33219b41460d0575b5f5ffd5b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b03909116815260200160405180910390f35b7f0000000000000000000000000000000000000000000000000000000000000000606a565b7f0000000000000000000000000000000000000000000000000000000000000000606a565b7f0000000000000000000000000000000000000000000000000000000000000000606a56fea164736f6c634300081c000a6101a0604052348015610010575f5ffd5b5060405161573b38038061573b83398101604081905261002f91610b4e565b818160800151826060015185845f0151856020015186604001518a8061005961022b60201b60201c565b61006282610246565b6101205261006f81610246565b61014052815160208084019190912060e052815190820120610100524660a0526100fb60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05260036101108282610ca6565b5061011c905083610283565b610125826102c6565b61012e81610306565b5050506001600160a01b03166101605261014781610347565b5061015181610382565b5061015b8161042e565b505f610165610497565b90507ff5b078ad22f37ec6a1ef7bb7557a33caf5438015a34794acb2076082df8e563f8180519060200120146101b95780604051630b21302d60e21b81526004016101b09190610d8e565b60405180910390fd5b60a082015163ffffffff1615806101dd57506301e133808260a0015163ffffffff16115b156102135760a08201516040516365f2026d60e01b815263ffffffff90911660048201526301e1338060248201526044016101b0565b5060a0015163ffffffff166101805250610e58915050565b6040805180820190915260018152603160f81b602082015290565b5f5f829050601f81511115610270578260405163305a27a960e01b81526004016101b09190610d8e565b805161027b82610da0565b179392505050565b60408051808201909152600b81526a766f74696e6744656c617960a81b60208201526102ba9065ffffffffffff8316610e1061051f565b6102c38161054b565b50565b60408051808201909152600c81526b1d9bdd1a5b99d4195c9a5bd960a21b60208201526102fd9063ffffffff83166201518061051f565b6102c3816105b1565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b60408051808201909152600f81526e38bab7b93ab6a73ab6b2b930ba37b960891b60208201526103799082600161051f565b6102c381610650565b5f61038b6106e5565b9050808265ffffffffffff1611156103c757604051633211876d60e11b815265ffffffffffff83166004820152602481018290526044016101b0565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b60606104a36101605190565b6001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa9250505080156104ff57506040513d5f823e601f3d908101601f191682016040526104fc9190810190610dc3565b60015b61051a576105156114346106ee60201b1761075e565b905090565b919050565b8082101561054657828282604051639bfc75e960e01b81526004016101b093929190610dfc565b505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036105d95760405163f1cfbf0560e01b81525f60048201526024016101b0565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60648082111561067d5760405163243e544560e01b815260048101839052602481018290526044016101b0565b5f610686610777565b90506106a56106936106ee565b61069c85610790565b600a91906107c7565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f6105156107e1565b5f6106f96101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610752575060408051601f3d908101601f1916820190925261074f91810190610e20565b60015b61051a576105156107fb565b606061077161076c8360201c565b610805565b92915050565b5f610782600a610877565b6001600160d01b0316905090565b5f6001600160d01b038211156107c3576040516306dfcc6560e41b815260d06004820152602481018390526044016101b0565b5090565b5f806107d48585856108bf565b915091505b935093915050565b5f6105156008546601000000000000900463ffffffff1690565b5f61051543610a1b565b606061080f6107fb565b65ffffffffffff168265ffffffffffff161461083e576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b80545f9080156108b65761089d83610890600184610e39565b5f91825260209091200190565b54660100000000000090046001600160d01b03166108b8565b5f5b9392505050565b82545f90819080156109be575f6108db87610890600185610e39565b805490915065ffffffffffff80821691660100000000000090046001600160d01b031690881682111561092157604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361095d57825465ffffffffffff1666010000000000006001600160d01b038916021783556109b0565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506107d992505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816107d9565b5f65ffffffffffff8211156107c3576040516306dfcc6560e41b815260306004820152602481018390526044016101b0565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b0381118282101715610a8357610a83610a4d565b60405290565b5f82601f830112610a98575f5ffd5b81516001600160401b03811115610ab157610ab1610a4d565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610adf57610adf610a4d565b604052818152838201602001851015610af6575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b6001600160a01b03811681146102c3575f5ffd5b805165ffffffffffff8116811461051a575f5ffd5b805163ffffffff8116811461051a575f5ffd5b5f5f5f5f848603610120811215610b63575f5ffd5b85516001600160401b03811115610b78575f5ffd5b610b8488828901610a89565b9550506020860151610b9581610b12565b6040870151909450610ba681610b12565b925060c0605f1982011215610bb9575f5ffd5b50610bc2610a61565b610bce60608701610b26565b8152610bdc60808701610b3b565b602082015260a0860151604082015260c08601516060820152610c0160e08701610b26565b6080820152610c136101008701610b3b565b60a0820152939692955090935050565b600181811c90821680610c3757607f821691505b602082108103610c5557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561054657805f5260205f20601f840160051c81016020851015610c805750805b601f840160051c820191505b81811015610c9f575f8155600101610c8c565b5050505050565b81516001600160401b03811115610cbf57610cbf610a4d565b610cd381610ccd8454610c23565b84610c5b565b6020601f821160018114610d05575f8315610cee5750848201515b5f19600385901b1c1916600184901b178455610c9f565b5f84815260208120601f198516915b82811015610d345787850151825560209485019460019092019101610d14565b5084821015610d5157868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6108b86020830184610d60565b80516020808301519190811015610c55575f1960209190910360031b1b16919050565b5f60208284031215610dd3575f5ffd5b81516001600160401b03811115610de8575f5ffd5b610df484828501610a89565b949350505050565b606081525f610e0e6060830186610d60565b60208301949094525060400152919050565b5f60208284031215610e30575f5ffd5b6108b882610b26565b8181038181111561077157634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e0516101005161012051610140516101605161018051614854610ee75f395f81816104e901528181610f600152610fe601525f8181610b360152818161109701528181611437015281816116c4015261213301525f61207901525f61204e01525f61319f01525f61317701525f6130d201525f6130fc01525f61312601526148545ff3fe60806040526004361061035e575f3560e01c80637ecebe00116101bd578063c28bc2fa116100f2578063e540d01d11610092578063ed26cf901161006d578063ed26cf9014610ad6578063f23a6e6114610aea578063f8ce560a14610b09578063fc0c546a14610b28575f5ffd5b8063e540d01d14610a79578063eb9019d414610a98578063ece40cc114610ab7575f5ffd5b8063d33219b4116100cd578063d33219b4146109cf578063dd4e2ba5146109ec578063deaaa7cc14610a31578063e48083fe14610a64575f5ffd5b8063c28bc2fa14610986578063c2ca64ef14610999578063c59057e4146109b0575f5ffd5b8063a890c9101161015d578063ab58fb8e11610138578063ab58fb8e146108fe578063b58131b014610934578063bc197c8114610948578063c01f9e3714610967575f5ffd5b8063a890c910146108a1578063a8f8a668146108c0578063a9a95294146108df575f5ffd5b806391ddadf41161019857806391ddadf41461084757806397c3d3341461085b5780639a802a6d1461086e578063a7713a701461088d575f5ffd5b80637ecebe00146107cd57806384b0196e146108015780638ff262e314610828575f5ffd5b80633932abb111610293578063567813881161023357806360c4247f1161020e57806360c4247f1461075157806379051887146107705780637b3c71d31461078f5780637d5e81e2146107ae575f5ffd5b806356781388146106f45780635b8d0e0d146107135780635f398a1414610732575f5ffd5b8063452115d61161026e578063452115d61461065e5780634bf5d7e91461067d578063544ffc9c1461069157806354fd4d50146106cb575f5ffd5b80633932abb1146105d65780633e4f49e6146105ea5780634385963214610616575f5ffd5b806317c5993a116102fe5780632d63f693116102d95780632d63f693146105365780632fe3e2611461055557806332b8113e14610588578063330df7ff146105b7575f5ffd5b806317c5993a146104db578063215809ca1461050d5780632656227d14610523575f5ffd5b806306fdde031161033957806306fdde0314610417578063143489d014610438578063150b7a0214610484578063160cbed7146104bc575f5ffd5b806301ffc9a71461039957806302a251a3146103cd57806306f3f9e6146103f8575f5ffd5b36610395573061036c610b5a565b6001600160a01b03161461039357604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b3480156103a4575f5ffd5b506103b86103b3366004613897565b610b72565b60405190151581526020015b60405180910390f35b3480156103d8575f5ffd5b50600854600160301b900463ffffffff165b6040519081526020016103c4565b348015610403575f5ffd5b506103936104123660046138be565b610b9c565b348015610422575f5ffd5b5061042b610bb0565b6040516103c49190613903565b348015610443575f5ffd5b5061046c6104523660046138be565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b0390911681526020016103c4565b34801561048f575f5ffd5b506104a361049e3660046139ec565b610c40565b6040516001600160e01b031990911681526020016103c4565b3480156104c7575f5ffd5b506103ea6104d6366004613bb2565b610c82565b3480156104e6575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000006103ea565b348015610518575f5ffd5b506103ea6201518081565b6103ea610531366004613bb2565b610d85565b348015610541575f5ffd5b506103ea6105503660046138be565b610ef5565b348015610560575f5ffd5b506103ea7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b348015610593575f5ffd5b50600b5465ffffffffffff165b60405165ffffffffffff90911681526020016103c4565b3480156105c2575f5ffd5b506103936105d1366004613c58565b610f15565b3480156105e1575f5ffd5b506103ea610f26565b3480156105f5575f5ffd5b506106096106043660046138be565b610f38565b6040516103c49190613ca7565b348015610621575f5ffd5b506103b8610630366004613cb5565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b348015610669575f5ffd5b506103ea610678366004613bb2565b611032565b348015610688575f5ffd5b5061042b611093565b34801561069c575f5ffd5b506106b06106ab3660046138be565b611126565b604080519384526020840192909252908201526060016103c4565b3480156106d6575f5ffd5b506040805180820190915260018152603160f81b602082015261042b565b3480156106ff575f5ffd5b506103ea61070e366004613cf3565b61114b565b34801561071e575f5ffd5b506103ea61072d366004613d61565b611172565b34801561073d575f5ffd5b506103ea61074c366004613e1d565b61122f565b34801561075c575f5ffd5b506103ea61076b3660046138be565b611277565b34801561077b575f5ffd5b5061039361078a366004613c58565b611283565b34801561079a575f5ffd5b506103ea6107a9366004613e9e565b611294565b3480156107b9575f5ffd5b506103ea6107c8366004613ef3565b6112e4565b3480156107d8575f5ffd5b506103ea6107e7366004613faf565b6001600160a01b03165f9081526002602052604090205490565b34801561080c575f5ffd5b5061081561139a565b6040516103c49796959493929190614004565b348015610833575f5ffd5b506103ea610842366004614073565b6113dc565b348015610852575f5ffd5b506105a0611434565b348015610866575f5ffd5b5060646103ea565b348015610879575f5ffd5b506103ea6108883660046140c0565b6114bb565b348015610898575f5ffd5b506103ea6114d1565b3480156108ac575f5ffd5b506103936108bb366004613faf565b6114ea565b3480156108cb575f5ffd5b506103ea6108da366004613bb2565b6114fb565b3480156108ea575f5ffd5b506103b86108f93660046138be565b611508565b348015610909575f5ffd5b506103ea6109183660046138be565b5f9081526004602052604090206001015465ffffffffffff1690565b34801561093f575f5ffd5b506103ea611510565b348015610953575f5ffd5b506104a3610962366004614114565b61151a565b348015610972575f5ffd5b506103ea6109813660046138be565b61155d565b6103936109943660046141ab565b611567565b3480156109a4575f5ffd5b506103ea6301e1338081565b3480156109bb575f5ffd5b506103ea6109ca366004613bb2565b6115e3565b3480156109da575f5ffd5b50600d546001600160a01b031661046c565b3480156109f7575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e9082015261042b565b348015610a3c575f5ffd5b506103ea7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610a6f575f5ffd5b506103ea610e1081565b348015610a84575f5ffd5b50610393610a933660046141ea565b61161c565b348015610aa3575f5ffd5b506103ea610ab236600461420d565b61162d565b348015610ac2575f5ffd5b50610393610ad13660046138be565b61164c565b348015610ae1575f5ffd5b506103ea600181565b348015610af5575f5ffd5b506104a3610b04366004614237565b61165d565b348015610b14575f5ffd5b506103ea610b233660046138be565b6116a0565b348015610b33575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061046c565b5f610b6d600d546001600160a01b031690565b905090565b5f6001600160e01b03198216630be2cc9d60e11b1480610b965750610b968261173d565b92915050565b610ba46117a7565b610bad81611820565b50565b606060038054610bbf9061428e565b80601f0160208091040260200160405190810160405280929190818152602001828054610beb9061428e565b8015610c365780601f10610c0d57610100808354040283529160200191610c36565b820191905f5260205f20905b815481529060010190602001808311610c1957829003601f168201915b5050505050905090565b5f30610c4a610b5a565b6001600160a01b031614610c7157604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610c90868686866114fb565b90505f610c9c82611508565b9050610cb182610cac600461185c565b61187e565b5080610cd85760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610ce683898989896118bb565b905065ffffffffffff811615610d5d575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610d79565b60405163ab2d031160e01b815260048101849052602401610ccf565b50909695505050505050565b5f5f610d93868686866114fb565b90505f610d9f82611508565b9050610dbb82610cac83610db457600461185c565b600561185c565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610de3610b5a565b6001600160a01b031614610e6c575f5b8751811015610e6a57306001600160a01b0316888281518110610e1857610e186142c6565b60200260200101516001600160a01b031603610e6257610e62868281518110610e4357610e436142c6565b60200260200101518051906020012060056118c990919063ffffffff16565b600101610df3565b505b610e7982888888886118ea565b30610e82610b5a565b6001600160a01b031614158015610eae57506005546001600160801b03808216600160801b9092041614155b15610eb8575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b610f1d6117a7565b610bad816118fe565b5f610b6d60085465ffffffffffff1690565b5f5f610f43836119af565b90506004816007811115610f5957610f59613c73565b03610fb6577f0000000000000000000000000000000000000000000000000000000000000000610f888461155d565b610f9291906142ee565b610f9a611434565b65ffffffffffff161115610fb15750600692915050565b610b96565b6005816007811115610fca57610fca613c73565b03610b96575f83815260046020526040902060010154611013907f00000000000000000000000000000000000000000000000000000000000000009065ffffffffffff166142ee565b61101b611434565b65ffffffffffff161115610b965750600692915050565b5f5f611040868686866114fb565b90503361104d8282611ae8565b61107c57604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610ccf565b61108887878787611b2d565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa92505050801561111257506040513d5f823e601f3d908101601f1916820160405261110f9190810190614301565b60015b61112157610b6d611434611b3a565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f8033905061116a84828560405180602001604052805f815250611b50565b949350505050565b5f6111b888888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611b719050565b6111e0576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610ccf565b61122388878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c3e915050565b98975050505050505050565b5f8033905061108887828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c3e915050565b5f610b96600a83611d1b565b61128b6117a7565b610bad81611d68565b5f803390506112da86828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611b5092505050565b9695505050505050565b5f336112f08184611da9565b6113185760405163d9b3955760e01b81526001600160a01b0382166004820152602401610ccf565b5f611321611510565b9050801561138d575f61134f836001611338611434565b6113429190614375565b65ffffffffffff1661162d565b90508181101561138b57604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610ccf565b505b6110888787878786611e2d565b5f6060805f5f5f60606113ab612047565b6113b3612072565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6113e98585858561209d565b611411576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610ccf565b61142b85848660405180602001604052805f815250611b50565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156114af575060408051601f3d908101601f191682019092526114ac91810190614393565b60015b61112157610b6d612126565b5f6114c7848484612130565b90505b9392505050565b5f6114dc600a6121c3565b6001600160d01b0316905090565b6114f26117a7565b610bad81612207565b5f61142b858585856115e3565b5f6001610b96565b5f610b6d60075490565b5f30611524610b5a565b6001600160a01b03161461154b57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f610b9682612270565b61156f6117a7565b5f5f856001600160a01b031685858560405161158c9291906143ae565b5f6040518083038185875af1925050503d805f81146115c6576040519150601f19603f3d011682016040523d82523d5f602084013e6115cb565b606091505b50915091506115da8282612298565b50505050505050565b5f848484846040516020016115fb9493929190614444565b60408051601f19818403018152919052805160209091012095945050505050565b6116246117a7565b610bad816122d0565b5f6114ca838361164760408051602081019091525f815290565b612130565b6116546117a7565b610bad81612311565b5f30611667610b5a565b6001600160a01b03161461168e57604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b604051632394e7a360e21b8152600481018290525f90610b96906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa158015611709573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061172d919061448e565b61173684611277565b6064612352565b5f6001600160e01b031982166366defe7760e11b148061176d57506001600160e01b031982166332a2ad4360e11b145b8061178857506001600160e01b03198216630271189760e51b145b80610b9657506301ffc9a760e01b6001600160e01b0319831614610b96565b336117b0610b5a565b6001600160a01b0316146117d9576040516347096e4760e01b8152336004820152602401610ccf565b306117e2610b5a565b6001600160a01b03161461181e575f80366040516118019291906143ae565b604051809103902090505b806118176005612402565b0361180c57505b565b6118536040518060400160405280600f81526020016e38bab7b93ab6a73ab6b2b930ba37b960891b815250826001612421565b610bad81612448565b5f81600781111561186f5761186f613c73565b600160ff919091161b92915050565b5f5f61188984610f38565b90505f836118968361185c565b16036114ca578381846040516331b75e4d60e01b8152600401610ccf939291906144a5565b5f6112da86868686866124dd565b5f6118d4838361266e565b9050806118e5576118e560416126d3565b505050565b6118f785858585856126e4565b5050505050565b600854600160301b900463ffffffff1665ffffffffffff821681101561194857604051633211876d60e11b815265ffffffffffff8316600482015260248101829052604401610ccf565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f6119ba83612774565b905060058160078111156119d0576119d0613c73565b146119db5792915050565b5f838152600e60205260409081902054600d549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa158015611a31573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a5591906144c7565b15611a64575060059392505050565b600d54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611aab573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611acf91906144c7565b15611ade575060079392505050565b5060029392505050565b5f80611af384610f38565b6007811115611b0457611b04613c73565b1480156114ca5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f61142b858585856128a5565b6060610b96611b4b8363ffffffff16565b61293c565b5f61142b85858585611b6c60408051602081019091525f815290565b611c3e565b5f61108885611c387f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611bc38c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611c1d98979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b604051602081830303815290604052805190602001206129ae565b846129da565b5f611c4d86610cac600161185c565b505f611c6286611c5c89610ef5565b85612130565b90505f611c728888888588612a4a565b905083515f03611cc857866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611cbb94939291906144e6565b60405180910390a2611d12565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611d0995949392919061450d565b60405180910390a25b61108888612b46565b5f5f5f611d2785612b4f565b9250925050838265ffffffffffff161115611d5457611d4f611d4885612ba7565b8690612bdd565b611d56565b805b6001600160d01b031695945050505050565b611da06040518060400160405280600b81526020016a766f74696e6744656c617960a81b8152508265ffffffffffff16610e10612421565b610bad81612c7f565b80515f906034811015611dc0576001915050610b96565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611df157600192505050610b96565b5f5f611e0186602a860386612ce5565b915091508115806110885750866001600160a01b0316816001600160a01b031614979650505050505050565b5f611e4186868686805190602001206114fb565b905084518651141580611e5657508351865114155b80611e6057508551155b15611e9557855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610ccf565b5f81815260046020526040902054600160a01b900465ffffffffffff1615611ede5780611ec182610f38565b6040516331b75e4d60e01b8152610ccf9291905f906004016144a5565b5f611ee7610f26565b611eef611434565b65ffffffffffff16611f0191906142ee565b90505f611f1b60085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150611f4d83612ba7565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155611f7a82612d92565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115611fdd57611fdd613929565b60405190808252806020026020018201604052801561201057816020015b6060815260200190600190039081611ffb5790505b508c8961201d8a826142ee565b8e60405161203399989796959493929190614546565b60405180910390a150505095945050505050565b6060610b6d7f0000000000000000000000000000000000000000000000000000000000000000612dc2565b6060610b6d7f0000000000000000000000000000000000000000000000000000000000000000612dc2565b5f61142b83611c387ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78888886120ef8a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611c1d565b5f610b6d43612ba7565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa15801561219f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114c7919061448e565b80545f9080156121ff576121e9836121dc600184614621565b5f91825260209091200190565b54600160301b90046001600160d01b03166114ca565b5f9392505050565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b5f610b9661227d83612dff565b5f848152600c602052604090205465ffffffffffff16612e41565b606082156122a7575080610b96565b8151156122b757610fb182612e50565b60405163d6bda27560e01b815260040160405180910390fd5b6123086040518060400160405280600c81526020016b1d9bdd1a5b99d4195c9a5bd960a21b8152508263ffffffff1662015180612421565b610bad81612e58565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b5f5f5f61235f8686612ef4565b91509150815f036123835783818161237957612379614634565b04925050506114ca565b81841161239a5761239a60038515026011186126d3565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f61240e84612f10565b91509150816114ca576114ca60316126d3565b808210156118e557828282604051639bfc75e960e01b8152600401610ccf93929190614648565b6064808211156124755760405163243e544560e01b81526004810183905260248101829052604401610ccf565b5f61247e6114d1565b905061249d61248b611434565b61249485612f84565b600a9190612fb7565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f5f600d5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa15801561252f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612553919061448e565b90505f3060601b6bffffffffffffffffffffffff19168418600d5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f427906125a4908a908a908a905f90889060040161466c565b602060405180830381865afa1580156125bf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125e3919061448e565b5f898152600e602052604080822092909255600d5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb09161262d918b918b918b919088908a906004016146b9565b5f604051808303815f87803b158015612644575f5ffd5b505af1158015612656573d5f5f3e3d5ffd5b50505050611223824261266991906142ee565b612ba7565b81545f906001600160801b03600160801b82048116918116600183019091160361269b575f915050610b96565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600d546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b815260040161272f95949392919061466c565b5f604051808303818588803b158015612746575f5ffd5b505af1158015612758573d5f5f3e3d5ffd5b5050505f9687525050600e602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b90041681156127a857506007949350505050565b80156127b957506002949350505050565b5f6127c386610ef5565b9050805f036127e857604051636ad0607560e01b815260048101879052602401610ccf565b5f6127f1611434565b65ffffffffffff16905080821061280e57505f9695505050505050565b5f6128188861155d565b905081811061282f57506001979650505050505050565b61283888612fd0565b158061285757505f888152600960205260409020805460019091015411155b1561286a57506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f0361289757506004979650505050505050565b506005979650505050505050565b5f5f6128b386868686613006565b5f818152600e6020526040902054909150801561293257600d5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b15801561290d575f5ffd5b505af115801561291f573d5f5f3e3d5ffd5b5050505f838152600e6020526040812055505b5095945050505050565b6060612946612126565b65ffffffffffff168265ffffffffffff1614612975576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610b966129ba6130c6565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612a38575f5f6129f885856131ef565b5090925090505f816003811115612a1157612a11613c73565b148015612a2f5750856001600160a01b0316826001600160a01b0316145b925050506114ca565b612a43848484613238565b90506114ca565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff1615612a9c576040516371c6af4960e01b81526001600160a01b0387166004820152602401610ccf565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff8516612ae55783815f015f828254612ada91906142ee565b90915550612b3b9050565b5f1960ff861601612b035783816001015f828254612ada91906142ee565b60011960ff861601612b225783816002015f828254612ada91906142ee565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b610bad8161329d565b80545f9081908190808203612b6d575f5f5f93509350935050611144565b5f612b7d866121dc600185614621565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250611144915050565b5f65ffffffffffff821115612bd9576040516306dfcc6560e41b81526030600482015260248101839052604401610ccf565b5090565b81545f9081816005811115612c39575f612bf684613371565b612c009085614621565b5f8881526020902090915081015465ffffffffffff9081169087161015612c2957809150612c37565b612c348160016142ee565b92505b505b5f612c46878785856134c9565b90508015612c7357612c5d876121dc600184614621565b54600160301b90046001600160d01b0316611088565b505f9695505050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f8451831180612cf557508284115b15612d0457505f905080612d8a565b5f612d108560016142ee565b84118015612d38575061060f60f31b612d2c8787016020015190565b6001600160f01b031916145b90505f612d488215156002614710565b612d539060286142ee565b905080612d608787614621565b03612d81575f5f612d7289898961351f565b9096509450612d8a9350505050565b5f5f9350935050505b935093915050565b5f63ffffffff821115612bd9576040516306dfcc6560e41b81526020600482015260248101839052604401610ccf565b60605f612dce836135e0565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f81815260046020526040812054612e3390600160d01b810463ffffffff1690600160a01b900465ffffffffffff16614727565b65ffffffffffff1692915050565b5f8282188284110282186114ca565b805160208201fd5b8063ffffffff165f03612e805760405163f1cfbf0560e01b81525f6004820152602401610ccf565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b5f805f1983850993909202808410938190039390930393915050565b80545f9081906001600160801b0380821691600160801b9004168103612f3b57505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b5f6001600160d01b03821115612bd9576040516306dfcc6560e41b815260d0600482015260248101839052604401610ccf565b5f80612fc4858585613607565b91509150935093915050565b5f81815260096020526040812060028101546001820154612ff191906142ee565b612ffd610b2385610ef5565b11159392505050565b5f5f613014868686866114fb565b905061306281613024600761185c565b61302e600661185c565b613038600261185c565b6001613045600782614745565b613050906002614839565b61305a9190614621565b18181861187e565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c906130b59083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561311e57507f000000000000000000000000000000000000000000000000000000000000000046145b1561314857507f000000000000000000000000000000000000000000000000000000000000000090565b610b6d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103613226576020840151604085015160608601515f1a61321888828585613757565b955095509550505050613231565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f818152600c602052604090205465ffffffffffff161580156132c457506132c481612fd0565b15610bad575f6132db600b5465ffffffffffff1690565b6132e3611434565b6132ed9190614727565b90506132f88261155d565b8165ffffffffffff1611156133455760405165ffffffffffff8216815282907f541f725fb9f7c98a30cc9c0ff32fbb14358cd7159c847a3aa20a2bdc442ba5119060200160405180910390a25b5f918252600c6020526040909120805465ffffffffffff191665ffffffffffff92909216919091179055565b5f6001821161337e575090565b816001600160801b82106133975760809190911c9060401b5b6801000000000000000082106133b25760409190911c9060201b5b64010000000082106133c95760209190911c9060101b5b6201000082106133de5760109190911c9060081b5b61010082106133f25760089190911c9060041b5b601082106134055760049190911c9060021b5b600482106134115760011b5b600302600190811c9081858161342957613429614634565b048201901c9050600181858161344157613441614634565b048201901c9050600181858161345957613459614634565b048201901c9050600181858161347157613471614634565b048201901c9050600181858161348957613489614634565b048201901c905060018185816134a1576134a1614634565b048201901c90506134c08185816134ba576134ba614634565b04821190565b90039392505050565b5f5b81831015613517575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561350357809250613511565b61350e8160016142ee565b93505b506134cb565b509392505050565b5f80848161352e8660016142ee565b85118015613556575061060f60f31b61354a8388016020015190565b6001600160f01b031916145b90505f6135668215156002614710565b90505f80613574838a6142ee565b90505b878110156135cf575f6135956135908784016020015190565b61381f565b9050600f8160ff1611156135b4575f5f97509750505050505050612d8a565b6135bf601084614710565b60ff909116019150600101613577565b506001999098509650505050505050565b5f60ff8216601f811115610b9657604051632cd44ac360e21b815260040160405180910390fd5b82545f90819080156136fd575f613623876121dc600185614621565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561366657604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361369f57825465ffffffffffff16600160301b6001600160d01b038916021783556136ef565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b9450859350612d8a92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612d8a565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561379057505f91506003905082613815565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156137e1573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661380c57505f925060019150829050613815565b92505f91508190505b9450945094915050565b5f60f882901c602f811180156138385750603a8160ff16105b1561384657602f1901610b96565b60608160ff1611801561385c575060678160ff16105b1561386a5760561901610b96565b60408160ff16118015613880575060478160ff16105b1561388e5760361901610b96565b5060ff92915050565b5f602082840312156138a7575f5ffd5b81356001600160e01b0319811681146114ca575f5ffd5b5f602082840312156138ce575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6114ca60208301846138d5565b6001600160a01b0381168114610bad575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561396557613965613929565b604052919050565b5f6001600160401b0382111561398557613985613929565b50601f01601f191660200190565b5f6139a56139a08461396d565b61393d565b90508281528383830111156139b8575f5ffd5b828260208301375f602084830101529392505050565b5f82601f8301126139dd575f5ffd5b6114ca83833560208501613993565b5f5f5f5f608085870312156139ff575f5ffd5b8435613a0a81613915565b93506020850135613a1a81613915565b92506040850135915060608501356001600160401b03811115613a3b575f5ffd5b613a47878288016139ce565b91505092959194509250565b5f6001600160401b03821115613a6b57613a6b613929565b5060051b60200190565b5f82601f830112613a84575f5ffd5b8135613a926139a082613a53565b8082825260208201915060208360051b860101925085831115613ab3575f5ffd5b602085015b83811015612932578035613acb81613915565b835260209283019201613ab8565b5f82601f830112613ae8575f5ffd5b8135613af66139a082613a53565b8082825260208201915060208360051b860101925085831115613b17575f5ffd5b602085015b83811015612932578035835260209283019201613b1c565b5f82601f830112613b43575f5ffd5b8135613b516139a082613a53565b8082825260208201915060208360051b860101925085831115613b72575f5ffd5b602085015b838110156129325780356001600160401b03811115613b94575f5ffd5b613ba3886020838a01016139ce565b84525060209283019201613b77565b5f5f5f5f60808587031215613bc5575f5ffd5b84356001600160401b03811115613bda575f5ffd5b613be687828801613a75565b94505060208501356001600160401b03811115613c01575f5ffd5b613c0d87828801613ad9565b93505060408501356001600160401b03811115613c28575f5ffd5b613c3487828801613b34565b949793965093946060013593505050565b65ffffffffffff81168114610bad575f5ffd5b5f60208284031215613c68575f5ffd5b81356114ca81613c45565b634e487b7160e01b5f52602160045260245ffd5b60088110613ca357634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610b968284613c87565b5f5f60408385031215613cc6575f5ffd5b823591506020830135613cd881613915565b809150509250929050565b803560ff81168114611121575f5ffd5b5f5f60408385031215613d04575f5ffd5b82359150613d1460208401613ce3565b90509250929050565b5f5f83601f840112613d2d575f5ffd5b5081356001600160401b03811115613d43575f5ffd5b602083019150836020828501011115613d5a575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215613d77575f5ffd5b87359650613d8760208901613ce3565b95506040880135613d9781613915565b945060608801356001600160401b03811115613db1575f5ffd5b613dbd8a828b01613d1d565b90955093505060808801356001600160401b03811115613ddb575f5ffd5b613de78a828b016139ce565b92505060a08801356001600160401b03811115613e02575f5ffd5b613e0e8a828b016139ce565b91505092959891949750929550565b5f5f5f5f5f60808688031215613e31575f5ffd5b85359450613e4160208701613ce3565b935060408601356001600160401b03811115613e5b575f5ffd5b613e6788828901613d1d565b90945092505060608601356001600160401b03811115613e85575f5ffd5b613e91888289016139ce565b9150509295509295909350565b5f5f5f5f60608587031215613eb1575f5ffd5b84359350613ec160208601613ce3565b925060408501356001600160401b03811115613edb575f5ffd5b613ee787828801613d1d565b95989497509550505050565b5f5f5f5f60808587031215613f06575f5ffd5b84356001600160401b03811115613f1b575f5ffd5b613f2787828801613a75565b94505060208501356001600160401b03811115613f42575f5ffd5b613f4e87828801613ad9565b93505060408501356001600160401b03811115613f69575f5ffd5b613f7587828801613b34565b92505060608501356001600160401b03811115613f90575f5ffd5b8501601f81018713613fa0575f5ffd5b613a4787823560208401613993565b5f60208284031215613fbf575f5ffd5b81356114ca81613915565b5f8151808452602084019350602083015f5b82811015613ffa578151865260209586019590910190600101613fdc565b5093949350505050565b60ff60f81b8816815260e060208201525f61402260e08301896138d5565b828103604084015261403481896138d5565b606084018890526001600160a01b038716608085015260a0840186905283810360c085015290506140658185613fca565b9a9950505050505050505050565b5f5f5f5f60808587031215614086575f5ffd5b8435935061409660208601613ce3565b925060408501356140a681613915565b915060608501356001600160401b03811115613a3b575f5ffd5b5f5f5f606084860312156140d2575f5ffd5b83356140dd81613915565b92506020840135915060408401356001600160401b038111156140fe575f5ffd5b61410a868287016139ce565b9150509250925092565b5f5f5f5f5f60a08688031215614128575f5ffd5b853561413381613915565b9450602086013561414381613915565b935060408601356001600160401b0381111561415d575f5ffd5b61416988828901613ad9565b93505060608601356001600160401b03811115614184575f5ffd5b61419088828901613ad9565b92505060808601356001600160401b03811115613e85575f5ffd5b5f5f5f5f606085870312156141be575f5ffd5b84356141c981613915565b93506020850135925060408501356001600160401b03811115613edb575f5ffd5b5f602082840312156141fa575f5ffd5b813563ffffffff811681146114ca575f5ffd5b5f5f6040838503121561421e575f5ffd5b823561422981613915565b946020939093013593505050565b5f5f5f5f5f60a0868803121561424b575f5ffd5b853561425681613915565b9450602086013561426681613915565b9350604086013592506060860135915060808601356001600160401b03811115613e85575f5ffd5b600181811c908216806142a257607f821691505b6020821081036142c057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610b9657610b966142da565b5f60208284031215614311575f5ffd5b81516001600160401b03811115614326575f5ffd5b8201601f81018413614336575f5ffd5b80516143446139a08261396d565b818152856020838501011115614358575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b65ffffffffffff8281168282160390811115610b9657610b966142da565b5f602082840312156143a3575f5ffd5b81516114ca81613c45565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613ffa5781516001600160a01b03168652602095860195909101906001016143cf565b5f82825180855260208501945060208160051b830101602085015f5b83811015610d7957601f1985840301885261442e8383516138d5565b6020988901989093509190910190600101614412565b608081525f61445660808301876143bd565b82810360208401526144688187613fca565b9050828103604084015261447c81866143f6565b91505082606083015295945050505050565b5f6020828403121561449e575f5ffd5b5051919050565b838152606081016144b96020830185613c87565b826040830152949350505050565b5f602082840312156144d7575f5ffd5b815180151581146114ca575f5ffd5b84815260ff84166020820152826040820152608060608201525f6112da60808301846138d5565b85815260ff8516602082015283604082015260a060608201525f61453460a08301856138d5565b828103608084015261122381856138d5565b8981526001600160a01b0389166020820152610120604082018190525f906145709083018a6143bd565b8281036060840152614582818a613fca565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b838110156145d957601f198684030185526145c38383516138d5565b60209586019590935091909101906001016145a7565b505085810360a08701526145ed818b6143f6565b93505050508560c08401528460e084015282810361010084015261461181856138d5565b9c9b505050505050505050505050565b81810381811115610b9657610b966142da565b634e487b7160e01b5f52601260045260245ffd5b606081525f61465a60608301866138d5565b60208301949094525060400152919050565b60a081525f61467e60a08301886143bd565b82810360208401526146908188613fca565b905082810360408401526146a481876143f6565b60608401959095525050608001529392505050565b60c081525f6146cb60c08301896143bd565b82810360208401526146dd8189613fca565b905082810360408401526146f181886143f6565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610b9657610b966142da565b65ffffffffffff8181168382160190811115610b9657610b966142da565b60ff8181168382160190811115610b9657610b966142da565b6001815b6001841115612d8a5780850481111561477d5761477d6142da565b600184161561478b57908102905b60019390931c928002614762565b5f826147a757506001610b96565b816147b357505f610b96565b81600181146147c957600281146147d3576147ef565b6001915050610b96565b60ff8411156147e4576147e46142da565b50506001821b610b96565b5060208310610133831016604e8410600b8410161715614812575081810a610b96565b61481e5f19848461475e565b805f1904821115614831576148316142da565b029392505050565b5f6114ca60ff84168361479956fea164736f6c634300081c000a60a060405234801561000f575f5ffd5b50604051611f04380380611f0483398101604081905261002e91610305565b8261003882610202565b61004183610202565b5f61004c813061025c565b506001600160a01b03811615610068576100665f8261025c565b505b5f5b83518110156100fc576100bc7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc18583815181106100a9576100a9610347565b602002602001015161025c60201b60201c565b506100f37ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7838583815181106100a9576100a9610347565b5060010161006a565b505f5b82518110156101475761013e7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e638483815181106100a9576100a9610347565b506001016100ff565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150505050610e108310156101bd57604051632b51f98b60e21b815260048101849052610e1060248201526044015b60405180910390fd5b8115806101cd57506301e1338082115b156101f85760405163022a09bf60e11b8152600481018390526301e1338060248201526044016101b4565b506080525061035b565b6040805160018082528183019092526060916020808301908036833701905050905081815f8151811061023757610237610347565b60200260200101906001600160a01b031690816001600160a01b031681525050919050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102fc575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102b43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102ff565b505f5b92915050565b5f5f5f60608486031215610317575f5ffd5b83516020850151604086015191945092506001600160a01b038116811461033c575f5ffd5b809150509250925092565b634e487b7160e01b5f52603260045260245ffd5b608051611b836103815f395f81816102ef01528181610b130152610da90152611b835ff3fe6080604052600436106101de575f3560e01c80638f2a0bb0116100fd578063bc197c8111610092578063d547741f11610062578063d547741f146105dc578063e38335e5146105fb578063f23a6e611461060e578063f27a0c9214610639575f5ffd5b8063bc197c8114610550578063c2ca64ef1461057b578063c4d252f514610592578063d45c4435146105b1575f5ffd5b80639f81aed7116100cd5780639f81aed7146104d6578063a217fddf146104eb578063b08e51c0146104fe578063b1c5f42714610531575f5ffd5b80638f2a0bb0146104465780638f61f4f51461046557806391d148541461049857806393988770146104b7575f5ffd5b80632ab0f52911610173578063584b153e11610143578063584b153e146103bd57806364d62353146103dc5780637958004c146103fb5780638065657f14610427575f5ffd5b80632ab0f529146103415780632f2ff15d1461036057806331d507501461037f57806336568abe1461039e575f5ffd5b806313bc9f20116101ae57806313bc9f201461027f578063150b7a021461029e57806317c5993a146102e1578063248a9ca314610313575f5ffd5b806301d5062a146101e957806301ffc9a71461020a57806307bd02651461023e578063134008d31461026c575f5ffd5b366101e557005b5f5ffd5b3480156101f4575f5ffd5b50610208610203366004611359565b61064d565b005b348015610215575f5ffd5b506102296102243660046113c7565b610721565b60405190151581526020015b60405180910390f35b348015610249575f5ffd5b5061025e5f516020611b575f395f51905f5281565b604051908152602001610235565b61020861027a3660046113ee565b610731565b34801561028a575f5ffd5b50610229610299366004611454565b610784565b3480156102a9575f5ffd5b506102c86102b836600461151a565b630a85bd0160e11b949350505050565b6040516001600160e01b03199091168152602001610235565b3480156102ec575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061025e565b34801561031e575f5ffd5b5061025e61032d366004611454565b5f9081526020819052604090206001015490565b34801561034c575f5ffd5b5061022961035b366004611454565b6107a9565b34801561036b575f5ffd5b5061020861037a36600461157d565b6107b1565b34801561038a575f5ffd5b50610229610399366004611454565b6107db565b3480156103a9575f5ffd5b506102086103b836600461157d565b6107ff565b3480156103c8575f5ffd5b506102296103d7366004611454565b610837565b3480156103e7575f5ffd5b506102086103f6366004611454565b61087c565b348015610406575f5ffd5b5061041a610415366004611454565b6108bb565b60405161023591906115bb565b348015610432575f5ffd5b5061025e6104413660046113ee565b610903565b348015610451575f5ffd5b50610208610460366004611621565b610941565b348015610470575f5ffd5b5061025e7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b3480156104a3575f5ffd5b506102296104b236600461157d565b610acd565b3480156104c2575f5ffd5b506102296104d1366004611454565b610af5565b3480156104e1575f5ffd5b5061025e610e1081565b3480156104f6575f5ffd5b5061025e5f81565b348015610509575f5ffd5b5061025e7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b34801561053c575f5ffd5b5061025e61054b3660046116d3565b610b41565b34801561055b575f5ffd5b506102c861056a3660046117fc565b63bc197c8160e01b95945050505050565b348015610586575f5ffd5b5061025e6301e1338081565b34801561059d575f5ffd5b506102086105ac366004611454565b610b85565b3480156105bc575f5ffd5b5061025e6105cb366004611454565b5f9081526001602052604090205490565b3480156105e7575f5ffd5b506102086105f636600461157d565b610c2f565b6102086106093660046116d3565b610c53565b348015610619575f5ffd5b506102c86106283660046118a8565b63f23a6e6160e01b95945050505050565b348015610644575f5ffd5b5060025461025e565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161067781610c9c565b5f610686898989898989610903565b90506106928184610ca6565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516106cd96959493929190611923565b60405180910390a3831561071657807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161070d91815260200190565b60405180910390a25b505050505050505050565b5f61072b82610d37565b92915050565b5f516020611b575f395f51905f52610749815f610acd565b610757576107578133610d5b565b61076d610768888888888888610903565b610d98565b61077b878787878787610e08565b50505050505050565b5f60025b610791836108bb565b60038111156107a2576107a26115a7565b1492915050565b5f6003610788565b5f828152602081905260409020600101546107cb81610c9c565b6107d58383610ea7565b50505050565b5f806107e6836108bb565b60038111156107f7576107f76115a7565b141592915050565b6001600160a01b03811633146108285760405163334bd91960e11b815260040160405180910390fd5b6108328282610f36565b505050565b5f5f610842836108bb565b90506001816003811115610858576108586115a7565b148061087557506002816003811115610873576108736115a7565b145b9392505050565b610e108110156108af57604051632b51f98b60e21b815260048101829052610e1060248201526044015b60405180910390fd5b6108b881610f9f565b50565b5f81815260016020526040812054805f036108d857505f92915050565b600181036108e95750600392915050565b428111156108fa5750600192915050565b50600292915050565b5f86868686868660405160200161091f96959493929190611923565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161096b81610c9c565b888714158061097a5750888514155b156109ac576040516001624fcdef60e01b03198152600481018a905260248101869052604481018890526064016108a6565b5f6109bd8b8b8b8b8b8b8b8b610b41565b90506109c98184610ca6565b5f5b8a811015610a7e5780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610a0857610a0861195f565b9050602002016020810190610a1d9190611973565b8d8d86818110610a2f57610a2f61195f565b905060200201358c8c87818110610a4857610a4861195f565b9050602002810190610a5a919061198c565b8c8b604051610a6e96959493929190611923565b60405180910390a36001016109cb565b508315610ac057807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610ab791815260200190565b60405180910390a25b5050505050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f818152600160205260408120546001811180156108755750610b387f0000000000000000000000000000000000000000000000000000000000000000826119ce565b42119392505050565b5f8888888888888888604051602001610b61989796959493929190611a81565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610baf81610c9c565b610bb882610837565b610bf45781610bc7600261100d565b610bd1600161100d565b604051635ead8eb560e01b815260048101939093521760248201526044016108a6565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610c4981610c9c565b6107d58383610f36565b5f516020611b575f395f51905f52610c6b815f610acd565b610c7957610c798133610d5b565b610c8c6107688a8a8a8a8a8a8a8a610b41565b610716898989898989898961102f565b6108b88133610d5b565b610caf826107db565b15610ce05781610cbe5f61100d565b604051635ead8eb560e01b8152600481019290925260248201526044016108a6565b5f610cea60025490565b905080821015610d1757604051635433660960e01b815260048101839052602481018290526044016108a6565b610d2182426119ce565b5f93845260016020526040909320929092555050565b5f6001600160e01b03198216630271189760e51b148061072b575061072b8261119d565b610d658282610acd565b610d945760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108a6565b5050565b610da181610af5565b156108b857807f0000000000000000000000000000000000000000000000000000000000000000610ddd835f9081526001602052604090205490565b610de791906119ce565b604051625a3c8160e81b8152600481019290925260248201526044016108a6565b5f516020611b575f395f51905f52610e20815f610acd565b610e2e57610e2e8133610d5b565b5f610e3d888888888888610903565b9050610e4981856111d1565b610e558888888861121f565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a604051610e8c9493929190611b20565b60405180910390a3610e9d8161128a565b5050505050505050565b5f610eb28383610acd565b610f2f575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610ee73390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161072b565b505f61072b565b5f610f418383610acd565b15610f2f575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161072b565b33308114610fcb5760405163e2850c5960e01b81526001600160a01b03821660048201526024016108a6565b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f816003811115611020576110206115a7565b600160ff919091161b92915050565b5f516020611b575f395f51905f52611047815f610acd565b611055576110558133610d5b565b87861415806110645750878414155b15611096576040516001624fcdef60e01b031981526004810189905260248101859052604481018790526064016108a6565b5f6110a78a8a8a8a8a8a8a8a610b41565b90506110b381856111d1565b5f5b89811015611187575f8b8b838181106110d0576110d061195f565b90506020020160208101906110e59190611973565b90505f8a8a848181106110fa576110fa61195f565b905060200201359050365f8a8a868181106111175761111761195f565b9050602002810190611129919061198c565b915091506111398484848461121f565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b58868686866040516111709493929190611b20565b60405180910390a3505050508060010190506110b5565b506111918161128a565b50505050505050505050565b5f6001600160e01b03198216637965db0b60e01b148061072b57506301ffc9a760e01b6001600160e01b031983161461072b565b6111da82610784565b6111e95781610cbe600261100d565b80158015906111fe57506111fc816107a9565b155b15610d945760405163121534c360e31b8152600481018290526024016108a6565b5f5f856001600160a01b031685858560405161123c929190611b47565b5f6040518083038185875af1925050503d805f8114611276576040519150601f19603f3d011682016040523d82523d5f602084013e61127b565b606091505b509150915061077b82826112b5565b61129381610784565b6112a25780610cbe600261100d565b5f90815260016020819052604090912055565b606082156112c457508061072b565b8151156112d9576112d4826112f2565b61072b565b60405163d6bda27560e01b815260040160405180910390fd5b805160208201fd5b80356001600160a01b0381168114611310575f5ffd5b919050565b5f5f83601f840112611325575f5ffd5b5081356001600160401b0381111561133b575f5ffd5b602083019150836020828501011115611352575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a03121561136f575f5ffd5b611378886112fa565b96506020880135955060408801356001600160401b03811115611399575f5ffd5b6113a58a828b01611315565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f602082840312156113d7575f5ffd5b81356001600160e01b031981168114610875575f5ffd5b5f5f5f5f5f5f60a08789031215611403575f5ffd5b61140c876112fa565b95506020870135945060408701356001600160401b0381111561142d575f5ffd5b61143989828a01611315565b979a9699509760608101359660809091013595509350505050565b5f60208284031215611464575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156114a7576114a761146b565b604052919050565b5f82601f8301126114be575f5ffd5b81356001600160401b038111156114d7576114d761146b565b6114ea601f8201601f191660200161147f565b8181528460208386010111156114fe575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f6080858703121561152d575f5ffd5b611536856112fa565b9350611544602086016112fa565b92506040850135915060608501356001600160401b03811115611565575f5ffd5b611571878288016114af565b91505092959194509250565b5f5f6040838503121561158e575f5ffd5b8235915061159e602084016112fa565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b60208101600483106115db57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f8401126115f1575f5ffd5b5081356001600160401b03811115611607575f5ffd5b6020830191508360208260051b8501011115611352575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611639575f5ffd5b89356001600160401b0381111561164e575f5ffd5b61165a8c828d016115e1565b909a5098505060208a01356001600160401b03811115611678575f5ffd5b6116848c828d016115e1565b90985096505060408a01356001600160401b038111156116a2575f5ffd5b6116ae8c828d016115e1565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b0312156116ea575f5ffd5b88356001600160401b038111156116ff575f5ffd5b61170b8b828c016115e1565b90995097505060208901356001600160401b03811115611729575f5ffd5b6117358b828c016115e1565b90975095505060408901356001600160401b03811115611753575f5ffd5b61175f8b828c016115e1565b999c989b509699959896976060870135966080013595509350505050565b5f82601f83011261178c575f5ffd5b81356001600160401b038111156117a5576117a561146b565b8060051b6117b56020820161147f565b918252602081850181019290810190868411156117d0575f5ffd5b6020860192505b838310156117f25782358252602092830192909101906117d7565b9695505050505050565b5f5f5f5f5f60a08688031215611810575f5ffd5b611819866112fa565b9450611827602087016112fa565b935060408601356001600160401b03811115611841575f5ffd5b61184d8882890161177d565b93505060608601356001600160401b03811115611868575f5ffd5b6118748882890161177d565b92505060808601356001600160401b0381111561188f575f5ffd5b61189b888289016114af565b9150509295509295909350565b5f5f5f5f5f60a086880312156118bc575f5ffd5b6118c5866112fa565b94506118d3602087016112fa565b9350604086013592506060860135915060808601356001600160401b0381111561188f575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b038716815285602082015260a060408201525f61194a60a0830186886118fb565b60608301949094525060800152949350505050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611983575f5ffd5b610875826112fa565b5f5f8335601e198436030181126119a1575f5ffd5b8301803591506001600160401b038211156119ba575f5ffd5b602001915036819003821315611352575f5ffd5b8082018082111561072b57634e487b7160e01b5f52601160045260245ffd5b5f8383855260208501945060208460051b820101835f5b86811015611a7557838303601f19018852813536879003601e19018112611a29575f5ffd5b86016020810190356001600160401b03811115611a44575f5ffd5b803603821315611a52575f5ffd5b611a5d8582846118fb565b60209a8b019a90955093909301925050600101611a04565b50909695505050505050565b60a080825281018890525f8960c08301825b8b811015611ac1576001600160a01b03611aac846112fa565b16825260209283019290910190600101611a93565b5083810360208501528881526001600160fb1b03891115611ae0575f5ffd5b8860051b9150818a60208301370182810360209081016040850152611b0890820187896119ed565b60608401959095525050608001529695505050505050565b60018060a01b0385168152836020820152606060408201525f6117f26060830184866118fb565b818382375f910190815291905056fed8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63a164736f6c634300081c000a' as const
/** Creation bytecode of contracts/kms/LocalKms.sol:LocalKms. */
export const localKmsBytecode =
  '0x6080604052348015600e575f5ffd5b50604051611210380380611210833981016040819052602b9160b4565b806001600160a01b038116605857604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b605f816065565b505060df565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6020828403121560c3575f5ffd5b81516001600160a01b038116811460d8575f5ffd5b9392505050565b611124806100ec5f395ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c80634d5922a1116100b45780639a4e1d18116100795780639a4e1d181461028d5780639e6f3114146102af578063a6c4cce9146102c2578063e067ec9d146102ed578063f2fde38b14610300578063f6fe4f4014610313575f5ffd5b80634d5922a11461023a578063715018a61461024d5780638da5cb5b146102555780639425bac61461026557806395f5193114610278575f5ffd5b806325a992da116100fa57806325a992da146101c95780632adee48d146101ee5780633971db27146102015780633ceaaa11146102145780633e32d34614610227575f5ffd5b806301ffc9a71461013657806306a3ae961461015e57806313eb97701461017357806317a1d80f146101955780631e079198146101a8575b5f5ffd5b610149610144366004610adb565b610335565b60405190151581526020015b60405180910390f35b61017161016c366004610b09565b61036b565b005b610149610181366004610b09565b5f9081526004602052604090205460ff1690565b6101716101a3366004610b3b565b6103c8565b6101bb6101b6366004610b54565b610443565b604051610155929190610bba565b6006546001600160a01b03165b6040516001600160a01b039091168152602001610155565b6101716101fc366004610b09565b6105bb565b61017161020f366004610bdc565b61060a565b610171610222366004610b3b565b61065d565b610171610235366004610b09565b6106b3565b610171610248366004610b09565b610705565b610171610757565b5f546001600160a01b03166101d6565b610171610273366004610b09565b61076a565b6102806107b9565b6040516101559190610c4a565b61014961029b366004610b09565b5f9081526002602052604090205460ff1690565b6101716102bd366004610b09565b610849565b6101496102d0366004610b3b565b6001600160a01b03165f9081526001602052604090205460ff1690565b6101bb6102fb366004610b54565b610898565b61017161030e366004610b3b565b610a1e565b610149610321366004610b09565b5f9081526003602052604090205460ff1690565b5f6001600160e01b031982166303c0f23360e31b148061036557506301ffc9a760e01b6001600160e01b03198316145b92915050565b610373610a60565b5f8181526002602052604090819020805460ff19166001179055517f4911843506849c85a5ca6e6e2c01eed2d3ab86baba619517a2aad9d5ab2aeff2906103bd9083815260200190565b60405180910390a150565b6001600160a01b0381166103ef57604051631112a24160e01b815260040160405180910390fd5b6001600160a01b0381165f81815260016020818152604092839020805460ff191690921790915590519182527f0d540ad8f39e07d19909687352b9fa017405d93c91a6760981fbae9cf28bfef791016103bd565b5f60606001826104566020860186610b3b565b6001600160a01b0316815260208101919091526040015f205460ff166104a8575050604080518082019091526012815271105c1c081b9bdd081c9959da5cdd195c995960721b60208201525f92909150565b60c08301355f9081526002602052604090205460ff166104f957505060408051808201909152601781527613d4c81a5b5859d9481a5cc81b9bdd08185b1b1bddd959604a1b60208201525f92909150565b6105066020840184610b3b565b6001600160a01b03163b5f03610539575f6040518060600160405280602381526020016110f56023913991509150915091565b6105466020840184610b3b565b6001600160a01b0316631e079198846040518263ffffffff1660e01b81526004016105719190610d73565b5f60405180830381865afa15801561058b573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526105b29190810190610e5d565b91509150915091565b6105c3610a60565b5f8181526003602052604090819020805460ff19169055517f54cd662e41eec7ddf0f32f034b2533e481b471dd3ea978222d609ec8fffb1bb0906103bd9083815260200190565b610612610a60565b600561061f828483610fac565b507f5b2b64f770ea5266055ebd3ebf205ef06cbfa738e62684edf0e28356e34acf068282604051610651929190611066565b60405180910390a15050565b610665610a60565b600680546001600160a01b0319166001600160a01b0383169081179091556040519081527f08bb433f12b5fd81d2d5e0deeb3b4d28371781ddbd80e9d053e7468d2b1aa82d906020016103bd565b6106bb610a60565b5f8181526003602052604090819020805460ff19166001179055517f68615a0b92795750b3d180ff73429e1291d225e449eee954a567b91104fd9837906103bd9083815260200190565b61070d610a60565b5f8181526004602052604090819020805460ff19166001179055517ff2b290637b1193e12eb38ab32b986303639b1687cc2cd1e25f993e6eae2f4041906103bd9083815260200190565b61075f610a60565b6107685f610a8c565b565b610772610a60565b5f8181526002602052604090819020805460ff19169055517f99b3cee95daf3138d0c982299cd0264f5b7a61aa629b42b92f3ec8966aa7f6fe906103bd9083815260200190565b6060600580546107c890610f28565b80601f01602080910402602001604051908101604052809291908181526020018280546107f490610f28565b801561083f5780601f106108165761010080835404028352916020019161083f565b820191905f5260205f20905b81548152906001019060200180831161082257829003601f168201915b5050505050905090565b610851610a60565b5f8181526004602052604090819020805460ff19169055517f1a9888a45e3df8b7e6bb3090747d598d2a0d78e61388161a90799f54df8f4434906103bd9083815260200190565b5f60607f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c6108c960e0850185611079565b6040516108d79291906110bc565b60405180910390201461092157505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b60c08301355f9081526002602052604090205460ff1661097257505060408051808201909152601781527613d4c81a5b5859d9481a5cc81b9bdd08185b1b1bddd959604a1b60208201525f92909150565b60808301355f9081526003602052604090205460ff166109c957505060408051808201909152601981527f41676772656761746564204d52206e6f7420616c6c6f7765640000000000000060208201525f92909150565b60608301355f9081526004602052604090205460ff16610a06575f6040518060600160405280602981526020016110cc6029913991509150915091565b505060408051602081019091525f8152600192909150565b610a26610a60565b6001600160a01b038116610a5457604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610a5d81610a8c565b50565b5f546001600160a01b031633146107685760405163118cdaa760e01b8152336004820152602401610a4b565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f60208284031215610aeb575f5ffd5b81356001600160e01b031981168114610b02575f5ffd5b9392505050565b5f60208284031215610b19575f5ffd5b5035919050565b80356001600160a01b0381168114610b36575f5ffd5b919050565b5f60208284031215610b4b575f5ffd5b610b0282610b20565b5f60208284031215610b64575f5ffd5b813567ffffffffffffffff811115610b7a575f5ffd5b82016101208185031215610b02575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f610bd46040830184610b8c565b949350505050565b5f5f60208385031215610bed575f5ffd5b823567ffffffffffffffff811115610c03575f5ffd5b8301601f81018513610c13575f5ffd5b803567ffffffffffffffff811115610c29575f5ffd5b856020828401011115610c3a575f5ffd5b6020919091019590945092505050565b602081525f610b026020830184610b8c565b5f5f8335601e19843603018112610c71575f5ffd5b830160208101925035905067ffffffffffffffff811115610c90575f5ffd5b803603821315610c9e575f5ffd5b9250929050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112610ce2575f5ffd5b830160208101925035905067ffffffffffffffff811115610d01575f5ffd5b8060051b3603821315610c9e575f5ffd5b5f8383855260208501945060208460051b820101835f5b86811015610d6757838303601f19018852610d448287610c5c565b610d4f858284610ca5565b60209a8b019a90955093909301925050600101610d29565b50909695505050505050565b60208152610d9460208201610d8784610b20565b6001600160a01b03169052565b5f5f6020840135905080604084015250610db060408401610b20565b6001600160a01b038116606084015250606083013560808381019190915283013560a08084019190915283013560c08084019190915283013560e080840191909152610dfe90840184610c5c565b610120610100850152610e1661014085018284610ca5565b915050610e27610100850185610ccd565b848303601f1901610120860152610e3f838284610d12565b9695505050505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215610e6e575f5ffd5b82518015158114610e7d575f5ffd5b602084015190925067ffffffffffffffff811115610e99575f5ffd5b8301601f81018513610ea9575f5ffd5b805167ffffffffffffffff811115610ec357610ec3610e49565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610ef257610ef2610e49565b604052818152828201602001871015610f09575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b600181811c90821680610f3c57607f821691505b602082108103610f5a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610fa757805f5260205f20601f840160051c81016020851015610f855750805b601f840160051c820191505b81811015610fa4575f8155600101610f91565b50505b505050565b67ffffffffffffffff831115610fc457610fc4610e49565b610fd883610fd28354610f28565b83610f60565b5f601f841160018114611009575f8515610ff25750838201355b5f19600387901b1c1916600186901b178355610fa4565b5f83815260208120601f198716915b828110156110385786850135825560209485019460019092019101611018565b5086821015611054575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b602081525f610bd4602083018486610ca5565b5f5f8335601e1984360301811261108e575f5ffd5b83018035915067ffffffffffffffff8211156110a8575f5ffd5b602001915036819003821315610c9e575f5ffd5b818382375f910190815291905056fe4b4d53206973206e6f7420616c6c6f77656420746f20626f6f74206f6e207468697320646576696365417070206e6f74206465706c6f796564206f7220696e76616c69642061646472657373a164736f6c634300081c000a' as const
/** Creation bytecode of contracts/MultisigAppAuth.sol:MultisigAppAuth. */
export const multisigAppAuthBytecode =
  '0x6101a0604052348015610010575f5ffd5b5060405161425238038061425283398101604081905261002f91610886565b85856040518060400160405280600f81526020016e417070417574684d756c746973696760881b815250604051806040016040528060018152602001603160f81b815250878787875f5b8151518110156100b6576100ae825f0151828151811061009b5761009b61097b565b60200260200101516103eb60201b60201c565b600101610079565b505f5b8160200151518110156100fa576100f2826020015182815181106100df576100df61097b565b602002602001015161045e60201b60201c565b6001016100b9565b5080604001511561010f5761010f60016104c6565b806060015115610123576101236001610507565b5081158061013457506312cc030082115b1561016b5760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061017c57506312cc030083115b156101ae5760405163410c09b760e11b815260048101849052602481018390526312cc03006044820152606401610162565b8015806101be57506301e1338081115b156101df576040516358456f7360e01b815260048101829052602401610162565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506102398261055060201b60201c565b6101605261024681610550565b61018052815160208084019190912061012052815190820120610140524660e0526102d46101205161014051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60c0525050306101005281516020101561030e578151604051637d465d6f60e11b8152600481019190915260206024820152604401610162565b5f5b82518110156103c3575f83828151811061032c5761032c61097b565b602002602001015190505f6001600160a01b0316816001600160a01b0316148061035e57506001600160a01b03811630145b8061038857506001600160a01b0381165f908152600a60205260409020546001600160801b031615155b156103b157604051630ef5ef5160e11b81526001600160a01b0382166004820152602401610162565b6103ba8161058d565b50600101610310565b506103d581835161067460201b60201c565b6103de816106ac565b5050505050505050610a21565b8061040957604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906104539083815260200190565b60405180910390a150565b8061047c57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b9101610453565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a2090602001610453565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061045390831515815260200190565b5f5f829050601f8151111561057a578260405163305a27a960e01b8152600401610162919061098f565b8051610585826109c4565b179392505050565b600980546001810182557f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af0180546001600160a01b0319166001600160a01b0384169081179091555f908152600a60205260409020905481546001600160801b0319166001600160801b0391821617808355829160109161061691600160801b909104166109ea565b91906101000a8154816001600160801b0302191690836001600160801b03160217905550816001600160a01b03167f47d1c22a25bb3a5d4e481b9b1e6944c2eade3181a0a20b495ed61d35b5323f2460405160405180910390a25050565b81158061068057508082115b156106a857604051637c81aeab60e11b81526004810183905260248101829052604401610162565b5050565b600b80549082905560408051828152602081018490527f3164947cf0f49f08dd0cd80e671535b1e11590d347c55dcaa97ba3c24a96b33a910160405180910390a15050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561072d5761072d6106f1565b604052919050565b5f6001600160401b0382111561074d5761074d6106f1565b5060051b60200190565b5f82601f830112610766575f5ffd5b815161077961077482610735565b610705565b8082825260208201915060208360051b86010192508583111561079a575f5ffd5b602085015b838110156107b757805183526020928301920161079f565b5095945050505050565b805180151581146107d0575f5ffd5b919050565b5f608082840312156107e5575f5ffd5b604051608081016001600160401b0381118282101715610807576108076106f1565b604052825190915081906001600160401b03811115610824575f5ffd5b61083085828601610757565b82525060208301516001600160401b0381111561084b575f5ffd5b61085785828601610757565b602083015250610869604084016107c1565b604082015261087a606084016107c1565b60608201525092915050565b5f5f5f5f5f5f60c0878903121561089b575f5ffd5b86516001600160401b038111156108b0575f5ffd5b8701601f810189136108c0575f5ffd5b80516108ce61077482610735565b8082825260208201915060208360051b85010192508b8311156108ef575f5ffd5b6020840193505b828410156109255783516001600160a01b0381168114610914575f5ffd5b8252602093840193909101906108f6565b60208b015160408c015160608d015160808e015160a08f0151949d50929b5090995097509550925050506001600160401b03811115610962575f5ffd5b61096e89828a016107d5565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156109e4575f198160200360031b1b821691505b50919050565b5f6001600160801b0382166002600160801b03198101610a1857634e487b7160e01b5f52601160045260245ffd5b60010192915050565b60805160a05160c05160e05161010051610120516101405161016051610180516137b7610a9b5f395f61220001525f6121d001525f61244c01525f61242401525f61237f01525f6123a901525f6123d301525f81816105db015261194f01525f818161067a01528181612c1f0152612c5501526137b75ff3fe608060405234801561000f575f5ffd5b50600436106102cb575f3560e01c80635c695a071161017b5780639ced689f116100e4578063cd15a16c1161009e578063d56834a511610079578063d56834a5146106c4578063dc04e893146106d7578063dcade3d3146106ea578063f0f470cf146106fd575f5ffd5b8063cd15a16c14610678578063cd8d522b1461069e578063d5606db8146106b1575f5ffd5b80639ced689f146105c6578063a06db7dc146105d9578063a6e38615146105ff578063affed0e01461062e578063b501912614610636578063bf8b211b14610656575f5ffd5b806384b0196e1161013557806384b0196e1461056257806397357dd21461057d578063998aada814610590578063999c8705146105985780639b14d4c6146105ab5780639bdc86ff146105b3575f5ffd5b80635c695a07146104cd57806360d2f33d146104d557806367b3f22c146104fc57806372dd6dd31461050f5780637c9fb258146105225780637df73e271461054f575f5ffd5b80633d10feb71161023757806346f0975a116101f1578063535167b5116101cc578063535167b51461049457806359db6e851461049f57806359ecd657146104b25780635c40d7b2146104ba575f5ffd5b806346f0975a14610459578063471444211461046e5780634b28160b14610481575f5ffd5b80633d10feb7146103f75780634205f6fb1461040a57806342cde4e81461041d578063457b871314610425578063466196491461042d578063467fc1db14610438575f5ffd5b80632f6622e5116102885780632f6622e51461037157806333d4c80c146103935780633440a16a146103a6578063349a2529146103b157806336ed6828146103c457806337376ca8146103e4575f5ffd5b806301ffc9a7146102cf5780630aa58c83146102f75780631d266200146103075780631e0791981461031c5780631eee48891461033d57806328e7654f1461035e575b5f5ffd5b6102e26102dd366004612f71565b610705565b60405190151581526020015b60405180910390f35b600254610100900460ff166102e2565b61031a610315366004612f98565b61072f565b005b61032f61032a366004612faf565b610743565b6040516102ee929190613014565b61035061034b36600461302e565b6108ff565b6040519081526020016102ee565b61031a61036c366004612f98565b610929565b6102e261037f366004612f98565b5f9081526020819052604090205460ff1690565b6103506103a13660046130a8565b610937565b60025460ff166102e2565b6103506103bf36600461302e565b610993565b6103d76103d23660046130fd565b6109ee565b6040516102ee91906131a1565b61031a6103f2366004612f98565b610af1565b6103506104053660046131b3565b610b02565b61031a61041836600461302e565b610b30565b600b54610350565b610350600881565b6103506301e1338081565b61044b61044636600461302e565b610bc9565b6040516102ee929190613277565b610461610e60565b6040516102ee9190613317565b61031a61047c36600461302e565b610ec0565b61035061048f366004613362565b611051565b6103506312cc030081565b61031a6104ad366004612f98565b61109f565b610350602081565b61031a6104c8366004612f98565b6111e6565b61031a61124c565b6103507f0bf66ca5b19ff5ca518532a9f45f895df7bc74e56261d0b17115287e094f67b881565b61031a61050a366004612f98565b611298565b61031a61051d366004612f98565b6112a9565b610350610530366004612f98565b5f9081526004602052604090205461010090046001600160401b031690565b6102e261055d366004613381565b611336565b61056a61135b565b6040516102ee979695949392919061339a565b61035061058b366004613430565b61139d565b61031a6113f1565b6102e26105a6366004613477565b611413565b600354610350565b6103506105c1366004613430565b611427565b6103506105d43660046134a7565b611471565b7f0000000000000000000000000000000000000000000000000000000000000000610350565b61035061060d366004612f98565b5f90815260046020526040902054600160481b90046001600160401b031690565b600c54610350565b610649610644366004612f98565b6114bd565b6040516102ee91906134e5565b6102e2610664366004612f98565b5f9081526001602052604090205460ff1690565b7f0000000000000000000000000000000000000000000000000000000000000000610350565b6103506106ac366004613430565b611610565b6103506106bf366004613430565b61165c565b6103506106d23660046130a8565b6116a6565b6103506106e5366004612f98565b6116be565b6103506106f83660046134a7565b6116e6565b600554610350565b5f6001600160e01b03198216631e222fb760e11b1480610729575061072982611732565b92915050565b610737611756565b61074081611778565b50565b5f6060306107546020850185613381565b6001600160a01b03161461079157505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff1680156107ea57507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c6107d160e08501856134f7565b6040516107df929190613539565b604051809103902014155b1561082c57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff1661088357505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff161580156108a9575060608301355f9081526001602052604090205460ff16155b156108e057505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b6108f660408051602081019091525f8152600191565b91509150915091565b5f61092261090d8484610993565b604080515f81526020808201909252906117ca565b9392505050565b6107406104ad600183611051565b5f610940611756565b61098a600861094f8787610b02565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061189e92505050565b95945050505050565b604080517f0bf66ca5b19ff5ca518532a9f45f895df7bc74e56261d0b17115287e094f67b86020820152908101839052606081018290525f906109229060800160405160208183030381529060405280519060200120611b28565b600c54606090848114610a235760405163e4792fa160e01b815260048101869052602481018290526044015b60405180910390fd5b5f8787604051610a34929190613539565b604051809103902090505f610a498288610993565b9050610a56818787611b54565b610a61836001613570565b600c556040518281523390829089907f07accd75ddf946a725eb9f0eef9b431d96371a13ac787e42a03e95aba0b5de299060200160405180910390a48715610ae557610ae2308a8a8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611d2292505050565b93505b50505095945050505050565b610af9611756565b61074081611d2f565b5f826001600160a01b031660a0610b1884611dc6565b6bffffffffffffffffffffffff16901b179392505050565b5f610b3b8383610993565b9050610b478133611e02565b610b6d57604051635bee8be360e11b815233600482015260248101829052604401610a1a565b5f818152600d60209081526040808320338085529083528184209390935580518681529182018590528392917fac00fe14069965aa9594a0930f065afddcdcbf701a1ec97dc27a9c2b3317572e910160405180910390a3505050565b60055460609081905f81861015610bff57610be48683613583565b8511610bf957610bf48587613570565b610c01565b81610c01565b855b90505f610c0e8783613583565b9050806001600160401b03811115610c2857610c28613548565b604051908082528060200260200182016040528015610c51578160200160208202803683370190505b509450806001600160401b03811115610c6c57610c6c613548565b604051908082528060200260200182016040528015610ca557816020015b610c92612ede565b815260200190600190039081610c8a5790505b5093505f5b81811015610e55576005610cbe828a613570565b81548110610cce57610cce613596565b905f5260205f200154868281518110610ce957610ce9613596565b60200260200101818152505060045f878381518110610d0a57610d0a613596565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600c811115610d4c57610d4c6131db565b600c811115610d5d57610d5d6131db565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610db0906135aa565b80601f0160208091040260200160405190810160405280929190818152602001828054610ddc906135aa565b8015610e275780601f10610dfe57610100808354040283529160200191610e27565b820191905f5260205f20905b815481529060010190602001808311610e0a57829003601f168201915b505050505081525050858281518110610e4257610e42613596565b6020908102919091010152600101610caa565b505050509250929050565b60606009805480602002602001604051908101604052809291908181526020018280548015610eb657602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610e98575b5050505050905090565b335f908152600a602090815260408083208151808301909252546001600160801b03808216808452600160801b90920416928201929092529103610f1957604051633dfa147360e01b8152336004820152602401610a1a565b600c5480831015610f475760405163e4792fa160e01b81526004810184905260248101829052604401610a1a565b6008610f538285613583565b1115610f875782610f65600883613570565b60405163a143571560e01b815260048101929092526024820152604401610a1a565b5f610f928585610993565b6020808501515f838152600d8352604080822033835290935291909120549192506001600160801b03169003610fe45760405163283df93b60e01b815233600482015260248101829052604401610a1a565b6020838101515f838152600d8352604080822033808452908552918190206001600160801b039093169092558151888152928301879052839290917f07f7024ca4883db3d1644440d6ec0559ec3b038f1363580654ad73f996d03186910160405180910390a35050505050565b5f600183600c811115611066576110666131db565b1461109957828260405160200161107e9291906135dc565b60405160208183030381529060405280519060200120610922565b50919050565b5f81815260046020908152604080832060069092528220549091036110da57604051631e2ef17160e01b815260048101839052602401610a1a565b8054600160481b90046001600160401b031642101561112757805460405163afff056960e01b815260048101849052600160481b9091046001600160401b03166024820152604401610a1a565b8054600160881b90046001600160401b031642111561117457805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b03166024820152604401610a1a565b8054600182015460ff9091169061118a84611e88565b6111948282611f72565b81600c8111156111a6576111a66131db565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf1836040516111d891815260200190565b60405180910390a350505050565b6111ee611756565b6003548111158061120257506312cc030081115b15611243578060035460016112179190613570565b60405163410c09b760e11b8152600481019290925260248201526312cc03006044820152606401610a1a565b6107408161208f565b611254611756565b600254610100900460ff161561128c5760045b60405163415301b960e01b815260ff90911660048201525f6024820152604401610a1a565b61129660016120d5565b565b6112a0611756565b6107408161211e565b5f8181526006602052604081205490036112d957604051631e2ef17160e01b815260048101829052602401610a1a565b5f81815260046020526040902054600160881b90046001600160401b0316428110611329576040516315577c9160e31b8152600481018390526001600160401b0382166024820152604401610a1a565b61133282612162565b5050565b6001600160a01b03165f908152600a60205260409020546001600160801b0316151590565b5f6060805f5f5f606061136c6121c9565b6113746121f9565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6113a6611756565b6113e96005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061189e92505050565b949350505050565b6113f9611756565b60025460ff1661140a576003611267565b6112965f612224565b5f6113e96114218484610993565b85611e02565b5f611430611756565b6113e960018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061189e92505050565b5f61147a611756565b61092260035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061189e92505050565b6114c5612ede565b5f8281526006602052604081205490036114f557604051631e2ef17160e01b815260048101839052602401610a1a565b5f8281526004602052604090819020815160c081019092528054829060ff16600c811115611525576115256131db565b600c811115611536576115366131db565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191611589906135aa565b80601f01602080910402602001604051908101604052809291908181526020018280546115b5906135aa565b80156116005780601f106115d757610100808354040283529160200191611600565b820191905f5260205f20905b8154815290600101906020018083116115e357829003601f168201915b5050505050815250509050919050565b5f611619611756565b6113e96009855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061189e92505050565b5f611665611756565b6113e960028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061189e92505050565b5f6116af611756565b61098a600761094f8787610b02565b5f6116c7611756565b61072960018360405180602001604052805f81525061189e565b919050565b5f6116ef611756565b61092260045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061189e92505050565b5f6001600160e01b03198216631ed3f1f960e31b1480610729575061072982612265565b333014611296576040516381f1c9db60e01b8152336004820152602401610a1a565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906117bf9083815260200190565b60405180910390a150565b6009545f90815b81811080156117df57508383105b15611895575f600982815481106117f8576117f8613596565b5f918252602080832090910154898352600d825260408084206001600160a01b0390921680855291909252912054909150801580159061185e57506001600160a01b0382165f908152600a6020526040902054600160801b90046001600160801b031681145b8015611871575061186f87836122b4565b155b156118825761187f856135f7565b94505b50508061188e906135f7565b90506117d1565b50509392505050565b5f6118a9848461230d565b6118b38484611051565b5f8181526006602052604090205490915015611938575f81815260046020526040902054600160881b90046001600160401b0316421161192f575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b03166024820152604401610a1a565b61193881612162565b5f600354426119479190613570565b90505f6119747f00000000000000000000000000000000000000000000000000000000000000008361360f565b90506040518060c0016040528087600c811115611993576119936131db565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600c8111156119f5576119f56131db565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a08201516002820190611a8e9082613672565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600c811115611ae157611ae16131db565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad2487858589604051611b17949392919061372c565b60405180910390a350509392505050565b5f610729611b34612373565b8360405161190160f01b8152600281019290925260228201526042902090565b600b54815f816001600160401b03811115611b7157611b71613548565b604051908082528060200260200182016040528015611b9a578160200160208202803683370190505b5090505f5f5b83811015611cc4575f5f611bd78a8a8a86818110611bc057611bc0613596565b9050602002810190611bd291906134f7565b61249c565b5090925090505f816003811115611bf057611bf06131db565b14611c1157604051631a1f5c6760e01b815260048101849052602401610a1a565b611c1a82611336565b611c4257604051633dfa147360e01b81526001600160a01b0383166004820152602401610a1a565b836001600160a01b0316826001600160a01b031611611c8e57604051631e1dde6960e31b8152600481018490526001600160a01b03808416602483015285166044820152606401610a1a565b81858481518110611ca157611ca1613596565b6001600160a01b0390921660209283029190910190910152509150600101611ba0565b5083831015611cee57611ce18783611cdc8688613583565b6117ca565b611ceb9084613570565b92505b83831015611d1957604051633e0cd9d760e11b81526004810184905260248101859052604401610a1a565b50505050505050565b606061092283835f6124e3565b5f818152600660205260408120549003611d5f57604051631e2ef17160e01b815260048101829052602401610a1a565b5f8181526004602052604090208054600182015460ff90911690611d8284611e88565b81600c811115611d9457611d946131db565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da4876836040516111d891815260200190565b5f6bffffffffffffffffffffffff821115611dfe576040516306dfcc6560e41b81526060600482015260248101839052604401610a1a565b5090565b6001600160a01b0381165f908152600a602090815260408083208151808301909252546001600160801b03808216808452600160801b909204169282019290925290158015906113e957506020808201515f868152600d835260408082206001600160a01b038816835290935291909120546001600160801b0390911614949350505050565b5f81815260066020526040902054600554808214611f08575f6005611eae600184613583565b81548110611ebe57611ebe613596565b905f5260205f2001549050806005600185611ed99190613583565b81548110611ee957611ee9613596565b5f91825260208083209091019290925591825260069052604090208290555b6005805480611f1957611f1961376c565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b03191681556001810182905590611f6b6002830182612f2b565b5050505050565b600782600c811115611f8657611f866131db565b03611ff557611f9582826125af565b8060a081901c6001600160a01b0382163314611fd4576040516278516360e61b81526001600160a01b0383166004820152336024820152604401610a1a565b611fdd82612753565b600b548114611fef57611fef8161283a565b50505050565b600882600c811115612009576120096131db565b036120595761201882826125af565b8060a081901c61202782612878565b600b548114612039576120398161283a565b600c5460809061204c90821c6001613570565b901b600c55506113329050565b600982600c81111561206d5761206d6131db565b036120855761207c82826125af565b6113328161283a565b61133282826129cd565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d3526291015b60405180910390a15050565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa1906117bf90831515815260200190565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e894791016117bf565b5f8181526004602052604090208054600182015460ff9091169061218584611e88565b81600c811115612197576121976131db565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b55836040516111d891815260200190565b60606121f47f0000000000000000000000000000000000000000000000000000000000000000612a95565b905090565b60606121f47f0000000000000000000000000000000000000000000000000000000000000000612a95565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a20906020016117bf565b5f6001600160e01b031982166303c0f23360e31b148061229557506001600160e01b0319821663ae082e1760e01b145b8061072957506301ffc9a760e01b6001600160e01b0319831614610729565b5f5f5b835181101561230457826001600160a01b03168482815181106122dc576122dc613596565b60200260200101516001600160a01b0316036122fc576001915050610729565b6001016122b7565b505f9392505050565b600782600c811115612321576123216131db565b148061233e5750600882600c81111561233c5761233c6131db565b145b8061235a5750600982600c811115612358576123586131db565b145b156123695761133282826125af565b6113328282612ad2565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156123cb57507f000000000000000000000000000000000000000000000000000000000000000046145b156123f557507f000000000000000000000000000000000000000000000000000000000000000090565b6121f4604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f808060418490036124d0578435602086013560408701355f1a6124c289828585612cb2565b9550955095505050506124da565b505f915060029050825b93509350939050565b60608147101561250f5760405163cf47918160e01b815247600482015260248101839052604401610a1a565b5f61251b858486612d7a565b905080801561253c57505f3d118061253c57505f856001600160a01b03163b115b1561255157612549612d8f565b915050610922565b801561257b57604051639996b31560e01b81526001600160a01b0386166004820152602401610a1a565b3d1561258e57612589612da8565b6125a7565b60405163d6bda27560e01b815260040160405180910390fd5b509392505050565b600980549083600c8111156125c6576125c66131db565b0361261757816125d68183612db3565b600b548103611fef5783600c8111156125f1576125f16131db565b60405163415301b960e01b815260ff909116600482015260248101849052604401610a1a565b8160a081901c600785600c811115612631576126316131db565b03612713576001600160a01b038216158061265457506001600160a01b03821630145b1561267d57604051630ef5ef5160e11b81526001600160a01b0383166004820152602401610a1a565b61268682611336565b156126c35784600c81111561269d5761269d6131db565b60405163415301b960e01b815260ff909116600482015260248101859052604401610a1a565b602083036126fa576126d6836001613570565b604051637d465d6f60e11b8152600481019190915260206024820152604401610a1a565b61270e81612709856001613570565b612db3565b611f6b565b61271c82611336565b61274457604051633dfa147360e01b81526001600160a01b0383166004820152602401610a1a565b611f6b81612709600186613583565b600980546001810182557f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af0180546001600160a01b0319166001600160a01b0384169081179091555f908152600a60205260409020905481546001600160801b0319166001600160801b039182161780835582916010916127dc91600160801b90910416613780565b91906101000a8154816001600160801b0302191690836001600160801b03160217905550816001600160a01b03167f47d1c22a25bb3a5d4e481b9b1e6944c2eade3181a0a20b495ed61d35b5323f2460405160405180910390a25050565b600b80549082905560408051828152602081018490527f3164947cf0f49f08dd0cd80e671535b1e11590d347c55dcaa97ba3c24a96b33a91016120c9565b6001600160a01b0381165f908152600a60205260409020546009546001600160801b0390911690808214612948575f60096128b4600184613583565b815481106128c4576128c4613596565b5f918252602090912001546001600160a01b031690508060096128e8600186613583565b815481106128f8576128f8613596565b5f91825260208083209190910180546001600160a01b0319166001600160a01b03948516179055929091168152600a9091526040902080546001600160801b0319166001600160801b0384161790555b60098054806129595761295961376c565b5f828152602080822083015f1990810180546001600160a01b03191690559092019092556001600160a01b038516808352600a909152604080832080546001600160801b03191690555190917f3525e22824a8a7df2c9a6029941c824cf95b6447f1e13d5128fd3826d35afe8b91a2505050565b600182600c8111156129e1576129e16131db565b036129ef5761133281612de7565b600282600c811115612a0357612a036131db565b03612a115761133281612e4f565b600382600c811115612a2557612a256131db565b03612a34576113326001612224565b600482600c811115612a4857612a486131db565b03612a56576113325f6120d5565b600582600c811115612a6a57612a6a6131db565b03612a78576113328161208f565b8181604051636e8c20ed60e01b8152600401610a1a9291906135dc565b60605f612aa183612eb7565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b600182600c811115612ae657612ae66131db565b03612b585780612b0957604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b156113325781600c811115612b3257612b326131db565b60405163415301b960e01b815260ff909116600482015260248101829052604401610a1a565b600282600c811115612b6c57612b6c6131db565b03612ba55780612b8f57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff16612b1b565b600382600c811115612bb957612bb96131db565b03612bc95760025460ff16612b1b565b600482600c811115612bdd57612bdd6131db565b03612c0357600254610100900460ff166113325781600c811115612b3257612b326131db565b600582600c811115612c1757612c176131db565b03612a7857807f0000000000000000000000000000000000000000000000000000000000000000811080612c4d57506003548110155b15612cad57807f00000000000000000000000000000000000000000000000000000000000000006001600354612c839190613583565b60405163410c09b760e11b8152600481019390935260248301919091526044820152606401610a1a565b505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115612ceb57505f91506003905082612d70565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612d3c573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116612d6757505f925060019150829050612d70565b92505f91508190505b9450945094915050565b5f5f5f83516020850186885af1949350505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b811580612dbf57508082115b1561133257604051637c81aeab60e11b81526004810183905260248101829052604401610a1a565b80612e0557604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906117bf9083815260200190565b80612e6d57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b91016117bf565b5f60ff8216601f81111561072957604051632cd44ac360e21b815260040160405180910390fd5b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b508054612f37906135aa565b5f825580601f10612f46575050565b601f0160209004905f5260205f209081019061074091905b80821115611dfe575f8155600101612f5e565b5f60208284031215612f81575f5ffd5b81356001600160e01b031981168114610922575f5ffd5b5f60208284031215612fa8575f5ffd5b5035919050565b5f60208284031215612fbf575f5ffd5b81356001600160401b03811115612fd4575f5ffd5b82016101208185031215610922575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f6113e96040830184612fe6565b5f5f6040838503121561303f575f5ffd5b50508035926020909101359150565b80356001600160a01b03811681146116e1575f5ffd5b5f5f83601f840112613074575f5ffd5b5081356001600160401b0381111561308a575f5ffd5b6020830191508360208285010111156130a1575f5ffd5b9250929050565b5f5f5f5f606085870312156130bb575f5ffd5b6130c48561304e565b93506020850135925060408501356001600160401b038111156130e5575f5ffd5b6130f187828801613064565b95989497509550505050565b5f5f5f5f5f60608688031215613111575f5ffd5b85356001600160401b03811115613126575f5ffd5b61313288828901613064565b9096509450506020860135925060408601356001600160401b03811115613157575f5ffd5b8601601f81018813613167575f5ffd5b80356001600160401b0381111561317c575f5ffd5b8860208260051b8401011115613190575f5ffd5b959894975092955050506020019190565b602081525f6109226020830184612fe6565b5f5f604083850312156131c4575f5ffd5b6131cd8361304e565b946020939093013593505050565b634e487b7160e01b5f52602160045260245ffd5b600d811061320b57634e487b7160e01b5f52602160045260245ffd5b9052565b61321a8282516131ef565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a08501526113e960c0850182612fe6565b604080825283519082018190525f9060208501906060840190835b818110156132b0578351835260209384019390920191600101613292565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b8381101561330957601f198584030186526132f383835161320f565b60209687019690935091909101906001016132d7565b509098975050505050505050565b602080825282518282018190525f918401906040840190835b818110156133575783516001600160a01b0316835260209384019390920191600101613330565b509095945050505050565b5f5f60408385031215613373575f5ffd5b8235600d81106131cd575f5ffd5b5f60208284031215613391575f5ffd5b6109228261304e565b60ff60f81b8816815260e060208201525f6133b860e0830189612fe6565b82810360408401526133ca8189612fe6565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561341f578351835260209384019390920191600101613401565b50909b9a5050505050505050505050565b5f5f5f60408486031215613442575f5ffd5b8335925060208401356001600160401b0381111561345e575f5ffd5b61346a86828701613064565b9497909650939450505050565b5f5f5f60608486031215613489575f5ffd5b6134928461304e565b95602085013595506040909401359392505050565b5f5f602083850312156134b8575f5ffd5b82356001600160401b038111156134cd575f5ffd5b6134d985828601613064565b90969095509350505050565b602081525f610922602083018461320f565b5f5f8335601e1984360301811261350c575f5ffd5b8301803591506001600160401b03821115613525575f5ffd5b6020019150368190038213156130a1575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156107295761072961355c565b818103818111156107295761072961355c565b634e487b7160e01b5f52603260045260245ffd5b600181811c908216806135be57607f821691505b60208210810361109957634e487b7160e01b5f52602260045260245ffd5b604081016135ea82856131ef565b8260208301529392505050565b5f600182016136085761360861355c565b5060010190565b6001600160401b0381811683821601908111156107295761072961355c565b601f821115612cad57805f5260205f20601f840160051c810160208510156136535750805b601f840160051c820191505b81811015611f6b575f815560010161365f565b81516001600160401b0381111561368b5761368b613548565b61369f8161369984546135aa565b8461362e565b6020601f8211600181146136d1575f83156136ba5750848201515b5f19600385901b1c1916600184901b178455611f6b565b5f84815260208120601f198516915b8281101561370057878501518255602094850194600190920191016136e0565b508482101561371d57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f6137626080830184612fe6565b9695505050505050565b634e487b7160e01b5f52603160045260245ffd5b5f6001600160801b0382166001600160801b0381036137a1576137a161355c565b6001019291505056fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/OptOutRegistry.sol:OptOutRegistry. */
export const optOutRegistryBytecode =
  '0x610180604052348015610010575f5ffd5b506040516118ca3803806118ca83398101604081905261002f91610271565b6040518060400160405280600e81526020016d4f70744f7574526567697374727960901b815250604051806040016040528060018152602001603160f81b81525061007f8261017160201b60201c565b6101205261008c81610171565b61014052815160208084019190912060e052815190820120610100524660a05261011860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05261013281631ed3f1f960e31b6101ae565b61015f576040516304872fa960e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6001600160a01b0316610160526102f2565b5f5f829050601f8151111561019b578260405163305a27a960e01b81526004016101569190610297565b80516101a6826102cc565b179392505050565b5f6101b8836101d0565b80156101c957506101c98383610219565b9392505050565b5f6101e2826301ffc9a760e01b610219565b15610212575f806101fb846001600160e01b031961023d565b9150915081801561020a575080155b949350505050565b505f919050565b5f8080610226858561023d565b915091508180156102345750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b5f60208284031215610281575f5ffd5b81516001600160a01b03811681146101c9575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102ec575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610100516101205161014051610160516115616103695f395f818161030c015281816104620152818161050201528181610c5c0152610d2b01525f6109f201525f6109c201525f610f3e01525f610f1601525f610e7101525f610e9b01525f610ec501526115615ff3fe608060405234801561000f575f5ffd5b5060043610610111575f3560e01c806384b0196e1161009e578063d7363a691161006e578063d7363a69146102ff578063de7454c814610336578063e8fced2014610349578063ed79bef31461035c578063f5d8e05314610392575f5ffd5b806384b0196e146102a957806385771487146102c45780639e6d4119146102d7578063a187a000146102ea575f5ffd5b80633cb352b3116100e45780633cb352b3146101b75780633f7d4a97146101ca5780636da59041146101dd578063785943cb146102765780637892df6914610289575f5ffd5b806301ffc9a71461011557806308551d651461013d578063238afcc51461017d57806333d0b44514610190575b5f5ffd5b61012861012336600461116b565b6103a5565b60405190151581526020015b60405180910390f35b61016f61014b366004611192565b5f90815260026020526040902060010154600160801b90046001600160801b031690565b604051908152602001610134565b61012861018b366004611192565b6103db565b61016f7f967a801c4743850013ce2d4e0f8370c77b610ab883585fe6c9b3bf6cef28447b81565b61016f6101c5366004611192565b61057f565b61016f6101d83660046111a9565b6105a5565b6102436101eb366004611192565b60408051606080820183525f808352602080840182905292840181905293845260028252928290208251938401835280548452600101546001600160401b0380821692850192909252600160401b9004169082015290565b60408051825181526020808401516001600160401b03908116918301919091529282015190921690820152606001610134565b61016f610284366004611237565b610604565b61029c610297366004611267565b610679565b6040516101349190611290565b6102b161079e565b6040516101349796959493929190611309565b6101286102d23660046111a9565b6107e0565b61016f6102e5366004611192565b610827565b6102fd6102f836600461139f565b610842565b005b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610134565b61016f610344366004611192565b610903565b61016f610357366004611192565b61092b565b61012861036a366004611437565b5f9081526004602090815260408083206001600160a01b039490941683529290522054151590565b61016f6103a0366004611475565b610940565b5f6001600160e01b0319821663352d699d60e01b14806103d557506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8181526002602052604081206001810154600160401b90046001600160401b03168083036104255760405163cdf288bb60e01b8152600481018590526024015b60405180910390fd5b806001600160401b0316421061043f575060019392505050565b815460405163a6e3861560e01b8152600481018290526001600160401b038316907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a6e3861590602401602060405180830381865afa1580156104af573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104d391906114ae565b14158061057657506001830154604051630f93f64b60e31b8152600481018390526001600160401b03909116907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637c9fb25890602401602060405180830381865afa15801561054f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061057391906114ae565b14155b95945050505050565b5f81815260026020819052604082200154801561059c578061059e565b825b9392505050565b825f5b828110156105fc576105f2828585848181106105c6576105c66114c5565b90506020020160208101906105db91906114d9565b5f9182526001600160a01b03166020526040902090565b91506001016105a8565b509392505050565b604080517f967a801c4743850013ce2d4e0f8370c77b610ab883585fe6c9b3bf6cef28447b60208201526001600160a01b0385169181019190915260608101839052608081018290525f906106719060a0016040516020818303038152906040528051906020012061098f565b949350505050565b5f83815260026020526040812060010154606091600160801b9091046001600160801b031690818510156106cc576106b18583611506565b84116106c6576106c18486611519565b6106ce565b816106ce565b845b90506106da8582611506565b6001600160401b038111156106f1576106f161152c565b60405190808252806020026020018201604052801561071a578160200160208202803683370190505b505f8781526003602052604081209194505b845181101561079357815f610741838a611519565b81526020019081526020015f205f9054906101000a90046001600160a01b0316858281518110610773576107736114c5565b6001600160a01b039092166020928302919091019091015260010161072c565b505050509392505050565b5f6060805f5f5f60606107af6109bb565b6107b76109eb565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f83815260026020526040812060010154600160801b90046001600160801b03168214801561067157506108138461057f565b61081e8585856105a5565b14949350505050565b5f61083182610a16565b905061083d8133610a70565b919050565b824211156108755760405163020b9cb960e21b81526001600160a01b03871660048201526024810184905260440161041c565b5f61087f86610a16565b90508481146108b257604051632c750e4160e01b815260048101879052602481018690526044810182905260640161041c565b6108c8876108c1898888610604565b8585610bec565b6108f0576040516304c863bb60e41b81526001600160a01b038816600482015260240161041c565b6108fa8588610a70565b50505050505050565b5f5f5f5f61091085610c57565b92509250925061092283868484610db1565b50909392505050565b5f5f61093683610c57565b5090949350505050565b5f838383604051602001610970939291909283526001600160401b03918216602084015216604082015260600190565b6040516020818303038152906040528051906020012090509392505050565b5f6103d561099b610e65565b8360405161190160f01b8152600281019290925260228201526042902090565b60606109e67f0000000000000000000000000000000000000000000000000000000000000000610f8e565b905090565b60606109e67f0000000000000000000000000000000000000000000000000000000000000000610f8e565b5f5f5f5f610a2385610c57565b925092509250806001600160401b03164210610a64576040516355e7964960e11b8152600481018490526001600160401b038216602482015260440161041c565b61092283868484610db1565b5f8281526004602090815260408083206001600160a01b0385168452918290529091205415610ac45760405163f0c65c4960e01b81526001600160a01b03831660048201526024810184905260440161041c565b5f83815260026020819052604082206001810154918101549092600160801b9092046001600160801b03169190610b0d90865f9182526001600160a01b03166020526040902090565b5f878152600360209081526040808320868452909152902080546001600160a01b0319166001600160a01b0388161790559050610b4b826001611519565b6001600160a01b0386165f90815260208690526040902055610b6e826001611519565b6001840180546001600160801b03928316600160801b029216919091179055600283018190556040516001600160a01b0386169087907fd347dcb1c9c8ab463db8f9ab01a7a814cfb2a29809b09f30a631da9303d8854e90610bdc9086908690918252602082015260400190565b60405180910390a3505050505050565b5f846001600160a01b03163b5f03610c4b575f5f610c0b868686610fcb565b5090925090505f816003811115610c2457610c24611540565b148015610c425750866001600160a01b0316826001600160a01b0316145b92505050610671565b61057685858585611012565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a6e38615856040518263ffffffff1660e01b8152600401610ca891815260200190565b602060405180830381865afa158015610cc3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ce791906114ae565b9050806001600160401b03165f03610d155760405163d18e693f60e01b81526004810185905260240161041c565b604051630f93f64b60e31b8152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637c9fb25890602401602060405180830381865afa158015610d78573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d9c91906114ae565b9150610da9848383610940565b949193509150565b5f8481526002602052604090206001810154600160401b90046001600160401b031615610dde5750610e5f565b8381556001810180546001600160401b038581166fffffffffffffffffffffffffffffffff199092168217600160401b9186169182021790925560028301879055604080519182526020820192909252859187917f24211270a180196e0d9609fdff23ed00a242c45154ee1b8404916f9e9268502d910160405180910390a3505b50505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610ebd57507f000000000000000000000000000000000000000000000000000000000000000046145b15610ee757507f000000000000000000000000000000000000000000000000000000000000000090565b6109e6604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60605f610f9a8361107c565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80806041849003610fff578435602086013560408701355f1a610ff1898285856110a3565b955095509550505050611009565b505f915060029050825b93509350939050565b60408051630b135d3f60e11b808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f60ff8216601f8111156103d557604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156110dc57505f91506003905082611161565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561112d573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661115857505f925060019150829050611161565b92505f91508190505b9450945094915050565b5f6020828403121561117b575f5ffd5b81356001600160e01b03198116811461059e575f5ffd5b5f602082840312156111a2575f5ffd5b5035919050565b5f5f5f604084860312156111bb575f5ffd5b8335925060208401356001600160401b038111156111d7575f5ffd5b8401601f810186136111e7575f5ffd5b80356001600160401b038111156111fc575f5ffd5b8660208260051b8401011115611210575f5ffd5b939660209190910195509293505050565b80356001600160a01b038116811461083d575f5ffd5b5f5f5f60608486031215611249575f5ffd5b61125284611221565b95602085013595506040909401359392505050565b5f5f5f60608486031215611279575f5ffd5b505081359360208301359350604090920135919050565b602080825282518282018190525f918401906040840190835b818110156112d05783516001600160a01b03168352602093840193909201916001016112a9565b509095945050505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61132760e08301896112db565b828103604084015261133981896112db565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561138e578351835260209384019390920191600101611370565b50909b9a5050505050505050505050565b5f5f5f5f5f5f60a087890312156113b4575f5ffd5b6113bd87611221565b955060208701359450604087013593506060870135925060808701356001600160401b038111156113ec575f5ffd5b8701601f810189136113fc575f5ffd5b80356001600160401b03811115611411575f5ffd5b896020828401011115611422575f5ffd5b60208201935080925050509295509295509295565b5f5f60408385031215611448575f5ffd5b61145183611221565b946020939093013593505050565b80356001600160401b038116811461083d575f5ffd5b5f5f5f60608486031215611487575f5ffd5b833592506114976020850161145f565b91506114a56040850161145f565b90509250925092565b5f602082840312156114be575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156114e9575f5ffd5b61059e82611221565b634e487b7160e01b5f52601160045260245ffd5b818103818111156103d5576103d56114f2565b808201808211156103d5576103d56114f2565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52602160045260245ffdfea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/TimelockAppAuth.sol:TimelockAppAuth. */
export const timelockAppAuthBytecode =
  '0x60c060405234801561000f575f5ffd5b5060405161298838038061298883398101604081905261002e916104c2565b838383835f5b81515181101561007157610069825f01518281518110610056576100566105b5565b602002602001015161025e60201b60201c565b600101610034565b505f5b8160200151518110156100b5576100ad8260200151828151811061009a5761009a6105b5565b60200260200101516102d160201b60201c565b600101610074565b508060400151156100ca576100ca6001610339565b8060600151156100de576100de600161037a565b508115806100ef57506312cc030082115b156101265760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061013757506312cc030083115b156101695760405163410c09b760e11b815260048101849052602481018390526312cc0300604482015260640161011d565b80158061017957506301e1338081115b1561019a576040516358456f7360e01b81526004810182905260240161011d565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506001600160a01b03851661020c57604051633e0ad02160e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0387169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a350505050506105c9565b8061027c57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906102c69083815260200190565b60405180910390a150565b806102ef57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b91016102c6565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a20906020016102c6565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa1906102c690831515815260200190565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156103f9576103f96103c3565b60405290565b604051601f8201601f191681016001600160401b0381118282101715610427576104276103c3565b604052919050565b5f82601f83011261043e575f5ffd5b81516001600160401b03811115610457576104576103c3565b8060051b610467602082016103ff565b91825260208185018101929081019086841115610482575f5ffd5b6020860192505b838310156104a4578251825260209283019290910190610489565b9695505050505050565b805180151581146104bd575f5ffd5b919050565b5f5f5f5f5f60a086880312156104d6575f5ffd5b85516001600160a01b03811681146104ec575f5ffd5b60208701516040880151606089015160808a0151939850919650945092506001600160401b0381111561051d575f5ffd5b86016080818903121561052e575f5ffd5b6105366103d7565b81516001600160401b0381111561054b575f5ffd5b6105578a82850161042f565b82525060208201516001600160401b03811115610572575f5ffd5b61057e8a82850161042f565b602083015250610590604083016104ae565b60408201526105a1606083016104ae565b606082015280925050509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b60805160a0516123896105ff5f395f818161043c015261164601525f81816104d301528181611c9f0152611cd501526123895ff3fe608060405234801561000f575f5ffd5b506004361061021e575f3560e01c806379ba50971161012a578063a6e38615116100b4578063dc04e89311610079578063dc04e8931461050a578063dcade3d31461051d578063e30c397814610530578063f0f470cf14610538578063f2fde38b14610540575f5ffd5b8063a6e3861514610460578063b50191261461048f578063bf8b211b146104af578063cd15a16c146104d1578063d5606db8146104f7575f5ffd5b8063998aada8116100fa578063998aada8146104045780639b14d4c61461040c5780639bdc86ff146104145780639ced689f14610427578063a06db7dc1461043a575f5ffd5b806379ba5097146103975780637c9fb2581461039f5780638da5cb5b146103cc57806397357dd2146103f1575f5ffd5b8063467fc1db116101ab5780635c40d7b21161017b5780635c40d7b21461034e5780635c695a071461036157806367b3f22c14610369578063715018a61461037c57806372dd6dd314610384575f5ffd5b8063467fc1db146102fc5780634b28160b1461031d578063535167b51461033057806359db6e851461033b575f5ffd5b806328e7654f116101f157806328e7654f146102905780632f6622e5146102a35780633440a16a146102c557806337376ca8146102d057806346619649146102e3575f5ffd5b806301ffc9a7146102225780630aa58c831461024a5780631d2662001461025a5780631e0791981461026f575b5f5ffd5b610235610230366004611dc4565b610553565b60405190151581526020015b60405180910390f35b600254610100900460ff16610235565b61026d610268366004611deb565b61057d565b005b61028261027d366004611e02565b610591565b604051610241929190611e67565b61026d61029e366004611deb565b61074d565b6102356102b1366004611deb565b5f9081526020819052604090205460ff1690565b60025460ff16610235565b61026d6102de366004611deb565b61075b565b6102ee6301e1338081565b604051908152602001610241565b61030f61030a366004611e81565b61076c565b604051610241929190611f3d565b6102ee61032b366004611fdd565b610a03565b6102ee6312cc030081565b61026d610349366004611deb565b610a54565b61026d61035c366004611deb565b610ba0565b61026d610c06565b61026d610377366004611deb565b610c52565b61026d610c63565b61026d610392366004611deb565b610cc0565b61026d610d4d565b6102ee6103ad366004611deb565b5f9081526004602052604090205461010090046001600160401b031690565b6007546001600160a01b03165b6040516001600160a01b039091168152602001610241565b6102ee6103ff36600461204e565b610d5b565b61026d610daf565b6003546102ee565b6102ee61042236600461204e565b610dd1565b6102ee610435366004612095565b610e1b565b7f00000000000000000000000000000000000000000000000000000000000000006102ee565b6102ee61046e366004611deb565b5f90815260046020526040902054600160481b90046001600160401b031690565b6104a261049d366004611deb565b610e67565b60405161024191906120d3565b6102356104bd366004611deb565b5f9081526001602052604090205460ff1690565b7f00000000000000000000000000000000000000000000000000000000000000006102ee565b6102ee61050536600461204e565b610fba565b6102ee610518366004611deb565b611004565b6102ee61052b366004612095565b611027565b6103d9611073565b6005546102ee565b61026d61054e3660046120e5565b61109c565b5f6001600160e01b031982166394be599960e01b1480610577575061057782611121565b92915050565b610585611145565b61058e81611187565b50565b5f6060306105a260208501856120e5565b6001600160a01b0316146105df57505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff16801561063857507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61061f60e085018561210b565b60405161062d92919061214d565b604051809103902014155b1561067a57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff166106d157505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff161580156106f7575060608301355f9081526001602052604090205460ff16155b1561072e57505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b61074460408051602081019091525f8152600191565b91509150915091565b61058e610349600183610a03565b610763611145565b61058e816111d9565b60055460609081905f818610156107a2576107878683612170565b851161079c576107978587612183565b6107a4565b816107a4565b855b90505f6107b18783612170565b9050806001600160401b038111156107cb576107cb612196565b6040519080825280602002602001820160405280156107f4578160200160208202803683370190505b509450806001600160401b0381111561080f5761080f612196565b60405190808252806020026020018201604052801561084857816020015b610835611d2d565b81526020019060019003908161082d5790505b5093505f5b818110156109f8576005610861828a612183565b81548110610871576108716121aa565b905f5260205f20015486828151811061088c5761088c6121aa565b60200260200101818152505060045f8783815181106108ad576108ad6121aa565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600c8111156108ef576108ef611ea1565b600c81111561090057610900611ea1565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610953906121be565b80601f016020809104026020016040519081016040528092919081815260200182805461097f906121be565b80156109ca5780601f106109a1576101008083540402835291602001916109ca565b820191905f5260205f20905b8154815290600101906020018083116109ad57829003601f168201915b5050505050815250508582815181106109e5576109e56121aa565b602090810291909101015260010161084d565b505050509250929050565b5f600183600c811115610a1857610a18611ea1565b14610a4b578282604051602001610a309291906121f0565b60405160208183030381529060405280519060200120610a4d565b815b9392505050565b5f8181526004602090815260408083206006909252822054909103610a9457604051631e2ef17160e01b8152600481018390526024015b60405180910390fd5b8054600160481b90046001600160401b0316421015610ae157805460405163afff056960e01b815260048101849052600160481b9091046001600160401b03166024820152604401610a8b565b8054600160881b90046001600160401b0316421115610b2e57805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b03166024820152604401610a8b565b8054600182015460ff90911690610b4484611270565b610b4e828261135a565b81600c811115610b6057610b60611ea1565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf183604051610b9291815260200190565b60405180910390a350505050565b610ba8611145565b60035481111580610bbc57506312cc030081115b15610bfd57806003546001610bd19190612183565b60405163410c09b760e11b8152600481019290925260248201526312cc03006044820152606401610a8b565b61058e81611413565b610c0e611145565b600254610100900460ff1615610c465760045b60405163415301b960e01b815260ff90911660048201525f6024820152604401610a8b565b610c506001611458565b565b610c5a611145565b61058e816114a1565b610c6b611145565b610c736114e5565b600780546001600160a01b031981169091556040516001600160a01b03909116905f9082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908390a350565b5f818152600660205260408120549003610cf057604051631e2ef17160e01b815260048101829052602401610a8b565b5f81815260046020526040902054600160881b90046001600160401b0316428110610d40576040516315577c9160e31b8152600481018390526001600160401b0382166024820152604401610a8b565b610d498261152e565b5050565b610c50610349600633610a03565b5f610d64611145565b610da76005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b949350505050565b610db7611145565b60025460ff16610dc8576003610c21565b610c505f61181f565b5f610dda611145565b610da760018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b5f610e24611145565b610a4d60035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b610e6f611d2d565b5f828152600660205260408120549003610e9f57604051631e2ef17160e01b815260048101839052602401610a8b565b5f8281526004602052604090819020815160c081019092528054829060ff16600c811115610ecf57610ecf611ea1565b600c811115610ee057610ee0611ea1565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610f33906121be565b80601f0160208091040260200160405190810160405280929190818152602001828054610f5f906121be565b8015610faa5780601f10610f8157610100808354040283529160200191610faa565b820191905f5260205f20905b815481529060010190602001808311610f8d57829003601f168201915b5050505050815250509050919050565b5f610fc3611145565b610da760028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b5f61100d611145565b61057760018360405180602001604052805f815250611595565b5f611030611145565b610a4d60045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b6008545f906001600160a01b031661108a81611860565b611094575f611096565b805b91505090565b6110a4611145565b6110ac6114e5565b6110cf60066001600160a01b03831660405180602001604052805f815250611595565b50600880546001600160a01b0319166001600160a01b03838116918217909255600754604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f6001600160e01b03198216631ed3f1f960e31b1480610577575061057782611893565b6007546001600160a01b0316338114158061116757506001600160a01b038116155b1561058e576040516331d69cb360e11b8152336004820152602401610a8b565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906111ce9083815260200190565b60405180910390a150565b5f81815260066020526040812054900361120957604051631e2ef17160e01b815260048101829052602401610a8b565b5f8181526004602052604090208054600182015460ff9091169061122c84611270565b81600c81111561123e5761123e611ea1565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da487683604051610b9291815260200190565b5f818152600660205260409020546005548082146112f0575f6005611296600184612170565b815481106112a6576112a66121aa565b905f5260205f20015490508060056001856112c19190612170565b815481106112d1576112d16121aa565b5f91825260208083209091019290925591825260069052604090208290555b60058054806113015761130161220b565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b031916815560018101829055906113536002830182611d7a565b5050505050565b600682600c81111561136e5761136e611ea1565b1461137d57610d4982826118e2565b5f61138883836119aa565b9050336001600160a01b038216146113b5576040516331d69cb360e11b8152336004820152602401610a8b565b600780546001600160a01b038381166001600160a01b03198084168217909455600880549094169093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a350505050565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa1906111ce90831515815260200190565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e894791016111ce565b6008546001600160a01b03166114fa81611860565b1561151b5761151b61151660066001600160a01b038416610a03565b6111d9565b50600880546001600160a01b0319169055565b5f8181526004602052604090208054600182015460ff9091169061155184611270565b81600c81111561156357611563611ea1565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b5583604051610b9291815260200190565b5f6115a084846119d8565b6115aa8484610a03565b5f818152600660205260409020549091501561162f575f81815260046020526040902054600160881b90046001600160401b03164211611626575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b03166024820152604401610a8b565b61162f8161152e565b5f6003544261163e9190612183565b90505f61166b7f00000000000000000000000000000000000000000000000000000000000000008361221f565b90506040518060c0016040528087600c81111561168a5761168a611ea1565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600c8111156116ec576116ec611ea1565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a082015160028201906117859082612282565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600c8111156117d8576117d8611ea1565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad248785858960405161180e949392919061233c565b60405180910390a350509392505050565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a20906020016111ce565b5f6001600160a01b03821615801590610577575061188b61046e60066001600160a01b038516610a03565b151592915050565b5f6001600160e01b031982166303c0f23360e31b14806118c357506001600160e01b0319821663ae082e1760e01b145b8061057757506301ffc9a760e01b6001600160e01b0319831614610577565b600182600c8111156118f6576118f6611ea1565b0361190457610d4981611a82565b600282600c81111561191857611918611ea1565b0361192657610d4981611aea565b600382600c81111561193a5761193a611ea1565b0361194957610d49600161181f565b600482600c81111561195d5761195d611ea1565b0361196b57610d495f611458565b600582600c81111561197f5761197f611ea1565b0361198d57610d4981611413565b8181604051636e8c20ed60e01b8152600401610a8b9291906121f0565b5f60a082901c156119d2578282604051636e8c20ed60e01b8152600401610a8b9291906121f0565b50919050565b600682600c8111156119ec576119ec611ea1565b146119fb57610d498282611b52565b5f611a0683836119aa565b90506001600160a01b038116611a2f57604051633e0ad02160e01b815260040160405180910390fd5b6007546001600160a01b0390811690821603611a7d5782600c811115611a5757611a57611ea1565b60405163415301b960e01b815260ff909116600482015260248101839052604401610a8b565b505050565b80611aa057604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906111ce9083815260200190565b80611b0857604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b91016111ce565b600182600c811115611b6657611b66611ea1565b03611bd85780611b8957604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b15610d495781600c811115611bb257611bb2611ea1565b60405163415301b960e01b815260ff909116600482015260248101829052604401610a8b565b600282600c811115611bec57611bec611ea1565b03611c255780611c0f57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff16611b9b565b600382600c811115611c3957611c39611ea1565b03611c495760025460ff16611b9b565b600482600c811115611c5d57611c5d611ea1565b03611c8357600254610100900460ff16610d495781600c811115611bb257611bb2611ea1565b600582600c811115611c9757611c97611ea1565b0361198d57807f0000000000000000000000000000000000000000000000000000000000000000811080611ccd57506003548110155b15611a7d57807f00000000000000000000000000000000000000000000000000000000000000006001600354611d039190612170565b60405163410c09b760e11b8152600481019390935260248301919091526044820152606401610a8b565b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b508054611d86906121be565b5f825580601f10611d95575050565b601f0160209004905f5260205f209081019061058e91905b80821115611dc0575f8155600101611dad565b5090565b5f60208284031215611dd4575f5ffd5b81356001600160e01b031981168114610a4d575f5ffd5b5f60208284031215611dfb575f5ffd5b5035919050565b5f60208284031215611e12575f5ffd5b81356001600160401b03811115611e27575f5ffd5b82016101208185031215610a4d575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f610da76040830184611e39565b5f5f60408385031215611e92575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b600d8110611ed157634e487b7160e01b5f52602160045260245ffd5b9052565b611ee0828251611eb5565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a0850152610da760c0850182611e39565b604080825283519082018190525f9060208501906060840190835b81811015611f76578351835260209384019390920191600101611f58565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b83811015611fcf57601f19858403018652611fb9838351611ed5565b6020968701969093509190910190600101611f9d565b509098975050505050505050565b5f5f60408385031215611fee575f5ffd5b8235600d8110611ffc575f5ffd5b946020939093013593505050565b5f5f83601f84011261201a575f5ffd5b5081356001600160401b03811115612030575f5ffd5b602083019150836020828501011115612047575f5ffd5b9250929050565b5f5f5f60408486031215612060575f5ffd5b8335925060208401356001600160401b0381111561207c575f5ffd5b6120888682870161200a565b9497909650939450505050565b5f5f602083850312156120a6575f5ffd5b82356001600160401b038111156120bb575f5ffd5b6120c78582860161200a565b90969095509350505050565b602081525f610a4d6020830184611ed5565b5f602082840312156120f5575f5ffd5b81356001600160a01b0381168114610a4d575f5ffd5b5f5f8335601e19843603018112612120575f5ffd5b8301803591506001600160401b03821115612139575f5ffd5b602001915036819003821315612047575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105775761057761215c565b808201808211156105775761057761215c565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c908216806121d257607f821691505b6020821081036119d257634e487b7160e01b5f52602260045260245ffd5b604081016121fe8285611eb5565b8260208301529392505050565b634e487b7160e01b5f52603160045260245ffd5b6001600160401b0381811683821601908111156105775761057761215c565b601f821115611a7d57805f5260205f20601f840160051c810160208510156122635750805b601f840160051c820191505b81811015611353575f815560010161226f565b81516001600160401b0381111561229b5761229b612196565b6122af816122a984546121be565b8461223e565b6020601f8211600181146122e1575f83156122ca5750848201515b5f19600385901b1c1916600184901b178455611353565b5f84815260208120601f198516915b8281101561231057878501518255602094850194600190920191016122f0565b508482101561232d57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f6123726080830184611e39565b969550505050505056fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/governance/VerifiedAppAuthDeployer.sol:VerifiedAppAuthDeployer. */
export const verifiedAppAuthDeployerBytecode =
  '0x6080604052348015600e575f5ffd5b506159d48061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c80632abf91ee1461002d575b5f5ffd5b61004061003b3660046103b4565b61005c565b6040516001600160a01b03909116815260200160405180910390f35b5f83835f01518460200151856040015186606001518660405161007e906100fa565b61008d969594939291906105f3565b604051809103905ff0801580156100a6573d5f5f3e3d5ffd5b509050336001600160a01b0316846001600160a01b0316826001600160a01b03167fd6ef1dc24f26005b6528b02ab27b11c70f194a7bbc4eacf70e56df94b3f0bab660405160405180910390a49392505050565b61533f8061068983390190565b6001600160a01b038116811461011b575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b6040805190810167ffffffffffffffff811182821017156101555761015561011e565b60405290565b6040516080810167ffffffffffffffff811182821017156101555761015561011e565b604051601f8201601f1916810167ffffffffffffffff811182821017156101a7576101a761011e565b604052919050565b5f67ffffffffffffffff8211156101c8576101c861011e565b5060051b60200190565b5f82601f8301126101e1575f5ffd5b81356101f46101ef826101af565b61017e565b8082825260208201915060208360051b860101925085831115610215575f5ffd5b602085015b8381101561023257803583526020928301920161021a565b5095945050505050565b8035801515811461024b575f5ffd5b919050565b5f82601f83011261025f575f5ffd5b813561026d6101ef826101af565b8082825260208201915060208360061b86010192508583111561028e575f5ffd5b602085015b8381101561023257604081880312156102aa575f5ffd5b6102b2610132565b81358152602080830135818301529084529290920191604001610293565b5f608082840312156102e0575f5ffd5b6102e861015b565b9050813567ffffffffffffffff811115610300575f5ffd5b8201601f81018413610310575f5ffd5b803561031e6101ef826101af565b8082825260208201915060208360051b85010192508683111561033f575f5ffd5b6020840193505b8284101561036a57833561035981610107565b825260209384019390910190610346565b84525050506020828101359082015260408083013590820152606082013567ffffffffffffffff81111561039c575f5ffd5b6103a884828501610250565b60608301525092915050565b5f5f5f606084860312156103c6575f5ffd5b83356103d181610107565b9250602084013567ffffffffffffffff8111156103ec575f5ffd5b8401608081870312156103fd575f5ffd5b61040561015b565b813581526020808301359082015260408083013590820152606082013567ffffffffffffffff811115610436575f5ffd5b91909101906080828803121561044a575f5ffd5b61045261015b565b823567ffffffffffffffff811115610468575f5ffd5b610474898286016101d2565b825250602083013567ffffffffffffffff811115610490575f5ffd5b61049c898286016101d2565b6020830152506104ae6040840161023c565b60408201526104bf6060840161023c565b606082810191909152820152925050604084013567ffffffffffffffff8111156104e7575f5ffd5b6104f3868287016102d0565b9150509250925092565b5f8151808452602084019350602083015f5b8281101561052d57815186526020958601959091019060010161050f565b5093949350505050565b5f8151808452602084019350602083015f5b8281101561052d578151805187526020908101518188015260409096019590910190600101610549565b8051608080845281519084018190525f9160200190829060a08601905b808310156105bb5783516001600160a01b031682526020938401936001939093019290910190610590565b5060208501516020870152604085015160408701526060850151925085810360608701526105e98184610537565b9695505050505050565b60018060a01b038716815285602082015284604082015283606082015260c060808201525f8351608060c084015261062f6101408401826104fd565b9050602085015160bf198483030160e085015261064c82826104fd565b915050604085015115156101008401526060850151151561012084015282810360a084015261067b8185610573565b999850505050505050505056fe60e060405234801561000f575f5ffd5b5060405161533f38038061533f83398101604081905261002e91610ee1565b808686868686838383835f5b8151518110156100775761006f825f0151828151811061005c5761005c610ff1565b602002602001015161041f60201b60201c565b60010161003a565b505f5b8160200151518110156100bb576100b3826020015182815181106100a0576100a0610ff1565b602002602001015161049260201b60201c565b60010161007a565b508060400151156100d0576100d060016104fa565b8060600151156100e4576100e4600161053b565b508115806100f557506312cc030082115b1561012c5760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061013d57506312cc030083115b1561016f5760405163410c09b760e11b815260048101849052602481018390526312cc03006044820152606401610123565b80158061017f57506301e1338081115b156101a0576040516358456f7360e01b815260048101829052602401610123565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506001600160a01b03851661021257604051633e0ad02160e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0387169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3505050505080604001515f1480610277575062278d008160400151115b156102a7576040808201519051630a41216560e31b8152600481019190915262278d006024820152604401610123565b604081015160c0525f5b81515181101561034d575f6102e7835f015183815181106102d4576102d4610ff1565b602002602001015161058460201b60201c565b5f818152601b6020526040902054909150156103195760405163b057350d60e01b815260048101829052602401610123565b610344835f0151838151811061033157610331610ff1565b60200260200101516106b560201b60201c565b506001016102b1565b508051516020820151111561038c5760208101518151516040516331fe9c3f60e21b815260048101929092525f60248301526044820152606401610123565b602081015161039a90610843565b5f5b816060015151811015610412575f826060015182815181106103c0576103c0610ff1565b602002602001015190505f6103e2825f0151836020015161089460201b60201c565b825160208401519192506103f69183610935565b815160208301516104089190836109a9565b505060010161039c565b50505050505050506110aa565b8061043d57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906104879083815260200190565b60405180910390a150565b806104b057604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b9101610487565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a2090602001610487565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061048790831515815260200190565b5f6105968263b987e78f60e01b610a1f565b6105be5760405163064db52160e11b81526001600160a01b0383166004820152602401610123565b60408051600481526024810182526020810180516001600160e01b03166309c2d37960e11b17905290515f9182916001600160a01b0386169161060091611005565b5f60405180830381855afa9150503d805f8114610638576040519150601f19603f3d011682016040523d82523d5f602084013e61063d565b606091505b509150915081158061065157508051602014155b1561067a57604051630c405f7960e01b81526001600160a01b0385166004820152602401610123565b6106838161101b565b9250826106ae57604051630c405f7960e01b81526001600160a01b0385166004820152602401610123565b5050919050565b5f6106bf82610584565b5f818152601b60205260409020549091506106da8382610a41565b6009545f8083810361073a575b6106f18383610b29565b15610706576106ff82611055565b91506106e7565b61071182600161106d565b5f868152601b6020526040902055846013836008811061073357610733610ff1565b0155610768565b610745600185611080565b9150600b826008811061075a5761075a610ff1565b01546001600160a01b031690505b85600b836008811061077c5761077c610ff1565b0180546001600160a01b0319166001600160a01b0392909216919091179055600a545f906107ab90600161106d565b90506107bc60016380000000611080565b8111156107df576040516326a13c8360e21b815260086004820152602401610123565b600a8190556107ef848483610b5b565b600955604080516001600160a01b0384811682526020820184905289169188917f9a2579d01c1aefaf7bcf4c2ecb491f66848bc256130fe4c501336817cdfe3dd2910160405180910390a350505050505050565b6009805460ff19811683179091556040805160ff831680825260208201859052917f746309f02cd284c385c74dd4ef79bb4208c4190c89a8b2e32391d212615a73c8910160405180910390a1505050565b5f8215806108a0575081155b156108c857604051635ad3cb5560e01b81526004810184905260248101839052604401610123565b604080516020808201869052818301859052825180830384018152606090920190925280519101205f81815260208052604090205490915061092f5760408051808201825284815260208082018581525f8581529180529290209051815590516001909101555b92915050565b5f818152601f60205260409020541561096b57604051635ad3cb5560e01b81526004810184905260248101839052604401610123565b5f838152601e6020908152604090912054106109a4576040516337193ac560e11b81526004810184905260206024820152604401610123565b505050565b5f838152601d60209081526040808320805460ff19166001908117909155601e83528184208054918201815580855283852090910186905554848452601f9092528083209190915551839185917fe14fe62a363f70bbc4cfc23fab7b354a5406a1f95f74af66beb33539f15d22319190a3505050565b5f610a2983610b98565b8015610a3a5750610a3a8383610be6565b9392505050565b6009545f805b6008811015610af557610a5a8382610b29565b5f03610a695760019150610aed565b846001600160a01b0316600b8260088110610a8657610a86610ff1565b01546001600160a01b0316148015610aa8575083610aa582600161106d565b14155b15610aed578460138260088110610ac157610ac1610ff1565b0154604051636c45c35b60e11b81526001600160a01b0390921660048301526024820152604401610123565b600101610a47565b5082158015610b02575080155b15610b23576040516326a13c8360e21b815260086004820152602401610123565b50505050565b5f610b3960016380000000611080565b610b4483601f611093565b610b4f90600861106d565b84901c16905092915050565b5f80610b6884601f611093565b610b7390600861106d565b905082811b81610b8860016380000000611080565b901b198616179150509392505050565b5f610baa826301ffc9a760e01b610be6565b15610bda575f80610bc3846001600160e01b0319610c0a565b91509150818015610bd2575080155b949350505050565b505f919050565b919050565b5f8080610bf38585610c0a565b91509150818015610c015750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b6001600160a01b0381168114610c52575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b0381118282101715610c8b57610c8b610c55565b60405290565b604051608081016001600160401b0381118282101715610c8b57610c8b610c55565b604051601f8201601f191681016001600160401b0381118282101715610cdb57610cdb610c55565b604052919050565b5f6001600160401b03821115610cfb57610cfb610c55565b5060051b60200190565b5f82601f830112610d14575f5ffd5b8151610d27610d2282610ce3565b610cb3565b8082825260208201915060208360051b860101925085831115610d48575f5ffd5b602085015b83811015610d65578051835260209283019201610d4d565b5095945050505050565b80518015158114610be1575f5ffd5b5f82601f830112610d8d575f5ffd5b8151610d9b610d2282610ce3565b8082825260208201915060208360061b860101925085831115610dbc575f5ffd5b602085015b83811015610d655760408188031215610dd8575f5ffd5b610de0610c69565b81518152602080830151818301529084529290920191604001610dc1565b5f60808284031215610e0e575f5ffd5b610e16610c91565b82519091506001600160401b03811115610e2e575f5ffd5b8201601f81018413610e3e575f5ffd5b8051610e4c610d2282610ce3565b8082825260208201915060208360051b850101925086831115610e6d575f5ffd5b6020840193505b82841015610e98578351610e8781610c3e565b825260209384019390910190610e74565b8452505050602082810151908201526040808301519082015260608201516001600160401b03811115610ec9575f5ffd5b610ed584828501610d7e565b60608301525092915050565b5f5f5f5f5f5f60c08789031215610ef6575f5ffd5b8651610f0181610c3e565b6020880151604089015160608a015160808b0151939950919750955093506001600160401b03811115610f32575f5ffd5b87016080818a031215610f43575f5ffd5b610f4b610c91565b81516001600160401b03811115610f60575f5ffd5b610f6c8b828501610d05565b82525060208201516001600160401b03811115610f87575f5ffd5b610f938b828501610d05565b602083015250610fa560408301610d6f565b6040820152610fb660608301610d6f565b606082015260a089015190935090506001600160401b03811115610fd8575f5ffd5b610fe489828a01610dfe565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b5f82518060208501845e5f920191825250919050565b8051602080830151919081101561103b575f198160200360031b1b821691505b50919050565b634e487b7160e01b5f52601160045260245ffd5b5f6001820161106657611066611041565b5060010190565b8082018082111561092f5761092f611041565b8181038181111561092f5761092f611041565b808202811582820484141761092f5761092f611041565b60805160a05160c05161424f6110f05f395f81816103fc01526110be01525f81816106ae015261277501525f81816107be0152818161377c01526137b2015261424f5ff3fe608060405234801561000f575f5ffd5b5060043610610388575f3560e01c806381474cc9116101df578063ba72d21c11610109578063dc04e893116100a9578063e427605b11610079578063e427605b1461085c578063e5392c8e14610864578063f0f470cf14610877578063f2fde38b1461087f575f5ffd5b8063dc04e8931461081b578063dcade3d31461082e578063dec7713b14610841578063e30c397814610854575f5ffd5b8063cd15a16c116100e4578063cd15a16c146107bc578063cfa45344146107e2578063d008b750146107f5578063d5606db814610808575f5ffd5b8063ba72d21c14610757578063bf8b211b1461075f578063c4a8bdbf14610781575f5ffd5b80639bdc86ff1161017f578063a6e386151161014f578063a6e38615146106d2578063ae7d757d14610701578063b501912614610717578063b8af460914610737575f5ffd5b80639bdc86ff1461067b5780639ca7acea1461068e5780639ced689f14610699578063a06db7dc146106ac575f5ffd5b806394985ddd116101ba57806394985ddd1461064557806397357dd214610658578063998aada81461066b5780639b14d4c614610673575f5ffd5b806381474cc9146105ff5780638da5cb5b146106215780638e9d059614610632575f5ffd5b806349d185b0116102c057806367b3f22c11610260578063721857ea11610230578063721857ea146105ad57806372dd6dd3146105b757806379ba5097146105ca5780637c9fb258146105d2575f5ffd5b806367b3f22c1461056c578063682f555c1461057f57806368542ab514610592578063715018a6146105a5575f5ffd5b806359db6e851161029b57806359db6e851461052b5780635a8cd9f71461053e5780635c40d7b2146105515780635c695a0714610564575f5ffd5b806349d185b0146104fa5780634b28160b1461050d578063535167b514610520575f5ffd5b80632f6622e51161032b57806337376ca81161030657806337376ca8146104a857806346619649146104bb578063467fc1db146104c657806347ecca51146104e7575f5ffd5b80632f6622e5146104505780633440a16a1461047257806335e7ce841461047d575f5ffd5b80631e079198116103665780631e079198146103d9578063283e55e9146103fa57806328e7654f1461042a5780632adf3f151461043d575f5ffd5b806301ffc9a71461038c5780630aa58c83146103b45780631d266200146103c4575b5f5ffd5b61039f61039a366004613973565b610892565b60405190151581526020015b60405180910390f35b600254610100900460ff1661039f565b6103d76103d236600461399a565b6108a2565b005b6103ec6103e73660046139b1565b6108b6565b6040516103ab929190613a16565b7f00000000000000000000000000000000000000000000000000000000000000005b6040519081526020016103ab565b6103d761043836600461399a565b610a65565b61041c61044b366004613a30565b610a73565b61039f61045e36600461399a565b5f9081526020819052604090205460ff1690565b60025460ff1661039f565b61049061048b36600461399a565b610aa8565b6040516001600160a01b0390911681526020016103ab565b6103d76104b636600461399a565b610af2565b61041c6301e1338081565b6104d96104d4366004613a30565b610b03565b6040516103ab929190613b1a565b6103d76104f5366004613a30565b610d9a565b61041c610508366004613be9565b610ee9565b61041c61051b366004613c53565b611192565b61041c6312cc030081565b6103d761053936600461399a565b6111e0565b61041c61054c366004613c80565b611327565b6103d761055f36600461399a565b6113a3565b6103d7611409565b6103d761057a36600461399a565b611455565b61041c61058d366004613c80565b611466565b6103d76105a036600461399a565b611507565b6103d7611606565b61041c62278d0081565b6103d76105c536600461399a565b611663565b6103d76116f0565b61041c6105e036600461399a565b5f9081526004602052604090205461010090046001600160401b031690565b61039f61060d36600461399a565b5f908152601d602052604090205460ff1690565b6007546001600160a01b0316610490565b61039f610640366004613a30565b6116fe565b61041c610653366004613cb0565b611725565b61041c610666366004613cfe565b6117b6565b6103d761180a565b60035461041c565b61041c610689366004613cfe565b61182c565b60095460ff1661041c565b61041c6106a7366004613d45565b611876565b7f000000000000000000000000000000000000000000000000000000000000000061041c565b61041c6106e036600461399a565b5f90815260046020526040902054600160481b90046001600160401b031690565b6107096118c2565b6040516103ab929190613d83565b61072a61072536600461399a565b611a39565b6040516103ab9190613de4565b61074a61074536600461399a565b611b8c565b6040516103ab9190613df6565b61041c602081565b61039f61076d36600461399a565b5f9081526001602052604090205460ff1690565b6107a761078f36600461399a565b5f908152602080526040902080546001909101549091565b604080519283526020830191909152016103ab565b7f000000000000000000000000000000000000000000000000000000000000000061041c565b6103d76107f036600461399a565b611beb565b61041c610803366004613e08565b611c54565b61041c610816366004613cfe565b611ca9565b61041c61082936600461399a565b611cf3565b61041c61083c366004613d45565b611d1b565b61041c61084f366004613cfe565b611d67565b610490611db3565b61041c600881565b61041c610872366004613e3d565b611ddc565b60055461041c565b6103d761088d366004613e57565b611e73565b5f61089c82611ef8565b92915050565b6108aa611f1c565b6108b381611f5e565b50565b5f6060306108c76020850185613e57565b6001600160a01b03161461090457505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff16801561095d57507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61094460e0850185613e70565b604051610952929190613eb2565b604051809103902014155b1561099f57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff166109f657505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff16158015610a1c575060608301355f9081526001602052604090205460ff16155b15610a5357505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b610a5c83611fb0565b91509150915091565b6108b3610539600183611192565b60408051602081018490529081018290525f906060015b60405160208183030381529060405280519060200120905092915050565b5f818152601b60205260408120548015610ae957600b610ac9600183613ed5565b60088110610ad957610ad9613ee8565b01546001600160a01b0316610aeb565b5f5b9392505050565b610afa611f1c565b6108b381611fbc565b60055460609081905f81861015610b3957610b1e8683613ed5565b8511610b3357610b2e8587613efc565b610b3b565b81610b3b565b855b90505f610b488783613ed5565b9050806001600160401b03811115610b6257610b62613f0f565b604051908082528060200260200182016040528015610b8b578160200160208202803683370190505b509450806001600160401b03811115610ba657610ba6613f0f565b604051908082528060200260200182016040528015610bdf57816020015b610bcc6138a8565b815260200190600190039081610bc45790505b5093505f5b81811015610d8f576005610bf8828a613efc565b81548110610c0857610c08613ee8565b905f5260205f200154868281518110610c2357610c23613ee8565b60200260200101818152505060045f878381518110610c4457610c44613ee8565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600c811115610c8657610c86613a8a565b600c811115610c9757610c97613a8a565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610cea90613f23565b80601f0160208091040260200160405190810160405280929190818152602001828054610d1690613f23565b8015610d615780601f10610d3857610100808354040283529160200191610d61565b820191905f5260205f20905b815481529060010190602001808311610d4457829003601f168201915b505050505081525050858281518110610d7c57610d7c613ee8565b6020908102919091010152600101610be4565b505050509250929050565b610da2611f1c565b5f610dad8383610a73565b5f818152601f6020526040812054919250819003610ded57604051635ad3cb5560e01b815260048101859052602481018490526044015b60405180910390fd5b5f848152601e6020526040812080549091908290610e0d90600190613ed5565b81548110610e1d57610e1d613ee8565b905f5260205f2001549050848114610e77578082610e3c600186613ed5565b81548110610e4c57610e4c613ee8565b905f5260205f20018190555082601f5f610e668985610a73565b815260208101919091526040015f20555b81805480610e8757610e87613f55565b5f828152602080822083015f19908101839055909201909255858252601f90526040812055610eb586612053565b604051859087907f6cece88498c72b215ab96258a4d085208328f962305ec36b54fa7ce34f0647a9905f90a3505050505050565b5f6001600160a01b038416610f1157604051630b2d189560e41b815260040160405180910390fd5b5f878152601b602052604081205490819003610f4357604051631fddc7a360e21b815260048101899052602401610de4565b5f610f4f600183613ed5565b90505f600b8260088110610f6557610f65613ee8565b01546009546001600160a01b0390911691505f90610f8390846120d6565b90505f610f91898989611327565b90505f610f9f848d8d612108565b80519091508d14610fdf5780516040516331302ca160e01b81526001600160a01b0386166004820152602481018f90526044810191909152606401610de4565b81816020015114611013576020810151604051630605ab1960e21b8152610de4918491600401918252602082015260400190565b5f8160600151600381111561102a5761102a613a8a565b1461104f57606081015160405163835f8a8160e01b8152610de4918f91600401613f69565b5f8d8152601d602052604090205460ff1680156110895750601f5f6110788f8460400151610a73565b81526020019081526020015f20545f145b156110b8578c81604001516040516322c1a15b60e01b8152600401610de4929190918252602082015260400190565b5f6110e37f000000000000000000000000000000000000000000000000000000000000000042613efc565b90506111086110f28c8c612295565b876020846001600160401b0316901b87176122b8565b8d8a8c6001600160a01b03167f01889aca8b2610371e2093b09e580c86f34c01c0f735d0dc3c90060194a2878c88866040015186604051611170939291906001600160a01b0393909316835260208301919091526001600160401b0316604082015260600190565b60405180910390a46001600160401b03169d9c50505050505050505050505050565b5f600183600c8111156111a7576111a7613a8a565b146111da5782826040516020016111bf929190613f8d565b60405160208183030381529060405280519060200120610aeb565b50919050565b5f818152600460209081526040808320600690925282205490910361121b57604051631e2ef17160e01b815260048101839052602401610de4565b8054600160481b90046001600160401b031642101561126857805460405163afff056960e01b815260048101849052600160481b9091046001600160401b03166024820152604401610de4565b8054600160881b90046001600160401b03164211156112b557805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b03166024820152604401610de4565b8054600182015460ff909116906112cb8461234f565b6112d58282612439565b81600c8111156112e7576112e7613a8a565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf18360405161131991815260200190565b60405180910390a350505050565b5f8140806113515760405163579bb03560e01b815260048101849052436024820152604401610de4565b6040805146602082015230918101919091526001600160a01b03861660608201526080810185905260a0810182905260c001604051602081830303815290604052805190602001209150509392505050565b6113ab611f1c565b600354811115806113bf57506312cc030081115b15611400578060035460016113d49190613efc565b60405163410c09b760e11b8152600481019290925260248201526312cc03006044820152606401610de4565b6108b381612443565b611411611f1c565b600254610100900460ff16156114495760045b60405163415301b960e01b815260ff90911660048201525f6024820152604401610de4565b6114536001612488565b565b61145d611f1c565b6108b3816124d1565b5f818152601b6020526040812054808203611484575f915050610aeb565b5f611490600183613ed5565b90505f6114d5601c5f6114a38a8a612295565b81526020019081526020015f206003846114bd9190613faf565b600381106114cd576114cd613ee8565b015483612515565b90506114ec816114e7600954856120d6565b61253b565b6114f6575f6114fc565b602081901c5b979650505050505050565b61150f611f1c565b5f818152601b60205260408120549081900361154157604051631fddc7a360e21b815260048101839052602401610de4565b5f61154d600183613ed5565b90505f600b826008811061156357611563613ee8565b01546009546001600160a01b03909116915061158090835f612557565b600955600b826008811061159657611596613ee8565b0180546001600160a01b0319169055601382600881106115b8576115b8613ee8565b5f9101819055848152601b6020526040808220829055516001600160a01b0383169186917f3d3f5ac13a6e03fa07df2ee7b28e40971c0793034162dfd6728cc3b533c1f6b49190a350505050565b61160e611f1c565b611616612594565b600780546001600160a01b031981169091556040516001600160a01b03909116905f9082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908390a350565b5f81815260066020526040812054900361169357604051631e2ef17160e01b815260048101829052602401610de4565b5f81815260046020526040902054600160881b90046001600160401b03164281106116e3576040516315577c9160e31b8152600481018390526001600160401b0382166024820152604401610de4565b6116ec826125dd565b5050565b611453610539600633611192565b5f601f5f61170c8585610a73565b81526020019081526020015f20545f1415905092915050565b5f61172e611f1c565b5f6117398686612644565b905061177c600c8286868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b91508486837f6e540cc71c0901c579a6280f78238358a39d6732c950c41cf9ac04b258f8196060405160405180910390a450949350505050565b5f6117bf611f1c565b6118026005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b949350505050565b611812611f1c565b60025460ff16611823576003611424565b6114535f61294e565b5f611835611f1c565b61180260018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b5f61187f611f1c565b610aeb60035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b60095460609081905f805b60088110156118f9576118e083826120d6565b156118f1576118ee82613fc2565b91505b6001016118cd565b50806001600160401b0381111561191257611912613f0f565b60405190808252806020026020018201604052801561193b578160200160208202803683370190505b509350806001600160401b0381111561195657611956613f0f565b60405190808252806020026020018201604052801561197f578160200160208202803683370190505b5092505f5f5b6008811015611a315761199884826120d6565b15611a2957601381600881106119b0576119b0613ee8565b01548683815181106119c4576119c4613ee8565b602002602001018181525050600b81600881106119e3576119e3613ee8565b015485516001600160a01b0390911690869084908110611a0557611a05613ee8565b6001600160a01b0390921660209283029190910190910152611a2682613fc2565b91505b600101611985565b505050509091565b611a416138a8565b5f828152600660205260408120549003611a7157604051631e2ef17160e01b815260048101839052602401610de4565b5f8281526004602052604090819020815160c081019092528054829060ff16600c811115611aa157611aa1613a8a565b600c811115611ab257611ab2613a8a565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191611b0590613f23565b80601f0160208091040260200160405190810160405280929190818152602001828054611b3190613f23565b8015611b7c5780601f10611b5357610100808354040283529160200191611b7c565b820191905f5260205f20905b815481529060010190602001808311611b5f57829003601f168201915b5050505050815250509050919050565b5f818152601e6020908152604091829020805483518184028101840190945280845260609392830182828015611bdf57602002820191905f5260205f20905b815481526020019060010190808311611bcb575b50505050509050919050565b611bf3611f1c565b5f611c0060095460ff1690565b90508082111580611c115750600882115b15611c4b5781611c22826001613efc565b6040516331fe9c3f60e21b81526004810192909252602482015260086044820152606401610de4565b6116ec8261298f565b5f611c5d611f1c565b611802600a856001600160a01b03165f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b5f611cb2611f1c565b61180260028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b5f611cfc611f1c565b61089c60018360405180602001604052805f8152506126c4565b919050565b5f611d24611f1c565b610aeb60045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b5f611d70611f1c565b611802600b855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b6008545f906001600160a01b0316611dca816129e0565b611dd4575f611dd6565b805b91505090565b6009545f9081601c81611def8787612295565b81526020019081526020015f2090505f5b6008811015611e6a575f611e1484836120d6565b90508015801590611e505750611e50611e4a84611e32600386613faf565b60038110611e4257611e42613ee8565b015484612515565b8261253b565b15611e6157611e5e85613fc2565b94505b50600101611e00565b50505092915050565b611e7b611f1c565b611e83612594565b611ea660066001600160a01b03831660405180602001604052805f8152506126c4565b50600880546001600160a01b0319166001600160a01b03838116918217909255600754604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f6001600160e01b0319821663662a386160e11b148061089c575061089c82612a13565b6007546001600160a01b03163381141580611f3e57506001600160a01b038116155b156108b3576040516331d69cb360e11b8152336004820152602401610de4565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c90611fa59083815260200190565b60405180910390a150565b5f6060610a5c83612a37565b5f818152600660205260408120549003611fec57604051631e2ef17160e01b815260048101829052602401610de4565b5f8181526004602052604090208054600182015460ff9091169061200f8461234f565b81600c81111561202157612021613a8a565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da48768360405161131991815260200190565b5f818152601b60205260408120549081900361206d575050565b5f600a54600161207d9190613efc565b905061208e60016380000000613ed5565b8111156120b1576040516326a13c8360e21b815260086004820152602401610de4565b600a8190556009546120ce906120c8600185613ed5565b83612557565b600955505050565b5f6120e660016380000000613ed5565b6120f183601f613fda565b6120fc906008613efc565b84901c16905092915050565b6121106138f5565b5f5f856001600160a01b0316858560405160240161212f929190613ff1565b60408051601f198184030181529181526020820180516001600160e01b031663473b057f60e11b17905251612164919061401f565b5f604051808303815f865af19150503d805f811461219d576040519150601f19603f3d011682016040523d82523d5f602084013e6121a2565b606091505b5091509150816121c957858160405163497fa9d960e01b8152600401610de4929190614035565b80516080146121f657604051630152a8fd60e21b81526001600160a01b0387166004820152602401610de4565b5f5f5f5f8480602001905181019061220e9190614058565b92965090945092509050600381111561224557604051630152a8fd60e21b81526001600160a01b038b166004820152602401610de4565b604051806080016040528085815260200184815260200183815260200182600381111561227457612274613a8a565b600381111561228557612285613a8a565b90529a9950505050505050505050565b604080516001600160a01b03841660208201529081018290525f90606001610a8a565b5f838152601c60205260408120906122d160038561408b565b6122dc906050613fda565b90505f816122ef6001600160501b613ed5565b901b19836122fe600388613faf565b6003811061230e5761230e613ee8565b0154169050816123236001600160501b613ed5565b8516901b811783612335600388613faf565b6003811061234557612345613ee8565b0155505050505050565b5f818152600660205260409020546005548082146123cf575f6005612375600184613ed5565b8154811061238557612385613ee8565b905f5260205f20015490508060056001856123a09190613ed5565b815481106123b0576123b0613ee8565b5f91825260208083209091019290925591825260069052604090208290555b60058054806123e0576123e0613f55565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b031916815560018101829055906124326002830182613929565b5050505050565b6116ec8282612b6a565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa190611fa590831515815260200190565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e89479101611fa5565b5f6125256001600160501b613ed5565b61253060038461408b565b6120fc906050613fda565b5f63ffffffff831682148015610aeb5750505060201c42111590565b5f8061256484601f613fda565b61256f906008613efc565b905082811b8161258460016380000000613ed5565b901b198616179150509392505050565b6008546001600160a01b03166125a9816129e0565b156125ca576125ca6125c560066001600160a01b038416611192565b611fbc565b50600880546001600160a01b0319169055565b5f8181526004602052604090208054600182015460ff909116906126008461234f565b81600c81111561261257612612613a8a565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b558360405161131991815260200190565b5f821580612650575081155b1561267857604051635ad3cb5560e01b81526004810184905260248101839052604401610de4565b6126828383610a73565b5f81815260208052604090205490915061089c5760408051808201825293845260208085019384525f8381529080522092518355905160019092019190915590565b5f6126cf8484612c45565b6126d98484611192565b5f818152600660205260409020549091501561275e575f81815260046020526040902054600160881b90046001600160401b03164211612755575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b03166024820152604401610de4565b61275e816125dd565b5f6003544261276d9190613efc565b90505f61279a7f00000000000000000000000000000000000000000000000000000000000000008361409e565b90506040518060c0016040528087600c8111156127b9576127b9613a8a565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600c81111561281b5761281b613a8a565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a082015160028201906128b49082614101565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600c81111561290757612907613a8a565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad248785858960405161293d94939291906141bb565b60405180910390a350509392505050565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a2090602001611fa5565b6009805460ff19811683179091556040805160ff831680825260208201859052917f746309f02cd284c385c74dd4ef79bb4208c4190c89a8b2e32391d212615a73c8910160405180910390a1505050565b5f6001600160a01b0382161580159061089c5750612a0b6106e060066001600160a01b038516611192565b151592915050565b5f6001600160e01b031982166394be599960e01b148061089c575061089c82612c4f565b6009545f9060609060ff81168015612b49575f601c81612a6a612a6060608a0160408b01613e57565b8960200135612295565b81526020019081526020015f2090505f5f5f5f1990505f5b6008811015612b12575f612a9688836120d6565b9050805f03612aa55750612b0a565b82612ab1600384613faf565b14612ada57612ac1600383613faf565b9250858360038110612ad557612ad5613ee8565b015493505b612ae7611e4a8584612515565b8015612afd575086612af886613fc2565b955085145b15612b085750612b12565b505b600101612a82565b5084831015612b44575f60405180606001604052806024815260200161421f6024913997509750505050505050915091565b505050505b612b5f60408051602081019091525f8152600191565b935093505050915091565b600a82600c811115612b7e57612b7e613a8a565b03612b95576116ec612b908383612c73565b612c9b565b600c82600c811115612ba957612ba9613a8a565b03612c19575f818152602080805260409182902082518084019093528054808452600190910154918301829052612be09184612e29565b80515f908152601d602052604090205460ff16612c02578051612c0290612053565b612c14815f0151826020015184612e98565b505050565b600b82600c811115612c2d57612c2d613a8a565b03612c3b576116ec8161298f565b6116ec8282612f0e565b6116ec8282612fc7565b5f6001600160e01b03198216631ed3f1f960e31b148061089c575061089c8261316f565b5f60a082901c156111da578282604051636e8c20ed60e01b8152600401610de4929190613f8d565b5f612ca5826131be565b5f818152601b6020526040902054909150612cc083826132ef565b6009545f80838103612d20575b612cd783836120d6565b15612cec57612ce582613fc2565b9150612ccd565b612cf7826001613efc565b5f868152601b60205260409020558460138360088110612d1957612d19613ee8565b0155612d4e565b612d2b600185613ed5565b9150600b8260088110612d4057612d40613ee8565b01546001600160a01b031690505b85600b8360088110612d6257612d62613ee8565b0180546001600160a01b0319166001600160a01b0392909216919091179055600a545f90612d91906001613efc565b9050612da260016380000000613ed5565b811115612dc5576040516326a13c8360e21b815260086004820152602401610de4565b600a819055612dd5848483612557565b600955604080516001600160a01b0384811682526020820184905289169188917f9a2579d01c1aefaf7bcf4c2ecb491f66848bc256130fe4c501336817cdfe3dd2910160405180910390a350505050505050565b5f818152601f602052604090205415612e5f57604051635ad3cb5560e01b81526004810184905260248101839052604401610de4565b5f838152601e602090815260409091205410612c14576040516337193ac560e11b81526004810184905260206024820152604401610de4565b5f838152601d60209081526040808320805460ff19166001908117909155601e83528184208054918201815580855283852090910186905554848452601f9092528083209190915551839185917fe14fe62a363f70bbc4cfc23fab7b354a5406a1f95f74af66beb33539f15d22319190a3505050565b600682600c811115612f2257612f22613a8a565b14612f31576116ec82826133d7565b5f612f3c8383612c73565b9050336001600160a01b03821614612f69576040516331d69cb360e11b8152336004820152602401610de4565b600780546001600160a01b038381166001600160a01b03198084168217909455600880549094169093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a350505050565b600a82600c811115612fdb57612fdb613a8a565b0361308d575f612feb8383612c73565b90505f612ff7826131be565b5f818152601b6020526040902054909150801580159061304657506001600160a01b038316600b613029600184613ed5565b6008811061303957613039613ee8565b01546001600160a01b0316145b156130835784600c81111561305d5761305d613a8a565b60405163415301b960e01b815260ff909116600482015260248101859052604401610de4565b61243283826132ef565b600c82600c8111156130a1576130a1613a8a565b036130e7575f818152602080526040902080546130d5578282604051636e8c20ed60e01b8152600401610de4929190613f8d565b612c14815f0154826001015484612e29565b600b82600c8111156130fb576130fb613a8a565b03613165575f61310d60095460ff1690565b905080158061311c5750808210155b15612c1457815f821561313957613134600184613ed5565b61313b565b5f5b6040516331fe9c3f60e21b8152600481019390935260248301919091526044820152606401610de4565b6116ec828261349f565b5f6001600160e01b031982166303c0f23360e31b148061319f57506001600160e01b0319821663ae082e1760e01b145b8061089c57506301ffc9a760e01b6001600160e01b031983161461089c565b5f6131d08263b987e78f60e01b613544565b6131f85760405163064db52160e11b81526001600160a01b0383166004820152602401610de4565b60408051600481526024810182526020810180516001600160e01b03166309c2d37960e11b17905290515f9182916001600160a01b0386169161323a9161401f565b5f60405180830381855afa9150503d805f8114613272576040519150601f19603f3d011682016040523d82523d5f602084013e613277565b606091505b509150915081158061328b57508051602014155b156132b457604051630c405f7960e01b81526001600160a01b0385166004820152602401610de4565b6132bd816141fb565b9250826132e857604051630c405f7960e01b81526001600160a01b0385166004820152602401610de4565b5050919050565b6009545f805b60088110156133a35761330883826120d6565b5f03613317576001915061339b565b846001600160a01b0316600b826008811061333457613334613ee8565b01546001600160a01b0316148015613356575083613353826001613efc565b14155b1561339b57846013826008811061336f5761336f613ee8565b0154604051636c45c35b60e11b81526001600160a01b0390921660048301526024820152604401610de4565b6001016132f5565b50821580156133b0575080155b156133d1576040516326a13c8360e21b815260086004820152602401610de4565b50505050565b600182600c8111156133eb576133eb613a8a565b036133f9576116ec8161355f565b600282600c81111561340d5761340d613a8a565b0361341b576116ec816135c7565b600382600c81111561342f5761342f613a8a565b0361343e576116ec600161294e565b600482600c81111561345257613452613a8a565b03613460576116ec5f612488565b600582600c81111561347457613474613a8a565b03613482576116ec81612443565b8181604051636e8c20ed60e01b8152600401610de4929190613f8d565b600682600c8111156134b3576134b3613a8a565b146134c2576116ec828261362f565b5f6134cd8383612c73565b90506001600160a01b0381166134f657604051633e0ad02160e01b815260040160405180910390fd5b6007546001600160a01b0390811690821603612c145782600c81111561351e5761351e613a8a565b60405163415301b960e01b815260ff909116600482015260248101839052604401610de4565b5f61354e8361380a565b8015610aeb5750610aeb8383613850565b8061357d57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af90611fa59083815260200190565b806135e557604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b9101611fa5565b600182600c81111561364357613643613a8a565b036136b5578061366657604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b156116ec5781600c81111561368f5761368f613a8a565b60405163415301b960e01b815260ff909116600482015260248101829052604401610de4565b600282600c8111156136c9576136c9613a8a565b0361370257806136ec57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff16613678565b600382600c81111561371657613716613a8a565b036137265760025460ff16613678565b600482600c81111561373a5761373a613a8a565b0361376057600254610100900460ff166116ec5781600c81111561368f5761368f613a8a565b600582600c81111561377457613774613a8a565b0361348257807f00000000000000000000000000000000000000000000000000000000000000008110806137aa57506003548110155b15612c1457807f000000000000000000000000000000000000000000000000000000000000000060016003546137e09190613ed5565b60405163410c09b760e11b8152600481019390935260248301919091526044820152606401610de4565b5f61381c826301ffc9a760e01b613850565b15613849575f80613835846001600160e01b0319613874565b915091508180156118025750159392505050565b505f919050565b5f5f5f61385d8585613874565b9150915081801561386b5750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b60405180608001604052805f81526020015f81526020015f81526020015f600381111561392457613924613a8a565b905290565b50805461393590613f23565b5f825580601f10613944575050565b601f0160209004905f5260205f20908101906108b391905b8082111561396f575f815560010161395c565b5090565b5f60208284031215613983575f5ffd5b81356001600160e01b031981168114610aeb575f5ffd5b5f602082840312156139aa575f5ffd5b5035919050565b5f602082840312156139c1575f5ffd5b81356001600160401b038111156139d6575f5ffd5b82016101208185031215610aeb575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f61180260408301846139e8565b5f5f60408385031215613a41575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b82811015613a80578151865260209586019590910190600101613a62565b5093949350505050565b634e487b7160e01b5f52602160045260245ffd5b600d8110613aae57613aae613a8a565b9052565b613abd828251613a9e565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a085015261180260c08501826139e8565b604081525f613b2c6040830185613a50565b828103602084015280845180835260208301915060208160051b840101602087015f5b83811015613b8157601f19868403018552613b6b838351613ab2565b6020958601959093509190910190600101613b4f565b509098975050505050505050565b5f5f83601f840112613b9f575f5ffd5b5081356001600160401b03811115613bb5575f5ffd5b602083019150836020828501011115613bcc575f5ffd5b9250929050565b80356001600160a01b0381168114611d16575f5ffd5b5f5f5f5f5f5f60a08789031215613bfe575f5ffd5b8635955060208701356001600160401b03811115613c1a575f5ffd5b613c2689828a01613b8f565b9096509450613c39905060408801613bd3565b959894975092956060810135946080909101359350915050565b5f5f60408385031215613c64575f5ffd5b8235600d8110613c72575f5ffd5b946020939093013593505050565b5f5f5f60608486031215613c92575f5ffd5b613c9b84613bd3565b95602085013595506040909401359392505050565b5f5f5f5f60608587031215613cc3575f5ffd5b843593506020850135925060408501356001600160401b03811115613ce6575f5ffd5b613cf287828801613b8f565b95989497509550505050565b5f5f5f60408486031215613d10575f5ffd5b8335925060208401356001600160401b03811115613d2c575f5ffd5b613d3886828701613b8f565b9497909650939450505050565b5f5f60208385031215613d56575f5ffd5b82356001600160401b03811115613d6b575f5ffd5b613d7785828601613b8f565b90969095509350505050565b604081525f613d956040830185613a50565b82810360208401528084518083526020830191506020860192505f5b81811015613dd85783516001600160a01b0316835260209384019390920191600101613db1565b50909695505050505050565b602081525f610aeb6020830184613ab2565b602081525f610aeb6020830184613a50565b5f5f5f60408486031215613e1a575f5ffd5b613e2384613bd3565b925060208401356001600160401b03811115613d2c575f5ffd5b5f5f60408385031215613e4e575f5ffd5b613c7283613bd3565b5f60208284031215613e67575f5ffd5b610aeb82613bd3565b5f5f8335601e19843603018112613e85575f5ffd5b8301803591506001600160401b03821115613e9e575f5ffd5b602001915036819003821315613bcc575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561089c5761089c613ec1565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561089c5761089c613ec1565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680613f3757607f821691505b6020821081036111da57634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b8281526040810160048310613f8057613f80613a8a565b8260208301529392505050565b60408101613f808285613a9e565b634e487b7160e01b5f52601260045260245ffd5b5f82613fbd57613fbd613f9b565b500490565b5f60018201613fd357613fd3613ec1565b5060010190565b808202811582820484141761089c5761089c613ec1565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f82518060208501845e5f920191825250919050565b6001600160a01b03831681526040602082018190525f90611802908301846139e8565b5f5f5f5f6080858703121561406b575f5ffd5b505082516020840151604085015160609095015191969095509092509050565b5f8261409957614099613f9b565b500690565b6001600160401b03818116838216019081111561089c5761089c613ec1565b601f821115612c1457805f5260205f20601f840160051c810160208510156140e25750805b601f840160051c820191505b81811015612432575f81556001016140ee565b81516001600160401b0381111561411a5761411a613f0f565b61412e816141288454613f23565b846140bd565b6020601f821160018114614160575f83156141495750848201515b5f19600385901b1c1916600184901b178455612432565b5f84815260208120601f198516915b8281101561418f578785015182556020948501946001909201910161416f565b50848210156141ac57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f6141f160808301846139e8565b9695505050505050565b805160208083015191908110156111da575f1960209190910360031b1b1691905056fe496e73756666696369656e74205445452076656e646f72206174746573746174696f6e73a164736f6c634300081c000aa164736f6c634300081c000a' as const
/** Creation bytecode of contracts/VerifiedTimelockAppAuth.sol:VerifiedTimelockAppAuth. */
export const verifiedTimelockAppAuthBytecode =
  '0x60e060405234801561000f575f5ffd5b5060405161533f38038061533f83398101604081905261002e91610ee1565b808686868686838383835f5b8151518110156100775761006f825f0151828151811061005c5761005c610ff1565b602002602001015161041f60201b60201c565b60010161003a565b505f5b8160200151518110156100bb576100b3826020015182815181106100a0576100a0610ff1565b602002602001015161049260201b60201c565b60010161007a565b508060400151156100d0576100d060016104fa565b8060600151156100e4576100e4600161053b565b508115806100f557506312cc030082115b1561012c5760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061013d57506312cc030083115b1561016f5760405163410c09b760e11b815260048101849052602481018390526312cc03006044820152606401610123565b80158061017f57506301e1338081115b156101a0576040516358456f7360e01b815260048101829052602401610123565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506001600160a01b03851661021257604051633e0ad02160e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0387169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3505050505080604001515f1480610277575062278d008160400151115b156102a7576040808201519051630a41216560e31b8152600481019190915262278d006024820152604401610123565b604081015160c0525f5b81515181101561034d575f6102e7835f015183815181106102d4576102d4610ff1565b602002602001015161058460201b60201c565b5f818152601b6020526040902054909150156103195760405163b057350d60e01b815260048101829052602401610123565b610344835f0151838151811061033157610331610ff1565b60200260200101516106b560201b60201c565b506001016102b1565b508051516020820151111561038c5760208101518151516040516331fe9c3f60e21b815260048101929092525f60248301526044820152606401610123565b602081015161039a90610843565b5f5b816060015151811015610412575f826060015182815181106103c0576103c0610ff1565b602002602001015190505f6103e2825f0151836020015161089460201b60201c565b825160208401519192506103f69183610935565b815160208301516104089190836109a9565b505060010161039c565b50505050505050506110aa565b8061043d57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906104879083815260200190565b60405180910390a150565b806104b057604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b9101610487565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a2090602001610487565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061048790831515815260200190565b5f6105968263b987e78f60e01b610a1f565b6105be5760405163064db52160e11b81526001600160a01b0383166004820152602401610123565b60408051600481526024810182526020810180516001600160e01b03166309c2d37960e11b17905290515f9182916001600160a01b0386169161060091611005565b5f60405180830381855afa9150503d805f8114610638576040519150601f19603f3d011682016040523d82523d5f602084013e61063d565b606091505b509150915081158061065157508051602014155b1561067a57604051630c405f7960e01b81526001600160a01b0385166004820152602401610123565b6106838161101b565b9250826106ae57604051630c405f7960e01b81526001600160a01b0385166004820152602401610123565b5050919050565b5f6106bf82610584565b5f818152601b60205260409020549091506106da8382610a41565b6009545f8083810361073a575b6106f18383610b29565b15610706576106ff82611055565b91506106e7565b61071182600161106d565b5f868152601b6020526040902055846013836008811061073357610733610ff1565b0155610768565b610745600185611080565b9150600b826008811061075a5761075a610ff1565b01546001600160a01b031690505b85600b836008811061077c5761077c610ff1565b0180546001600160a01b0319166001600160a01b0392909216919091179055600a545f906107ab90600161106d565b90506107bc60016380000000611080565b8111156107df576040516326a13c8360e21b815260086004820152602401610123565b600a8190556107ef848483610b5b565b600955604080516001600160a01b0384811682526020820184905289169188917f9a2579d01c1aefaf7bcf4c2ecb491f66848bc256130fe4c501336817cdfe3dd2910160405180910390a350505050505050565b6009805460ff19811683179091556040805160ff831680825260208201859052917f746309f02cd284c385c74dd4ef79bb4208c4190c89a8b2e32391d212615a73c8910160405180910390a1505050565b5f8215806108a0575081155b156108c857604051635ad3cb5560e01b81526004810184905260248101839052604401610123565b604080516020808201869052818301859052825180830384018152606090920190925280519101205f81815260208052604090205490915061092f5760408051808201825284815260208082018581525f8581529180529290209051815590516001909101555b92915050565b5f818152601f60205260409020541561096b57604051635ad3cb5560e01b81526004810184905260248101839052604401610123565b5f838152601e6020908152604090912054106109a4576040516337193ac560e11b81526004810184905260206024820152604401610123565b505050565b5f838152601d60209081526040808320805460ff19166001908117909155601e83528184208054918201815580855283852090910186905554848452601f9092528083209190915551839185917fe14fe62a363f70bbc4cfc23fab7b354a5406a1f95f74af66beb33539f15d22319190a3505050565b5f610a2983610b98565b8015610a3a5750610a3a8383610be6565b9392505050565b6009545f805b6008811015610af557610a5a8382610b29565b5f03610a695760019150610aed565b846001600160a01b0316600b8260088110610a8657610a86610ff1565b01546001600160a01b0316148015610aa8575083610aa582600161106d565b14155b15610aed578460138260088110610ac157610ac1610ff1565b0154604051636c45c35b60e11b81526001600160a01b0390921660048301526024820152604401610123565b600101610a47565b5082158015610b02575080155b15610b23576040516326a13c8360e21b815260086004820152602401610123565b50505050565b5f610b3960016380000000611080565b610b4483601f611093565b610b4f90600861106d565b84901c16905092915050565b5f80610b6884601f611093565b610b7390600861106d565b905082811b81610b8860016380000000611080565b901b198616179150509392505050565b5f610baa826301ffc9a760e01b610be6565b15610bda575f80610bc3846001600160e01b0319610c0a565b91509150818015610bd2575080155b949350505050565b505f919050565b919050565b5f8080610bf38585610c0a565b91509150818015610c015750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b6001600160a01b0381168114610c52575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b0381118282101715610c8b57610c8b610c55565b60405290565b604051608081016001600160401b0381118282101715610c8b57610c8b610c55565b604051601f8201601f191681016001600160401b0381118282101715610cdb57610cdb610c55565b604052919050565b5f6001600160401b03821115610cfb57610cfb610c55565b5060051b60200190565b5f82601f830112610d14575f5ffd5b8151610d27610d2282610ce3565b610cb3565b8082825260208201915060208360051b860101925085831115610d48575f5ffd5b602085015b83811015610d65578051835260209283019201610d4d565b5095945050505050565b80518015158114610be1575f5ffd5b5f82601f830112610d8d575f5ffd5b8151610d9b610d2282610ce3565b8082825260208201915060208360061b860101925085831115610dbc575f5ffd5b602085015b83811015610d655760408188031215610dd8575f5ffd5b610de0610c69565b81518152602080830151818301529084529290920191604001610dc1565b5f60808284031215610e0e575f5ffd5b610e16610c91565b82519091506001600160401b03811115610e2e575f5ffd5b8201601f81018413610e3e575f5ffd5b8051610e4c610d2282610ce3565b8082825260208201915060208360051b850101925086831115610e6d575f5ffd5b6020840193505b82841015610e98578351610e8781610c3e565b825260209384019390910190610e74565b8452505050602082810151908201526040808301519082015260608201516001600160401b03811115610ec9575f5ffd5b610ed584828501610d7e565b60608301525092915050565b5f5f5f5f5f5f60c08789031215610ef6575f5ffd5b8651610f0181610c3e565b6020880151604089015160608a015160808b0151939950919750955093506001600160401b03811115610f32575f5ffd5b87016080818a031215610f43575f5ffd5b610f4b610c91565b81516001600160401b03811115610f60575f5ffd5b610f6c8b828501610d05565b82525060208201516001600160401b03811115610f87575f5ffd5b610f938b828501610d05565b602083015250610fa560408301610d6f565b6040820152610fb660608301610d6f565b606082015260a089015190935090506001600160401b03811115610fd8575f5ffd5b610fe489828a01610dfe565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b5f82518060208501845e5f920191825250919050565b8051602080830151919081101561103b575f198160200360031b1b821691505b50919050565b634e487b7160e01b5f52601160045260245ffd5b5f6001820161106657611066611041565b5060010190565b8082018082111561092f5761092f611041565b8181038181111561092f5761092f611041565b808202811582820484141761092f5761092f611041565b60805160a05160c05161424f6110f05f395f81816103fc01526110be01525f81816106ae015261277501525f81816107be0152818161377c01526137b2015261424f5ff3fe608060405234801561000f575f5ffd5b5060043610610388575f3560e01c806381474cc9116101df578063ba72d21c11610109578063dc04e893116100a9578063e427605b11610079578063e427605b1461085c578063e5392c8e14610864578063f0f470cf14610877578063f2fde38b1461087f575f5ffd5b8063dc04e8931461081b578063dcade3d31461082e578063dec7713b14610841578063e30c397814610854575f5ffd5b8063cd15a16c116100e4578063cd15a16c146107bc578063cfa45344146107e2578063d008b750146107f5578063d5606db814610808575f5ffd5b8063ba72d21c14610757578063bf8b211b1461075f578063c4a8bdbf14610781575f5ffd5b80639bdc86ff1161017f578063a6e386151161014f578063a6e38615146106d2578063ae7d757d14610701578063b501912614610717578063b8af460914610737575f5ffd5b80639bdc86ff1461067b5780639ca7acea1461068e5780639ced689f14610699578063a06db7dc146106ac575f5ffd5b806394985ddd116101ba57806394985ddd1461064557806397357dd214610658578063998aada81461066b5780639b14d4c614610673575f5ffd5b806381474cc9146105ff5780638da5cb5b146106215780638e9d059614610632575f5ffd5b806349d185b0116102c057806367b3f22c11610260578063721857ea11610230578063721857ea146105ad57806372dd6dd3146105b757806379ba5097146105ca5780637c9fb258146105d2575f5ffd5b806367b3f22c1461056c578063682f555c1461057f57806368542ab514610592578063715018a6146105a5575f5ffd5b806359db6e851161029b57806359db6e851461052b5780635a8cd9f71461053e5780635c40d7b2146105515780635c695a0714610564575f5ffd5b806349d185b0146104fa5780634b28160b1461050d578063535167b514610520575f5ffd5b80632f6622e51161032b57806337376ca81161030657806337376ca8146104a857806346619649146104bb578063467fc1db146104c657806347ecca51146104e7575f5ffd5b80632f6622e5146104505780633440a16a1461047257806335e7ce841461047d575f5ffd5b80631e079198116103665780631e079198146103d9578063283e55e9146103fa57806328e7654f1461042a5780632adf3f151461043d575f5ffd5b806301ffc9a71461038c5780630aa58c83146103b45780631d266200146103c4575b5f5ffd5b61039f61039a366004613973565b610892565b60405190151581526020015b60405180910390f35b600254610100900460ff1661039f565b6103d76103d236600461399a565b6108a2565b005b6103ec6103e73660046139b1565b6108b6565b6040516103ab929190613a16565b7f00000000000000000000000000000000000000000000000000000000000000005b6040519081526020016103ab565b6103d761043836600461399a565b610a65565b61041c61044b366004613a30565b610a73565b61039f61045e36600461399a565b5f9081526020819052604090205460ff1690565b60025460ff1661039f565b61049061048b36600461399a565b610aa8565b6040516001600160a01b0390911681526020016103ab565b6103d76104b636600461399a565b610af2565b61041c6301e1338081565b6104d96104d4366004613a30565b610b03565b6040516103ab929190613b1a565b6103d76104f5366004613a30565b610d9a565b61041c610508366004613be9565b610ee9565b61041c61051b366004613c53565b611192565b61041c6312cc030081565b6103d761053936600461399a565b6111e0565b61041c61054c366004613c80565b611327565b6103d761055f36600461399a565b6113a3565b6103d7611409565b6103d761057a36600461399a565b611455565b61041c61058d366004613c80565b611466565b6103d76105a036600461399a565b611507565b6103d7611606565b61041c62278d0081565b6103d76105c536600461399a565b611663565b6103d76116f0565b61041c6105e036600461399a565b5f9081526004602052604090205461010090046001600160401b031690565b61039f61060d36600461399a565b5f908152601d602052604090205460ff1690565b6007546001600160a01b0316610490565b61039f610640366004613a30565b6116fe565b61041c610653366004613cb0565b611725565b61041c610666366004613cfe565b6117b6565b6103d761180a565b60035461041c565b61041c610689366004613cfe565b61182c565b60095460ff1661041c565b61041c6106a7366004613d45565b611876565b7f000000000000000000000000000000000000000000000000000000000000000061041c565b61041c6106e036600461399a565b5f90815260046020526040902054600160481b90046001600160401b031690565b6107096118c2565b6040516103ab929190613d83565b61072a61072536600461399a565b611a39565b6040516103ab9190613de4565b61074a61074536600461399a565b611b8c565b6040516103ab9190613df6565b61041c602081565b61039f61076d36600461399a565b5f9081526001602052604090205460ff1690565b6107a761078f36600461399a565b5f908152602080526040902080546001909101549091565b604080519283526020830191909152016103ab565b7f000000000000000000000000000000000000000000000000000000000000000061041c565b6103d76107f036600461399a565b611beb565b61041c610803366004613e08565b611c54565b61041c610816366004613cfe565b611ca9565b61041c61082936600461399a565b611cf3565b61041c61083c366004613d45565b611d1b565b61041c61084f366004613cfe565b611d67565b610490611db3565b61041c600881565b61041c610872366004613e3d565b611ddc565b60055461041c565b6103d761088d366004613e57565b611e73565b5f61089c82611ef8565b92915050565b6108aa611f1c565b6108b381611f5e565b50565b5f6060306108c76020850185613e57565b6001600160a01b03161461090457505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff16801561095d57507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61094460e0850185613e70565b604051610952929190613eb2565b604051809103902014155b1561099f57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff166109f657505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff16158015610a1c575060608301355f9081526001602052604090205460ff16155b15610a5357505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b610a5c83611fb0565b91509150915091565b6108b3610539600183611192565b60408051602081018490529081018290525f906060015b60405160208183030381529060405280519060200120905092915050565b5f818152601b60205260408120548015610ae957600b610ac9600183613ed5565b60088110610ad957610ad9613ee8565b01546001600160a01b0316610aeb565b5f5b9392505050565b610afa611f1c565b6108b381611fbc565b60055460609081905f81861015610b3957610b1e8683613ed5565b8511610b3357610b2e8587613efc565b610b3b565b81610b3b565b855b90505f610b488783613ed5565b9050806001600160401b03811115610b6257610b62613f0f565b604051908082528060200260200182016040528015610b8b578160200160208202803683370190505b509450806001600160401b03811115610ba657610ba6613f0f565b604051908082528060200260200182016040528015610bdf57816020015b610bcc6138a8565b815260200190600190039081610bc45790505b5093505f5b81811015610d8f576005610bf8828a613efc565b81548110610c0857610c08613ee8565b905f5260205f200154868281518110610c2357610c23613ee8565b60200260200101818152505060045f878381518110610c4457610c44613ee8565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600c811115610c8657610c86613a8a565b600c811115610c9757610c97613a8a565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610cea90613f23565b80601f0160208091040260200160405190810160405280929190818152602001828054610d1690613f23565b8015610d615780601f10610d3857610100808354040283529160200191610d61565b820191905f5260205f20905b815481529060010190602001808311610d4457829003601f168201915b505050505081525050858281518110610d7c57610d7c613ee8565b6020908102919091010152600101610be4565b505050509250929050565b610da2611f1c565b5f610dad8383610a73565b5f818152601f6020526040812054919250819003610ded57604051635ad3cb5560e01b815260048101859052602481018490526044015b60405180910390fd5b5f848152601e6020526040812080549091908290610e0d90600190613ed5565b81548110610e1d57610e1d613ee8565b905f5260205f2001549050848114610e77578082610e3c600186613ed5565b81548110610e4c57610e4c613ee8565b905f5260205f20018190555082601f5f610e668985610a73565b815260208101919091526040015f20555b81805480610e8757610e87613f55565b5f828152602080822083015f19908101839055909201909255858252601f90526040812055610eb586612053565b604051859087907f6cece88498c72b215ab96258a4d085208328f962305ec36b54fa7ce34f0647a9905f90a3505050505050565b5f6001600160a01b038416610f1157604051630b2d189560e41b815260040160405180910390fd5b5f878152601b602052604081205490819003610f4357604051631fddc7a360e21b815260048101899052602401610de4565b5f610f4f600183613ed5565b90505f600b8260088110610f6557610f65613ee8565b01546009546001600160a01b0390911691505f90610f8390846120d6565b90505f610f91898989611327565b90505f610f9f848d8d612108565b80519091508d14610fdf5780516040516331302ca160e01b81526001600160a01b0386166004820152602481018f90526044810191909152606401610de4565b81816020015114611013576020810151604051630605ab1960e21b8152610de4918491600401918252602082015260400190565b5f8160600151600381111561102a5761102a613a8a565b1461104f57606081015160405163835f8a8160e01b8152610de4918f91600401613f69565b5f8d8152601d602052604090205460ff1680156110895750601f5f6110788f8460400151610a73565b81526020019081526020015f20545f145b156110b8578c81604001516040516322c1a15b60e01b8152600401610de4929190918252602082015260400190565b5f6110e37f000000000000000000000000000000000000000000000000000000000000000042613efc565b90506111086110f28c8c612295565b876020846001600160401b0316901b87176122b8565b8d8a8c6001600160a01b03167f01889aca8b2610371e2093b09e580c86f34c01c0f735d0dc3c90060194a2878c88866040015186604051611170939291906001600160a01b0393909316835260208301919091526001600160401b0316604082015260600190565b60405180910390a46001600160401b03169d9c50505050505050505050505050565b5f600183600c8111156111a7576111a7613a8a565b146111da5782826040516020016111bf929190613f8d565b60405160208183030381529060405280519060200120610aeb565b50919050565b5f818152600460209081526040808320600690925282205490910361121b57604051631e2ef17160e01b815260048101839052602401610de4565b8054600160481b90046001600160401b031642101561126857805460405163afff056960e01b815260048101849052600160481b9091046001600160401b03166024820152604401610de4565b8054600160881b90046001600160401b03164211156112b557805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b03166024820152604401610de4565b8054600182015460ff909116906112cb8461234f565b6112d58282612439565b81600c8111156112e7576112e7613a8a565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf18360405161131991815260200190565b60405180910390a350505050565b5f8140806113515760405163579bb03560e01b815260048101849052436024820152604401610de4565b6040805146602082015230918101919091526001600160a01b03861660608201526080810185905260a0810182905260c001604051602081830303815290604052805190602001209150509392505050565b6113ab611f1c565b600354811115806113bf57506312cc030081115b15611400578060035460016113d49190613efc565b60405163410c09b760e11b8152600481019290925260248201526312cc03006044820152606401610de4565b6108b381612443565b611411611f1c565b600254610100900460ff16156114495760045b60405163415301b960e01b815260ff90911660048201525f6024820152604401610de4565b6114536001612488565b565b61145d611f1c565b6108b3816124d1565b5f818152601b6020526040812054808203611484575f915050610aeb565b5f611490600183613ed5565b90505f6114d5601c5f6114a38a8a612295565b81526020019081526020015f206003846114bd9190613faf565b600381106114cd576114cd613ee8565b015483612515565b90506114ec816114e7600954856120d6565b61253b565b6114f6575f6114fc565b602081901c5b979650505050505050565b61150f611f1c565b5f818152601b60205260408120549081900361154157604051631fddc7a360e21b815260048101839052602401610de4565b5f61154d600183613ed5565b90505f600b826008811061156357611563613ee8565b01546009546001600160a01b03909116915061158090835f612557565b600955600b826008811061159657611596613ee8565b0180546001600160a01b0319169055601382600881106115b8576115b8613ee8565b5f9101819055848152601b6020526040808220829055516001600160a01b0383169186917f3d3f5ac13a6e03fa07df2ee7b28e40971c0793034162dfd6728cc3b533c1f6b49190a350505050565b61160e611f1c565b611616612594565b600780546001600160a01b031981169091556040516001600160a01b03909116905f9082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908390a350565b5f81815260066020526040812054900361169357604051631e2ef17160e01b815260048101829052602401610de4565b5f81815260046020526040902054600160881b90046001600160401b03164281106116e3576040516315577c9160e31b8152600481018390526001600160401b0382166024820152604401610de4565b6116ec826125dd565b5050565b611453610539600633611192565b5f601f5f61170c8585610a73565b81526020019081526020015f20545f1415905092915050565b5f61172e611f1c565b5f6117398686612644565b905061177c600c8286868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b91508486837f6e540cc71c0901c579a6280f78238358a39d6732c950c41cf9ac04b258f8196060405160405180910390a450949350505050565b5f6117bf611f1c565b6118026005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b949350505050565b611812611f1c565b60025460ff16611823576003611424565b6114535f61294e565b5f611835611f1c565b61180260018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b5f61187f611f1c565b610aeb60035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b60095460609081905f805b60088110156118f9576118e083826120d6565b156118f1576118ee82613fc2565b91505b6001016118cd565b50806001600160401b0381111561191257611912613f0f565b60405190808252806020026020018201604052801561193b578160200160208202803683370190505b509350806001600160401b0381111561195657611956613f0f565b60405190808252806020026020018201604052801561197f578160200160208202803683370190505b5092505f5f5b6008811015611a315761199884826120d6565b15611a2957601381600881106119b0576119b0613ee8565b01548683815181106119c4576119c4613ee8565b602002602001018181525050600b81600881106119e3576119e3613ee8565b015485516001600160a01b0390911690869084908110611a0557611a05613ee8565b6001600160a01b0390921660209283029190910190910152611a2682613fc2565b91505b600101611985565b505050509091565b611a416138a8565b5f828152600660205260408120549003611a7157604051631e2ef17160e01b815260048101839052602401610de4565b5f8281526004602052604090819020815160c081019092528054829060ff16600c811115611aa157611aa1613a8a565b600c811115611ab257611ab2613a8a565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191611b0590613f23565b80601f0160208091040260200160405190810160405280929190818152602001828054611b3190613f23565b8015611b7c5780601f10611b5357610100808354040283529160200191611b7c565b820191905f5260205f20905b815481529060010190602001808311611b5f57829003601f168201915b5050505050815250509050919050565b5f818152601e6020908152604091829020805483518184028101840190945280845260609392830182828015611bdf57602002820191905f5260205f20905b815481526020019060010190808311611bcb575b50505050509050919050565b611bf3611f1c565b5f611c0060095460ff1690565b90508082111580611c115750600882115b15611c4b5781611c22826001613efc565b6040516331fe9c3f60e21b81526004810192909252602482015260086044820152606401610de4565b6116ec8261298f565b5f611c5d611f1c565b611802600a856001600160a01b03165f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b5f611cb2611f1c565b61180260028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b5f611cfc611f1c565b61089c60018360405180602001604052805f8152506126c4565b919050565b5f611d24611f1c565b610aeb60045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b5f611d70611f1c565b611802600b855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126c492505050565b6008545f906001600160a01b0316611dca816129e0565b611dd4575f611dd6565b805b91505090565b6009545f9081601c81611def8787612295565b81526020019081526020015f2090505f5b6008811015611e6a575f611e1484836120d6565b90508015801590611e505750611e50611e4a84611e32600386613faf565b60038110611e4257611e42613ee8565b015484612515565b8261253b565b15611e6157611e5e85613fc2565b94505b50600101611e00565b50505092915050565b611e7b611f1c565b611e83612594565b611ea660066001600160a01b03831660405180602001604052805f8152506126c4565b50600880546001600160a01b0319166001600160a01b03838116918217909255600754604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f6001600160e01b0319821663662a386160e11b148061089c575061089c82612a13565b6007546001600160a01b03163381141580611f3e57506001600160a01b038116155b156108b3576040516331d69cb360e11b8152336004820152602401610de4565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c90611fa59083815260200190565b60405180910390a150565b5f6060610a5c83612a37565b5f818152600660205260408120549003611fec57604051631e2ef17160e01b815260048101829052602401610de4565b5f8181526004602052604090208054600182015460ff9091169061200f8461234f565b81600c81111561202157612021613a8a565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da48768360405161131991815260200190565b5f818152601b60205260408120549081900361206d575050565b5f600a54600161207d9190613efc565b905061208e60016380000000613ed5565b8111156120b1576040516326a13c8360e21b815260086004820152602401610de4565b600a8190556009546120ce906120c8600185613ed5565b83612557565b600955505050565b5f6120e660016380000000613ed5565b6120f183601f613fda565b6120fc906008613efc565b84901c16905092915050565b6121106138f5565b5f5f856001600160a01b0316858560405160240161212f929190613ff1565b60408051601f198184030181529181526020820180516001600160e01b031663473b057f60e11b17905251612164919061401f565b5f604051808303815f865af19150503d805f811461219d576040519150601f19603f3d011682016040523d82523d5f602084013e6121a2565b606091505b5091509150816121c957858160405163497fa9d960e01b8152600401610de4929190614035565b80516080146121f657604051630152a8fd60e21b81526001600160a01b0387166004820152602401610de4565b5f5f5f5f8480602001905181019061220e9190614058565b92965090945092509050600381111561224557604051630152a8fd60e21b81526001600160a01b038b166004820152602401610de4565b604051806080016040528085815260200184815260200183815260200182600381111561227457612274613a8a565b600381111561228557612285613a8a565b90529a9950505050505050505050565b604080516001600160a01b03841660208201529081018290525f90606001610a8a565b5f838152601c60205260408120906122d160038561408b565b6122dc906050613fda565b90505f816122ef6001600160501b613ed5565b901b19836122fe600388613faf565b6003811061230e5761230e613ee8565b0154169050816123236001600160501b613ed5565b8516901b811783612335600388613faf565b6003811061234557612345613ee8565b0155505050505050565b5f818152600660205260409020546005548082146123cf575f6005612375600184613ed5565b8154811061238557612385613ee8565b905f5260205f20015490508060056001856123a09190613ed5565b815481106123b0576123b0613ee8565b5f91825260208083209091019290925591825260069052604090208290555b60058054806123e0576123e0613f55565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b031916815560018101829055906124326002830182613929565b5050505050565b6116ec8282612b6a565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa190611fa590831515815260200190565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e89479101611fa5565b5f6125256001600160501b613ed5565b61253060038461408b565b6120fc906050613fda565b5f63ffffffff831682148015610aeb5750505060201c42111590565b5f8061256484601f613fda565b61256f906008613efc565b905082811b8161258460016380000000613ed5565b901b198616179150509392505050565b6008546001600160a01b03166125a9816129e0565b156125ca576125ca6125c560066001600160a01b038416611192565b611fbc565b50600880546001600160a01b0319169055565b5f8181526004602052604090208054600182015460ff909116906126008461234f565b81600c81111561261257612612613a8a565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b558360405161131991815260200190565b5f821580612650575081155b1561267857604051635ad3cb5560e01b81526004810184905260248101839052604401610de4565b6126828383610a73565b5f81815260208052604090205490915061089c5760408051808201825293845260208085019384525f8381529080522092518355905160019092019190915590565b5f6126cf8484612c45565b6126d98484611192565b5f818152600660205260409020549091501561275e575f81815260046020526040902054600160881b90046001600160401b03164211612755575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b03166024820152604401610de4565b61275e816125dd565b5f6003544261276d9190613efc565b90505f61279a7f00000000000000000000000000000000000000000000000000000000000000008361409e565b90506040518060c0016040528087600c8111156127b9576127b9613a8a565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600c81111561281b5761281b613a8a565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a082015160028201906128b49082614101565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600c81111561290757612907613a8a565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad248785858960405161293d94939291906141bb565b60405180910390a350509392505050565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a2090602001611fa5565b6009805460ff19811683179091556040805160ff831680825260208201859052917f746309f02cd284c385c74dd4ef79bb4208c4190c89a8b2e32391d212615a73c8910160405180910390a1505050565b5f6001600160a01b0382161580159061089c5750612a0b6106e060066001600160a01b038516611192565b151592915050565b5f6001600160e01b031982166394be599960e01b148061089c575061089c82612c4f565b6009545f9060609060ff81168015612b49575f601c81612a6a612a6060608a0160408b01613e57565b8960200135612295565b81526020019081526020015f2090505f5f5f5f1990505f5b6008811015612b12575f612a9688836120d6565b9050805f03612aa55750612b0a565b82612ab1600384613faf565b14612ada57612ac1600383613faf565b9250858360038110612ad557612ad5613ee8565b015493505b612ae7611e4a8584612515565b8015612afd575086612af886613fc2565b955085145b15612b085750612b12565b505b600101612a82565b5084831015612b44575f60405180606001604052806024815260200161421f6024913997509750505050505050915091565b505050505b612b5f60408051602081019091525f8152600191565b935093505050915091565b600a82600c811115612b7e57612b7e613a8a565b03612b95576116ec612b908383612c73565b612c9b565b600c82600c811115612ba957612ba9613a8a565b03612c19575f818152602080805260409182902082518084019093528054808452600190910154918301829052612be09184612e29565b80515f908152601d602052604090205460ff16612c02578051612c0290612053565b612c14815f0151826020015184612e98565b505050565b600b82600c811115612c2d57612c2d613a8a565b03612c3b576116ec8161298f565b6116ec8282612f0e565b6116ec8282612fc7565b5f6001600160e01b03198216631ed3f1f960e31b148061089c575061089c8261316f565b5f60a082901c156111da578282604051636e8c20ed60e01b8152600401610de4929190613f8d565b5f612ca5826131be565b5f818152601b6020526040902054909150612cc083826132ef565b6009545f80838103612d20575b612cd783836120d6565b15612cec57612ce582613fc2565b9150612ccd565b612cf7826001613efc565b5f868152601b60205260409020558460138360088110612d1957612d19613ee8565b0155612d4e565b612d2b600185613ed5565b9150600b8260088110612d4057612d40613ee8565b01546001600160a01b031690505b85600b8360088110612d6257612d62613ee8565b0180546001600160a01b0319166001600160a01b0392909216919091179055600a545f90612d91906001613efc565b9050612da260016380000000613ed5565b811115612dc5576040516326a13c8360e21b815260086004820152602401610de4565b600a819055612dd5848483612557565b600955604080516001600160a01b0384811682526020820184905289169188917f9a2579d01c1aefaf7bcf4c2ecb491f66848bc256130fe4c501336817cdfe3dd2910160405180910390a350505050505050565b5f818152601f602052604090205415612e5f57604051635ad3cb5560e01b81526004810184905260248101839052604401610de4565b5f838152601e602090815260409091205410612c14576040516337193ac560e11b81526004810184905260206024820152604401610de4565b5f838152601d60209081526040808320805460ff19166001908117909155601e83528184208054918201815580855283852090910186905554848452601f9092528083209190915551839185917fe14fe62a363f70bbc4cfc23fab7b354a5406a1f95f74af66beb33539f15d22319190a3505050565b600682600c811115612f2257612f22613a8a565b14612f31576116ec82826133d7565b5f612f3c8383612c73565b9050336001600160a01b03821614612f69576040516331d69cb360e11b8152336004820152602401610de4565b600780546001600160a01b038381166001600160a01b03198084168217909455600880549094169093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a350505050565b600a82600c811115612fdb57612fdb613a8a565b0361308d575f612feb8383612c73565b90505f612ff7826131be565b5f818152601b6020526040902054909150801580159061304657506001600160a01b038316600b613029600184613ed5565b6008811061303957613039613ee8565b01546001600160a01b0316145b156130835784600c81111561305d5761305d613a8a565b60405163415301b960e01b815260ff909116600482015260248101859052604401610de4565b61243283826132ef565b600c82600c8111156130a1576130a1613a8a565b036130e7575f818152602080526040902080546130d5578282604051636e8c20ed60e01b8152600401610de4929190613f8d565b612c14815f0154826001015484612e29565b600b82600c8111156130fb576130fb613a8a565b03613165575f61310d60095460ff1690565b905080158061311c5750808210155b15612c1457815f821561313957613134600184613ed5565b61313b565b5f5b6040516331fe9c3f60e21b8152600481019390935260248301919091526044820152606401610de4565b6116ec828261349f565b5f6001600160e01b031982166303c0f23360e31b148061319f57506001600160e01b0319821663ae082e1760e01b145b8061089c57506301ffc9a760e01b6001600160e01b031983161461089c565b5f6131d08263b987e78f60e01b613544565b6131f85760405163064db52160e11b81526001600160a01b0383166004820152602401610de4565b60408051600481526024810182526020810180516001600160e01b03166309c2d37960e11b17905290515f9182916001600160a01b0386169161323a9161401f565b5f60405180830381855afa9150503d805f8114613272576040519150601f19603f3d011682016040523d82523d5f602084013e613277565b606091505b509150915081158061328b57508051602014155b156132b457604051630c405f7960e01b81526001600160a01b0385166004820152602401610de4565b6132bd816141fb565b9250826132e857604051630c405f7960e01b81526001600160a01b0385166004820152602401610de4565b5050919050565b6009545f805b60088110156133a35761330883826120d6565b5f03613317576001915061339b565b846001600160a01b0316600b826008811061333457613334613ee8565b01546001600160a01b0316148015613356575083613353826001613efc565b14155b1561339b57846013826008811061336f5761336f613ee8565b0154604051636c45c35b60e11b81526001600160a01b0390921660048301526024820152604401610de4565b6001016132f5565b50821580156133b0575080155b156133d1576040516326a13c8360e21b815260086004820152602401610de4565b50505050565b600182600c8111156133eb576133eb613a8a565b036133f9576116ec8161355f565b600282600c81111561340d5761340d613a8a565b0361341b576116ec816135c7565b600382600c81111561342f5761342f613a8a565b0361343e576116ec600161294e565b600482600c81111561345257613452613a8a565b03613460576116ec5f612488565b600582600c81111561347457613474613a8a565b03613482576116ec81612443565b8181604051636e8c20ed60e01b8152600401610de4929190613f8d565b600682600c8111156134b3576134b3613a8a565b146134c2576116ec828261362f565b5f6134cd8383612c73565b90506001600160a01b0381166134f657604051633e0ad02160e01b815260040160405180910390fd5b6007546001600160a01b0390811690821603612c145782600c81111561351e5761351e613a8a565b60405163415301b960e01b815260ff909116600482015260248101839052604401610de4565b5f61354e8361380a565b8015610aeb5750610aeb8383613850565b8061357d57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af90611fa59083815260200190565b806135e557604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b9101611fa5565b600182600c81111561364357613643613a8a565b036136b5578061366657604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b156116ec5781600c81111561368f5761368f613a8a565b60405163415301b960e01b815260ff909116600482015260248101829052604401610de4565b600282600c8111156136c9576136c9613a8a565b0361370257806136ec57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff16613678565b600382600c81111561371657613716613a8a565b036137265760025460ff16613678565b600482600c81111561373a5761373a613a8a565b0361376057600254610100900460ff166116ec5781600c81111561368f5761368f613a8a565b600582600c81111561377457613774613a8a565b0361348257807f00000000000000000000000000000000000000000000000000000000000000008110806137aa57506003548110155b15612c1457807f000000000000000000000000000000000000000000000000000000000000000060016003546137e09190613ed5565b60405163410c09b760e11b8152600481019390935260248301919091526044820152606401610de4565b5f61381c826301ffc9a760e01b613850565b15613849575f80613835846001600160e01b0319613874565b915091508180156118025750159392505050565b505f919050565b5f5f5f61385d8585613874565b9150915081801561386b5750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b60405180608001604052805f81526020015f81526020015f81526020015f600381111561392457613924613a8a565b905290565b50805461393590613f23565b5f825580601f10613944575050565b601f0160209004905f5260205f20908101906108b391905b8082111561396f575f815560010161395c565b5090565b5f60208284031215613983575f5ffd5b81356001600160e01b031981168114610aeb575f5ffd5b5f602082840312156139aa575f5ffd5b5035919050565b5f602082840312156139c1575f5ffd5b81356001600160401b038111156139d6575f5ffd5b82016101208185031215610aeb575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f61180260408301846139e8565b5f5f60408385031215613a41575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b82811015613a80578151865260209586019590910190600101613a62565b5093949350505050565b634e487b7160e01b5f52602160045260245ffd5b600d8110613aae57613aae613a8a565b9052565b613abd828251613a9e565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a085015261180260c08501826139e8565b604081525f613b2c6040830185613a50565b828103602084015280845180835260208301915060208160051b840101602087015f5b83811015613b8157601f19868403018552613b6b838351613ab2565b6020958601959093509190910190600101613b4f565b509098975050505050505050565b5f5f83601f840112613b9f575f5ffd5b5081356001600160401b03811115613bb5575f5ffd5b602083019150836020828501011115613bcc575f5ffd5b9250929050565b80356001600160a01b0381168114611d16575f5ffd5b5f5f5f5f5f5f60a08789031215613bfe575f5ffd5b8635955060208701356001600160401b03811115613c1a575f5ffd5b613c2689828a01613b8f565b9096509450613c39905060408801613bd3565b959894975092956060810135946080909101359350915050565b5f5f60408385031215613c64575f5ffd5b8235600d8110613c72575f5ffd5b946020939093013593505050565b5f5f5f60608486031215613c92575f5ffd5b613c9b84613bd3565b95602085013595506040909401359392505050565b5f5f5f5f60608587031215613cc3575f5ffd5b843593506020850135925060408501356001600160401b03811115613ce6575f5ffd5b613cf287828801613b8f565b95989497509550505050565b5f5f5f60408486031215613d10575f5ffd5b8335925060208401356001600160401b03811115613d2c575f5ffd5b613d3886828701613b8f565b9497909650939450505050565b5f5f60208385031215613d56575f5ffd5b82356001600160401b03811115613d6b575f5ffd5b613d7785828601613b8f565b90969095509350505050565b604081525f613d956040830185613a50565b82810360208401528084518083526020830191506020860192505f5b81811015613dd85783516001600160a01b0316835260209384019390920191600101613db1565b50909695505050505050565b602081525f610aeb6020830184613ab2565b602081525f610aeb6020830184613a50565b5f5f5f60408486031215613e1a575f5ffd5b613e2384613bd3565b925060208401356001600160401b03811115613d2c575f5ffd5b5f5f60408385031215613e4e575f5ffd5b613c7283613bd3565b5f60208284031215613e67575f5ffd5b610aeb82613bd3565b5f5f8335601e19843603018112613e85575f5ffd5b8301803591506001600160401b03821115613e9e575f5ffd5b602001915036819003821315613bcc575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561089c5761089c613ec1565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561089c5761089c613ec1565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680613f3757607f821691505b6020821081036111da57634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b8281526040810160048310613f8057613f80613a8a565b8260208301529392505050565b60408101613f808285613a9e565b634e487b7160e01b5f52601260045260245ffd5b5f82613fbd57613fbd613f9b565b500490565b5f60018201613fd357613fd3613ec1565b5060010190565b808202811582820484141761089c5761089c613ec1565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f82518060208501845e5f920191825250919050565b6001600160a01b03831681526040602082018190525f90611802908301846139e8565b5f5f5f5f6080858703121561406b575f5ffd5b505082516020840151604085015160609095015191969095509092509050565b5f8261409957614099613f9b565b500690565b6001600160401b03818116838216019081111561089c5761089c613ec1565b601f821115612c1457805f5260205f20601f840160051c810160208510156140e25750805b601f840160051c820191505b81811015612432575f81556001016140ee565b81516001600160401b0381111561411a5761411a613f0f565b61412e816141288454613f23565b846140bd565b6020601f821160018114614160575f83156141495750848201515b5f19600385901b1c1916600184901b178455612432565b5f84815260208120601f198516915b8281101561418f578785015182556020948501946001909201910161416f565b50848210156141ac57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f6141f160808301846139e8565b9695505050505050565b805160208083015191908110156111da575f1960209190910360031b1b1691905056fe496e73756666696369656e74205445452076656e646f72206174746573746174696f6e73a164736f6c634300081c000a' as const
/** Enum members by ABI internalType; ABIs encode enums as uint8 without names. */
export const enumMembers = {
  'enum IAppAuthNotice.ChangeKind': [
    'None',
    'ComposeHash',
    'Device',
    'AllowAnyDevice',
    'TcbNotRequired',
    'NoticePeriod',
    'Controller',
    'SignerAdded',
    'SignerRemoved',
    'Threshold',
    'VerifierAdapter',
    'VerifierThreshold',
    'VerifierMeasurement',
  ],
  'enum IVerifierAdapter.VerifierKind': ['Router', 'Direct'],
  'enum IVerifierAdapter.TcbStatus': [
    'UpToDate',
    'OutOfDate',
    'Revoked',
    'Debug',
  ],
} as const
