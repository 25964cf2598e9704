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
      { name: 'dcapAttestation', internalType: 'address', type: 'address' },
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
// IAppAuthVerifierHooks
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iAppAuthVerifierHooksAbi = [
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
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
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
    inputs: [{ name: 'user', internalType: 'address', type: 'address' }],
    name: 'nonces',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
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
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
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
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
      { name: 'expected', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'OptOutInvalidNonce',
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
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
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
    inputs: [{ name: 'user', internalType: 'address', type: 'address' }],
    name: 'nonces',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
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
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
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
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
      { name: 'expected', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'OptOutInvalidNonce',
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
  '0x6101a0604052348015610010575f5ffd5b5060405161548d38038061548d83398101604081905261002f91610a67565b818160800151826060015185845f0151856020015186604001518a8061005961022b60201b60201c565b61006282610246565b6101205261006f81610246565b61014052815160208084019190912060e052815190820120610100524660a0526100fb60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05260036101108282610bc0565b5061011c905083610283565b610125826102e9565b61012e81610388565b5050506001600160a01b031661016052610147816103c9565b506101518161045e565b5061015b8161050a565b505f610165610573565b90507ff5b078ad22f37ec6a1ef7bb7557a33caf5438015a34794acb2076082df8e563f8180519060200120146101b95780604051630b21302d60e21b81526004016101b09190610c7a565b60405180910390fd5b60a082015163ffffffff1615806101dd57506301e133808260a0015163ffffffff16115b156102135760a08201516040516365f2026d60e01b815263ffffffff90911660048201526301e1338060248201526044016101b0565b5060a0015163ffffffff166101805250610d43915050565b6040805180820190915260018152603160f81b602082015290565b5f5f829050601f81511115610270578260405163305a27a960e01b81526004016101b09190610c7a565b805161027b82610caf565b179392505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036103115760405163f1cfbf0560e01b81525f60048201526024016101b0565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b6064808211156103f65760405163243e544560e01b815260048101839052602481018290526044016101b0565b5f6103ff6105fb565b905061041e61040c610614565b61041585610684565b600a91906106bb565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f6104676106d5565b9050808265ffffffffffff1611156104a357604051633211876d60e11b815265ffffffffffff83166004820152602481018290526044016101b0565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b606061057f6101605190565b6001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa9250505080156105db57506040513d5f823e601f3d908101601f191682016040526105d89190810190610cd2565b60015b6105f6576105f16113a761061460201b176106de565b905090565b919050565b5f610606600a6106f7565b6001600160d01b0316905090565b5f61061f6101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610678575060408051601f3d908101601f1916820190925261067591810190610d0b565b60015b6105f6576105f161073f565b5f6001600160d01b038211156106b7576040516306dfcc6560e41b815260d06004820152602481018390526044016101b0565b5090565b5f806106c8858585610749565b915091505b935093915050565b5f6105f16108a5565b60606106f16106ec8360201c565b6108bf565b92915050565b80545f9080156107365761071d83610710600184610d24565b5f91825260209091200190565b54660100000000000090046001600160d01b0316610738565b5f5b9392505050565b5f6105f143610931565b82545f9081908015610848575f61076587610710600185610d24565b805490915065ffffffffffff80821691660100000000000090046001600160d01b03169088168211156107ab57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036107e757825465ffffffffffff1666010000000000006001600160d01b0389160217835561083a565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506106cd92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816106cd565b5f6105f16008546601000000000000900463ffffffff1690565b60606108c961073f565b65ffffffffffff168265ffffffffffff16146108f8576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f65ffffffffffff8211156106b7576040516306dfcc6560e41b815260306004820152602481018390526044016101b0565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b038111828210171561099957610999610963565b60405290565b5f82601f8301126109ae575f5ffd5b81516001600160401b038111156109c7576109c7610963565b604051601f8201601f19908116603f011681016001600160401b03811182821017156109f5576109f5610963565b604052818152838201602001851015610a0c575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b6001600160a01b0381168114610a3c575f5ffd5b50565b805165ffffffffffff811681146105f6575f5ffd5b805163ffffffff811681146105f6575f5ffd5b5f5f5f5f848603610120811215610a7c575f5ffd5b85516001600160401b03811115610a91575f5ffd5b610a9d8882890161099f565b9550506020860151610aae81610a28565b6040870151909450610abf81610a28565b925060c0605f1982011215610ad2575f5ffd5b50610adb610977565b610ae760608701610a3f565b8152610af560808701610a54565b602082015260a0860151604082015260c08601516060820152610b1a60e08701610a3f565b6080820152610b2c6101008701610a54565b60a0820152939692955090935050565b600181811c90821680610b5057607f821691505b602082108103610b6e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610bbb57805f5260205f20601f840160051c81016020851015610b995750805b601f840160051c820191505b81811015610bb8575f8155600101610ba5565b50505b505050565b81516001600160401b03811115610bd957610bd9610963565b610bed81610be78454610b3c565b84610b74565b6020601f821160018114610c1f575f8315610c085750848201515b5f19600385901b1c1916600184901b178455610bb8565b5f84815260208120601f198516915b82811015610c4e5787850151825560209485019460019092019101610c2e565b5084821015610c6b57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610b6e575f1960209190910360031b1b16919050565b5f60208284031215610ce2575f5ffd5b81516001600160401b03811115610cf7575f5ffd5b610d038482850161099f565b949350505050565b5f60208284031215610d1b575f5ffd5b61073882610a3f565b818103818111156106f157634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e05161010051610120516101405161016051610180516146bb610dd25f395f818161049b01528181610ed30152610f5901525f8181610aa90152818161100a015281816113aa01528181611637015261212401525f61206a01525f61203f01525f61317a01525f61315201525f6130ad01525f6130d701525f61310101526146bb5ff3fe608060405260043610610310575f3560e01c80637d5e81e2116101a3578063bc197c81116100f2578063deaaa7cc11610092578063ece40cc11161006d578063ece40cc114610a3e578063f23a6e6114610a5d578063f8ce560a14610a7c578063fc0c546a14610a9b575f5ffd5b8063deaaa7cc146109cd578063e540d01d14610a00578063eb9019d414610a1f575f5ffd5b8063c2ca64ef116100cd578063c2ca64ef14610935578063c59057e41461094c578063d33219b41461096b578063dd4e2ba514610988575f5ffd5b8063bc197c81146108e4578063c01f9e3714610903578063c28bc2fa14610922575f5ffd5b80639a802a6d1161015d578063a8f8a66811610138578063a8f8a6681461085c578063a9a952941461087b578063ab58fb8e1461089a578063b58131b0146108d0575f5ffd5b80639a802a6d1461080a578063a7713a7014610829578063a890c9101461083d575f5ffd5b80637d5e81e21461074a5780637ecebe001461076957806384b0196e1461079d5780638ff262e3146107c457806391ddadf4146107e357806397c3d334146107f7575f5ffd5b80633932abb11161025f57806354fd4d50116102195780635f398a14116101f45780635f398a14146106ce57806360c4247f146106ed578063790518871461070c5780637b3c71d31461072b575f5ffd5b806354fd4d501461066757806356781388146106905780635b8d0e0d146106af575f5ffd5b80633932abb1146105725780633e4f49e61461058657806343859632146105b2578063452115d6146105fa5780634bf5d7e914610619578063544ffc9c1461062d575f5ffd5b8063160cbed7116102ca5780632d63f693116102a55780632d63f693146104d25780632fe3e261146104f157806332b8113e14610524578063330df7ff14610553575f5ffd5b8063160cbed71461046e57806317c5993a1461048d5780632656227d146104bf575f5ffd5b806301ffc9a71461034b57806302a251a31461037f57806306f3f9e6146103aa57806306fdde03146103c9578063143489d0146103ea578063150b7a0214610436575f5ffd5b36610347573061031e610acd565b6001600160a01b03161461034557604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b348015610356575f5ffd5b5061036a610365366004613722565b610ae5565b60405190151581526020015b60405180910390f35b34801561038a575f5ffd5b50600854600160301b900463ffffffff165b604051908152602001610376565b3480156103b5575f5ffd5b506103456103c4366004613749565b610b0f565b3480156103d4575f5ffd5b506103dd610b23565b604051610376919061378e565b3480156103f5575f5ffd5b5061041e610404366004613749565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b039091168152602001610376565b348015610441575f5ffd5b50610455610450366004613877565b610bb3565b6040516001600160e01b03199091168152602001610376565b348015610479575f5ffd5b5061039c610488366004613a3d565b610bf5565b348015610498575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061039c565b61039c6104cd366004613a3d565b610cf8565b3480156104dd575f5ffd5b5061039c6104ec366004613749565b610e68565b3480156104fc575f5ffd5b5061039c7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b34801561052f575f5ffd5b50600b5465ffffffffffff165b60405165ffffffffffff9091168152602001610376565b34801561055e575f5ffd5b5061034561056d366004613ae3565b610e88565b34801561057d575f5ffd5b5061039c610e99565b348015610591575f5ffd5b506105a56105a0366004613749565b610eab565b6040516103769190613b32565b3480156105bd575f5ffd5b5061036a6105cc366004613b40565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b348015610605575f5ffd5b5061039c610614366004613a3d565b610fa5565b348015610624575f5ffd5b506103dd611006565b348015610638575f5ffd5b5061064c610647366004613749565b611099565b60408051938452602084019290925290820152606001610376565b348015610672575f5ffd5b506040805180820190915260018152603160f81b60208201526103dd565b34801561069b575f5ffd5b5061039c6106aa366004613b7e565b6110be565b3480156106ba575f5ffd5b5061039c6106c9366004613bec565b6110e5565b3480156106d9575f5ffd5b5061039c6106e8366004613ca8565b6111a2565b3480156106f8575f5ffd5b5061039c610707366004613749565b6111ea565b348015610717575f5ffd5b50610345610726366004613ae3565b6111f6565b348015610736575f5ffd5b5061039c610745366004613d29565b611207565b348015610755575f5ffd5b5061039c610764366004613d7e565b611257565b348015610774575f5ffd5b5061039c610783366004613e3a565b6001600160a01b03165f9081526002602052604090205490565b3480156107a8575f5ffd5b506107b161130d565b6040516103769796959493929190613e8f565b3480156107cf575f5ffd5b5061039c6107de366004613efe565b61134f565b3480156107ee575f5ffd5b5061053c6113a7565b348015610802575f5ffd5b50606461039c565b348015610815575f5ffd5b5061039c610824366004613f4b565b61142e565b348015610834575f5ffd5b5061039c611444565b348015610848575f5ffd5b50610345610857366004613e3a565b61145d565b348015610867575f5ffd5b5061039c610876366004613a3d565b61146e565b348015610886575f5ffd5b5061036a610895366004613749565b61147b565b3480156108a5575f5ffd5b5061039c6108b4366004613749565b5f9081526004602052604090206001015465ffffffffffff1690565b3480156108db575f5ffd5b5061039c611483565b3480156108ef575f5ffd5b506104556108fe366004613f9f565b61148d565b34801561090e575f5ffd5b5061039c61091d366004613749565b6114d0565b610345610930366004614036565b6114da565b348015610940575f5ffd5b5061039c6301e1338081565b348015610957575f5ffd5b5061039c610966366004613a3d565b611556565b348015610976575f5ffd5b50600d546001600160a01b031661041e565b348015610993575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e908201526103dd565b3480156109d8575f5ffd5b5061039c7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610a0b575f5ffd5b50610345610a1a366004614075565b61158f565b348015610a2a575f5ffd5b5061039c610a39366004614098565b6115a0565b348015610a49575f5ffd5b50610345610a58366004613749565b6115bf565b348015610a68575f5ffd5b50610455610a773660046140c2565b6115d0565b348015610a87575f5ffd5b5061039c610a96366004613749565b611613565b348015610aa6575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061041e565b5f610ae0600d546001600160a01b031690565b905090565b5f6001600160e01b03198216630be2cc9d60e11b1480610b095750610b09826116b0565b92915050565b610b1761171a565b610b2081611793565b50565b606060038054610b3290614119565b80601f0160208091040260200160405190810160405280929190818152602001828054610b5e90614119565b8015610ba95780601f10610b8057610100808354040283529160200191610ba9565b820191905f5260205f20905b815481529060010190602001808311610b8c57829003601f168201915b5050505050905090565b5f30610bbd610acd565b6001600160a01b031614610be457604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610c038686868661146e565b90505f610c0f8261147b565b9050610c2482610c1f6004611828565b61184a565b5080610c4b5760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610c598389898989611887565b905065ffffffffffff811615610cd0575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610cec565b60405163ab2d031160e01b815260048101849052602401610c42565b50909695505050505050565b5f5f610d068686868661146e565b90505f610d128261147b565b9050610d2e82610c1f83610d27576004611828565b6005611828565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610d56610acd565b6001600160a01b031614610ddf575f5b8751811015610ddd57306001600160a01b0316888281518110610d8b57610d8b614151565b60200260200101516001600160a01b031603610dd557610dd5868281518110610db657610db6614151565b602002602001015180519060200120600561189590919063ffffffff16565b600101610d66565b505b610dec82888888886118b6565b30610df5610acd565b6001600160a01b031614158015610e2157506005546001600160801b03808216600160801b9092041614155b15610e2b575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b610e9061171a565b610b20816118ca565b5f610ae060085465ffffffffffff1690565b5f5f610eb68361197b565b90506004816007811115610ecc57610ecc613afe565b03610f29577f0000000000000000000000000000000000000000000000000000000000000000610efb846114d0565b610f059190614179565b610f0d6113a7565b65ffffffffffff161115610f245750600692915050565b610b09565b6005816007811115610f3d57610f3d613afe565b03610b09575f83815260046020526040902060010154610f86907f00000000000000000000000000000000000000000000000000000000000000009065ffffffffffff16614179565b610f8e6113a7565b65ffffffffffff161115610b095750600692915050565b5f5f610fb38686868661146e565b905033610fc08282611ab4565b610fef57604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610c42565b610ffb87878787611af9565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa92505050801561108557506040513d5f823e601f3d908101601f19168201604052611082919081019061418c565b60015b61109457610ae06113a7611b06565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f803390506110dd84828560405180602001604052805f815250611b1c565b949350505050565b5f61112b88888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611b3d9050565b611153576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610c42565b61119688878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c0a915050565b98975050505050505050565b5f80339050610ffb87828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c0a915050565b5f610b09600a83611ce7565b6111fe61171a565b610b2081611d34565b5f8033905061124d86828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611b1c92505050565b9695505050505050565b5f336112638184611d9a565b61128b5760405163d9b3955760e01b81526001600160a01b0382166004820152602401610c42565b5f611294611483565b90508015611300575f6112c28360016112ab6113a7565b6112b59190614200565b65ffffffffffff166115a0565b9050818110156112fe57604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610c42565b505b610ffb8787878786611e1e565b5f6060805f5f5f606061131e612038565b611326612063565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61135c8585858561208e565b611384576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610c42565b61139e85848660405180602001604052805f815250611b1c565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611422575060408051601f3d908101601f1916820190925261141f9181019061421e565b60015b61109457610ae0612117565b5f61143a848484612121565b90505b9392505050565b5f61144f600a6121b4565b6001600160d01b0316905090565b61146561171a565b610b20816121f8565b5f61139e85858585611556565b5f6001610b09565b5f610ae060075490565b5f30611497610acd565b6001600160a01b0316146114be57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f610b0982612261565b6114e261171a565b5f5f856001600160a01b03168585856040516114ff929190614239565b5f6040518083038185875af1925050503d805f8114611539576040519150601f19603f3d011682016040523d82523d5f602084013e61153e565b606091505b509150915061154d8282612289565b50505050505050565b5f8484848460405160200161156e94939291906142cf565b60408051601f19818403018152919052805160209091012095945050505050565b61159761171a565b610b20816122c1565b5f61143d83836115ba60408051602081019091525f815290565b612121565b6115c761171a565b610b208161235d565b5f306115da610acd565b6001600160a01b03161461160157604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b604051632394e7a360e21b8152600481018290525f90610b09906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa15801561167c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116a09190614319565b6116a9846111ea565b606461239e565b5f6001600160e01b031982166366defe7760e11b14806116e057506001600160e01b031982166332a2ad4360e11b145b806116fb57506001600160e01b03198216630271189760e51b145b80610b0957506301ffc9a760e01b6001600160e01b0319831614610b09565b33611723610acd565b6001600160a01b03161461174c576040516347096e4760e01b8152336004820152602401610c42565b30611755610acd565b6001600160a01b031614611791575f8036604051611774929190614239565b604051809103902090505b8061178a600561244e565b0361177f57505b565b6064808211156117c05760405163243e544560e01b81526004810183905260248101829052604401610c42565b5f6117c9611444565b90506117e86117d66113a7565b6117df8561246d565b600a91906124a4565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f81600781111561183b5761183b613afe565b600160ff919091161b92915050565b5f5f61185584610eab565b90505f8361186283611828565b160361143d578381846040516331b75e4d60e01b8152600401610c4293929190614330565b5f61124d86868686866124be565b5f6118a0838361264f565b9050806118b1576118b160416126b4565b505050565b6118c385858585856126c5565b5050505050565b600854600160301b900463ffffffff1665ffffffffffff821681101561191457604051633211876d60e11b815265ffffffffffff8316600482015260248101829052604401610c42565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f61198683612755565b9050600581600781111561199c5761199c613afe565b146119a75792915050565b5f838152600e60205260409081902054600d549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa1580156119fd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a219190614352565b15611a30575060059392505050565b600d54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611a77573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a9b9190614352565b15611aaa575060079392505050565b5060029392505050565b5f80611abf84610eab565b6007811115611ad057611ad0613afe565b14801561143d5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f61139e85858585612886565b6060610b09611b178363ffffffff16565b61291d565b5f61139e85858585611b3860408051602081019091525f815290565b611c0a565b5f610ffb85611c047f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611b8f8c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611be998979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b6040516020818303038152906040528051906020012061298f565b846129bb565b5f611c1986610c1f6001611828565b505f611c2e86611c2889610e68565b85612121565b90505f611c3e8888888588612a2b565b905083515f03611c9457866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611c879493929190614371565b60405180910390a2611cde565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611cd5959493929190614398565b60405180910390a25b610ffb88612b27565b5f5f5f611cf385612b30565b9250925050838265ffffffffffff161115611d2057611d1b611d1485612b88565b8690612bba565b611d22565b805b6001600160d01b031695945050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b80515f906034811015611db1576001915050610b09565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611de257600192505050610b09565b5f5f611df286602a860386612c5c565b91509150811580610ffb5750866001600160a01b0316816001600160a01b031614979650505050505050565b5f611e32868686868051906020012061146e565b905084518651141580611e4757508351865114155b80611e5157508551155b15611e8657855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610c42565b5f81815260046020526040902054600160a01b900465ffffffffffff1615611ecf5780611eb282610eab565b6040516331b75e4d60e01b8152610c429291905f90600401614330565b5f611ed8610e99565b611ee06113a7565b65ffffffffffff16611ef29190614179565b90505f611f0c60085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150611f3e83612b88565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155611f6b82612d05565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115611fce57611fce6137b4565b60405190808252806020026020018201604052801561200157816020015b6060815260200190600190039081611fec5790505b508c8961200e8a82614179565b8e604051612024999897969594939291906143d1565b60405180910390a150505095945050505050565b6060610ae07f0000000000000000000000000000000000000000000000000000000000000000612d35565b6060610ae07f0000000000000000000000000000000000000000000000000000000000000000612d35565b5f61139e83611c047ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78888886120e08a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611be9565b5f610ae043612b88565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa158015612190573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061143a9190614319565b80545f9080156121f0576121da836121cd6001846144ac565b5f91825260209091200190565b54600160301b90046001600160d01b031661143d565b5f9392505050565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b5f610b0961226e83612d72565b5f848152600c602052604090205465ffffffffffff16612db4565b60608215612298575080610b09565b8151156122a857610f2482612dc3565b60405163d6bda27560e01b815260040160405180910390fd5b8063ffffffff165f036122e95760405163f1cfbf0560e01b81525f6004820152602401610c42565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b5f5f5f6123ab8686612dcb565b91509150815f036123cf578381816123c5576123c56144bf565b049250505061143d565b8184116123e6576123e660038515026011186126b4565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f61245a84612de7565b915091508161143d5761143d60316126b4565b5f6001600160d01b038211156124a0576040516306dfcc6560e41b815260d0600482015260248101839052604401610c42565b5090565b5f806124b1858585612e5b565b915091505b935093915050565b5f5f600d5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015612510573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125349190614319565b90505f3060601b6bffffffffffffffffffffffff19168418600d5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f42790612585908a908a908a905f9088906004016144d3565b602060405180830381865afa1580156125a0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125c49190614319565b5f898152600e602052604080822092909255600d5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb09161260e918b918b918b919088908a90600401614520565b5f604051808303815f87803b158015612625575f5ffd5b505af1158015612637573d5f5f3e3d5ffd5b50505050611196824261264a9190614179565b612b88565b81545f906001600160801b03600160801b82048116918116600183019091160361267c575f915050610b09565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600d546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b81526004016127109594939291906144d3565b5f604051808303818588803b158015612727575f5ffd5b505af1158015612739573d5f5f3e3d5ffd5b5050505f9687525050600e602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b900416811561278957506007949350505050565b801561279a57506002949350505050565b5f6127a486610e68565b9050805f036127c957604051636ad0607560e01b815260048101879052602401610c42565b5f6127d26113a7565b65ffffffffffff1690508082106127ef57505f9695505050505050565b5f6127f9886114d0565b905081811061281057506001979650505050505050565b61281988612fab565b158061283857505f888152600960205260409020805460019091015411155b1561284b57506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f0361287857506004979650505050505050565b506005979650505050505050565b5f5f61289486868686612fe1565b5f818152600e6020526040902054909150801561291357600d5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b1580156128ee575f5ffd5b505af1158015612900573d5f5f3e3d5ffd5b5050505f838152600e6020526040812055505b5095945050505050565b6060612927612117565b65ffffffffffff168265ffffffffffff1614612956576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610b0961299b6130a1565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612a19575f5f6129d985856131ca565b5090925090505f8160038111156129f2576129f2613afe565b148015612a105750856001600160a01b0316826001600160a01b0316145b9250505061143d565b612a24848484613213565b905061143d565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff1615612a7d576040516371c6af4960e01b81526001600160a01b0387166004820152602401610c42565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff8516612ac65783815f015f828254612abb9190614179565b90915550612b1c9050565b5f1960ff861601612ae45783816001015f828254612abb9190614179565b60011960ff861601612b035783816002015f828254612abb9190614179565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b610b2081613278565b80545f9081908190808203612b4e575f5f5f935093509350506110b7565b5f612b5e866121cd6001856144ac565b546001955065ffffffffffff81169450600160301b90046001600160d01b031692506110b7915050565b5f65ffffffffffff8211156124a0576040516306dfcc6560e41b81526030600482015260248101839052604401610c42565b81545f9081816005811115612c16575f612bd38461334c565b612bdd90856144ac565b5f8881526020902090915081015465ffffffffffff9081169087161015612c0657809150612c14565b612c11816001614179565b92505b505b5f612c23878785856134a4565b90508015612c5057612c3a876121cd6001846144ac565b54600160301b90046001600160d01b0316610ffb565b505f9695505050505050565b5f5f8451831180612c6c57508284115b15612c7b57505f9050806124b6565b5f612c87856001614179565b84118015612caf575061060f60f31b612ca38787016020015190565b6001600160f01b031916145b90505f612cbf8215156002614577565b612cca906028614179565b905080612cd787876144ac565b03612cf8575f5f612ce98989896134fa565b90965094506124b69350505050565b5f5f9350935050506124b6565b5f63ffffffff8211156124a0576040516306dfcc6560e41b81526020600482015260248101839052604401610c42565b60605f612d41836135bb565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f81815260046020526040812054612da690600160d01b810463ffffffff1690600160a01b900465ffffffffffff1661458e565b65ffffffffffff1692915050565b5f82821882841102821861143d565b805160208201fd5b5f805f1983850993909202808410938190039390930393915050565b80545f9081906001600160801b0380821691600160801b9004168103612e1257505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b82545f9081908015612f51575f612e77876121cd6001856144ac565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115612eba57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612ef357825465ffffffffffff16600160301b6001600160d01b03891602178355612f43565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506124b692505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816124b6565b5f81815260096020526040812060028101546001820154612fcc9190614179565b612fd8610a9685610e68565b11159392505050565b5f5f612fef8686868661146e565b905061303d81612fff6007611828565b6130096006611828565b6130136002611828565b60016130206007826145ac565b61302b9060026146a0565b61303591906144ac565b18181861184a565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c906130909083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156130f957507f000000000000000000000000000000000000000000000000000000000000000046145b1561312357507f000000000000000000000000000000000000000000000000000000000000000090565b610ae0604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103613201576020840151604085015160608601515f1a6131f3888285856135e2565b95509550955050505061320c565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f818152600c602052604090205465ffffffffffff1615801561329f575061329f81612fab565b15610b20575f6132b6600b5465ffffffffffff1690565b6132be6113a7565b6132c8919061458e565b90506132d3826114d0565b8165ffffffffffff1611156133205760405165ffffffffffff8216815282907f541f725fb9f7c98a30cc9c0ff32fbb14358cd7159c847a3aa20a2bdc442ba5119060200160405180910390a25b5f918252600c6020526040909120805465ffffffffffff191665ffffffffffff92909216919091179055565b5f60018211613359575090565b816001600160801b82106133725760809190911c9060401b5b68010000000000000000821061338d5760409190911c9060201b5b64010000000082106133a45760209190911c9060101b5b6201000082106133b95760109190911c9060081b5b61010082106133cd5760089190911c9060041b5b601082106133e05760049190911c9060021b5b600482106133ec5760011b5b600302600190811c90818581613404576134046144bf565b048201901c9050600181858161341c5761341c6144bf565b048201901c90506001818581613434576134346144bf565b048201901c9050600181858161344c5761344c6144bf565b048201901c90506001818581613464576134646144bf565b048201901c9050600181858161347c5761347c6144bf565b048201901c905061349b818581613495576134956144bf565b04821190565b90039392505050565b5f5b818310156134f2575f85815260209020838316600285851804019081015465ffffffffffff868116911611156134de578092506134ec565b6134e9816001614179565b93505b506134a6565b509392505050565b5f808481613509866001614179565b85118015613531575061060f60f31b6135258388016020015190565b6001600160f01b031916145b90505f6135418215156002614577565b90505f8061354f838a614179565b90505b878110156135aa575f61357061356b8784016020015190565b6136aa565b9050600f8160ff16111561358f575f5f975097505050505050506124b6565b61359a601084614577565b60ff909116019150600101613552565b506001999098509650505050505050565b5f60ff8216601f811115610b0957604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561361b57505f915060039050826136a0565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561366c573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661369757505f9250600191508290506136a0565b92505f91508190505b9450945094915050565b5f60f882901c602f811180156136c35750603a8160ff16105b156136d157602f1901610b09565b60608160ff161180156136e7575060678160ff16105b156136f55760561901610b09565b60408160ff1611801561370b575060478160ff16105b156137195760361901610b09565b5060ff92915050565b5f60208284031215613732575f5ffd5b81356001600160e01b03198116811461143d575f5ffd5b5f60208284031215613759575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61143d6020830184613760565b6001600160a01b0381168114610b20575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156137f0576137f06137b4565b604052919050565b5f6001600160401b03821115613810576138106137b4565b50601f01601f191660200190565b5f61383061382b846137f8565b6137c8565b9050828152838383011115613843575f5ffd5b828260208301375f602084830101529392505050565b5f82601f830112613868575f5ffd5b61143d8383356020850161381e565b5f5f5f5f6080858703121561388a575f5ffd5b8435613895816137a0565b935060208501356138a5816137a0565b92506040850135915060608501356001600160401b038111156138c6575f5ffd5b6138d287828801613859565b91505092959194509250565b5f6001600160401b038211156138f6576138f66137b4565b5060051b60200190565b5f82601f83011261390f575f5ffd5b813561391d61382b826138de565b8082825260208201915060208360051b86010192508583111561393e575f5ffd5b602085015b83811015612913578035613956816137a0565b835260209283019201613943565b5f82601f830112613973575f5ffd5b813561398161382b826138de565b8082825260208201915060208360051b8601019250858311156139a2575f5ffd5b602085015b838110156129135780358352602092830192016139a7565b5f82601f8301126139ce575f5ffd5b81356139dc61382b826138de565b8082825260208201915060208360051b8601019250858311156139fd575f5ffd5b602085015b838110156129135780356001600160401b03811115613a1f575f5ffd5b613a2e886020838a0101613859565b84525060209283019201613a02565b5f5f5f5f60808587031215613a50575f5ffd5b84356001600160401b03811115613a65575f5ffd5b613a7187828801613900565b94505060208501356001600160401b03811115613a8c575f5ffd5b613a9887828801613964565b93505060408501356001600160401b03811115613ab3575f5ffd5b613abf878288016139bf565b949793965093946060013593505050565b65ffffffffffff81168114610b20575f5ffd5b5f60208284031215613af3575f5ffd5b813561143d81613ad0565b634e487b7160e01b5f52602160045260245ffd5b60088110613b2e57634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610b098284613b12565b5f5f60408385031215613b51575f5ffd5b823591506020830135613b63816137a0565b809150509250929050565b803560ff81168114611094575f5ffd5b5f5f60408385031215613b8f575f5ffd5b82359150613b9f60208401613b6e565b90509250929050565b5f5f83601f840112613bb8575f5ffd5b5081356001600160401b03811115613bce575f5ffd5b602083019150836020828501011115613be5575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215613c02575f5ffd5b87359650613c1260208901613b6e565b95506040880135613c22816137a0565b945060608801356001600160401b03811115613c3c575f5ffd5b613c488a828b01613ba8565b90955093505060808801356001600160401b03811115613c66575f5ffd5b613c728a828b01613859565b92505060a08801356001600160401b03811115613c8d575f5ffd5b613c998a828b01613859565b91505092959891949750929550565b5f5f5f5f5f60808688031215613cbc575f5ffd5b85359450613ccc60208701613b6e565b935060408601356001600160401b03811115613ce6575f5ffd5b613cf288828901613ba8565b90945092505060608601356001600160401b03811115613d10575f5ffd5b613d1c88828901613859565b9150509295509295909350565b5f5f5f5f60608587031215613d3c575f5ffd5b84359350613d4c60208601613b6e565b925060408501356001600160401b03811115613d66575f5ffd5b613d7287828801613ba8565b95989497509550505050565b5f5f5f5f60808587031215613d91575f5ffd5b84356001600160401b03811115613da6575f5ffd5b613db287828801613900565b94505060208501356001600160401b03811115613dcd575f5ffd5b613dd987828801613964565b93505060408501356001600160401b03811115613df4575f5ffd5b613e00878288016139bf565b92505060608501356001600160401b03811115613e1b575f5ffd5b8501601f81018713613e2b575f5ffd5b6138d28782356020840161381e565b5f60208284031215613e4a575f5ffd5b813561143d816137a0565b5f8151808452602084019350602083015f5b82811015613e85578151865260209586019590910190600101613e67565b5093949350505050565b60ff60f81b8816815260e060208201525f613ead60e0830189613760565b8281036040840152613ebf8189613760565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050613ef08185613e55565b9a9950505050505050505050565b5f5f5f5f60808587031215613f11575f5ffd5b84359350613f2160208601613b6e565b92506040850135613f31816137a0565b915060608501356001600160401b038111156138c6575f5ffd5b5f5f5f60608486031215613f5d575f5ffd5b8335613f68816137a0565b92506020840135915060408401356001600160401b03811115613f89575f5ffd5b613f9586828701613859565b9150509250925092565b5f5f5f5f5f60a08688031215613fb3575f5ffd5b8535613fbe816137a0565b94506020860135613fce816137a0565b935060408601356001600160401b03811115613fe8575f5ffd5b613ff488828901613964565b93505060608601356001600160401b0381111561400f575f5ffd5b61401b88828901613964565b92505060808601356001600160401b03811115613d10575f5ffd5b5f5f5f5f60608587031215614049575f5ffd5b8435614054816137a0565b93506020850135925060408501356001600160401b03811115613d66575f5ffd5b5f60208284031215614085575f5ffd5b813563ffffffff8116811461143d575f5ffd5b5f5f604083850312156140a9575f5ffd5b82356140b4816137a0565b946020939093013593505050565b5f5f5f5f5f60a086880312156140d6575f5ffd5b85356140e1816137a0565b945060208601356140f1816137a0565b9350604086013592506060860135915060808601356001600160401b03811115613d10575f5ffd5b600181811c9082168061412d57607f821691505b60208210810361414b57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610b0957610b09614165565b5f6020828403121561419c575f5ffd5b81516001600160401b038111156141b1575f5ffd5b8201601f810184136141c1575f5ffd5b80516141cf61382b826137f8565b8181528560208385010111156141e3575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b65ffffffffffff8281168282160390811115610b0957610b09614165565b5f6020828403121561422e575f5ffd5b815161143d81613ad0565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613e855781516001600160a01b031686526020958601959091019060010161425a565b5f82825180855260208501945060208160051b830101602085015f5b83811015610cec57601f198584030188526142b9838351613760565b602098890198909350919091019060010161429d565b608081525f6142e16080830187614248565b82810360208401526142f38187613e55565b905082810360408401526143078186614281565b91505082606083015295945050505050565b5f60208284031215614329575f5ffd5b5051919050565b838152606081016143446020830185613b12565b826040830152949350505050565b5f60208284031215614362575f5ffd5b8151801515811461143d575f5ffd5b84815260ff84166020820152826040820152608060608201525f61124d6080830184613760565b85815260ff8516602082015283604082015260a060608201525f6143bf60a0830185613760565b82810360808401526111968185613760565b8981526001600160a01b0389166020820152610120604082018190525f906143fb9083018a614248565b828103606084015261440d818a613e55565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b8381101561446457601f1986840301855261444e838351613760565b6020958601959093509190910190600101614432565b505085810360a0870152614478818b614281565b93505050508560c08401528460e084015282810361010084015261449c8185613760565b9c9b505050505050505050505050565b81810381811115610b0957610b09614165565b634e487b7160e01b5f52601260045260245ffd5b60a081525f6144e560a0830188614248565b82810360208401526144f78188613e55565b9050828103604084015261450b8187614281565b60608401959095525050608001529392505050565b60c081525f61453260c0830189614248565b82810360208401526145448189613e55565b905082810360408401526145588188614281565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610b0957610b09614165565b65ffffffffffff8181168382160190811115610b0957610b09614165565b60ff8181168382160190811115610b0957610b09614165565b6001815b60018411156124b6578085048111156145e4576145e4614165565b60018416156145f257908102905b60019390931c9280026145c9565b5f8261460e57506001610b09565b8161461a57505f610b09565b8160018114614630576002811461463a57614656565b6001915050610b09565b60ff84111561464b5761464b614165565b50506001821b610b09565b5060208310610133831016604e8410600b8410161715614679575081810a610b09565b6146855f1984846145c5565b805f190482111561469857614698614165565b029392505050565b5f61143d60ff84168361460056fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/governance/AppAuthNodeVotes.sol:AppAuthNodeVotes. */
export const appAuthNodeVotesBytecode =
  '0x610160604052348015610010575f5ffd5b5060405161321c38038061321c83398101604081905261002f91610c94565b6040805180820190915260018152603160f81b60208201528290859081865f6100588382610e23565b5060016100658282610e23565b5050506100778261019760201b60201c565b6101205261008481610197565b61014052815160208084019190912060e052815190820120610100524660a05261011060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661014757604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610150816101d4565b505f5b815181101561018d5761018482828151811061017157610171610edd565b602002602001015161022560201b60201c565b50600101610153565b5050505050611034565b5f5f829050601f815111156101c1578260405163305a27a960e01b815260040161013e9190610f1f565b80516101cc82610f31565b179392505050565b600c80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b600d80545f918261023583610f68565b909155509050610245828261024a565b919050565b610269828260405180602001604052805f81525061026d60201b60201c565b5050565b6102778383610289565b610284335f8585856102ea565b505050565b6001600160a01b0382166102b257604051633250574960e11b81525f600482015260240161013e565b5f6102be838383610412565b90506001600160a01b03811615610284576040516339e3563760e11b81525f600482015260240161013e565b6001600160a01b0383163b1561040b57604051630a85bd0160e11b81526001600160a01b0384169063150b7a029061032c908890889087908790600401610f80565b6020604051808303815f875af1925050508015610366575060408051601f3d908101601f1916820190925261036391810190610fbc565b60015b6103cd573d808015610393576040519150601f19603f3d011682016040523d82523d5f602084013e610398565b606091505b5080515f036103c557604051633250574960e11b81526001600160a01b038516600482015260240161013e565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461040957604051633250574960e11b81526001600160a01b038516600482015260240161013e565b505b5050505050565b5f61041e848484610426565b949350505050565b5f80610433858585610441565b905061041e81866001610533565b5f828152600260205260408120546001600160a01b039081169083161561046d5761046d8184866105bb565b6001600160a01b038116156104a7576104885f85818061061f565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b038516156104d5576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b6001600160a01b0383166105615761055e600b61094161074160201b1761055984610755565b61078c565b50505b6001600160a01b03821661058a57610587600b61094c6107c160201b1761055984610755565b50505b6001600160a01b038381165f90815260096020526040808220548584168352912054610284929182169116836107cc565b6105c683838361091c565b610284576001600160a01b0383166105f457604051637e27328960e01b81526004810182905260240161013e565b60405163177e802f60e01b81526001600160a01b03831660048201526024810182905260440161013e565b808061063357506001600160a01b03821615155b15610712575f6106428461099c565b90506001600160a01b0383161580159061066e5750826001600160a01b0316816001600160a01b031614155b801561069f57506001600160a01b038082165f9081526005602090815260408083209387168352929052205460ff16155b156106c85760405163a9fbf51f60e01b81526001600160a01b038416600482015260240161013e565b81156107105783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f61074c8284610fe3565b90505b92915050565b5f6001600160d01b03821115610788576040516306dfcc6560e41b815260d060048201526024810183905260440161013e565b5090565b5f806107b46107996109d4565b6107ac6107a5886109e2565b868860201c565b879190610a2a565b915091505b935093915050565b5f61074c8284611002565b816001600160a01b0316836001600160a01b0316141580156107ed57505f81115b15610284576001600160a01b03831615610885576001600160a01b0383165f908152600a602090815260408220829161083391906107c1901b61094c1761055986610755565b6001600160d01b031691506001600160d01b03169150846001600160a01b03165f5160206131fc5f395f51905f52838360405161087a929190918252602082015260400190565b60405180910390a250505b6001600160a01b03821615610284576001600160a01b0382165f908152600a60209081526040822082916108c69190610741901b6109411761055986610755565b6001600160d01b031691506001600160d01b03169150836001600160a01b03165f5160206131fc5f395f51905f52838360405161090d929190918252602082015260400190565b60405180910390a25050505050565b5f6001600160a01b0383161580159061041e5750826001600160a01b0316846001600160a01b0316148061097457506001600160a01b038085165f9081526005602090815260408083209387168352929052205460ff165b8061041e5750505f908152600460205260409020546001600160a01b03908116911614919050565b5f818152600260205260408120546001600160a01b03168061074f57604051637e27328960e01b81526004810184905260240161013e565b5f6109dd610a37565b905090565b80545f908015610a2157610a08836109fb600184611021565b5f91825260209091200190565b54660100000000000090046001600160d01b0316610a23565b5f5b9392505050565b5f806107b4858585610a41565b5f6109dd42610b9d565b82545f9081908015610b40575f610a5d876109fb600185611021565b805490915065ffffffffffff80821691660100000000000090046001600160d01b0316908816821115610aa357604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603610adf57825465ffffffffffff1666010000000000006001600160d01b03891602178355610b32565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506107b992505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816107b9565b5f65ffffffffffff821115610788576040516306dfcc6560e41b8152603060048201526024810183905260440161013e565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715610c0b57610c0b610bcf565b604052919050565b5f82601f830112610c22575f5ffd5b81516001600160401b03811115610c3b57610c3b610bcf565b610c4e601f8201601f1916602001610be3565b818152846020838601011115610c62575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b80516001600160a01b0381168114610245575f5ffd5b5f5f5f5f60808587031215610ca7575f5ffd5b84516001600160401b03811115610cbc575f5ffd5b610cc887828801610c13565b602087015190955090506001600160401b03811115610ce5575f5ffd5b610cf187828801610c13565b935050610d0060408601610c7e565b60608601519092506001600160401b03811115610d1b575f5ffd5b8501601f81018713610d2b575f5ffd5b80516001600160401b03811115610d4457610d44610bcf565b8060051b610d5460208201610be3565b9182526020818401810192908101908a841115610d6f575f5ffd5b6020850194505b83851015610d9857610d8785610c7e565b825260209485019490910190610d76565b979a9699509497505050505050565b600181811c90821680610dbb57607f821691505b602082108103610dd957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561028457805f5260205f20601f840160051c81016020851015610e045750805b601f840160051c820191505b8181101561040b575f8155600101610e10565b81516001600160401b03811115610e3c57610e3c610bcf565b610e5081610e4a8454610da7565b84610ddf565b6020601f821160018114610e82575f8315610e6b5750848201515b5f19600385901b1c1916600184901b17845561040b565b5f84815260208120601f198516915b82811015610eb15787850151825560209485019460019092019101610e91565b5084821015610ece57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52603260045260245ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61074c6020830184610ef1565b80516020808301519190811015610dd9575f1960209190910360031b1b16919050565b634e487b7160e01b5f52601160045260245ffd5b5f60018201610f7957610f79610f54565b5060010190565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90610fb290830184610ef1565b9695505050505050565b5f60208284031215610fcc575f5ffd5b81516001600160e01b031981168114610a23575f5ffd5b6001600160d01b03818116838216019081111561074f5761074f610f54565b6001600160d01b03828116828216039081111561074f5761074f610f54565b8181038181111561074f5761074f610f54565b60805160a05160c05160e0516101005161012051610140516121776110855f395f610c0701525f610bdc01525f61154101525f61151901525f61147401525f61149e01525f6114c801526121775ff3fe608060405234801561000f575f5ffd5b50600436106101bb575f3560e01c80637ecebe00116100f3578063a22cb46511610093578063c87b56dd1161006e578063c87b56dd14610406578063e38c3dbc14610419578063e985e9c51461042c578063f2fde38b1461043f575f5ffd5b8063a22cb465146103cd578063b88d4fde146103e0578063c3cda520146103f3575f5ffd5b80638e539e8c116100ce5780638e539e8c1461038057806391ddadf41461039357806395d89b41146103b25780639ab24eb0146103ba575f5ffd5b80637ecebe001461032c57806384b0196e146103545780638da5cb5b1461036f575f5ffd5b806342842e0e1161015e5780635c19a95c116101395780635c19a95c146102eb5780636352211e146102fe57806370a0823114610311578063715018a614610324575f5ffd5b806342842e0e146102835780634bf5d7e914610296578063587cde1e146102c0575f5ffd5b8063095ea7b311610199578063095ea7b31461022757806310069f6a1461023c57806323b872dd1461024f5780633a46b1a814610262575f5ffd5b806301ffc9a7146101bf57806306fdde03146101e7578063081812fc146101fc575b5f5ffd5b6101d26101cd366004611ca9565b610452565b60405190151581526020015b60405180910390f35b6101ef6104a3565b6040516101de9190611cf2565b61020f61020a366004611d04565b610532565b6040516001600160a01b0390911681526020016101de565b61023a610235366004611d31565b610559565b005b61023a61024a366004611d04565b610568565b61023a61025d366004611d59565b61057c565b610275610270366004611d31565b61060a565b6040519081526020016101de565b61023a610291366004611d59565b610644565b60408051808201909152600e81526d06d6f64653d74696d657374616d760941b60208201526101ef565b61020f6102ce366004611d93565b6001600160a01b039081165f908152600960205260409020541690565b61023a6102f9366004611d93565b610663565b61020f61030c366004611d04565b61066e565b61027561031f366004611d93565b610678565b61023a6106bd565b61027561033a366004611d93565b6001600160a01b03165f9081526008602052604090205490565b61035c6106d0565b6040516101de9796959493929190611dac565b600c546001600160a01b031661020f565b61027561038e366004611d04565b610712565b61039b610736565b60405165ffffffffffff90911681526020016101de565b6101ef610744565b6102756103c8366004611d93565b610753565b61023a6103db366004611e42565b610773565b61023a6103ee366004611e8f565b61077e565b61023a610401366004611f6c565b610796565b6101ef610414366004611d04565b610852565b610275610427366004611d93565b6108c3565b6101d261043a366004611fc7565b6108da565b61023a61044d366004611d93565b610907565b5f6001600160e01b031982166380ac58cd60e01b148061048257506001600160e01b03198216635b5e139f60e01b145b8061049d57506301ffc9a760e01b6001600160e01b03198316145b92915050565b60605f80546104b190611ff8565b80601f01602080910402602001604051908101604052809291908181526020018280546104dd90611ff8565b80156105285780601f106104ff57610100808354040283529160200191610528565b820191905f5260205f20905b81548152906001019060200180831161050b57829003601f168201915b5050505050905090565b5f61053c82610957565b505f828152600460205260409020546001600160a01b031661049d565b61056482823361098f565b5050565b61057061099c565b610579816109c9565b50565b6001600160a01b0382166105aa57604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f6105b6838333610a01565b9050836001600160a01b0316816001600160a01b031614610604576040516364283d7b60e01b81526001600160a01b03808616600483015260248201849052821660448201526064016105a1565b50505050565b5f61063461061783610a15565b6001600160a01b0385165f908152600a6020526040902090610a63565b6001600160d01b03169392505050565b61065e83838360405180602001604052805f81525061077e565b505050565b336105648183610b13565b5f61049d82610957565b5f6001600160a01b0382166106a2576040516322718ad960e21b81525f60048201526024016105a1565b506001600160a01b03165f9081526003602052604090205490565b6106c561099c565b6106ce5f610b84565b565b5f6060805f5f5f60606106e1610bd5565b6106e9610c00565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61072761071f83610a15565b600b90610a63565b6001600160d01b031692915050565b5f61073f610c2b565b905090565b6060600180546104b190611ff8565b6001600160a01b0381165f908152600a6020526040812061072790610c35565b610564338383610c6c565b61078984848461057c565b6106043385858585610d33565b834211156107ba57604051632341d78760e11b8152600481018590526024016105a1565b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f906108339061082b9060a00160405160208183030381529060405280519060200120610e5b565b858585610e87565b905061083f8187610eb3565b6108498188610b13565b50505050505050565b606061085d82610957565b505f61087360408051602081019091525f815290565b90505f8151116108915760405180602001604052805f8152506108bc565b8061089b84610f05565b6040516020016108ac929190612047565b6040516020818303038152906040525b9392505050565b5f6108cc61099c565b61049d82610f95565b919050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b61090f61099c565b6001600160a01b03811661093857604051631e4fbdf760e01b81525f60048201526024016105a1565b61057981610b84565b5f6108bc828461206f565b5f6108bc828461208e565b5f818152600260205260408120546001600160a01b03168061049d57604051637e27328960e01b8152600481018490526024016105a1565b61065e8383836001610fb5565b600c546001600160a01b031633146106ce5760405163118cdaa760e01b81523360048201526024016105a1565b5f6109d55f835f610a01565b90506001600160a01b03811661056457604051637e27328960e01b8152600481018390526024016105a1565b5f610a0d8484846110b9565b949350505050565b5f5f610a1f610736565b90508065ffffffffffff168310610a5a57604051637669fc0f60e11b81526004810184905265ffffffffffff821660248201526044016105a1565b6108bc836110d4565b81545f9081816005811115610abf575f610a7c8461110a565b610a8690856120ad565b5f8881526020902090915081015465ffffffffffff9081169087161015610aaf57809150610abd565b610aba8160016120c0565b92505b505b5f610acc87878585611262565b90508015610b0657610af087610ae36001846120ad565b5f91825260209091200190565b54600160301b90046001600160d01b0316610b08565b5f5b979650505050505050565b6001600160a01b038281165f8181526009602052604080822080548686166001600160a01b0319821681179092559151919094169392849290917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a461065e8183610b7f866112b8565b6112c2565b600c80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b606061073f7f000000000000000000000000000000000000000000000000000000000000000061142b565b606061073f7f000000000000000000000000000000000000000000000000000000000000000061142b565b5f61073f426110d4565b80545f908015610c6457610c4e83610ae36001846120ad565b54600160301b90046001600160d01b03166108bc565b5f9392505050565b6001600160a01b038316610c955760405163a9fbf51f60e01b81525f60048201526024016105a1565b6001600160a01b038216610cc757604051630b61174360e31b81526001600160a01b03831660048201526024016105a1565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b15610e5457604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290610d759088908890879087906004016120d3565b6020604051808303815f875af1925050508015610daf575060408051601f3d908101601f19168201909252610dac9181019061210f565b60015b610e16573d808015610ddc576040519150601f19603f3d011682016040523d82523d5f602084013e610de1565b606091505b5080515f03610e0e57604051633250574960e11b81526001600160a01b03851660048201526024016105a1565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14610e5257604051633250574960e11b81526001600160a01b03851660048201526024016105a1565b505b5050505050565b5f61049d610e67611468565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610e9788888888611591565b925092509250610ea78282611659565b50909695505050505050565b6001600160a01b0382165f90815260086020526040902080546001810190915581811461065e576040516301d4b62360e61b81526001600160a01b0384166004820152602481018290526044016105a1565b60605f610f1183611711565b60010190505f8167ffffffffffffffff811115610f3057610f30611e7b565b6040519080825280601f01601f191660200182016040528015610f5a576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084610f6457509392505050565b600d80545f9182610fa58361213e565b9190505590506108d582826117e8565b8080610fc957506001600160a01b03821615155b1561108a575f610fd884610957565b90506001600160a01b038316158015906110045750826001600160a01b0316816001600160a01b031614155b8015611017575061101581846108da565b155b156110405760405163a9fbf51f60e01b81526001600160a01b03841660048201526024016105a1565b81156110885783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f5f6110c6858585611801565b9050610a0d818660016118f3565b5f65ffffffffffff821115611106576040516306dfcc6560e41b815260306004820152602481018390526044016105a1565b5090565b5f60018211611117575090565b816001600160801b82106111305760809190911c9060401b5b68010000000000000000821061114b5760409190911c9060201b5b64010000000082106111625760209190911c9060101b5b6201000082106111775760109190911c9060081b5b610100821061118b5760089190911c9060041b5b6010821061119e5760049190911c9060021b5b600482106111aa5760011b5b600302600190811c908185816111c2576111c261212a565b048201901c905060018185816111da576111da61212a565b048201901c905060018185816111f2576111f261212a565b048201901c9050600181858161120a5761120a61212a565b048201901c905060018185816112225761122261212a565b048201901c9050600181858161123a5761123a61212a565b048201901c90506112598185816112535761125361212a565b04821190565b90039392505050565b5f5b818310156112b0575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561129c578092506112aa565b6112a78160016120c0565b93505b50611264565b509392505050565b5f61049d82610678565b816001600160a01b0316836001600160a01b0316141580156112e357505f81115b1561065e576001600160a01b0383161561138a576001600160a01b0383165f908152600a6020526040812081906113259061094c61132086611968565b61199b565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724838360405161137f929190918252602082015260400190565b60405180910390a250505b6001600160a01b0382161561065e576001600160a01b0382165f908152600a6020526040812081906113c29061094161132086611968565b6001600160d01b031691506001600160d01b03169150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724838360405161141c929190918252602082015260400190565b60405180910390a25050505050565b60605f611437836119d3565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156114c057507f000000000000000000000000000000000000000000000000000000000000000046145b156114ea57507f000000000000000000000000000000000000000000000000000000000000000090565b61073f604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156115ca57505f9150600390508261164f565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561161b573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661164657505f92506001915082905061164f565b92505f91508190505b9450945094915050565b5f82600381111561166c5761166c612156565b03611675575050565b600182600381111561168957611689612156565b036116a75760405163f645eedf60e01b815260040160405180910390fd5b60028260038111156116bb576116bb612156565b036116dc5760405163fce698f760e01b8152600481018290526024016105a1565b60038260038111156116f0576116f0612156565b03610564576040516335e2f38360e21b8152600481018290526024016105a1565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b831061174f5772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef8100000000831061177b576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061179957662386f26fc10000830492506010015b6305f5e10083106117b1576305f5e100830492506008015b61271083106117c557612710830492506004015b606483106117d7576064830492506002015b600a831061049d5760010192915050565b610564828260405180602001604052805f8152506119fa565b5f828152600260205260408120546001600160a01b039081169083161561182d5761182d818486611a11565b6001600160a01b03811615611867576118485f855f5f610fb5565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615611895576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b6001600160a01b03831661191557611912600b61094161132084611968565b50505b6001600160a01b03821661193757611934600b61094c61132084611968565b50505b6001600160a01b038381165f9081526009602052604080822054858416835291205461065e929182169116836112c2565b5f6001600160d01b03821115611106576040516306dfcc6560e41b815260d06004820152602481018390526044016105a1565b5f5f6119c66119a8610736565b6119be6119b488610c35565b868863ffffffff16565b879190611a75565b915091505b935093915050565b5f60ff8216601f81111561049d57604051632cd44ac360e21b815260040160405180910390fd5b611a048383611a82565b61065e335f858585610d33565b611a1c838383611ae3565b61065e576001600160a01b038316611a4a57604051637e27328960e01b8152600481018290526024016105a1565b60405163177e802f60e01b81526001600160a01b0383166004820152602481018290526044016105a1565b5f806119c6858585611b44565b6001600160a01b038216611aab57604051633250574960e11b81525f60048201526024016105a1565b5f611ab783835f610a01565b90506001600160a01b0381161561065e576040516339e3563760e11b81525f60048201526024016105a1565b5f6001600160a01b03831615801590610a0d5750826001600160a01b0316846001600160a01b03161480611b1c5750611b1c84846108da565b80610a0d5750505f908152600460205260409020546001600160a01b03908116911614919050565b82545f9081908015611c3a575f611b6087610ae36001856120ad565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115611ba357604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603611bdc57825465ffffffffffff16600160301b6001600160d01b03891602178355611c2c565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506119cb92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816119cb565b6001600160e01b031981168114610579575f5ffd5b5f60208284031215611cb9575f5ffd5b81356108bc81611c94565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6108bc6020830184611cc4565b5f60208284031215611d14575f5ffd5b5035919050565b80356001600160a01b03811681146108d5575f5ffd5b5f5f60408385031215611d42575f5ffd5b611d4b83611d1b565b946020939093013593505050565b5f5f5f60608486031215611d6b575f5ffd5b611d7484611d1b565b9250611d8260208501611d1b565b929592945050506040919091013590565b5f60208284031215611da3575f5ffd5b6108bc82611d1b565b60ff60f81b8816815260e060208201525f611dca60e0830189611cc4565b8281036040840152611ddc8189611cc4565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611e31578351835260209384019390920191600101611e13565b50909b9a5050505050505050505050565b5f5f60408385031215611e53575f5ffd5b611e5c83611d1b565b915060208301358015158114611e70575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215611ea2575f5ffd5b611eab85611d1b565b9350611eb960208601611d1b565b925060408501359150606085013567ffffffffffffffff811115611edb575f5ffd5b8501601f81018713611eeb575f5ffd5b803567ffffffffffffffff811115611f0557611f05611e7b565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715611f3457611f34611e7b565b604052818152828201602001891015611f4b575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f5f5f5f5f60c08789031215611f81575f5ffd5b611f8a87611d1b565b95506020870135945060408701359350606087013560ff81168114611fad575f5ffd5b9598949750929560808101359460a0909101359350915050565b5f5f60408385031215611fd8575f5ffd5b611fe183611d1b565b9150611fef60208401611d1b565b90509250929050565b600181811c9082168061200c57607f821691505b60208210810361202a57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f81518060208401855e5f93019283525090919050565b5f610a0d6120558386612030565b84612030565b634e487b7160e01b5f52601160045260245ffd5b6001600160d01b03818116838216019081111561049d5761049d61205b565b6001600160d01b03828116828216039081111561049d5761049d61205b565b8181038181111561049d5761049d61205b565b8082018082111561049d5761049d61205b565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061210590830184611cc4565b9695505050505050565b5f6020828403121561211f575f5ffd5b81516108bc81611c94565b634e487b7160e01b5f52601260045260245ffd5b5f6001820161214f5761214f61205b565b5060010190565b634e487b7160e01b5f52602160045260245ffdfea164736f6c634300081c000adec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724' as const
/** Creation bytecode of contracts/governance/AppAuthVotesToken.sol:AppAuthVotesToken. */
export const appAuthVotesTokenBytecode =
  '0x610160604052348015610010575f5ffd5b506040516126ae3803806126ae83398101604081905261002f91610843565b6040805180820190915260018152603160f81b602082015284908190818660036100598382610951565b5060046100668282610951565b5050506100788261012e60201b60201c565b610120526100858161012e565b61014052815160208084019190912060e052815190820120610100524660a05261011160e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506101258282610174565b50505050610adb565b5f5f829050601f81511115610161578260405163305a27a960e01b81526004016101589190610a0b565b60405180910390fd5b805161016c82610a40565b179392505050565b6001600160a01b03821661019d5760405163ec442f0560e01b81525f6004820152602401610158565b6101a85f83836101ac565b5050565b6101b78383836101bc565b505050565b6101c7838383610222565b6001600160a01b038316610217575f6101df60025490565b90506001600160d01b038082111561021457604051630e58ae9360e11b81526004810183905260248101829052604401610158565b50505b6101b7838383610348565b6001600160a01b03831661024c578060025f8282546102419190610a77565b909155506102bc9050565b6001600160a01b0383165f908152602081905260409020548181101561029e5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610158565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166102d8576002805482900390556102f6565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161033b91815260200190565b60405180910390a3505050565b6001600160a01b03831661037657610373600a6107d66103d060201b1761036e846103e4565b61041b565b50505b6001600160a01b03821661039f5761039c600a6107e161045060201b1761036e846103e4565b50505b6001600160a01b038381165f908152600860205260408082205485841683529120546101b79291821691168361045b565b5f6103db8284610a8a565b90505b92915050565b5f6001600160d01b03821115610417576040516306dfcc6560e41b815260d0600482015260248101839052604401610158565b5090565b5f806104436104286105ab565b61043b610434886105b9565b868860201c565b879190610601565b915091505b935093915050565b5f6103db8284610aa9565b816001600160a01b0316836001600160a01b03161415801561047c57505f81115b156101b7576001600160a01b03831615610514576001600160a01b0383165f908152600960209081526040822082916104c29190610450901b6107e11761036e866103e4565b6001600160d01b031691506001600160d01b03169150846001600160a01b03165f51602061268e5f395f51905f528383604051610509929190918252602082015260400190565b60405180910390a250505b6001600160a01b038216156101b7576001600160a01b0382165f9081526009602090815260408220829161055591906103d0901b6107d61761036e866103e4565b6001600160d01b031691506001600160d01b03169150836001600160a01b03165f51602061268e5f395f51905f52838360405161059c929190918252602082015260400190565b60405180910390a25050505050565b5f6105b461060e565b905090565b80545f9080156105f8576105df836105d2600184610ac8565b5f91825260209091200190565b54660100000000000090046001600160d01b03166105fa565b5f5b9392505050565b5f80610443858585610618565b5f6105b442610774565b82545f9081908015610717575f610634876105d2600185610ac8565b805490915065ffffffffffff80821691660100000000000090046001600160d01b031690881682111561067a57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036106b657825465ffffffffffff1666010000000000006001600160d01b03891602178355610709565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061044892505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081610448565b5f65ffffffffffff821115610417576040516306dfcc6560e41b81526030600482015260248101839052604401610158565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126107c9575f5ffd5b81516001600160401b038111156107e2576107e26107a6565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610810576108106107a6565b604052818152838201602001851015610827575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f60808587031215610856575f5ffd5b84516001600160401b0381111561086b575f5ffd5b610877878288016107ba565b602087015190955090506001600160401b03811115610894575f5ffd5b6108a0878288016107ba565b604087015190945090506001600160a01b03811681146108be575f5ffd5b6060959095015193969295505050565b600181811c908216806108e257607f821691505b60208210810361090057634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101b757805f5260205f20601f840160051c8101602085101561092b5750805b601f840160051c820191505b8181101561094a575f8155600101610937565b5050505050565b81516001600160401b0381111561096a5761096a6107a6565b61097e8161097884546108ce565b84610906565b6020601f8211600181146109b0575f83156109995750848201515b5f19600385901b1c1916600184901b17845561094a565b5f84815260208120601f198516915b828110156109df57878501518255602094850194600190920191016109bf565b50848210156109fc57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610900575f1960209190910360031b1b16919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156103de576103de610a63565b6001600160d01b0381811683821601908111156103de576103de610a63565b6001600160d01b0382811682821603908111156103de576103de610a63565b818103818111156103de576103de610a63565b60805160a05160c05160e051610100516101205161014051611b62610b2c5f395f610bdf01525f610bb401525f6109b001525f61098801525f6108e301525f61090d01525f6109370152611b625ff3fe608060405234801561000f575f5ffd5b5060043610610148575f3560e01c806370a08231116100bf5780639ab24eb0116100795780639ab24eb014610316578063a9059cbb14610329578063c3cda5201461033c578063d505accf1461034f578063dd62ed3e14610362578063f1127ed81461039a575f5ffd5b806370a08231146102865780637ecebe00146102ae57806384b0196e146102c15780638e539e8c146102dc57806391ddadf4146102ef57806395d89b411461030e575f5ffd5b80633644e515116101105780633644e515146101c15780633a46b1a8146101c95780634bf5d7e9146101dc578063587cde1e146102065780635c19a95c146102495780636fcfff451461025e575f5ffd5b806306fdde031461014c578063095ea7b31461016a57806318160ddd1461018d57806323b872dd1461019f578063313ce567146101b2575b5f5ffd5b6101546103d9565b60405161016191906117dc565b60405180910390f35b61017d610178366004611809565b610469565b6040519015158152602001610161565b6002545b604051908152602001610161565b61017d6101ad366004611831565b610482565b60405160128152602001610161565b6101916104a5565b6101916101d7366004611809565b6104b3565b60408051808201909152600e81526d06d6f64653d74696d657374616d760941b6020820152610154565b61023161021436600461186b565b6001600160a01b039081165f908152600860205260409020541690565b6040516001600160a01b039091168152602001610161565b61025c61025736600461186b565b6104ed565b005b61027161026c36600461186b565b6104fc565b60405163ffffffff9091168152602001610161565b61019161029436600461186b565b6001600160a01b03165f9081526020819052604090205490565b6101916102bc36600461186b565b610506565b6102c9610510565b6040516101619796959493929190611884565b6101916102ea36600461191a565b610552565b6102f7610576565b60405165ffffffffffff9091168152602001610161565b61015461057f565b61019161032436600461186b565b61058e565b61017d610337366004611809565b6105ae565b61025c61034a366004611941565b6105bb565b61025c61035d366004611995565b61067c565b6101916103703660046119fb565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6103ad6103a8366004611a2c565b6107b2565b60408051825165ffffffffffff1681526020928301516001600160d01b03169281019290925201610161565b6060600380546103e890611a69565b80601f016020809104026020016040519081016040528092919081815260200182805461041490611a69565b801561045f5780601f106104365761010080835404028352916020019161045f565b820191905f5260205f20905b81548152906001019060200180831161044257829003601f168201915b5050505050905090565b5f336104768185856107ec565b60019150505b92915050565b5f3361048f8582856107fe565b61049a85858561087a565b506001949350505050565b5f6104ae6108d7565b905090565b5f6104dd6104c083610a00565b6001600160a01b0385165f90815260096020526040902090610a4e565b6001600160d01b03169392505050565b336104f88183610afe565b5050565b5f61047c82610b6f565b5f61047c82610b90565b5f6060805f5f5f6060610521610bad565b610529610bd8565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61056761055f83610a00565b600a90610a4e565b6001600160d01b031692915050565b5f6104ae610c03565b6060600480546103e890611a69565b6001600160a01b0381165f90815260096020526040812061056790610c0d565b5f3361047681858561087a565b834211156105e457604051632341d78760e11b8152600481018590526024015b60405180910390fd5b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f9061065d906106559060a00160405160208183030381529060405280519060200120610c44565b858585610c70565b90506106698187610c9c565b6106738188610afe565b50505050505050565b834211156106a05760405163313c898160e11b8152600481018590526024016105db565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886106eb8c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61074582610c44565b90505f61075482878787610c70565b9050896001600160a01b0316816001600160a01b03161461079b576040516325c0072360e11b81526001600160a01b0380831660048301528b1660248201526044016105db565b6107a68a8a8a6107ec565b50505050505050505050565b604080518082019091525f80825260208201526107cf8383610cee565b9392505050565b5f6107cf8284611ab5565b5f6107cf8284611ad4565b6107f98383836001610d22565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610874578181101561086657604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016105db565b61087484848484035f610d22565b50505050565b6001600160a01b0383166108a357604051634b637e8f60e11b81525f60048201526024016105db565b6001600160a01b0382166108cc5760405163ec442f0560e01b81525f60048201526024016105db565b6107f9838383610df4565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561092f57507f000000000000000000000000000000000000000000000000000000000000000046145b1561095957507f000000000000000000000000000000000000000000000000000000000000000090565b6104ae604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f610a0a610576565b90508065ffffffffffff168310610a4557604051637669fc0f60e11b81526004810184905265ffffffffffff821660248201526044016105db565b6107cf83610dff565b81545f9081816005811115610aaa575f610a6784610e35565b610a719085611af3565b5f8881526020902090915081015465ffffffffffff9081169087161015610a9a57809150610aa8565b610aa5816001611b06565b92505b505b5f610ab787878585610f8d565b90508015610af157610adb87610ace600184611af3565b5f91825260209091200190565b54600160301b90046001600160d01b0316610af3565b5f5b979650505050505050565b6001600160a01b038281165f8181526008602052604080822080548686166001600160a01b0319821681179092559151919094169392849290917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a46107f98183610b6a86610fe3565b611000565b6001600160a01b0381165f9081526009602052604081205461047c90611169565b6001600160a01b0381165f9081526007602052604081205461047c565b60606104ae7f0000000000000000000000000000000000000000000000000000000000000000611199565b60606104ae7f0000000000000000000000000000000000000000000000000000000000000000611199565b5f6104ae42610dff565b80545f908015610c3c57610c2683610ace600184611af3565b54600160301b90046001600160d01b03166107cf565b5f9392505050565b5f61047c610c506108d7565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610c80888888886111d6565b925092509250610c90828261129e565b50909695505050505050565b6001600160a01b0382165f9081526007602052604090208054600181019091558181146107f9576040516301d4b62360e61b81526001600160a01b0384166004820152602481018290526044016105db565b604080518082019091525f80825260208201526001600160a01b0383165f9081526009602052604090206107cf9083611356565b6001600160a01b038416610d4b5760405163e602df0560e01b81525f60048201526024016105db565b6001600160a01b038316610d7457604051634a1406b160e11b81525f60048201526024016105db565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561087457826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610de691815260200190565b60405180910390a350505050565b6107f98383836113c3565b5f65ffffffffffff821115610e31576040516306dfcc6560e41b815260306004820152602481018390526044016105db565b5090565b5f60018211610e42575090565b816001600160801b8210610e5b5760809190911c9060401b5b680100000000000000008210610e765760409190911c9060201b5b6401000000008210610e8d5760209190911c9060101b5b620100008210610ea25760109190911c9060081b5b6101008210610eb65760089190911c9060041b5b60108210610ec95760049190911c9060021b5b60048210610ed55760011b5b600302600190811c90818581610eed57610eed611b19565b048201901c90506001818581610f0557610f05611b19565b048201901c90506001818581610f1d57610f1d611b19565b048201901c90506001818581610f3557610f35611b19565b048201901c90506001818581610f4d57610f4d611b19565b048201901c90506001818581610f6557610f65611b19565b048201901c9050610f84818581610f7e57610f7e611b19565b04821190565b90039392505050565b5f5b81831015610fdb575f85815260209020838316600285851804019081015465ffffffffffff86811691161115610fc757809250610fd5565b610fd2816001611b06565b93505b50610f8f565b509392505050565b6001600160a01b0381165f9081526020819052604081205461047c565b816001600160a01b0316836001600160a01b03161415801561102157505f81115b156107f9576001600160a01b038316156110c8576001600160a01b0383165f9081526009602052604081208190611063906107e161105e86611429565b61145c565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a72483836040516110bd929190918252602082015260400190565b60405180910390a250505b6001600160a01b038216156107f9576001600160a01b0382165f9081526009602052604081208190611100906107d661105e86611429565b6001600160d01b031691506001600160d01b03169150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724838360405161115a929190918252602082015260400190565b60405180910390a25050505050565b5f63ffffffff821115610e31576040516306dfcc6560e41b815260206004820152602481018390526044016105db565b60605f6111a583611494565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561120f57505f91506003905082611294565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611260573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661128b57505f925060019150829050611294565b92505f91508190505b9450945094915050565b5f8260038111156112b1576112b1611b2d565b036112ba575050565b60018260038111156112ce576112ce611b2d565b036112ec5760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561130057611300611b2d565b036113215760405163fce698f760e01b8152600481018290526024016105db565b600382600381111561133557611335611b2d565b036104f8576040516335e2f38360e21b8152600481018290526024016105db565b604080518082019091525f8082526020820152825f018263ffffffff168154811061138357611383611b41565b5f9182526020918290206040805180820190915291015465ffffffffffff81168252600160301b90046001600160d01b0316918101919091529392505050565b6113ce8383836114bb565b6001600160a01b03831661141e575f6113e660025490565b90506001600160d01b038082111561141b57604051630e58ae9360e11b815260048101839052602481018290526044016105db565b50505b6107f98383836115e1565b5f6001600160d01b03821115610e31576040516306dfcc6560e41b815260d06004820152602481018390526044016105db565b5f5f611487611469610576565b61147f61147588610c0d565b868863ffffffff16565b879190611656565b915091505b935093915050565b5f60ff8216601f81111561047c57604051632cd44ac360e21b815260040160405180910390fd5b6001600160a01b0383166114e5578060025f8282546114da9190611b06565b909155506115559050565b6001600160a01b0383165f90815260208190526040902054818110156115375760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016105db565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166115715760028054829003905561158f565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516115d491815260200190565b60405180910390a3505050565b6001600160a01b03831661160357611600600a6107d661105e84611429565b50505b6001600160a01b03821661162557611622600a6107e161105e84611429565b50505b6001600160a01b038381165f908152600860205260408082205485841683529120546107f992918216911683611000565b5f8061148785858582545f9081908015611754575f61167a87610ace600185611af3565b805490915065ffffffffffff80821691600160301b90046001600160d01b03169088168211156116bd57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036116f657825465ffffffffffff16600160301b6001600160d01b03891602178355611746565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061148c92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b02919093161792019190915590508161148c565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6107cf60208301846117ae565b80356001600160a01b0381168114611804575f5ffd5b919050565b5f5f6040838503121561181a575f5ffd5b611823836117ee565b946020939093013593505050565b5f5f5f60608486031215611843575f5ffd5b61184c846117ee565b925061185a602085016117ee565b929592945050506040919091013590565b5f6020828403121561187b575f5ffd5b6107cf826117ee565b60ff60f81b8816815260e060208201525f6118a260e08301896117ae565b82810360408401526118b481896117ae565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156119095783518352602093840193909201916001016118eb565b50909b9a5050505050505050505050565b5f6020828403121561192a575f5ffd5b5035919050565b803560ff81168114611804575f5ffd5b5f5f5f5f5f5f60c08789031215611956575f5ffd5b61195f876117ee565b9550602087013594506040870135935061197b60608801611931565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f5f5f60e0888a0312156119ab575f5ffd5b6119b4886117ee565b96506119c2602089016117ee565b955060408801359450606088013593506119de60808901611931565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611a0c575f5ffd5b611a15836117ee565b9150611a23602084016117ee565b90509250929050565b5f5f60408385031215611a3d575f5ffd5b611a46836117ee565b9150602083013563ffffffff81168114611a5e575f5ffd5b809150509250929050565b600181811c90821680611a7d57607f821691505b602082108103611a9b57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160d01b03818116838216019081111561047c5761047c611aa1565b6001600160d01b03828116828216039081111561047c5761047c611aa1565b8181038181111561047c5761047c611aa1565b8082018082111561047c5761047c611aa1565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffdfea164736f6c634300081c000adec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724' as const
/** Creation bytecode of contracts/verifiers/AutomataDcapTdxAdapter.sol:AutomataDcapTdxAdapter. */
export const automataDcapTdxAdapterBytecode =
  '0x60a060405234801561000f575f5ffd5b5060405161091c38038061091c83398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b60805161087d61009f5f395f818160be015281816101eb01528181610247015281816102c70152610335015261087d5ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c806301ffc9a7146100595780631385a6f2146100815780632b7ac3f3146100b15780638e760afe146100e8578063f6ae3d2a14610108575b5f5ffd5b61006c610067366004610661565b61012f565b60405190151581526020015b60405180910390f35b7f4e921429feca89dc0711102fd701c2b4e6b93e349267f58170af9c921fd2abe05b604051908152602001610078565b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610078565b6100fb6100f636600461068f565b610165565b6040516100789190610711565b6100a37f4e921429feca89dc0711102fd701c2b4e6b93e349267f58170af9c921fd2abe081565b5f6001600160e01b0319821663b6896fff60e01b148061015f57506301ffc9a760e01b6001600160e01b03198316145b92915050565b61016d61062d565b5f6101b3848460405160240161018492919061075e565b60408051601f198184030181529190526020810180516001600160e01b0316631c6c240560e11b179052610242565b90505f6101c0825f610308565b905060018111156101d3576101d361031e565b5f6101e0835f6020610362565b9050815f0361022f577f00000000000000000000000000000000000000000000000000000000000000008160405163278ae60360e01b815260040161022692919061078c565b60405180910390fd5b6102388161038b565b9695505050505050565b60605f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168360405161027d91906107e7565b5f604051808303815f865af19150503d805f81146102b6576040519150601f19603f3d011682016040523d82523d5f602084013e6102bb565b606091505b509250905080610302577f000000000000000000000000000000000000000000000000000000000000000082604051633112cb2b60e01b815260040161022692919061078c565b50919050565b5f61031583836020610515565b50016020015190565b60405163fc81e0ad60e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166004820152602401610226565b60605f5f610371868686610541565b909250905061023886610385846020610806565b83610598565b61039361062d565b6103a0610248600d610806565b8251146103af576103af61031e565b5f6103ba835f610308565b9050600460f082901c1415806103db575060d081901c63ffffffff16608114155b156103e8576103e861031e565b60c881901c600760ff821611156104015761040161031e565b7f4e921429feca89dc0711102fd701c2b4e6b93e349267f58170af9c921fd2abe0835261043a84610435600d610208610806565b610308565b60208401526104568461044f600d6088610806565b6030610598565b61046e85610467600d610148610806565b60c0610598565b60405160200161047f929190610819565b60408051601f198184030181529181528151602090920191909120908401526104b3846104ae600d6078610806565b6105fe565b600116156104dd576060830160035b908160038111156104d5576104d56106fd565b90525061050e565b60ff81166104ef57606083015f6104c2565b600660ff82161015610506576060830160016104c2565b600260608401525b5050919050565b825182118061052f575081835161052c9190610835565b81115b1561053c5761053c61031e565b505050565b5f5f5f61054e8685610308565b9050855181118061056a57508086516105679190610835565b85115b156105775761057761031e565b6105818186610806565b925061058d8684610308565b915050935093915050565b60606105a5848484610515565b8167ffffffffffffffff8111156105be576105be610848565b6040519080825280601f01601f1916602001820160405280156105e8576020820181803683370190505b50905081836020860101602083015e9392505050565b5f61060b83836001610515565b82828151811061061d5761061d61085c565b016020015160f81c905092915050565b60405180608001604052805f81526020015f81526020015f81526020015f600381111561065c5761065c6106fd565b905290565b5f60208284031215610671575f5ffd5b81356001600160e01b031981168114610688575f5ffd5b9392505050565b5f5f602083850312156106a0575f5ffd5b823567ffffffffffffffff8111156106b6575f5ffd5b8301601f810185136106c6575f5ffd5b803567ffffffffffffffff8111156106dc575f5ffd5b8560208284010111156106ed575f5ffd5b6020919091019590945092505050565b634e487b7160e01b5f52602160045260245ffd5b5f60808201905082518252602083015160208301526040830151604083015260608301516004811061075157634e487b7160e01b5f52602160045260245ffd5b8060608401525092915050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b60018060a01b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f81518060208401855e5f93019283525090919050565b5f61068882846107d0565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561015f5761015f6107f2565b5f61082d61082783866107d0565b846107d0565b949350505050565b8181038181111561015f5761015f6107f2565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffdfea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/verifiers/AutomataSevSnpAdapter.sol:AutomataSevSnpAdapter. */
export const automataSevSnpAdapterBytecode =
  '0x610120604052348015610010575f5ffd5b50604051610c5d380380610c5d83398101604081905261002f9161006f565b6001600160a01b0390941660805260ff92831660a05290821660c052811660e05216610100526100dd565b805160ff8116811461006a575f5ffd5b919050565b5f5f5f5f5f60a08688031215610083575f5ffd5b85516001600160a01b0381168114610099575f5ffd5b94506100a76020870161005a565b93506100b56040870161005a565b92506100c36060870161005a565b91506100d16080870161005a565b90509295509295909350565b60805160a05160c05160e05161010051610b0d6101505f395f8181610172015261064b01525f8181610148015261060901525f818161012001526105c701525f818160fb015261058901525f818160c9015281816102ca01528181610379015281816103f901526104670152610b0d5ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806301ffc9a7146100645780631385a6f21461008c5780632b7ac3f3146100bc5780632e8dbfa3146100f35780638e760afe146101a2578063f6ae3d2a146101c2575b5f5ffd5b6100776100723660046107ff565b6101e9565b60405190151581526020015b60405180910390f35b7f9db8248ef2c3cc861c33295969050eeb58798200e7a4e3953162f10229973e265b604051908152602001610083565b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610083565b6040805160ff7f0000000000000000000000000000000000000000000000000000000000000000811682527f0000000000000000000000000000000000000000000000000000000000000000811660208301527f00000000000000000000000000000000000000000000000000000000000000008116928201929092527f0000000000000000000000000000000000000000000000000000000000000000919091166060820152608001610083565b6101b56101b036600461082d565b61021f565b60405161008391906108af565b6100ae7f9db8248ef2c3cc861c33295969050eeb58798200e7a4e3953162f10229973e2681565b5f6001600160e01b0319821663b6896fff60e01b148061021957506301ffc9a760e01b6001600160e01b03198316145b92915050565b6102276107cb565b5f80806102368587018761099b565b9250925092505f61028484848460405160240161025593929190610a44565b60408051601f198184030181529190526020810180516001600160e01b03166302bc2ce760e51b179052610374565b90505f610291825f61043a565b905081518111156102a4576102a4610450565b5f6102af838361043a565b905060038111156102c2576102c2610450565b8015610326577f000000000000000000000000000000000000000000000000000000000000000060408051602081018490520160408051601f198184030181529082905263278ae60360e01b825261031d9291600401610a71565b60405180910390fd5b600361033c84610337856040610ab0565b61043a565b111561034a5761034a610450565b610367610362848461035d816060610ab0565b610494565b6104c7565b9998505050505050505050565b60605f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836040516103af9190610ac3565b5f604051808303815f865af19150503d805f81146103e8576040519150601f19603f3d011682016040523d82523d5f602084013e6103ed565b606091505b509250905080610434577f000000000000000000000000000000000000000000000000000000000000000082604051633112cb2b60e01b815260040161031d929190610a71565b50919050565b5f6104478383602061069d565b50016020015190565b60405163fc81e0ad60e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016600482015260240161031d565b60605f5f6104a38686866106c9565b90925090506104bd866104b7846020610ab0565b83610720565b9695505050505050565b6104cf6107cb565b6104a082511415806104ed575060026104e8835f610786565b60ff16105b156104fa576104fa610450565b7f9db8248ef2c3cc861c33295969050eeb58798200e7a4e3953162f10229973e26815261052882605061043a565b602082015261053a82609060306107b5565b604082015262080000601061055a8461055560086002610ab0565b610786565b60ff16901b1615610587576060810160035b9081600381111561057f5761057f61089b565b905250919050565b7f000000000000000000000000000000000000000000000000000000000000000060ff166105b783610180610786565b60ff16101580156105fe575060ff7f0000000000000000000000000000000000000000000000000000000000000000166105f8836105556101806001610ab0565b60ff1610155b8015610640575060ff7f00000000000000000000000000000000000000000000000000000000000000001661063a836105556101806006610ab0565b60ff1610155b8015610682575060ff7f00000000000000000000000000000000000000000000000000000000000000001661067c836105556101806007610ab0565b60ff1610155b1561069157606081015f61056c565b6001606082018161057f565b82518211806106b757508183516106b49190610ad9565b81115b156106c4576106c4610450565b505050565b5f5f5f6106d6868561043a565b905085518111806106f257508086516106ef9190610ad9565b85115b156106ff576106ff610450565b6107098186610ab0565b9250610715868461043a565b915050935093915050565b606061072d84848461069d565b8167ffffffffffffffff811115610746576107466108fc565b6040519080825280601f01601f191660200182016040528015610770576020820181803683370190505b50905081836020860101602083015e9392505050565b5f6107938383600161069d565b8282815181106107a5576107a5610aec565b016020015160f81c905092915050565b5f6107c184848461069d565b5091016020012090565b60405180608001604052805f81526020015f81526020015f81526020015f60038111156107fa576107fa61089b565b905290565b5f6020828403121561080f575f5ffd5b81356001600160e01b031981168114610826575f5ffd5b9392505050565b5f5f6020838503121561083e575f5ffd5b823567ffffffffffffffff811115610854575f5ffd5b8301601f81018513610864575f5ffd5b803567ffffffffffffffff81111561087a575f5ffd5b85602082840101111561088b575f5ffd5b6020919091019590945092505050565b634e487b7160e01b5f52602160045260245ffd5b5f6080820190508251825260208301516020830152604083015160408301526060830151600481106108ef57634e487b7160e01b5f52602160045260245ffd5b8060608401525092915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261091f575f5ffd5b813567ffffffffffffffff811115610939576109396108fc565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610968576109686108fc565b60405281815283820160200185101561097f575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f606084860312156109ad575f5ffd5b833567ffffffffffffffff8111156109c3575f5ffd5b6109cf86828701610910565b935050602084013560ff811681146109e5575f5ffd5b9150604084013567ffffffffffffffff811115610a00575f5ffd5b610a0c86828701610910565b9150509250925092565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b606081525f610a566060830186610a16565b60ff8516602084015282810360408401526104bd8185610a16565b6001600160a01b03831681526040602082018190525f90610a9490830184610a16565b949350505050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561021957610219610a9c565b5f82518060208501845e5f920191825250919050565b8181038181111561021957610219610a9c565b634e487b7160e01b5f52603260045260245ffdfea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/verifiers/BaseNitroAdapter.sol:BaseNitroAdapter. */
export const baseNitroAdapterBytecode =
  '0x60a060405234801561000f575f5ffd5b50604051610a09380380610a0983398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b6080516109716100985f395f818160be015281816103cc0152818161044c01526104c301526109715ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c806301ffc9a7146100595780631385a6f2146100815780632b7ac3f3146100b15780638e760afe146100e8578063f6ae3d2a14610108575b5f5ffd5b61006c610067366004610656565b61012f565b60405190151581526020015b60405180910390f35b7f0817c61c94b95dd7ad71f9a4ae4511daef0a92a1d8a2707e49bf7228edac62055b604051908152602001610078565b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610078565b6100fb6100f6366004610684565b610165565b6040516100789190610706565b6100a37f0817c61c94b95dd7ad71f9a4ae4511daef0a92a1d8a2707e49bf7228edac620581565b5f6001600160e01b0319821663b6896fff60e01b148061015f57506301ffc9a760e01b6001600160e01b03198316145b92915050565b61016d610622565b5f8061017b848601866107f2565b915091505f6101c58383604051602401610196929190610885565b60408051601f198184030181529190526020810180516001600160e01b03166305f7aead60e01b1790526103c7565b90505f6101d2825f610496565b905081518111156101e5576101e56104ac565b5f806101fc84846101f76060826108c6565b6104f0565b915091506003811015610211576102116104ac565b606060015f5b6003811015610305575f806102548b61024f8b6102358760016108c6565b6102409060206108d9565b61024a908c6108c6565b610496565b610547565b91509150805f03610267576102676104ac565b5f6102738c8484610590565b9050835f036102d3578167ffffffffffffffff81111561029557610295610753565b6040519080825280601f01601f1916602001820160405280156102bf576020820181803683370190505b508051906020012081805190602001201494505b85816040516020016102e6929190610907565b6040516020818303038152906040529550505050806001019050610217565b507f0817c61c94b95dd7ad71f9a4ae4511daef0a92a1d8a2707e49bf7228edac620589528151602083012060408a015280610340575f610343565b60035b89606001906003811115610359576103596106f2565b9081600381111561036c5761036c6106f2565b9052505f6103808761024a610100896108c6565b905060408160ff16036103b8575f5f6103998b84610547565b91509150602081106103b5576103af8b83610496565b60208d01525b50505b50505050505050505092915050565b60605f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836040516104029190610923565b5f604051808303815f865af19150503d805f811461043b576040519150601f19603f3d011682016040523d82523d5f602084013e610440565b606091505b509250905080610490577f000000000000000000000000000000000000000000000000000000000000000082604051633112cb2b60e01b815260040161048792919061092e565b60405180910390fd5b50919050565b5f6104a3838360206105f6565b50016020015190565b60405163fc81e0ad60e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166004820152602401610487565b5f5f5f6104fd8685610496565b9050855181118061051957508086516105169190610951565b85115b15610526576105266104ac565b61053081866108c6565b925061053c8684610496565b915050935093915050565b5f5f60408360ff161461055c5761055c6104ac565b505069ffffffffffffffffffff605082901c1667ffffffffffffffff60a083901c166105898483836105f6565b9250929050565b606061059d8484846105f6565b8167ffffffffffffffff8111156105b6576105b6610753565b6040519080825280601f01601f1916602001820160405280156105e0576020820181803683370190505b50905081836020860101602083015e9392505050565b8251821180610610575081835161060d9190610951565b81115b1561061d5761061d6104ac565b505050565b60405180608001604052805f81526020015f81526020015f81526020015f6003811115610651576106516106f2565b905290565b5f60208284031215610666575f5ffd5b81356001600160e01b03198116811461067d575f5ffd5b9392505050565b5f5f60208385031215610695575f5ffd5b823567ffffffffffffffff8111156106ab575f5ffd5b8301601f810185136106bb575f5ffd5b803567ffffffffffffffff8111156106d1575f5ffd5b8560208284010111156106e2575f5ffd5b6020919091019590945092505050565b634e487b7160e01b5f52602160045260245ffd5b5f60808201905082518252602083015160208301526040830151604083015260608301516004811061074657634e487b7160e01b5f52602160045260245ffd5b8060608401525092915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610776575f5ffd5b813567ffffffffffffffff81111561079057610790610753565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156107bf576107bf610753565b6040528181528382016020018510156107d6575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f60408385031215610803575f5ffd5b823567ffffffffffffffff811115610819575f5ffd5b61082585828601610767565b925050602083013567ffffffffffffffff811115610841575f5ffd5b61084d85828601610767565b9150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b604081525f6108976040830185610857565b82810360208401526108a98185610857565b95945050505050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561015f5761015f6108b2565b808202811582820484141761015f5761015f6108b2565b5f81518060208401855e5f93019283525090919050565b5f61091b61091583866108f0565b846108f0565b949350505050565b5f61067d82846108f0565b6001600160a01b03831681526040602082018190525f9061091b90830184610857565b8181038181111561015f5761015f6108b256fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/BaselineAppAuth.sol:BaselineAppAuth. */
export const baselineAppAuthBytecode =
  '0x608060405234801561000f575f5ffd5b50604051610ee8380380610ee883398101604081905261002e916103f6565b81815f5b81515181101561006f57610067825f01518281518110610054576100546104cd565b602002602001015161011b60201b60201c565b600101610032565b505f5b8160200151518110156100b3576100ab82602001518281518110610098576100986104cd565b602002602001015161018e60201b60201c565b600101610072565b508060400151156100c8576100c860016101f6565b8060600151156100dc576100dc6001610237565b506001600160a01b03811661010a57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61011381610280565b5050506104e1565b8061013957604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906101839083815260200190565b60405180910390a150565b806101ac57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b9101610183565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a2090602001610183565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061018390831515815260200190565b600380546001600160a01b03191690556102998161029c565b50565b600280546001600160a01b038381166201000081810262010000600160b01b031985161790945560405193909204169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b038111828210171561032d5761032d6102f7565b60405290565b604051601f8201601f191681016001600160401b038111828210171561035b5761035b6102f7565b604052919050565b5f82601f830112610372575f5ffd5b81516001600160401b0381111561038b5761038b6102f7565b8060051b61039b60208201610333565b918252602081850181019290810190868411156103b6575f5ffd5b6020860192505b838310156103d85782518252602092830192909101906103bd565b9695505050505050565b805180151581146103f1575f5ffd5b919050565b5f5f60408385031215610407575f5ffd5b82516001600160a01b038116811461041d575f5ffd5b60208401519092506001600160401b03811115610438575f5ffd5b830160808186031215610449575f5ffd5b61045161030b565b81516001600160401b03811115610466575f5ffd5b61047287828501610363565b82525060208201516001600160401b0381111561048d575f5ffd5b61049987828501610363565b6020830152506104ab604083016103e2565b60408201526104bc606083016103e2565b606082015280925050509250929050565b634e487b7160e01b5f52603260045260245ffd5b6109fa806104ee5f395ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c80636e4c74221161009e5780638da5cb5b1161006e5780638da5cb5b14610201578063bf8b211b1461022c578063dfc772231461024e578063e30c397814610261578063f2fde38b14610272575f5ffd5b80636e4c7422146101cb578063715018a6146101de57806379ba5097146101e65780637c4beeb8146101ee575f5ffd5b80632a819728116100d95780632a819728146101785780632f6622e51461018b5780633440a16a146101ad57806367b3f22c146101b8575f5ffd5b806301ffc9a71461010a5780630aa58c83146101325780631d266200146101425780631e07919814610157575b5f5ffd5b61011d610118366004610894565b610285565b60405190151581526020015b60405180910390f35b600254610100900460ff1661011d565b6101556101503660046108c2565b6102af565b005b61016a6101653660046108d9565b6102c3565b604051610129929190610911565b6101556101863660046108c2565b61047f565b61011d6101993660046108c2565b5f9081526020819052604090205460ff1690565b60025460ff1661011d565b6101556101c63660046108c2565b610490565b6101556101d936600461094f565b6104a1565b6101556104b2565b6101556104c5565b6101556101fc36600461094f565b61050b565b6002546201000090046001600160a01b03165b6040516001600160a01b039091168152602001610129565b61011d61023a3660046108c2565b5f9081526001602052604090205460ff1690565b61015561025c3660046108c2565b61051c565b6003546001600160a01b0316610214565b61015561028036600461096e565b61052d565b5f6001600160e01b03198216638fd3752760e01b14806102a957506102a9826105a5565b92915050565b6102b76105f4565b6102c0816105fc565b50565b5f6060306102d4602085018561096e565b6001600160a01b03161461031157505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff16801561036a57507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61035160e0850185610994565b60405161035f9291906109de565b604051809103902014155b156103ac57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff1661040357505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff16158015610429575060608301355f9081526001602052604090205460ff16155b1561046057505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b61047660408051602081019091525f8152600191565b91509150915091565b6104876105f4565b6102c08161064e565b6104986105f4565b6102c0816106b6565b6104a96105f4565b6102c0816106fa565b6104ba610743565b6104c35f610777565b565b60035433906001600160a01b031681146105025760405163118cdaa760e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6102c081610777565b6105136105f4565b6102c081610790565b6105246105f4565b6102c0816107d1565b610535610743565b600380546001600160a01b0383166001600160a01b0319909116811790915561056d6002546001600160a01b03620100009091041690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f6001600160e01b031982166303c0f23360e31b14806105d557506001600160e01b0319821663ae082e1760e01b145b806102a957506301ffc9a760e01b6001600160e01b03198316146102a9565b6104c3610743565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906106439083815260200190565b60405180910390a150565b8061066c57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b9101610643565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e89479101610643565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061064390831515815260200190565b6002546001600160a01b03620100009091041633146104c35760405163118cdaa760e01b81523360048201526024016104f9565b600380546001600160a01b03191690556102c081610839565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a2090602001610643565b806107ef57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906106439083815260200190565b600280546001600160a01b038381166201000081810262010000600160b01b031985161790945560405193909204169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f602082840312156108a4575f5ffd5b81356001600160e01b0319811681146108bb575f5ffd5b9392505050565b5f602082840312156108d2575f5ffd5b5035919050565b5f602082840312156108e9575f5ffd5b813567ffffffffffffffff8111156108ff575f5ffd5b820161012081850312156108bb575f5ffd5b8215158152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f6020828403121561095f575f5ffd5b813580151581146108bb575f5ffd5b5f6020828403121561097e575f5ffd5b81356001600160a01b03811681146108bb575f5ffd5b5f5f8335601e198436030181126109a9575f5ffd5b83018035915067ffffffffffffffff8211156109c3575f5ffd5b6020019150368190038213156109d7575f5ffd5b9250929050565b818382375f910190815291905056fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/governance/GovernedAppAuthDeployment.sol:GovernedAppAuthDeployment. */
export const governedAppAuthDeploymentBytecode =
  '0x60e060405234801561000f575f5ffd5b5060405161a56938038061a56983398101604081905261002e91610637565b60408051606b60f91b602080830191909152602560fa1b60218301523060601b6001600160601b0319166022830152600160f91b603683015282516017818403018152603790920190925280519101205f8587838760405161008f9061035f565b61009c9493929190610724565b604051809103905ff0801580156100b5573d5f5f3e3d5ffd5b506040805160018082528183019092529192505f91906020808301908036833701905050905081815f815181106100ee576100ee6107d3565b60200260200101906001600160a01b031690816001600160a01b0316815250505f8582835f60405161011f9061036c565b61012c949392919061082a565b604051809103905ff080158015610145573d5f5f3e3d5ffd5b509050836001600160a01b0316816001600160a01b03161461019257604051636865cca360e11b81526001600160a01b038086166004830152821660248201526044015b60405180910390fd5b61019c8982610250565b5f81865f01518760200151886040015189606001516040516101bd90610379565b6101cb95949392919061089e565b604051809103905ff0801580156101e4573d5f5f3e3d5ffd5b506001600160a01b0383811660c081905286821660a08190528383166080819052604051938f168452939450909290917fb57e5e5fa20a7bb3afd7b7fa62ddaec44efb66b75ceac319ba23d91011c5b9969060200160405180910390a450505050505050505050610959565b60408051600481526024810182526020810180516001600160e01b0316638da5cb5b60e01b17905290515f9182916001600160a01b0386169161029291610921565b5f60405180830381855afa9150503d805f81146102ca576040519150601f19603f3d011682016040523d82523d5f602084013e6102cf565b606091505b50915091508115806102e357508051602014155b156102ee5750505050565b5f818060200190518101906103039190610937565b90506001600160a01b0381161580159061032f5750836001600160a01b0316816001600160a01b031614155b156103585760405163755fa4a160e01b81526001600160a01b0382166004820152602401610189565b5050505050565b61548d80610a5183390190565b611d0380615ede83390190565b61298880617be183390190565b6001600160a01b038116811461039a575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156103d3576103d361039d565b60405290565b604051601f8201601f191681016001600160401b03811182821017156104015761040161039d565b604052919050565b805165ffffffffffff8116811461041e575f5ffd5b919050565b805163ffffffff8116811461041e575f5ffd5b5f60c08284031215610446575f5ffd5b60405160c081016001600160401b03811182821017156104685761046861039d565b60405290508061047783610409565b815261048560208401610423565b602082015260408381015190820152606080840151908201526104aa60808401610409565b60808201526104bb60a08401610423565b60a08201525092915050565b5f82601f8301126104d6575f5ffd5b81516001600160401b038111156104ef576104ef61039d565b8060051b6104ff602082016103d9565b9182526020818501810192908101908684111561051a575f5ffd5b6020860192505b8383101561053c578251825260209283019290910190610521565b9695505050505050565b8051801515811461041e575f5ffd5b5f60808284031215610565575f5ffd5b61056d6103b1565b82518152602080840151908201526040808401519082015260608301519091506001600160401b038111156105a0575f5ffd5b8201608081850312156105b1575f5ffd5b6105b96103b1565b81516001600160401b038111156105ce575f5ffd5b6105da868285016104c7565b82525060208201516001600160401b038111156105f5575f5ffd5b610601868285016104c7565b60208301525061061360408301610546565b604082015261062460608301610546565b6060820152806060840152505092915050565b5f5f5f5f5f610140868803121561064c575f5ffd5b855161065781610386565b60208701519095506001600160401b03811115610672575f5ffd5b8601601f81018813610682575f5ffd5b80516001600160401b0381111561069b5761069b61039d565b6106ae601f8201601f19166020016103d9565b8181528960208385010111156106c2575f5ffd5b8160208401602083015e5f602083830101528096505050506106e78760408801610436565b61010087015161012088015191945092506001600160401b0381111561070b575f5ffd5b61071788828901610555565b9150509295509295909350565b61012081525f855180610120840152806020880161014085015e5f6101408285010152610140601f19601f83011684010191505060018060a01b038516602083015260018060a01b038416604083015265ffffffffffff835116606083015263ffffffff6020840151166080830152604083015160a0830152606083015160c083015265ffffffffffff60808401511660e083015263ffffffff60a08401511661010083015295945050505050565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b828110156108205781516001600160a01b03168652602095860195909101906001016107f9565b5093949350505050565b848152608060208201525f61084260808301866107e7565b828103604084015261085481866107e7565b91505060018060a01b038316606083015295945050505050565b5f8151808452602084019350602083015f5b82811015610820578151865260209586019590910190600101610880565b60018060a01b038616815284602082015283604082015282606082015260a060808201525f8251608060a08401526108da61012084018261086e565b90506020840151609f198483030160c08501526108f7828261086e565b9150506040840151151560e084015260608401511515610100840152809150509695505050505050565b5f82518060208501845e5f920191825250919050565b5f60208284031215610947575f5ffd5b815161095281610386565b9392505050565b60805160a05160c05160d361097e5f395f60a301525f604001525f607e015260d35ff3fe6080604052348015600e575f5ffd5b5060043610603a575f3560e01c80630c340a2414603e578063b76564bd14607c578063d33219b41460a1575b5f5ffd5b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b03909116815260200160405180910390f35b7f00000000000000000000000000000000000000000000000000000000000000006060565b7f0000000000000000000000000000000000000000000000000000000000000000606056fea164736f6c634300081c000a6101a0604052348015610010575f5ffd5b5060405161548d38038061548d83398101604081905261002f91610a67565b818160800151826060015185845f0151856020015186604001518a8061005961022b60201b60201c565b61006282610246565b6101205261006f81610246565b61014052815160208084019190912060e052815190820120610100524660a0526100fb60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05260036101108282610bc0565b5061011c905083610283565b610125826102e9565b61012e81610388565b5050506001600160a01b031661016052610147816103c9565b506101518161045e565b5061015b8161050a565b505f610165610573565b90507ff5b078ad22f37ec6a1ef7bb7557a33caf5438015a34794acb2076082df8e563f8180519060200120146101b95780604051630b21302d60e21b81526004016101b09190610c7a565b60405180910390fd5b60a082015163ffffffff1615806101dd57506301e133808260a0015163ffffffff16115b156102135760a08201516040516365f2026d60e01b815263ffffffff90911660048201526301e1338060248201526044016101b0565b5060a0015163ffffffff166101805250610d43915050565b6040805180820190915260018152603160f81b602082015290565b5f5f829050601f81511115610270578260405163305a27a960e01b81526004016101b09190610c7a565b805161027b82610caf565b179392505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036103115760405163f1cfbf0560e01b81525f60048201526024016101b0565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b6064808211156103f65760405163243e544560e01b815260048101839052602481018290526044016101b0565b5f6103ff6105fb565b905061041e61040c610614565b61041585610684565b600a91906106bb565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f6104676106d5565b9050808265ffffffffffff1611156104a357604051633211876d60e11b815265ffffffffffff83166004820152602481018290526044016101b0565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b606061057f6101605190565b6001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa9250505080156105db57506040513d5f823e601f3d908101601f191682016040526105d89190810190610cd2565b60015b6105f6576105f16113a761061460201b176106de565b905090565b919050565b5f610606600a6106f7565b6001600160d01b0316905090565b5f61061f6101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610678575060408051601f3d908101601f1916820190925261067591810190610d0b565b60015b6105f6576105f161073f565b5f6001600160d01b038211156106b7576040516306dfcc6560e41b815260d06004820152602481018390526044016101b0565b5090565b5f806106c8858585610749565b915091505b935093915050565b5f6105f16108a5565b60606106f16106ec8360201c565b6108bf565b92915050565b80545f9080156107365761071d83610710600184610d24565b5f91825260209091200190565b54660100000000000090046001600160d01b0316610738565b5f5b9392505050565b5f6105f143610931565b82545f9081908015610848575f61076587610710600185610d24565b805490915065ffffffffffff80821691660100000000000090046001600160d01b03169088168211156107ab57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036107e757825465ffffffffffff1666010000000000006001600160d01b0389160217835561083a565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506106cd92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816106cd565b5f6105f16008546601000000000000900463ffffffff1690565b60606108c961073f565b65ffffffffffff168265ffffffffffff16146108f8576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f65ffffffffffff8211156106b7576040516306dfcc6560e41b815260306004820152602481018390526044016101b0565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b038111828210171561099957610999610963565b60405290565b5f82601f8301126109ae575f5ffd5b81516001600160401b038111156109c7576109c7610963565b604051601f8201601f19908116603f011681016001600160401b03811182821017156109f5576109f5610963565b604052818152838201602001851015610a0c575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b6001600160a01b0381168114610a3c575f5ffd5b50565b805165ffffffffffff811681146105f6575f5ffd5b805163ffffffff811681146105f6575f5ffd5b5f5f5f5f848603610120811215610a7c575f5ffd5b85516001600160401b03811115610a91575f5ffd5b610a9d8882890161099f565b9550506020860151610aae81610a28565b6040870151909450610abf81610a28565b925060c0605f1982011215610ad2575f5ffd5b50610adb610977565b610ae760608701610a3f565b8152610af560808701610a54565b602082015260a0860151604082015260c08601516060820152610b1a60e08701610a3f565b6080820152610b2c6101008701610a54565b60a0820152939692955090935050565b600181811c90821680610b5057607f821691505b602082108103610b6e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610bbb57805f5260205f20601f840160051c81016020851015610b995750805b601f840160051c820191505b81811015610bb8575f8155600101610ba5565b50505b505050565b81516001600160401b03811115610bd957610bd9610963565b610bed81610be78454610b3c565b84610b74565b6020601f821160018114610c1f575f8315610c085750848201515b5f19600385901b1c1916600184901b178455610bb8565b5f84815260208120601f198516915b82811015610c4e5787850151825560209485019460019092019101610c2e565b5084821015610c6b57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610b6e575f1960209190910360031b1b16919050565b5f60208284031215610ce2575f5ffd5b81516001600160401b03811115610cf7575f5ffd5b610d038482850161099f565b949350505050565b5f60208284031215610d1b575f5ffd5b61073882610a3f565b818103818111156106f157634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e05161010051610120516101405161016051610180516146bb610dd25f395f818161049b01528181610ed30152610f5901525f8181610aa90152818161100a015281816113aa01528181611637015261212401525f61206a01525f61203f01525f61317a01525f61315201525f6130ad01525f6130d701525f61310101526146bb5ff3fe608060405260043610610310575f3560e01c80637d5e81e2116101a3578063bc197c81116100f2578063deaaa7cc11610092578063ece40cc11161006d578063ece40cc114610a3e578063f23a6e6114610a5d578063f8ce560a14610a7c578063fc0c546a14610a9b575f5ffd5b8063deaaa7cc146109cd578063e540d01d14610a00578063eb9019d414610a1f575f5ffd5b8063c2ca64ef116100cd578063c2ca64ef14610935578063c59057e41461094c578063d33219b41461096b578063dd4e2ba514610988575f5ffd5b8063bc197c81146108e4578063c01f9e3714610903578063c28bc2fa14610922575f5ffd5b80639a802a6d1161015d578063a8f8a66811610138578063a8f8a6681461085c578063a9a952941461087b578063ab58fb8e1461089a578063b58131b0146108d0575f5ffd5b80639a802a6d1461080a578063a7713a7014610829578063a890c9101461083d575f5ffd5b80637d5e81e21461074a5780637ecebe001461076957806384b0196e1461079d5780638ff262e3146107c457806391ddadf4146107e357806397c3d334146107f7575f5ffd5b80633932abb11161025f57806354fd4d50116102195780635f398a14116101f45780635f398a14146106ce57806360c4247f146106ed578063790518871461070c5780637b3c71d31461072b575f5ffd5b806354fd4d501461066757806356781388146106905780635b8d0e0d146106af575f5ffd5b80633932abb1146105725780633e4f49e61461058657806343859632146105b2578063452115d6146105fa5780634bf5d7e914610619578063544ffc9c1461062d575f5ffd5b8063160cbed7116102ca5780632d63f693116102a55780632d63f693146104d25780632fe3e261146104f157806332b8113e14610524578063330df7ff14610553575f5ffd5b8063160cbed71461046e57806317c5993a1461048d5780632656227d146104bf575f5ffd5b806301ffc9a71461034b57806302a251a31461037f57806306f3f9e6146103aa57806306fdde03146103c9578063143489d0146103ea578063150b7a0214610436575f5ffd5b36610347573061031e610acd565b6001600160a01b03161461034557604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b348015610356575f5ffd5b5061036a610365366004613722565b610ae5565b60405190151581526020015b60405180910390f35b34801561038a575f5ffd5b50600854600160301b900463ffffffff165b604051908152602001610376565b3480156103b5575f5ffd5b506103456103c4366004613749565b610b0f565b3480156103d4575f5ffd5b506103dd610b23565b604051610376919061378e565b3480156103f5575f5ffd5b5061041e610404366004613749565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b039091168152602001610376565b348015610441575f5ffd5b50610455610450366004613877565b610bb3565b6040516001600160e01b03199091168152602001610376565b348015610479575f5ffd5b5061039c610488366004613a3d565b610bf5565b348015610498575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061039c565b61039c6104cd366004613a3d565b610cf8565b3480156104dd575f5ffd5b5061039c6104ec366004613749565b610e68565b3480156104fc575f5ffd5b5061039c7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b34801561052f575f5ffd5b50600b5465ffffffffffff165b60405165ffffffffffff9091168152602001610376565b34801561055e575f5ffd5b5061034561056d366004613ae3565b610e88565b34801561057d575f5ffd5b5061039c610e99565b348015610591575f5ffd5b506105a56105a0366004613749565b610eab565b6040516103769190613b32565b3480156105bd575f5ffd5b5061036a6105cc366004613b40565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b348015610605575f5ffd5b5061039c610614366004613a3d565b610fa5565b348015610624575f5ffd5b506103dd611006565b348015610638575f5ffd5b5061064c610647366004613749565b611099565b60408051938452602084019290925290820152606001610376565b348015610672575f5ffd5b506040805180820190915260018152603160f81b60208201526103dd565b34801561069b575f5ffd5b5061039c6106aa366004613b7e565b6110be565b3480156106ba575f5ffd5b5061039c6106c9366004613bec565b6110e5565b3480156106d9575f5ffd5b5061039c6106e8366004613ca8565b6111a2565b3480156106f8575f5ffd5b5061039c610707366004613749565b6111ea565b348015610717575f5ffd5b50610345610726366004613ae3565b6111f6565b348015610736575f5ffd5b5061039c610745366004613d29565b611207565b348015610755575f5ffd5b5061039c610764366004613d7e565b611257565b348015610774575f5ffd5b5061039c610783366004613e3a565b6001600160a01b03165f9081526002602052604090205490565b3480156107a8575f5ffd5b506107b161130d565b6040516103769796959493929190613e8f565b3480156107cf575f5ffd5b5061039c6107de366004613efe565b61134f565b3480156107ee575f5ffd5b5061053c6113a7565b348015610802575f5ffd5b50606461039c565b348015610815575f5ffd5b5061039c610824366004613f4b565b61142e565b348015610834575f5ffd5b5061039c611444565b348015610848575f5ffd5b50610345610857366004613e3a565b61145d565b348015610867575f5ffd5b5061039c610876366004613a3d565b61146e565b348015610886575f5ffd5b5061036a610895366004613749565b61147b565b3480156108a5575f5ffd5b5061039c6108b4366004613749565b5f9081526004602052604090206001015465ffffffffffff1690565b3480156108db575f5ffd5b5061039c611483565b3480156108ef575f5ffd5b506104556108fe366004613f9f565b61148d565b34801561090e575f5ffd5b5061039c61091d366004613749565b6114d0565b610345610930366004614036565b6114da565b348015610940575f5ffd5b5061039c6301e1338081565b348015610957575f5ffd5b5061039c610966366004613a3d565b611556565b348015610976575f5ffd5b50600d546001600160a01b031661041e565b348015610993575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e908201526103dd565b3480156109d8575f5ffd5b5061039c7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610a0b575f5ffd5b50610345610a1a366004614075565b61158f565b348015610a2a575f5ffd5b5061039c610a39366004614098565b6115a0565b348015610a49575f5ffd5b50610345610a58366004613749565b6115bf565b348015610a68575f5ffd5b50610455610a773660046140c2565b6115d0565b348015610a87575f5ffd5b5061039c610a96366004613749565b611613565b348015610aa6575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061041e565b5f610ae0600d546001600160a01b031690565b905090565b5f6001600160e01b03198216630be2cc9d60e11b1480610b095750610b09826116b0565b92915050565b610b1761171a565b610b2081611793565b50565b606060038054610b3290614119565b80601f0160208091040260200160405190810160405280929190818152602001828054610b5e90614119565b8015610ba95780601f10610b8057610100808354040283529160200191610ba9565b820191905f5260205f20905b815481529060010190602001808311610b8c57829003601f168201915b5050505050905090565b5f30610bbd610acd565b6001600160a01b031614610be457604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610c038686868661146e565b90505f610c0f8261147b565b9050610c2482610c1f6004611828565b61184a565b5080610c4b5760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610c598389898989611887565b905065ffffffffffff811615610cd0575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610cec565b60405163ab2d031160e01b815260048101849052602401610c42565b50909695505050505050565b5f5f610d068686868661146e565b90505f610d128261147b565b9050610d2e82610c1f83610d27576004611828565b6005611828565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610d56610acd565b6001600160a01b031614610ddf575f5b8751811015610ddd57306001600160a01b0316888281518110610d8b57610d8b614151565b60200260200101516001600160a01b031603610dd557610dd5868281518110610db657610db6614151565b602002602001015180519060200120600561189590919063ffffffff16565b600101610d66565b505b610dec82888888886118b6565b30610df5610acd565b6001600160a01b031614158015610e2157506005546001600160801b03808216600160801b9092041614155b15610e2b575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b610e9061171a565b610b20816118ca565b5f610ae060085465ffffffffffff1690565b5f5f610eb68361197b565b90506004816007811115610ecc57610ecc613afe565b03610f29577f0000000000000000000000000000000000000000000000000000000000000000610efb846114d0565b610f059190614179565b610f0d6113a7565b65ffffffffffff161115610f245750600692915050565b610b09565b6005816007811115610f3d57610f3d613afe565b03610b09575f83815260046020526040902060010154610f86907f00000000000000000000000000000000000000000000000000000000000000009065ffffffffffff16614179565b610f8e6113a7565b65ffffffffffff161115610b095750600692915050565b5f5f610fb38686868661146e565b905033610fc08282611ab4565b610fef57604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610c42565b610ffb87878787611af9565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa92505050801561108557506040513d5f823e601f3d908101601f19168201604052611082919081019061418c565b60015b61109457610ae06113a7611b06565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f803390506110dd84828560405180602001604052805f815250611b1c565b949350505050565b5f61112b88888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611b3d9050565b611153576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610c42565b61119688878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c0a915050565b98975050505050505050565b5f80339050610ffb87828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c0a915050565b5f610b09600a83611ce7565b6111fe61171a565b610b2081611d34565b5f8033905061124d86828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611b1c92505050565b9695505050505050565b5f336112638184611d9a565b61128b5760405163d9b3955760e01b81526001600160a01b0382166004820152602401610c42565b5f611294611483565b90508015611300575f6112c28360016112ab6113a7565b6112b59190614200565b65ffffffffffff166115a0565b9050818110156112fe57604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610c42565b505b610ffb8787878786611e1e565b5f6060805f5f5f606061131e612038565b611326612063565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61135c8585858561208e565b611384576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610c42565b61139e85848660405180602001604052805f815250611b1c565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611422575060408051601f3d908101601f1916820190925261141f9181019061421e565b60015b61109457610ae0612117565b5f61143a848484612121565b90505b9392505050565b5f61144f600a6121b4565b6001600160d01b0316905090565b61146561171a565b610b20816121f8565b5f61139e85858585611556565b5f6001610b09565b5f610ae060075490565b5f30611497610acd565b6001600160a01b0316146114be57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f610b0982612261565b6114e261171a565b5f5f856001600160a01b03168585856040516114ff929190614239565b5f6040518083038185875af1925050503d805f8114611539576040519150601f19603f3d011682016040523d82523d5f602084013e61153e565b606091505b509150915061154d8282612289565b50505050505050565b5f8484848460405160200161156e94939291906142cf565b60408051601f19818403018152919052805160209091012095945050505050565b61159761171a565b610b20816122c1565b5f61143d83836115ba60408051602081019091525f815290565b612121565b6115c761171a565b610b208161235d565b5f306115da610acd565b6001600160a01b03161461160157604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b604051632394e7a360e21b8152600481018290525f90610b09906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa15801561167c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116a09190614319565b6116a9846111ea565b606461239e565b5f6001600160e01b031982166366defe7760e11b14806116e057506001600160e01b031982166332a2ad4360e11b145b806116fb57506001600160e01b03198216630271189760e51b145b80610b0957506301ffc9a760e01b6001600160e01b0319831614610b09565b33611723610acd565b6001600160a01b03161461174c576040516347096e4760e01b8152336004820152602401610c42565b30611755610acd565b6001600160a01b031614611791575f8036604051611774929190614239565b604051809103902090505b8061178a600561244e565b0361177f57505b565b6064808211156117c05760405163243e544560e01b81526004810183905260248101829052604401610c42565b5f6117c9611444565b90506117e86117d66113a7565b6117df8561246d565b600a91906124a4565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f81600781111561183b5761183b613afe565b600160ff919091161b92915050565b5f5f61185584610eab565b90505f8361186283611828565b160361143d578381846040516331b75e4d60e01b8152600401610c4293929190614330565b5f61124d86868686866124be565b5f6118a0838361264f565b9050806118b1576118b160416126b4565b505050565b6118c385858585856126c5565b5050505050565b600854600160301b900463ffffffff1665ffffffffffff821681101561191457604051633211876d60e11b815265ffffffffffff8316600482015260248101829052604401610c42565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f61198683612755565b9050600581600781111561199c5761199c613afe565b146119a75792915050565b5f838152600e60205260409081902054600d549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa1580156119fd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a219190614352565b15611a30575060059392505050565b600d54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611a77573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a9b9190614352565b15611aaa575060079392505050565b5060029392505050565b5f80611abf84610eab565b6007811115611ad057611ad0613afe565b14801561143d5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f61139e85858585612886565b6060610b09611b178363ffffffff16565b61291d565b5f61139e85858585611b3860408051602081019091525f815290565b611c0a565b5f610ffb85611c047f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611b8f8c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611be998979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b6040516020818303038152906040528051906020012061298f565b846129bb565b5f611c1986610c1f6001611828565b505f611c2e86611c2889610e68565b85612121565b90505f611c3e8888888588612a2b565b905083515f03611c9457866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611c879493929190614371565b60405180910390a2611cde565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611cd5959493929190614398565b60405180910390a25b610ffb88612b27565b5f5f5f611cf385612b30565b9250925050838265ffffffffffff161115611d2057611d1b611d1485612b88565b8690612bba565b611d22565b805b6001600160d01b031695945050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b80515f906034811015611db1576001915050610b09565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611de257600192505050610b09565b5f5f611df286602a860386612c5c565b91509150811580610ffb5750866001600160a01b0316816001600160a01b031614979650505050505050565b5f611e32868686868051906020012061146e565b905084518651141580611e4757508351865114155b80611e5157508551155b15611e8657855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610c42565b5f81815260046020526040902054600160a01b900465ffffffffffff1615611ecf5780611eb282610eab565b6040516331b75e4d60e01b8152610c429291905f90600401614330565b5f611ed8610e99565b611ee06113a7565b65ffffffffffff16611ef29190614179565b90505f611f0c60085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150611f3e83612b88565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155611f6b82612d05565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115611fce57611fce6137b4565b60405190808252806020026020018201604052801561200157816020015b6060815260200190600190039081611fec5790505b508c8961200e8a82614179565b8e604051612024999897969594939291906143d1565b60405180910390a150505095945050505050565b6060610ae07f0000000000000000000000000000000000000000000000000000000000000000612d35565b6060610ae07f0000000000000000000000000000000000000000000000000000000000000000612d35565b5f61139e83611c047ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78888886120e08a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611be9565b5f610ae043612b88565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa158015612190573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061143a9190614319565b80545f9080156121f0576121da836121cd6001846144ac565b5f91825260209091200190565b54600160301b90046001600160d01b031661143d565b5f9392505050565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b5f610b0961226e83612d72565b5f848152600c602052604090205465ffffffffffff16612db4565b60608215612298575080610b09565b8151156122a857610f2482612dc3565b60405163d6bda27560e01b815260040160405180910390fd5b8063ffffffff165f036122e95760405163f1cfbf0560e01b81525f6004820152602401610c42565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b5f5f5f6123ab8686612dcb565b91509150815f036123cf578381816123c5576123c56144bf565b049250505061143d565b8184116123e6576123e660038515026011186126b4565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f61245a84612de7565b915091508161143d5761143d60316126b4565b5f6001600160d01b038211156124a0576040516306dfcc6560e41b815260d0600482015260248101839052604401610c42565b5090565b5f806124b1858585612e5b565b915091505b935093915050565b5f5f600d5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015612510573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125349190614319565b90505f3060601b6bffffffffffffffffffffffff19168418600d5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f42790612585908a908a908a905f9088906004016144d3565b602060405180830381865afa1580156125a0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125c49190614319565b5f898152600e602052604080822092909255600d5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb09161260e918b918b918b919088908a90600401614520565b5f604051808303815f87803b158015612625575f5ffd5b505af1158015612637573d5f5f3e3d5ffd5b50505050611196824261264a9190614179565b612b88565b81545f906001600160801b03600160801b82048116918116600183019091160361267c575f915050610b09565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600d546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b81526004016127109594939291906144d3565b5f604051808303818588803b158015612727575f5ffd5b505af1158015612739573d5f5f3e3d5ffd5b5050505f9687525050600e602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b900416811561278957506007949350505050565b801561279a57506002949350505050565b5f6127a486610e68565b9050805f036127c957604051636ad0607560e01b815260048101879052602401610c42565b5f6127d26113a7565b65ffffffffffff1690508082106127ef57505f9695505050505050565b5f6127f9886114d0565b905081811061281057506001979650505050505050565b61281988612fab565b158061283857505f888152600960205260409020805460019091015411155b1561284b57506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f0361287857506004979650505050505050565b506005979650505050505050565b5f5f61289486868686612fe1565b5f818152600e6020526040902054909150801561291357600d5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b1580156128ee575f5ffd5b505af1158015612900573d5f5f3e3d5ffd5b5050505f838152600e6020526040812055505b5095945050505050565b6060612927612117565b65ffffffffffff168265ffffffffffff1614612956576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610b0961299b6130a1565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612a19575f5f6129d985856131ca565b5090925090505f8160038111156129f2576129f2613afe565b148015612a105750856001600160a01b0316826001600160a01b0316145b9250505061143d565b612a24848484613213565b905061143d565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff1615612a7d576040516371c6af4960e01b81526001600160a01b0387166004820152602401610c42565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff8516612ac65783815f015f828254612abb9190614179565b90915550612b1c9050565b5f1960ff861601612ae45783816001015f828254612abb9190614179565b60011960ff861601612b035783816002015f828254612abb9190614179565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b610b2081613278565b80545f9081908190808203612b4e575f5f5f935093509350506110b7565b5f612b5e866121cd6001856144ac565b546001955065ffffffffffff81169450600160301b90046001600160d01b031692506110b7915050565b5f65ffffffffffff8211156124a0576040516306dfcc6560e41b81526030600482015260248101839052604401610c42565b81545f9081816005811115612c16575f612bd38461334c565b612bdd90856144ac565b5f8881526020902090915081015465ffffffffffff9081169087161015612c0657809150612c14565b612c11816001614179565b92505b505b5f612c23878785856134a4565b90508015612c5057612c3a876121cd6001846144ac565b54600160301b90046001600160d01b0316610ffb565b505f9695505050505050565b5f5f8451831180612c6c57508284115b15612c7b57505f9050806124b6565b5f612c87856001614179565b84118015612caf575061060f60f31b612ca38787016020015190565b6001600160f01b031916145b90505f612cbf8215156002614577565b612cca906028614179565b905080612cd787876144ac565b03612cf8575f5f612ce98989896134fa565b90965094506124b69350505050565b5f5f9350935050506124b6565b5f63ffffffff8211156124a0576040516306dfcc6560e41b81526020600482015260248101839052604401610c42565b60605f612d41836135bb565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f81815260046020526040812054612da690600160d01b810463ffffffff1690600160a01b900465ffffffffffff1661458e565b65ffffffffffff1692915050565b5f82821882841102821861143d565b805160208201fd5b5f805f1983850993909202808410938190039390930393915050565b80545f9081906001600160801b0380821691600160801b9004168103612e1257505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b82545f9081908015612f51575f612e77876121cd6001856144ac565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115612eba57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612ef357825465ffffffffffff16600160301b6001600160d01b03891602178355612f43565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506124b692505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816124b6565b5f81815260096020526040812060028101546001820154612fcc9190614179565b612fd8610a9685610e68565b11159392505050565b5f5f612fef8686868661146e565b905061303d81612fff6007611828565b6130096006611828565b6130136002611828565b60016130206007826145ac565b61302b9060026146a0565b61303591906144ac565b18181861184a565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c906130909083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156130f957507f000000000000000000000000000000000000000000000000000000000000000046145b1561312357507f000000000000000000000000000000000000000000000000000000000000000090565b610ae0604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103613201576020840151604085015160608601515f1a6131f3888285856135e2565b95509550955050505061320c565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f818152600c602052604090205465ffffffffffff1615801561329f575061329f81612fab565b15610b20575f6132b6600b5465ffffffffffff1690565b6132be6113a7565b6132c8919061458e565b90506132d3826114d0565b8165ffffffffffff1611156133205760405165ffffffffffff8216815282907f541f725fb9f7c98a30cc9c0ff32fbb14358cd7159c847a3aa20a2bdc442ba5119060200160405180910390a25b5f918252600c6020526040909120805465ffffffffffff191665ffffffffffff92909216919091179055565b5f60018211613359575090565b816001600160801b82106133725760809190911c9060401b5b68010000000000000000821061338d5760409190911c9060201b5b64010000000082106133a45760209190911c9060101b5b6201000082106133b95760109190911c9060081b5b61010082106133cd5760089190911c9060041b5b601082106133e05760049190911c9060021b5b600482106133ec5760011b5b600302600190811c90818581613404576134046144bf565b048201901c9050600181858161341c5761341c6144bf565b048201901c90506001818581613434576134346144bf565b048201901c9050600181858161344c5761344c6144bf565b048201901c90506001818581613464576134646144bf565b048201901c9050600181858161347c5761347c6144bf565b048201901c905061349b818581613495576134956144bf565b04821190565b90039392505050565b5f5b818310156134f2575f85815260209020838316600285851804019081015465ffffffffffff868116911611156134de578092506134ec565b6134e9816001614179565b93505b506134a6565b509392505050565b5f808481613509866001614179565b85118015613531575061060f60f31b6135258388016020015190565b6001600160f01b031916145b90505f6135418215156002614577565b90505f8061354f838a614179565b90505b878110156135aa575f61357061356b8784016020015190565b6136aa565b9050600f8160ff16111561358f575f5f975097505050505050506124b6565b61359a601084614577565b60ff909116019150600101613552565b506001999098509650505050505050565b5f60ff8216601f811115610b0957604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561361b57505f915060039050826136a0565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561366c573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661369757505f9250600191508290506136a0565b92505f91508190505b9450945094915050565b5f60f882901c602f811180156136c35750603a8160ff16105b156136d157602f1901610b09565b60608160ff161180156136e7575060678160ff16105b156136f55760561901610b09565b60408160ff1611801561370b575060478160ff16105b156137195760361901610b09565b5060ff92915050565b5f60208284031215613732575f5ffd5b81356001600160e01b03198116811461143d575f5ffd5b5f60208284031215613759575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61143d6020830184613760565b6001600160a01b0381168114610b20575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156137f0576137f06137b4565b604052919050565b5f6001600160401b03821115613810576138106137b4565b50601f01601f191660200190565b5f61383061382b846137f8565b6137c8565b9050828152838383011115613843575f5ffd5b828260208301375f602084830101529392505050565b5f82601f830112613868575f5ffd5b61143d8383356020850161381e565b5f5f5f5f6080858703121561388a575f5ffd5b8435613895816137a0565b935060208501356138a5816137a0565b92506040850135915060608501356001600160401b038111156138c6575f5ffd5b6138d287828801613859565b91505092959194509250565b5f6001600160401b038211156138f6576138f66137b4565b5060051b60200190565b5f82601f83011261390f575f5ffd5b813561391d61382b826138de565b8082825260208201915060208360051b86010192508583111561393e575f5ffd5b602085015b83811015612913578035613956816137a0565b835260209283019201613943565b5f82601f830112613973575f5ffd5b813561398161382b826138de565b8082825260208201915060208360051b8601019250858311156139a2575f5ffd5b602085015b838110156129135780358352602092830192016139a7565b5f82601f8301126139ce575f5ffd5b81356139dc61382b826138de565b8082825260208201915060208360051b8601019250858311156139fd575f5ffd5b602085015b838110156129135780356001600160401b03811115613a1f575f5ffd5b613a2e886020838a0101613859565b84525060209283019201613a02565b5f5f5f5f60808587031215613a50575f5ffd5b84356001600160401b03811115613a65575f5ffd5b613a7187828801613900565b94505060208501356001600160401b03811115613a8c575f5ffd5b613a9887828801613964565b93505060408501356001600160401b03811115613ab3575f5ffd5b613abf878288016139bf565b949793965093946060013593505050565b65ffffffffffff81168114610b20575f5ffd5b5f60208284031215613af3575f5ffd5b813561143d81613ad0565b634e487b7160e01b5f52602160045260245ffd5b60088110613b2e57634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610b098284613b12565b5f5f60408385031215613b51575f5ffd5b823591506020830135613b63816137a0565b809150509250929050565b803560ff81168114611094575f5ffd5b5f5f60408385031215613b8f575f5ffd5b82359150613b9f60208401613b6e565b90509250929050565b5f5f83601f840112613bb8575f5ffd5b5081356001600160401b03811115613bce575f5ffd5b602083019150836020828501011115613be5575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215613c02575f5ffd5b87359650613c1260208901613b6e565b95506040880135613c22816137a0565b945060608801356001600160401b03811115613c3c575f5ffd5b613c488a828b01613ba8565b90955093505060808801356001600160401b03811115613c66575f5ffd5b613c728a828b01613859565b92505060a08801356001600160401b03811115613c8d575f5ffd5b613c998a828b01613859565b91505092959891949750929550565b5f5f5f5f5f60808688031215613cbc575f5ffd5b85359450613ccc60208701613b6e565b935060408601356001600160401b03811115613ce6575f5ffd5b613cf288828901613ba8565b90945092505060608601356001600160401b03811115613d10575f5ffd5b613d1c88828901613859565b9150509295509295909350565b5f5f5f5f60608587031215613d3c575f5ffd5b84359350613d4c60208601613b6e565b925060408501356001600160401b03811115613d66575f5ffd5b613d7287828801613ba8565b95989497509550505050565b5f5f5f5f60808587031215613d91575f5ffd5b84356001600160401b03811115613da6575f5ffd5b613db287828801613900565b94505060208501356001600160401b03811115613dcd575f5ffd5b613dd987828801613964565b93505060408501356001600160401b03811115613df4575f5ffd5b613e00878288016139bf565b92505060608501356001600160401b03811115613e1b575f5ffd5b8501601f81018713613e2b575f5ffd5b6138d28782356020840161381e565b5f60208284031215613e4a575f5ffd5b813561143d816137a0565b5f8151808452602084019350602083015f5b82811015613e85578151865260209586019590910190600101613e67565b5093949350505050565b60ff60f81b8816815260e060208201525f613ead60e0830189613760565b8281036040840152613ebf8189613760565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050613ef08185613e55565b9a9950505050505050505050565b5f5f5f5f60808587031215613f11575f5ffd5b84359350613f2160208601613b6e565b92506040850135613f31816137a0565b915060608501356001600160401b038111156138c6575f5ffd5b5f5f5f60608486031215613f5d575f5ffd5b8335613f68816137a0565b92506020840135915060408401356001600160401b03811115613f89575f5ffd5b613f9586828701613859565b9150509250925092565b5f5f5f5f5f60a08688031215613fb3575f5ffd5b8535613fbe816137a0565b94506020860135613fce816137a0565b935060408601356001600160401b03811115613fe8575f5ffd5b613ff488828901613964565b93505060608601356001600160401b0381111561400f575f5ffd5b61401b88828901613964565b92505060808601356001600160401b03811115613d10575f5ffd5b5f5f5f5f60608587031215614049575f5ffd5b8435614054816137a0565b93506020850135925060408501356001600160401b03811115613d66575f5ffd5b5f60208284031215614085575f5ffd5b813563ffffffff8116811461143d575f5ffd5b5f5f604083850312156140a9575f5ffd5b82356140b4816137a0565b946020939093013593505050565b5f5f5f5f5f60a086880312156140d6575f5ffd5b85356140e1816137a0565b945060208601356140f1816137a0565b9350604086013592506060860135915060808601356001600160401b03811115613d10575f5ffd5b600181811c9082168061412d57607f821691505b60208210810361414b57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610b0957610b09614165565b5f6020828403121561419c575f5ffd5b81516001600160401b038111156141b1575f5ffd5b8201601f810184136141c1575f5ffd5b80516141cf61382b826137f8565b8181528560208385010111156141e3575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b65ffffffffffff8281168282160390811115610b0957610b09614165565b5f6020828403121561422e575f5ffd5b815161143d81613ad0565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613e855781516001600160a01b031686526020958601959091019060010161425a565b5f82825180855260208501945060208160051b830101602085015f5b83811015610cec57601f198584030188526142b9838351613760565b602098890198909350919091019060010161429d565b608081525f6142e16080830187614248565b82810360208401526142f38187613e55565b905082810360408401526143078186614281565b91505082606083015295945050505050565b5f60208284031215614329575f5ffd5b5051919050565b838152606081016143446020830185613b12565b826040830152949350505050565b5f60208284031215614362575f5ffd5b8151801515811461143d575f5ffd5b84815260ff84166020820152826040820152608060608201525f61124d6080830184613760565b85815260ff8516602082015283604082015260a060608201525f6143bf60a0830185613760565b82810360808401526111968185613760565b8981526001600160a01b0389166020820152610120604082018190525f906143fb9083018a614248565b828103606084015261440d818a613e55565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b8381101561446457601f1986840301855261444e838351613760565b6020958601959093509190910190600101614432565b505085810360a0870152614478818b614281565b93505050508560c08401528460e084015282810361010084015261449c8185613760565b9c9b505050505050505050505050565b81810381811115610b0957610b09614165565b634e487b7160e01b5f52601260045260245ffd5b60a081525f6144e560a0830188614248565b82810360208401526144f78188613e55565b9050828103604084015261450b8187614281565b60608401959095525050608001529392505050565b60c081525f61453260c0830189614248565b82810360208401526145448189613e55565b905082810360408401526145588188614281565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610b0957610b09614165565b65ffffffffffff8181168382160190811115610b0957610b09614165565b60ff8181168382160190811115610b0957610b09614165565b6001815b60018411156124b6578085048111156145e4576145e4614165565b60018416156145f257908102905b60019390931c9280026145c9565b5f8261460e57506001610b09565b8161461a57505f610b09565b8160018114614630576002811461463a57614656565b6001915050610b09565b60ff84111561464b5761464b614165565b50506001821b610b09565b5060208310610133831016604e8410600b8410161715614679575081810a610b09565b6146855f1984846145c5565b805f190482111561469857614698614165565b029392505050565b5f61143d60ff84168361460056fea164736f6c634300081c000a608060405234801561000f575f5ffd5b50604051611d03380380611d0383398101604081905261002e916102f6565b6100385f3061017b565b506001600160a01b03811615610054576100525f8261017b565b505b5f5b83518110156100e8576100a87fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc185838151811061009557610095610375565b602002602001015161017b60201b60201c565b506100df7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78385838151811061009557610095610375565b50600101610056565b505f5b82518110156101335761012a7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6384838151811061009557610095610375565b506001016100eb565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150505050610389565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661021b575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101d33390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161021e565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b038116811461024e575f5ffd5b919050565b5f82601f830112610262575f5ffd5b81516001600160401b0381111561027b5761027b610224565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102a9576102a9610224565b6040529182526020818501810192908101868411156102c6575f5ffd5b6020860192505b838310156102ec576102de83610238565b8152602092830192016102cd565b5095945050505050565b5f5f5f5f60808587031215610309575f5ffd5b845160208601519094506001600160401b03811115610326575f5ffd5b61033287828801610253565b604087015190945090506001600160401b0381111561034f575f5ffd5b61035b87828801610253565b92505061036a60608601610238565b905092959194509250565b634e487b7160e01b5f52603260045260245ffd5b61196d806103965f395ff3fe6080604052600436106101b2575f3560e01c80638065657f116100e7578063bc197c8111610087578063d547741f11610062578063d547741f14610546578063e38335e514610565578063f23a6e6114610578578063f27a0c92146105a3575f5ffd5b8063bc197c81146104d1578063c4d252f5146104fc578063d45c44351461051b575f5ffd5b806391d14854116100c257806391d148541461044d578063a217fddf1461046c578063b08e51c01461047f578063b1c5f427146104b2575f5ffd5b80638065657f146103dc5780638f2a0bb0146103fb5780638f61f4f51461041a575f5ffd5b80632ab0f5291161015257806336568abe1161012d57806336568abe14610353578063584b153e1461037257806364d62353146103915780637958004c146103b0575f5ffd5b80632ab0f529146102f65780632f2ff15d1461031557806331d5075014610334575f5ffd5b8063134008d31161018d578063134008d31461025357806313bc9f2014610266578063150b7a0214610285578063248a9ca3146102c8575f5ffd5b806301d5062a146101bd57806301ffc9a7146101de57806307bd026514610212575f5ffd5b366101b957005b5f5ffd5b3480156101c8575f5ffd5b506101dc6101d7366004611163565b6105b7565b005b3480156101e9575f5ffd5b506101fd6101f83660046111d1565b61068b565b60405190151581526020015b60405180910390f35b34801561021d575f5ffd5b506102457fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b604051908152602001610209565b6101dc6102613660046111f8565b61069b565b348015610271575f5ffd5b506101fd61028036600461125e565b61074d565b348015610290575f5ffd5b506102af61029f366004611324565b630a85bd0160e11b949350505050565b6040516001600160e01b03199091168152602001610209565b3480156102d3575f5ffd5b506102456102e236600461125e565b5f9081526020819052604090206001015490565b348015610301575f5ffd5b506101fd61031036600461125e565b610772565b348015610320575f5ffd5b506101dc61032f366004611387565b61077a565b34801561033f575f5ffd5b506101fd61034e36600461125e565b6107a4565b34801561035e575f5ffd5b506101dc61036d366004611387565b6107c8565b34801561037d575f5ffd5b506101fd61038c36600461125e565b610800565b34801561039c575f5ffd5b506101dc6103ab36600461125e565b610845565b3480156103bb575f5ffd5b506103cf6103ca36600461125e565b6108b8565b60405161020991906113c5565b3480156103e7575f5ffd5b506102456103f63660046111f8565b610900565b348015610406575f5ffd5b506101dc61041536600461142b565b61093e565b348015610425575f5ffd5b506102457fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b348015610458575f5ffd5b506101fd610467366004611387565b610aca565b348015610477575f5ffd5b506102455f81565b34801561048a575f5ffd5b506102457ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b3480156104bd575f5ffd5b506102456104cc3660046114dd565b610af2565b3480156104dc575f5ffd5b506102af6104eb366004611606565b63bc197c8160e01b95945050505050565b348015610507575f5ffd5b506101dc61051636600461125e565b610b36565b348015610526575f5ffd5b5061024561053536600461125e565b5f9081526001602052604090205490565b348015610551575f5ffd5b506101dc610560366004611387565b610be0565b6101dc6105733660046114dd565b610c04565b348015610583575f5ffd5b506102af6105923660046116b2565b63f23a6e6160e01b95945050505050565b3480156105ae575f5ffd5b50600254610245565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc16105e181610d85565b5f6105f0898989898989610900565b90506105fc8184610d92565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516106379695949392919061172d565b60405180910390a3831561068057807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161067791815260200190565b60405180910390a25b505050505050505050565b5f61069582610e23565b92915050565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e636106c6815f610aca565b6106d4576106d48133610e47565b5f6106e3888888888888610900565b90506106ef8185610e84565b6106fb88888888610ed2565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a6040516107329493929190611769565b60405180910390a361074381610f46565b5050505050505050565b5f60025b61075a836108b8565b600381111561076b5761076b6113b1565b1492915050565b5f6003610751565b5f8281526020819052604090206001015461079481610d85565b61079e8383610f71565b50505050565b5f806107af836108b8565b60038111156107c0576107c06113b1565b141592915050565b6001600160a01b03811633146107f15760405163334bd91960e11b815260040160405180910390fd5b6107fb8282611000565b505050565b5f5f61080b836108b8565b90506001816003811115610821576108216113b1565b148061083e5750600281600381111561083c5761083c6113b1565b145b9392505050565b333081146108765760405163e2850c5960e01b81526001600160a01b03821660048201526024015b60405180910390fd5b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f81815260016020526040812054805f036108d557505f92915050565b600181036108e65750600392915050565b428111156108f75750600192915050565b50600292915050565b5f86868686868660405160200161091c9695949392919061172d565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161096881610d85565b88871415806109775750888514155b156109a9576040516001624fcdef60e01b03198152600481018a9052602481018690526044810188905260640161086d565b5f6109ba8b8b8b8b8b8b8b8b610af2565b90506109c68184610d92565b5f5b8a811015610a7b5780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610a0557610a05611790565b9050602002016020810190610a1a91906117a4565b8d8d86818110610a2c57610a2c611790565b905060200201358c8c87818110610a4557610a45611790565b9050602002810190610a5791906117bd565b8c8b604051610a6b9695949392919061172d565b60405180910390a36001016109c8565b508315610abd57807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610ab491815260200190565b60405180910390a25b5050505050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8888888888888888604051602001610b12989796959493929190611893565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610b6081610d85565b610b6982610800565b610ba55781610b786002611069565b610b826001611069565b604051635ead8eb560e01b8152600481019390935217602482015260440161086d565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610bfa81610d85565b61079e8383611000565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63610c2f815f610aca565b610c3d57610c3d8133610e47565b8786141580610c4c5750878414155b15610c7e576040516001624fcdef60e01b0319815260048101899052602481018590526044810187905260640161086d565b5f610c8f8a8a8a8a8a8a8a8a610af2565b9050610c9b8185610e84565b5f5b89811015610d6f575f8b8b83818110610cb857610cb8611790565b9050602002016020810190610ccd91906117a4565b90505f8a8a84818110610ce257610ce2611790565b905060200201359050365f8a8a86818110610cff57610cff611790565b9050602002810190610d1191906117bd565b91509150610d2184848484610ed2565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b5886868686604051610d589493929190611769565b60405180910390a350505050806001019050610c9d565b50610d7981610f46565b50505050505050505050565b610d8f8133610e47565b50565b610d9b826107a4565b15610dcc5781610daa5f611069565b604051635ead8eb560e01b81526004810192909252602482015260440161086d565b5f610dd660025490565b905080821015610e0357604051635433660960e01b8152600481018390526024810182905260440161086d565b610e0d8242611932565b5f93845260016020526040909320929092555050565b5f6001600160e01b03198216630271189760e51b148061069557506106958261108b565b610e518282610aca565b610e805760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161086d565b5050565b610e8d8261074d565b610e9c5781610daa6002611069565b8015801590610eb15750610eaf81610772565b155b15610e805760405163121534c360e31b81526004810182905260240161086d565b5f5f856001600160a01b0316858585604051610eef929190611951565b5f6040518083038185875af1925050503d805f8114610f29576040519150601f19603f3d011682016040523d82523d5f602084013e610f2e565b606091505b5091509150610f3d82826110bf565b50505050505050565b610f4f8161074d565b610f5e5780610daa6002611069565b5f90815260016020819052604090912055565b5f610f7c8383610aca565b610ff9575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610fb13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610695565b505f610695565b5f61100b8383610aca565b15610ff9575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610695565b5f81600381111561107c5761107c6113b1565b600160ff919091161b92915050565b5f6001600160e01b03198216637965db0b60e01b148061069557506301ffc9a760e01b6001600160e01b0319831614610695565b606082156110ce575080610695565b8151156110e3576110de826110fc565b610695565b60405163d6bda27560e01b815260040160405180910390fd5b805160208201fd5b80356001600160a01b038116811461111a575f5ffd5b919050565b5f5f83601f84011261112f575f5ffd5b5081356001600160401b03811115611145575f5ffd5b60208301915083602082850101111561115c575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215611179575f5ffd5b61118288611104565b96506020880135955060408801356001600160401b038111156111a3575f5ffd5b6111af8a828b0161111f565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f602082840312156111e1575f5ffd5b81356001600160e01b03198116811461083e575f5ffd5b5f5f5f5f5f5f60a0878903121561120d575f5ffd5b61121687611104565b95506020870135945060408701356001600160401b03811115611237575f5ffd5b61124389828a0161111f565b979a9699509760608101359660809091013595509350505050565b5f6020828403121561126e575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156112b1576112b1611275565b604052919050565b5f82601f8301126112c8575f5ffd5b81356001600160401b038111156112e1576112e1611275565b6112f4601f8201601f1916602001611289565b818152846020838601011115611308575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611337575f5ffd5b61134085611104565b935061134e60208601611104565b92506040850135915060608501356001600160401b0381111561136f575f5ffd5b61137b878288016112b9565b91505092959194509250565b5f5f60408385031215611398575f5ffd5b823591506113a860208401611104565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b60208101600483106113e557634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f8401126113fb575f5ffd5b5081356001600160401b03811115611411575f5ffd5b6020830191508360208260051b850101111561115c575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611443575f5ffd5b89356001600160401b03811115611458575f5ffd5b6114648c828d016113eb565b909a5098505060208a01356001600160401b03811115611482575f5ffd5b61148e8c828d016113eb565b90985096505060408a01356001600160401b038111156114ac575f5ffd5b6114b88c828d016113eb565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b0312156114f4575f5ffd5b88356001600160401b03811115611509575f5ffd5b6115158b828c016113eb565b90995097505060208901356001600160401b03811115611533575f5ffd5b61153f8b828c016113eb565b90975095505060408901356001600160401b0381111561155d575f5ffd5b6115698b828c016113eb565b999c989b509699959896976060870135966080013595509350505050565b5f82601f830112611596575f5ffd5b81356001600160401b038111156115af576115af611275565b8060051b6115bf60208201611289565b918252602081850181019290810190868411156115da575f5ffd5b6020860192505b838310156115fc5782358252602092830192909101906115e1565b9695505050505050565b5f5f5f5f5f60a0868803121561161a575f5ffd5b61162386611104565b945061163160208701611104565b935060408601356001600160401b0381111561164b575f5ffd5b61165788828901611587565b93505060608601356001600160401b03811115611672575f5ffd5b61167e88828901611587565b92505060808601356001600160401b03811115611699575f5ffd5b6116a5888289016112b9565b9150509295509295909350565b5f5f5f5f5f60a086880312156116c6575f5ffd5b6116cf86611104565b94506116dd60208701611104565b9350604086013592506060860135915060808601356001600160401b03811115611699575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b038716815285602082015260a060408201525f61175460a083018688611705565b60608301949094525060800152949350505050565b60018060a01b0385168152836020820152606060408201525f6115fc606083018486611705565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156117b4575f5ffd5b61083e82611104565b5f5f8335601e198436030181126117d2575f5ffd5b8301803591506001600160401b038211156117eb575f5ffd5b60200191503681900382131561115c575f5ffd5b5f8383855260208501945060208460051b820101835f5b8681101561188757838303601f19018852813536879003601e1901811261183b575f5ffd5b86016020810190356001600160401b03811115611856575f5ffd5b803603821315611864575f5ffd5b61186f858284611705565b60209a8b019a90955093909301925050600101611816565b50909695505050505050565b60a080825281018890525f8960c08301825b8b8110156118d3576001600160a01b036118be84611104565b168252602092830192909101906001016118a5565b5083810360208501528881526001600160fb1b038911156118f2575f5ffd5b8860051b9150818a6020830137018281036020908101604085015261191a90820187896117ff565b60608401959095525050608001529695505050505050565b8082018082111561069557634e487b7160e01b5f52601160045260245ffd5b818382375f910190815291905056fea164736f6c634300081c000a60c060405234801561000f575f5ffd5b5060405161298838038061298883398101604081905261002e916104c2565b838383835f5b81515181101561007157610069825f01518281518110610056576100566105b5565b602002602001015161025e60201b60201c565b600101610034565b505f5b8160200151518110156100b5576100ad8260200151828151811061009a5761009a6105b5565b60200260200101516102d160201b60201c565b600101610074565b508060400151156100ca576100ca6001610339565b8060600151156100de576100de600161037a565b508115806100ef57506312cc030082115b156101265760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061013757506312cc030083115b156101695760405163410c09b760e11b815260048101849052602481018390526312cc0300604482015260640161011d565b80158061017957506301e1338081115b1561019a576040516358456f7360e01b81526004810182905260240161011d565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506001600160a01b03851661020c57604051633e0ad02160e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0387169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a350505050506105c9565b8061027c57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906102c69083815260200190565b60405180910390a150565b806102ef57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b91016102c6565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a20906020016102c6565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa1906102c690831515815260200190565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156103f9576103f96103c3565b60405290565b604051601f8201601f191681016001600160401b0381118282101715610427576104276103c3565b604052919050565b5f82601f83011261043e575f5ffd5b81516001600160401b03811115610457576104576103c3565b8060051b610467602082016103ff565b91825260208185018101929081019086841115610482575f5ffd5b6020860192505b838310156104a4578251825260209283019290910190610489565b9695505050505050565b805180151581146104bd575f5ffd5b919050565b5f5f5f5f5f60a086880312156104d6575f5ffd5b85516001600160a01b03811681146104ec575f5ffd5b60208701516040880151606089015160808a0151939850919650945092506001600160401b0381111561051d575f5ffd5b86016080818903121561052e575f5ffd5b6105366103d7565b81516001600160401b0381111561054b575f5ffd5b6105578a82850161042f565b82525060208201516001600160401b03811115610572575f5ffd5b61057e8a82850161042f565b602083015250610590604083016104ae565b60408201526105a1606083016104ae565b606082015280925050509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b60805160a0516123896105ff5f395f818161043c015261164601525f81816104d301528181611c9f0152611cd501526123895ff3fe608060405234801561000f575f5ffd5b506004361061021e575f3560e01c806379ba50971161012a578063a6e38615116100b4578063dc04e89311610079578063dc04e8931461050a578063dcade3d31461051d578063e30c397814610530578063f0f470cf14610538578063f2fde38b14610540575f5ffd5b8063a6e3861514610460578063b50191261461048f578063bf8b211b146104af578063cd15a16c146104d1578063d5606db8146104f7575f5ffd5b8063998aada8116100fa578063998aada8146104045780639b14d4c61461040c5780639bdc86ff146104145780639ced689f14610427578063a06db7dc1461043a575f5ffd5b806379ba5097146103975780637c9fb2581461039f5780638da5cb5b146103cc57806397357dd2146103f1575f5ffd5b8063467fc1db116101ab5780635c40d7b21161017b5780635c40d7b21461034e5780635c695a071461036157806367b3f22c14610369578063715018a61461037c57806372dd6dd314610384575f5ffd5b8063467fc1db146102fc5780634b28160b1461031d578063535167b51461033057806359db6e851461033b575f5ffd5b806328e7654f116101f157806328e7654f146102905780632f6622e5146102a35780633440a16a146102c557806337376ca8146102d057806346619649146102e3575f5ffd5b806301ffc9a7146102225780630aa58c831461024a5780631d2662001461025a5780631e0791981461026f575b5f5ffd5b610235610230366004611dc4565b610553565b60405190151581526020015b60405180910390f35b600254610100900460ff16610235565b61026d610268366004611deb565b61057d565b005b61028261027d366004611e02565b610591565b604051610241929190611e67565b61026d61029e366004611deb565b61074d565b6102356102b1366004611deb565b5f9081526020819052604090205460ff1690565b60025460ff16610235565b61026d6102de366004611deb565b61075b565b6102ee6301e1338081565b604051908152602001610241565b61030f61030a366004611e81565b61076c565b604051610241929190611f3d565b6102ee61032b366004611fdd565b610a03565b6102ee6312cc030081565b61026d610349366004611deb565b610a54565b61026d61035c366004611deb565b610ba0565b61026d610c06565b61026d610377366004611deb565b610c52565b61026d610c63565b61026d610392366004611deb565b610cc0565b61026d610d4d565b6102ee6103ad366004611deb565b5f9081526004602052604090205461010090046001600160401b031690565b6007546001600160a01b03165b6040516001600160a01b039091168152602001610241565b6102ee6103ff36600461204e565b610d5b565b61026d610daf565b6003546102ee565b6102ee61042236600461204e565b610dd1565b6102ee610435366004612095565b610e1b565b7f00000000000000000000000000000000000000000000000000000000000000006102ee565b6102ee61046e366004611deb565b5f90815260046020526040902054600160481b90046001600160401b031690565b6104a261049d366004611deb565b610e67565b60405161024191906120d3565b6102356104bd366004611deb565b5f9081526001602052604090205460ff1690565b7f00000000000000000000000000000000000000000000000000000000000000006102ee565b6102ee61050536600461204e565b610fba565b6102ee610518366004611deb565b611004565b6102ee61052b366004612095565b611027565b6103d9611073565b6005546102ee565b61026d61054e3660046120e5565b61109c565b5f6001600160e01b031982166394be599960e01b1480610577575061057782611121565b92915050565b610585611145565b61058e81611187565b50565b5f6060306105a260208501856120e5565b6001600160a01b0316146105df57505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff16801561063857507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61061f60e085018561210b565b60405161062d92919061214d565b604051809103902014155b1561067a57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff166106d157505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff161580156106f7575060608301355f9081526001602052604090205460ff16155b1561072e57505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b61074460408051602081019091525f8152600191565b91509150915091565b61058e610349600183610a03565b610763611145565b61058e816111d9565b60055460609081905f818610156107a2576107878683612170565b851161079c576107978587612183565b6107a4565b816107a4565b855b90505f6107b18783612170565b9050806001600160401b038111156107cb576107cb612196565b6040519080825280602002602001820160405280156107f4578160200160208202803683370190505b509450806001600160401b0381111561080f5761080f612196565b60405190808252806020026020018201604052801561084857816020015b610835611d2d565b81526020019060019003908161082d5790505b5093505f5b818110156109f8576005610861828a612183565b81548110610871576108716121aa565b905f5260205f20015486828151811061088c5761088c6121aa565b60200260200101818152505060045f8783815181106108ad576108ad6121aa565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600b8111156108ef576108ef611ea1565b600b81111561090057610900611ea1565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610953906121be565b80601f016020809104026020016040519081016040528092919081815260200182805461097f906121be565b80156109ca5780601f106109a1576101008083540402835291602001916109ca565b820191905f5260205f20905b8154815290600101906020018083116109ad57829003601f168201915b5050505050815250508582815181106109e5576109e56121aa565b602090810291909101015260010161084d565b505050509250929050565b5f600183600b811115610a1857610a18611ea1565b14610a4b578282604051602001610a309291906121f0565b60405160208183030381529060405280519060200120610a4d565b815b9392505050565b5f8181526004602090815260408083206006909252822054909103610a9457604051631e2ef17160e01b8152600481018390526024015b60405180910390fd5b8054600160481b90046001600160401b0316421015610ae157805460405163afff056960e01b815260048101849052600160481b9091046001600160401b03166024820152604401610a8b565b8054600160881b90046001600160401b0316421115610b2e57805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b03166024820152604401610a8b565b8054600182015460ff90911690610b4484611270565b610b4e828261135a565b81600b811115610b6057610b60611ea1565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf183604051610b9291815260200190565b60405180910390a350505050565b610ba8611145565b60035481111580610bbc57506312cc030081115b15610bfd57806003546001610bd19190612183565b60405163410c09b760e11b8152600481019290925260248201526312cc03006044820152606401610a8b565b61058e81611413565b610c0e611145565b600254610100900460ff1615610c465760045b60405163415301b960e01b815260ff90911660048201525f6024820152604401610a8b565b610c506001611458565b565b610c5a611145565b61058e816114a1565b610c6b611145565b610c736114e5565b600780546001600160a01b031981169091556040516001600160a01b03909116905f9082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908390a350565b5f818152600660205260408120549003610cf057604051631e2ef17160e01b815260048101829052602401610a8b565b5f81815260046020526040902054600160881b90046001600160401b0316428110610d40576040516315577c9160e31b8152600481018390526001600160401b0382166024820152604401610a8b565b610d498261152e565b5050565b610c50610349600633610a03565b5f610d64611145565b610da76005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b949350505050565b610db7611145565b60025460ff16610dc8576003610c21565b610c505f61181f565b5f610dda611145565b610da760018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b5f610e24611145565b610a4d60035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b610e6f611d2d565b5f828152600660205260408120549003610e9f57604051631e2ef17160e01b815260048101839052602401610a8b565b5f8281526004602052604090819020815160c081019092528054829060ff16600b811115610ecf57610ecf611ea1565b600b811115610ee057610ee0611ea1565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610f33906121be565b80601f0160208091040260200160405190810160405280929190818152602001828054610f5f906121be565b8015610faa5780601f10610f8157610100808354040283529160200191610faa565b820191905f5260205f20905b815481529060010190602001808311610f8d57829003601f168201915b5050505050815250509050919050565b5f610fc3611145565b610da760028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b5f61100d611145565b61057760018360405180602001604052805f815250611595565b5f611030611145565b610a4d60045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b6008545f906001600160a01b031661108a81611860565b611094575f611096565b805b91505090565b6110a4611145565b6110ac6114e5565b6110cf60066001600160a01b03831660405180602001604052805f815250611595565b50600880546001600160a01b0319166001600160a01b03838116918217909255600754604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f6001600160e01b03198216631ed3f1f960e31b1480610577575061057782611893565b6007546001600160a01b0316338114158061116757506001600160a01b038116155b1561058e576040516331d69cb360e11b8152336004820152602401610a8b565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906111ce9083815260200190565b60405180910390a150565b5f81815260066020526040812054900361120957604051631e2ef17160e01b815260048101829052602401610a8b565b5f8181526004602052604090208054600182015460ff9091169061122c84611270565b81600b81111561123e5761123e611ea1565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da487683604051610b9291815260200190565b5f818152600660205260409020546005548082146112f0575f6005611296600184612170565b815481106112a6576112a66121aa565b905f5260205f20015490508060056001856112c19190612170565b815481106112d1576112d16121aa565b5f91825260208083209091019290925591825260069052604090208290555b60058054806113015761130161220b565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b031916815560018101829055906113536002830182611d7a565b5050505050565b600682600b81111561136e5761136e611ea1565b1461137d57610d4982826118e2565b5f61138883836119aa565b9050336001600160a01b038216146113b5576040516331d69cb360e11b8152336004820152602401610a8b565b600780546001600160a01b038381166001600160a01b03198084168217909455600880549094169093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a350505050565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa1906111ce90831515815260200190565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e894791016111ce565b6008546001600160a01b03166114fa81611860565b1561151b5761151b61151660066001600160a01b038416610a03565b6111d9565b50600880546001600160a01b0319169055565b5f8181526004602052604090208054600182015460ff9091169061155184611270565b81600b81111561156357611563611ea1565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b5583604051610b9291815260200190565b5f6115a084846119d8565b6115aa8484610a03565b5f818152600660205260409020549091501561162f575f81815260046020526040902054600160881b90046001600160401b03164211611626575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b03166024820152604401610a8b565b61162f8161152e565b5f6003544261163e9190612183565b90505f61166b7f00000000000000000000000000000000000000000000000000000000000000008361221f565b90506040518060c0016040528087600b81111561168a5761168a611ea1565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600b8111156116ec576116ec611ea1565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a082015160028201906117859082612282565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600b8111156117d8576117d8611ea1565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad248785858960405161180e949392919061233c565b60405180910390a350509392505050565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a20906020016111ce565b5f6001600160a01b03821615801590610577575061188b61046e60066001600160a01b038516610a03565b151592915050565b5f6001600160e01b031982166303c0f23360e31b14806118c357506001600160e01b0319821663ae082e1760e01b145b8061057757506301ffc9a760e01b6001600160e01b0319831614610577565b600182600b8111156118f6576118f6611ea1565b0361190457610d4981611a82565b600282600b81111561191857611918611ea1565b0361192657610d4981611aea565b600382600b81111561193a5761193a611ea1565b0361194957610d49600161181f565b600482600b81111561195d5761195d611ea1565b0361196b57610d495f611458565b600582600b81111561197f5761197f611ea1565b0361198d57610d4981611413565b8181604051636e8c20ed60e01b8152600401610a8b9291906121f0565b5f60a082901c156119d2578282604051636e8c20ed60e01b8152600401610a8b9291906121f0565b50919050565b600682600b8111156119ec576119ec611ea1565b146119fb57610d498282611b52565b5f611a0683836119aa565b90506001600160a01b038116611a2f57604051633e0ad02160e01b815260040160405180910390fd5b6007546001600160a01b0390811690821603611a7d5782600b811115611a5757611a57611ea1565b60405163415301b960e01b815260ff909116600482015260248101839052604401610a8b565b505050565b80611aa057604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906111ce9083815260200190565b80611b0857604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b91016111ce565b600182600b811115611b6657611b66611ea1565b03611bd85780611b8957604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b15610d495781600b811115611bb257611bb2611ea1565b60405163415301b960e01b815260ff909116600482015260248101829052604401610a8b565b600282600b811115611bec57611bec611ea1565b03611c255780611c0f57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff16611b9b565b600382600b811115611c3957611c39611ea1565b03611c495760025460ff16611b9b565b600482600b811115611c5d57611c5d611ea1565b03611c8357600254610100900460ff16610d495781600b811115611bb257611bb2611ea1565b600582600b811115611c9757611c97611ea1565b0361198d57807f0000000000000000000000000000000000000000000000000000000000000000811080611ccd57506003548110155b15611a7d57807f00000000000000000000000000000000000000000000000000000000000000006001600354611d039190612170565b60405163410c09b760e11b8152600481019390935260248301919091526044820152606401610a8b565b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b508054611d86906121be565b5f825580601f10611d95575050565b601f0160209004905f5260205f209081019061058e91905b80821115611dc0575f8155600101611dad565b5090565b5f60208284031215611dd4575f5ffd5b81356001600160e01b031981168114610a4d575f5ffd5b5f60208284031215611dfb575f5ffd5b5035919050565b5f60208284031215611e12575f5ffd5b81356001600160401b03811115611e27575f5ffd5b82016101208185031215610a4d575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f610da76040830184611e39565b5f5f60408385031215611e92575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b600c8110611ed157634e487b7160e01b5f52602160045260245ffd5b9052565b611ee0828251611eb5565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a0850152610da760c0850182611e39565b604080825283519082018190525f9060208501906060840190835b81811015611f76578351835260209384019390920191600101611f58565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b83811015611fcf57601f19858403018652611fb9838351611ed5565b6020968701969093509190910190600101611f9d565b509098975050505050505050565b5f5f60408385031215611fee575f5ffd5b8235600c8110611ffc575f5ffd5b946020939093013593505050565b5f5f83601f84011261201a575f5ffd5b5081356001600160401b03811115612030575f5ffd5b602083019150836020828501011115612047575f5ffd5b9250929050565b5f5f5f60408486031215612060575f5ffd5b8335925060208401356001600160401b0381111561207c575f5ffd5b6120888682870161200a565b9497909650939450505050565b5f5f602083850312156120a6575f5ffd5b82356001600160401b038111156120bb575f5ffd5b6120c78582860161200a565b90969095509350505050565b602081525f610a4d6020830184611ed5565b5f602082840312156120f5575f5ffd5b81356001600160a01b0381168114610a4d575f5ffd5b5f5f8335601e19843603018112612120575f5ffd5b8301803591506001600160401b03821115612139575f5ffd5b602001915036819003821315612047575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105775761057761215c565b808201808211156105775761057761215c565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c908216806121d257607f821691505b6020821081036119d257634e487b7160e01b5f52602260045260245ffd5b604081016121fe8285611eb5565b8260208301529392505050565b634e487b7160e01b5f52603160045260245ffd5b6001600160401b0381811683821601908111156105775761057761215c565b601f821115611a7d57805f5260205f20601f840160051c810160208510156122635750805b601f840160051c820191505b81811015611353575f815560010161226f565b81516001600160401b0381111561229b5761229b612196565b6122af816122a984546121be565b8461223e565b6020601f8211600181146122e1575f83156122ca5750848201515b5f19600385901b1c1916600184901b178455611353565b5f84815260208120601f198516915b8281101561231057878501518255602094850194600190920191016122f0565b508482101561232d57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f6123726080830184611e39565b969550505050505056fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/kms/LocalKms.sol:LocalKms. */
export const localKmsBytecode =
  '0x6080604052348015600e575f5ffd5b50604051611210380380611210833981016040819052602b9160b4565b806001600160a01b038116605857604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b605f816065565b505060df565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6020828403121560c3575f5ffd5b81516001600160a01b038116811460d8575f5ffd5b9392505050565b611124806100ec5f395ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c80634d5922a1116100b45780639a4e1d18116100795780639a4e1d181461028d5780639e6f3114146102af578063a6c4cce9146102c2578063e067ec9d146102ed578063f2fde38b14610300578063f6fe4f4014610313575f5ffd5b80634d5922a11461023a578063715018a61461024d5780638da5cb5b146102555780639425bac61461026557806395f5193114610278575f5ffd5b806325a992da116100fa57806325a992da146101c95780632adee48d146101ee5780633971db27146102015780633ceaaa11146102145780633e32d34614610227575f5ffd5b806301ffc9a71461013657806306a3ae961461015e57806313eb97701461017357806317a1d80f146101955780631e079198146101a8575b5f5ffd5b610149610144366004610adb565b610335565b60405190151581526020015b60405180910390f35b61017161016c366004610b09565b61036b565b005b610149610181366004610b09565b5f9081526004602052604090205460ff1690565b6101716101a3366004610b3b565b6103c8565b6101bb6101b6366004610b54565b610443565b604051610155929190610bba565b6006546001600160a01b03165b6040516001600160a01b039091168152602001610155565b6101716101fc366004610b09565b6105bb565b61017161020f366004610bdc565b61060a565b610171610222366004610b3b565b61065d565b610171610235366004610b09565b6106b3565b610171610248366004610b09565b610705565b610171610757565b5f546001600160a01b03166101d6565b610171610273366004610b09565b61076a565b6102806107b9565b6040516101559190610c4a565b61014961029b366004610b09565b5f9081526002602052604090205460ff1690565b6101716102bd366004610b09565b610849565b6101496102d0366004610b3b565b6001600160a01b03165f9081526001602052604090205460ff1690565b6101bb6102fb366004610b54565b610898565b61017161030e366004610b3b565b610a1e565b610149610321366004610b09565b5f9081526003602052604090205460ff1690565b5f6001600160e01b031982166303c0f23360e31b148061036557506301ffc9a760e01b6001600160e01b03198316145b92915050565b610373610a60565b5f8181526002602052604090819020805460ff19166001179055517f4911843506849c85a5ca6e6e2c01eed2d3ab86baba619517a2aad9d5ab2aeff2906103bd9083815260200190565b60405180910390a150565b6001600160a01b0381166103ef57604051631112a24160e01b815260040160405180910390fd5b6001600160a01b0381165f81815260016020818152604092839020805460ff191690921790915590519182527f0d540ad8f39e07d19909687352b9fa017405d93c91a6760981fbae9cf28bfef791016103bd565b5f60606001826104566020860186610b3b565b6001600160a01b0316815260208101919091526040015f205460ff166104a8575050604080518082019091526012815271105c1c081b9bdd081c9959da5cdd195c995960721b60208201525f92909150565b60c08301355f9081526002602052604090205460ff166104f957505060408051808201909152601781527613d4c81a5b5859d9481a5cc81b9bdd08185b1b1bddd959604a1b60208201525f92909150565b6105066020840184610b3b565b6001600160a01b03163b5f03610539575f6040518060600160405280602381526020016110f56023913991509150915091565b6105466020840184610b3b565b6001600160a01b0316631e079198846040518263ffffffff1660e01b81526004016105719190610d73565b5f60405180830381865afa15801561058b573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526105b29190810190610e5d565b91509150915091565b6105c3610a60565b5f8181526003602052604090819020805460ff19169055517f54cd662e41eec7ddf0f32f034b2533e481b471dd3ea978222d609ec8fffb1bb0906103bd9083815260200190565b610612610a60565b600561061f828483610fac565b507f5b2b64f770ea5266055ebd3ebf205ef06cbfa738e62684edf0e28356e34acf068282604051610651929190611066565b60405180910390a15050565b610665610a60565b600680546001600160a01b0319166001600160a01b0383169081179091556040519081527f08bb433f12b5fd81d2d5e0deeb3b4d28371781ddbd80e9d053e7468d2b1aa82d906020016103bd565b6106bb610a60565b5f8181526003602052604090819020805460ff19166001179055517f68615a0b92795750b3d180ff73429e1291d225e449eee954a567b91104fd9837906103bd9083815260200190565b61070d610a60565b5f8181526004602052604090819020805460ff19166001179055517ff2b290637b1193e12eb38ab32b986303639b1687cc2cd1e25f993e6eae2f4041906103bd9083815260200190565b61075f610a60565b6107685f610a8c565b565b610772610a60565b5f8181526002602052604090819020805460ff19169055517f99b3cee95daf3138d0c982299cd0264f5b7a61aa629b42b92f3ec8966aa7f6fe906103bd9083815260200190565b6060600580546107c890610f28565b80601f01602080910402602001604051908101604052809291908181526020018280546107f490610f28565b801561083f5780601f106108165761010080835404028352916020019161083f565b820191905f5260205f20905b81548152906001019060200180831161082257829003601f168201915b5050505050905090565b610851610a60565b5f8181526004602052604090819020805460ff19169055517f1a9888a45e3df8b7e6bb3090747d598d2a0d78e61388161a90799f54df8f4434906103bd9083815260200190565b5f60607f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c6108c960e0850185611079565b6040516108d79291906110bc565b60405180910390201461092157505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b60c08301355f9081526002602052604090205460ff1661097257505060408051808201909152601781527613d4c81a5b5859d9481a5cc81b9bdd08185b1b1bddd959604a1b60208201525f92909150565b60808301355f9081526003602052604090205460ff166109c957505060408051808201909152601981527f41676772656761746564204d52206e6f7420616c6c6f7765640000000000000060208201525f92909150565b60608301355f9081526004602052604090205460ff16610a06575f6040518060600160405280602981526020016110cc6029913991509150915091565b505060408051602081019091525f8152600192909150565b610a26610a60565b6001600160a01b038116610a5457604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610a5d81610a8c565b50565b5f546001600160a01b031633146107685760405163118cdaa760e01b8152336004820152602401610a4b565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f60208284031215610aeb575f5ffd5b81356001600160e01b031981168114610b02575f5ffd5b9392505050565b5f60208284031215610b19575f5ffd5b5035919050565b80356001600160a01b0381168114610b36575f5ffd5b919050565b5f60208284031215610b4b575f5ffd5b610b0282610b20565b5f60208284031215610b64575f5ffd5b813567ffffffffffffffff811115610b7a575f5ffd5b82016101208185031215610b02575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f610bd46040830184610b8c565b949350505050565b5f5f60208385031215610bed575f5ffd5b823567ffffffffffffffff811115610c03575f5ffd5b8301601f81018513610c13575f5ffd5b803567ffffffffffffffff811115610c29575f5ffd5b856020828401011115610c3a575f5ffd5b6020919091019590945092505050565b602081525f610b026020830184610b8c565b5f5f8335601e19843603018112610c71575f5ffd5b830160208101925035905067ffffffffffffffff811115610c90575f5ffd5b803603821315610c9e575f5ffd5b9250929050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112610ce2575f5ffd5b830160208101925035905067ffffffffffffffff811115610d01575f5ffd5b8060051b3603821315610c9e575f5ffd5b5f8383855260208501945060208460051b820101835f5b86811015610d6757838303601f19018852610d448287610c5c565b610d4f858284610ca5565b60209a8b019a90955093909301925050600101610d29565b50909695505050505050565b60208152610d9460208201610d8784610b20565b6001600160a01b03169052565b5f5f6020840135905080604084015250610db060408401610b20565b6001600160a01b038116606084015250606083013560808381019190915283013560a08084019190915283013560c08084019190915283013560e080840191909152610dfe90840184610c5c565b610120610100850152610e1661014085018284610ca5565b915050610e27610100850185610ccd565b848303601f1901610120860152610e3f838284610d12565b9695505050505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215610e6e575f5ffd5b82518015158114610e7d575f5ffd5b602084015190925067ffffffffffffffff811115610e99575f5ffd5b8301601f81018513610ea9575f5ffd5b805167ffffffffffffffff811115610ec357610ec3610e49565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610ef257610ef2610e49565b604052818152828201602001871015610f09575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b600181811c90821680610f3c57607f821691505b602082108103610f5a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610fa757805f5260205f20601f840160051c81016020851015610f855750805b601f840160051c820191505b81811015610fa4575f8155600101610f91565b50505b505050565b67ffffffffffffffff831115610fc457610fc4610e49565b610fd883610fd28354610f28565b83610f60565b5f601f841160018114611009575f8515610ff25750838201355b5f19600387901b1c1916600186901b178355610fa4565b5f83815260208120601f198716915b828110156110385786850135825560209485019460019092019101611018565b5086821015611054575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b602081525f610bd4602083018486610ca5565b5f5f8335601e1984360301811261108e575f5ffd5b83018035915067ffffffffffffffff8211156110a8575f5ffd5b602001915036819003821315610c9e575f5ffd5b818382375f910190815291905056fe4b4d53206973206e6f7420616c6c6f77656420746f20626f6f74206f6e207468697320646576696365417070206e6f74206465706c6f796564206f7220696e76616c69642061646472657373a164736f6c634300081c000a' as const
/** Creation bytecode of contracts/MultisigAppAuth.sol:MultisigAppAuth. */
export const multisigAppAuthBytecode =
  '0x6101a0604052348015610010575f5ffd5b50604051613fc8380380613fc883398101604081905261002f9161081b565b85856040518060400160405280600f81526020016e417070417574684d756c746973696760881b815250604051806040016040528060018152602001603160f81b815250878787875f5b8151518110156100b6576100ae825f0151828151811061009b5761009b610910565b60200260200101516103e260201b60201c565b600101610079565b505f5b8160200151518110156100fa576100f2826020015182815181106100df576100df610910565b602002602001015161045560201b60201c565b6001016100b9565b5080604001511561010f5761010f60016104bd565b8060600151156101235761012360016104fe565b5081158061013457506312cc030082115b1561016b5760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061017c57506312cc030083115b156101ae5760405163410c09b760e11b815260048101849052602481018390526312cc03006044820152606401610162565b8015806101be57506301e1338081115b156101df576040516358456f7360e01b815260048101829052602401610162565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506102398261054760201b60201c565b6101605261024681610547565b61018052815160208084019190912061012052815190820120610140524660e0526102d46101205161014051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60c0525050306101005281516020101561030e578151604051637d465d6f60e11b8152600481019190915260206024820152604401610162565b5f5b82518110156103ba575f83828151811061032c5761032c610910565b602002602001015190505f6001600160a01b0316816001600160a01b0316148061035e57506001600160a01b03811630145b8061037f57506001600160a01b0381165f908152600a602052604090205415155b156103a857604051630ef5ef5160e11b81526001600160a01b0382166004820152602401610162565b6103b181610584565b50600101610310565b506103cc81835161060960201b60201c565b6103d581610641565b505050505050505061097f565b8061040057604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af9061044a9083815260200190565b60405180910390a150565b8061047357604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910161044a565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200161044a565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061044a90831515815260200190565b5f5f829050601f81511115610571578260405163305a27a960e01b81526004016101629190610924565b805161057c82610959565b179392505050565b600980546001810182557f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af0180546001600160a01b0319166001600160a01b03841690811790915590545f828152600a60205260408082209290925590517f47d1c22a25bb3a5d4e481b9b1e6944c2eade3181a0a20b495ed61d35b5323f249190a250565b81158061061557508082115b1561063d57604051637c81aeab60e11b81526004810183905260248101829052604401610162565b5050565b600b80549082905560408051828152602081018490527f3164947cf0f49f08dd0cd80e671535b1e11590d347c55dcaa97ba3c24a96b33a910160405180910390a15050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156106c2576106c2610686565b604052919050565b5f6001600160401b038211156106e2576106e2610686565b5060051b60200190565b5f82601f8301126106fb575f5ffd5b815161070e610709826106ca565b61069a565b8082825260208201915060208360051b86010192508583111561072f575f5ffd5b602085015b8381101561074c578051835260209283019201610734565b5095945050505050565b80518015158114610765575f5ffd5b919050565b5f6080828403121561077a575f5ffd5b604051608081016001600160401b038111828210171561079c5761079c610686565b604052825190915081906001600160401b038111156107b9575f5ffd5b6107c5858286016106ec565b82525060208301516001600160401b038111156107e0575f5ffd5b6107ec858286016106ec565b6020830152506107fe60408401610756565b604082015261080f60608401610756565b60608201525092915050565b5f5f5f5f5f5f60c08789031215610830575f5ffd5b86516001600160401b03811115610845575f5ffd5b8701601f81018913610855575f5ffd5b8051610863610709826106ca565b8082825260208201915060208360051b85010192508b831115610884575f5ffd5b6020840193505b828410156108ba5783516001600160a01b03811681146108a9575f5ffd5b82526020938401939091019061088b565b60208b015160408c015160608d015160808e015160a08f0151949d50929b5090995097509550925050506001600160401b038111156108f7575f5ffd5b61090389828a0161076a565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610979575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051610180516135cf6109f95f395f6120b301525f61208301525f6122ff01525f6122d701525f61223201525f61225c01525f61228601525f81816105d001526118ab01525f818161066f01528181612a610152612a9701526135cf5ff3fe608060405234801561000f575f5ffd5b50600436106102b1575f3560e01c80635c695a071161017b5780639ced689f116100e4578063cd15a16c1161009e578063d56834a511610079578063d56834a5146106b9578063dc04e893146106cc578063dcade3d3146106df578063f0f470cf146106f2575f5ffd5b8063cd15a16c1461066d578063cd8d522b14610693578063d5606db8146106a6575f5ffd5b80639ced689f146105bb578063a06db7dc146105ce578063a6e38615146105f4578063affed0e014610623578063b50191261461062b578063bf8b211b1461064b575f5ffd5b806384b0196e1161013557806384b0196e1461055757806397357dd214610572578063998aada814610585578063999c87051461058d5780639b14d4c6146105a05780639bdc86ff146105a8575f5ffd5b80635c695a07146104ab57806360d2f33d146104b357806367b3f22c146104da57806372dd6dd3146104ed5780637c9fb258146105005780637df73e271461052d575f5ffd5b80633d10feb71161021d57806347144421116101d7578063471444211461044c5780634b28160b1461045f578063535167b51461047257806359db6e851461047d57806359ecd657146104905780635c40d7b214610498575f5ffd5b80633d10feb7146103dd5780634205f6fb146103f057806342cde4e814610403578063466196491461040b578063467fc1db1461041657806346f0975a14610437575f5ffd5b80632f6622e51161026e5780632f6622e51461035757806333d4c80c146103795780633440a16a1461038c578063349a25291461039757806336ed6828146103aa57806337376ca8146103ca575f5ffd5b806301ffc9a7146102b55780630aa58c83146102dd5780631d266200146102ed5780631e079198146103025780631eee48891461032357806328e7654f14610344575b5f5ffd5b6102c86102c3366004612db3565b6106fa565b60405190151581526020015b60405180910390f35b600254610100900460ff166102c8565b6103006102fb366004612dda565b610724565b005b610315610310366004612df1565b610738565b6040516102d4929190612e56565b610336610331366004612e70565b6108f4565b6040519081526020016102d4565b610300610352366004612dda565b61091e565b6102c8610365366004612dda565b5f9081526020819052604090205460ff1690565b610336610387366004612eea565b61092c565b60025460ff166102c8565b6103366103a5366004612e70565b610988565b6103bd6103b8366004612f3f565b6109e3565b6040516102d49190612fe3565b6103006103d8366004612dda565b610ae6565b6103366103eb366004612ff5565b610af7565b6103006103fe366004612e70565b610b25565b600b54610336565b6103366301e1338081565b610429610424366004612e70565b610bd7565b6040516102d49291906130b9565b61043f610e6e565b6040516102d49190613159565b61030061045a366004612e70565b610ece565b61033661046d3660046131a4565b610fda565b6103366312cc030081565b61030061048b366004612dda565b611028565b610336602081565b6103006104a6366004612dda565b61116f565b6103006111d5565b6103367f0bf66ca5b19ff5ca518532a9f45f895df7bc74e56261d0b17115287e094f67b881565b6103006104e8366004612dda565b611221565b6103006104fb366004612dda565b611232565b61033661050e366004612dda565b5f9081526004602052604090205461010090046001600160401b031690565b6102c861053b3660046131c3565b6001600160a01b03165f908152600a6020526040902054151590565b61055f6112bf565b6040516102d497969594939291906131dc565b610336610580366004613272565b611301565b610300611355565b6102c861059b3660046132b9565b611377565b600354610336565b6103366105b6366004613272565b6113b7565b6103366105c93660046132e9565b611401565b7f0000000000000000000000000000000000000000000000000000000000000000610336565b610336610602366004612dda565b5f90815260046020526040902054600160481b90046001600160401b031690565b600c54610336565b61063e610639366004612dda565b61144d565b6040516102d49190613327565b6102c8610659366004612dda565b5f9081526001602052604090205460ff1690565b7f0000000000000000000000000000000000000000000000000000000000000000610336565b6103366106a1366004613272565b6115a0565b6103366106b4366004613272565b6115ec565b6103366106c7366004612eea565b611636565b6103366106da366004612dda565b61164e565b6103366106ed3660046132e9565b611676565b600554610336565b5f6001600160e01b0319821663793fd87d60e01b148061071e575061071e826116c2565b92915050565b61072c6116e6565b61073581611708565b50565b5f60603061074960208501856131c3565b6001600160a01b03161461078657505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff1680156107df57507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c6107c660e0850185613339565b6040516107d492919061337b565b604051809103902014155b1561082157505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff1661087857505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff1615801561089e575060608301355f9081526001602052604090205460ff16155b156108d557505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b6108eb60408051602081019091525f8152600191565b91509150915091565b5f6109176109028484610988565b604080515f815260208082019092529061175a565b9392505050565b61073561048b600183610fda565b5f6109356116e6565b61097f60086109448787610af7565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117fa92505050565b95945050505050565b604080517f0bf66ca5b19ff5ca518532a9f45f895df7bc74e56261d0b17115287e094f67b86020820152908101839052606081018290525f906109179060800160405160208183030381529060405280519060200120611a84565b600c54606090848114610a185760405163e4792fa160e01b815260048101869052602481018290526044015b60405180910390fd5b5f8787604051610a2992919061337b565b604051809103902090505f610a3e8288610988565b9050610a4b818787611ab0565b610a568360016133b2565b600c556040518281523390829089907f07accd75ddf946a725eb9f0eef9b431d96371a13ac787e42a03e95aba0b5de299060200160405180910390a48715610ada57610ad7308a8a8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611c8d92505050565b93505b50505095945050505050565b610aee6116e6565b61073581611c9a565b5f826001600160a01b031660a0610b0d84611d31565b6bffffffffffffffffffffffff16901b179392505050565b5f610b308383610988565b5f818152600d6020908152604080832033845290915290205490915060ff16610b7557604051635bee8be360e11b815233600482015260248101829052604401610a0f565b5f818152600d602090815260408083203380855290835292819020805460ff1916905580518681529182018590528392917fac00fe14069965aa9594a0930f065afddcdcbf701a1ec97dc27a9c2b3317572e91015b60405180910390a3505050565b60055460609081905f81861015610c0d57610bf286836133c5565b8511610c0757610c0285876133b2565b610c0f565b81610c0f565b855b90505f610c1c87836133c5565b9050806001600160401b03811115610c3657610c3661338a565b604051908082528060200260200182016040528015610c5f578160200160208202803683370190505b509450806001600160401b03811115610c7a57610c7a61338a565b604051908082528060200260200182016040528015610cb357816020015b610ca0612d20565b815260200190600190039081610c985790505b5093505f5b81811015610e63576005610ccc828a6133b2565b81548110610cdc57610cdc6133d8565b905f5260205f200154868281518110610cf757610cf76133d8565b60200260200101818152505060045f878381518110610d1857610d186133d8565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600b811115610d5a57610d5a61301d565b600b811115610d6b57610d6b61301d565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610dbe906133ec565b80601f0160208091040260200160405190810160405280929190818152602001828054610dea906133ec565b8015610e355780601f10610e0c57610100808354040283529160200191610e35565b820191905f5260205f20905b815481529060010190602001808311610e1857829003601f168201915b505050505081525050858281518110610e5057610e506133d8565b6020908102919091010152600101610cb8565b505050509250929050565b60606009805480602002602001604051908101604052809291908181526020018280548015610ec457602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610ea6575b5050505050905090565b335f908152600a6020526040902054610efc57604051633dfa147360e01b8152336004820152602401610a0f565b600c54811015610f2d57600c5460405163e4792fa160e01b8152610a0f918391600401918252602082015260400190565b5f610f388383610988565b5f818152600d6020908152604080832033845290915290205490915060ff1615610f7e5760405163283df93b60e01b815233600482015260248101829052604401610a0f565b5f818152600d602090815260408083203380855290835292819020805460ff1916600117905580518681529182018590528392917f07f7024ca4883db3d1644440d6ec0559ec3b038f1363580654ad73f996d031869101610bca565b5f600183600b811115610fef57610fef61301d565b1461102257828260405160200161100792919061341e565b60405160208183030381529060405280519060200120610917565b50919050565b5f818152600460209081526040808320600690925282205490910361106357604051631e2ef17160e01b815260048101839052602401610a0f565b8054600160481b90046001600160401b03164210156110b057805460405163afff056960e01b815260048101849052600160481b9091046001600160401b03166024820152604401610a0f565b8054600160881b90046001600160401b03164211156110fd57805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b03166024820152604401610a0f565b8054600182015460ff9091169061111384611d6d565b61111d8282611e57565b81600b81111561112f5761112f61301d565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf18360405161116191815260200190565b60405180910390a350505050565b6111776116e6565b6003548111158061118b57506312cc030081115b156111cc578060035460016111a091906133b2565b60405163410c09b760e11b8152600481019290925260248201526312cc03006044820152606401610a0f565b61073581611f42565b6111dd6116e6565b600254610100900460ff16156112155760045b60405163415301b960e01b815260ff90911660048201525f6024820152604401610a0f565b61121f6001611f88565b565b6112296116e6565b61073581611fd1565b5f81815260066020526040812054900361126257604051631e2ef17160e01b815260048101829052602401610a0f565b5f81815260046020526040902054600160881b90046001600160401b03164281106112b2576040516315577c9160e31b8152600481018390526001600160401b0382166024820152604401610a0f565b6112bb82612015565b5050565b5f6060805f5f5f60606112d061207c565b6112d86120ac565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61130a6116e6565b61134d6005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117fa92505050565b949350505050565b61135d6116e6565b60025460ff1661136e5760036111f0565b61121f5f6120d7565b5f600d5f6113858585610988565b815260208082019290925260409081015f9081206001600160a01b038816825290925290205460ff1690509392505050565b5f6113c06116e6565b61134d60018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117fa92505050565b5f61140a6116e6565b61091760035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117fa92505050565b611455612d20565b5f82815260066020526040812054900361148557604051631e2ef17160e01b815260048101839052602401610a0f565b5f8281526004602052604090819020815160c081019092528054829060ff16600b8111156114b5576114b561301d565b600b8111156114c6576114c661301d565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191611519906133ec565b80601f0160208091040260200160405190810160405280929190818152602001828054611545906133ec565b80156115905780601f1061156757610100808354040283529160200191611590565b820191905f5260205f20905b81548152906001019060200180831161157357829003601f168201915b5050505050815250509050919050565b5f6115a96116e6565b61134d6009855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117fa92505050565b5f6115f56116e6565b61134d60028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117fa92505050565b5f61163f6116e6565b61097f60076109448787610af7565b5f6116576116e6565b61071e60018360405180602001604052805f8152506117fa565b919050565b5f61167f6116e6565b61091760045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117fa92505050565b5f6001600160e01b03198216631ed3f1f960e31b148061071e575061071e82612118565b33301461121f576040516381f1c9db60e01b8152336004820152602401610a0f565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c9061174f9083815260200190565b60405180910390a150565b6009545f90815b818110801561176f57508383105b156117f1575f60098281548110611788576117886133d8565b5f918252602080832090910154898352600d825260408084206001600160a01b039092168085529190925291205490915060ff1680156117cf57506117cd8682612167565b155b156117e0576117dd84613439565b93505b506117ea81613439565b9050611761565b50509392505050565b5f61180584846121c0565b61180f8484610fda565b5f8181526006602052604090205490915015611894575f81815260046020526040902054600160881b90046001600160401b0316421161188b575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b03166024820152604401610a0f565b61189481612015565b5f600354426118a391906133b2565b90505f6118d07f000000000000000000000000000000000000000000000000000000000000000083613451565b90506040518060c0016040528087600b8111156118ef576118ef61301d565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600b8111156119515761195161301d565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a082015160028201906119ea90826134b4565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600b811115611a3d57611a3d61301d565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad2487858589604051611a73949392919061356e565b60405180910390a350509392505050565b5f61071e611a90612226565b8360405161190160f01b8152600281019290925260228201526042902090565b600b54815f816001600160401b03811115611acd57611acd61338a565b604051908082528060200260200182016040528015611af6578160200160208202803683370190505b5090505f5f5b83811015611c2f575f5f611b338a8a8a86818110611b1c57611b1c6133d8565b9050602002810190611b2e9190613339565b61234f565b5090925090505f816003811115611b4c57611b4c61301d565b14611b6d57604051631a1f5c6760e01b815260048101849052602401610a0f565b6001600160a01b0382165f908152600a6020526040902054611bad57604051633dfa147360e01b81526001600160a01b0383166004820152602401610a0f565b836001600160a01b0316826001600160a01b031611611bf957604051631e1dde6960e31b8152600481018490526001600160a01b03808416602483015285166044820152606401610a0f565b81858481518110611c0c57611c0c6133d8565b6001600160a01b0390921660209283029190910190910152509150600101611afc565b5083831015611c5957611c4c8783611c4786886133c5565b61175a565b611c5690846133b2565b92505b83831015611c8457604051633e0cd9d760e11b81526004810184905260248101859052604401610a0f565b50505050505050565b606061091783835f612396565b5f818152600660205260408120549003611cca57604051631e2ef17160e01b815260048101829052602401610a0f565b5f8181526004602052604090208054600182015460ff90911690611ced84611d6d565b81600b811115611cff57611cff61301d565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da48768360405161116191815260200190565b5f6bffffffffffffffffffffffff821115611d69576040516306dfcc6560e41b81526060600482015260248101839052604401610a0f565b5090565b5f81815260066020526040902054600554808214611ded575f6005611d936001846133c5565b81548110611da357611da36133d8565b905f5260205f2001549050806005600185611dbe91906133c5565b81548110611dce57611dce6133d8565b5f91825260208083209091019290925591825260069052604090208290555b6005805480611dfe57611dfe6135ae565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b03191681556001810182905590611e506002830182612d6d565b5050505050565b600782600b811115611e6b57611e6b61301d565b03611eda57611e7a8282612462565b8060a081901c6001600160a01b0382163314611eb9576040516278516360e61b81526001600160a01b0383166004820152336024820152604401610a0f565b611ec282612624565b600b548114611ed457611ed4816126a9565b50505050565b600882600b811115611eee57611eee61301d565b03611f0c57611efd8282612462565b8060a081901c611ec2826126e7565b600982600b811115611f2057611f2061301d565b03611f3857611f2f8282612462565b6112bb816126a9565b6112bb828261280f565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d3526291015b60405180910390a15050565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061174f90831515815260200190565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e8947910161174f565b5f8181526004602052604090208054600182015460ff9091169061203884611d6d565b81600b81111561204a5761204a61301d565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b558360405161116191815260200190565b60606120a77f00000000000000000000000000000000000000000000000000000000000000006128d7565b905090565b60606120a77f00000000000000000000000000000000000000000000000000000000000000006128d7565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200161174f565b5f6001600160e01b031982166303c0f23360e31b148061214857506001600160e01b0319821663ae082e1760e01b145b8061071e57506301ffc9a760e01b6001600160e01b031983161461071e565b5f5f5b83518110156121b757826001600160a01b031684828151811061218f5761218f6133d8565b60200260200101516001600160a01b0316036121af57600191505061071e565b60010161216a565b505f9392505050565b600782600b8111156121d4576121d461301d565b14806121f15750600882600b8111156121ef576121ef61301d565b145b8061220d5750600982600b81111561220b5761220b61301d565b145b1561221c576112bb8282612462565b6112bb8282612914565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561227e57507f000000000000000000000000000000000000000000000000000000000000000046145b156122a857507f000000000000000000000000000000000000000000000000000000000000000090565b6120a7604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80806041849003612383578435602086013560408701355f1a61237589828585612af4565b95509550955050505061238d565b505f915060029050825b93509350939050565b6060814710156123c25760405163cf47918160e01b815247600482015260248101839052604401610a0f565b5f6123ce858486612bbc565b90508080156123ef57505f3d11806123ef57505f856001600160a01b03163b115b15612404576123fc612bd1565b915050610917565b801561242e57604051639996b31560e01b81526001600160a01b0386166004820152602401610a0f565b3d156124415761243c612bea565b61245a565b60405163d6bda27560e01b815260040160405180910390fd5b509392505050565b600980549083600b8111156124795761247961301d565b036124ca57816124898183612bf5565b600b548103611ed45783600b8111156124a4576124a461301d565b60405163415301b960e01b815260ff909116600482015260248101849052604401610a0f565b8160a081901c600785600b8111156124e4576124e461301d565b036125d5576001600160a01b038216158061250757506001600160a01b03821630145b1561253057604051630ef5ef5160e11b81526001600160a01b0383166004820152602401610a0f565b6001600160a01b0382165f908152600a6020526040902054156125855784600b81111561255f5761255f61301d565b60405163415301b960e01b815260ff909116600482015260248101859052604401610a0f565b602083036125bc576125988360016133b2565b604051637d465d6f60e11b8152600481019190915260206024820152604401610a0f565b6125d0816125cb8560016133b2565b612bf5565b611e50565b6001600160a01b0382165f908152600a602052604090205461261557604051633dfa147360e01b81526001600160a01b0383166004820152602401610a0f565b611e50816125cb6001866133c5565b600980546001810182557f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af0180546001600160a01b0319166001600160a01b03841690811790915590545f828152600a60205260408082209290925590517f47d1c22a25bb3a5d4e481b9b1e6944c2eade3181a0a20b495ed61d35b5323f249190a250565b600b80549082905560408051828152602081018490527f3164947cf0f49f08dd0cd80e671535b1e11590d347c55dcaa97ba3c24a96b33a9101611f7c565b6001600160a01b0381165f908152600a6020526040902054600954808214612795575f60096127176001846133c5565b81548110612727576127276133d8565b5f918252602090912001546001600160a01b0316905080600961274b6001866133c5565b8154811061275b5761275b6133d8565b5f91825260208083209190910180546001600160a01b0319166001600160a01b03948516179055929091168152600a909152604090208290555b60098054806127a6576127a66135ae565b5f828152602080822083015f1990810180546001600160a01b03191690559092019092556001600160a01b038516808352600a90915260408083208390555190917f3525e22824a8a7df2c9a6029941c824cf95b6447f1e13d5128fd3826d35afe8b91a2505050565b600182600b8111156128235761282361301d565b03612831576112bb81612c29565b600282600b8111156128455761284561301d565b03612853576112bb81612c91565b600382600b8111156128675761286761301d565b03612876576112bb60016120d7565b600482600b81111561288a5761288a61301d565b03612898576112bb5f611f88565b600582600b8111156128ac576128ac61301d565b036128ba576112bb81611f42565b8181604051636e8c20ed60e01b8152600401610a0f92919061341e565b60605f6128e383612cf9565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b600182600b8111156129285761292861301d565b0361299a578061294b57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b156112bb5781600b8111156129745761297461301d565b60405163415301b960e01b815260ff909116600482015260248101829052604401610a0f565b600282600b8111156129ae576129ae61301d565b036129e757806129d157604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff1661295d565b600382600b8111156129fb576129fb61301d565b03612a0b5760025460ff1661295d565b600482600b811115612a1f57612a1f61301d565b03612a4557600254610100900460ff166112bb5781600b8111156129745761297461301d565b600582600b811115612a5957612a5961301d565b036128ba57807f0000000000000000000000000000000000000000000000000000000000000000811080612a8f57506003548110155b15612aef57807f00000000000000000000000000000000000000000000000000000000000000006001600354612ac591906133c5565b60405163410c09b760e11b8152600481019390935260248301919091526044820152606401610a0f565b505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115612b2d57505f91506003905082612bb2565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612b7e573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116612ba957505f925060019150829050612bb2565b92505f91508190505b9450945094915050565b5f5f5f83516020850186885af1949350505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b811580612c0157508082115b156112bb57604051637c81aeab60e11b81526004810183905260248101829052604401610a0f565b80612c4757604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af9061174f9083815260200190565b80612caf57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910161174f565b5f60ff8216601f81111561071e57604051632cd44ac360e21b815260040160405180910390fd5b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b508054612d79906133ec565b5f825580601f10612d88575050565b601f0160209004905f5260205f209081019061073591905b80821115611d69575f8155600101612da0565b5f60208284031215612dc3575f5ffd5b81356001600160e01b031981168114610917575f5ffd5b5f60208284031215612dea575f5ffd5b5035919050565b5f60208284031215612e01575f5ffd5b81356001600160401b03811115612e16575f5ffd5b82016101208185031215610917575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f61134d6040830184612e28565b5f5f60408385031215612e81575f5ffd5b50508035926020909101359150565b80356001600160a01b0381168114611671575f5ffd5b5f5f83601f840112612eb6575f5ffd5b5081356001600160401b03811115612ecc575f5ffd5b602083019150836020828501011115612ee3575f5ffd5b9250929050565b5f5f5f5f60608587031215612efd575f5ffd5b612f0685612e90565b93506020850135925060408501356001600160401b03811115612f27575f5ffd5b612f3387828801612ea6565b95989497509550505050565b5f5f5f5f5f60608688031215612f53575f5ffd5b85356001600160401b03811115612f68575f5ffd5b612f7488828901612ea6565b9096509450506020860135925060408601356001600160401b03811115612f99575f5ffd5b8601601f81018813612fa9575f5ffd5b80356001600160401b03811115612fbe575f5ffd5b8860208260051b8401011115612fd2575f5ffd5b959894975092955050506020019190565b602081525f6109176020830184612e28565b5f5f60408385031215613006575f5ffd5b61300f83612e90565b946020939093013593505050565b634e487b7160e01b5f52602160045260245ffd5b600c811061304d57634e487b7160e01b5f52602160045260245ffd5b9052565b61305c828251613031565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a085015261134d60c0850182612e28565b604080825283519082018190525f9060208501906060840190835b818110156130f25783518352602093840193909201916001016130d4565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b8381101561314b57601f19858403018652613135838351613051565b6020968701969093509190910190600101613119565b509098975050505050505050565b602080825282518282018190525f918401906040840190835b818110156131995783516001600160a01b0316835260209384019390920191600101613172565b509095945050505050565b5f5f604083850312156131b5575f5ffd5b8235600c811061300f575f5ffd5b5f602082840312156131d3575f5ffd5b61091782612e90565b60ff60f81b8816815260e060208201525f6131fa60e0830189612e28565b828103604084015261320c8189612e28565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613261578351835260209384019390920191600101613243565b50909b9a5050505050505050505050565b5f5f5f60408486031215613284575f5ffd5b8335925060208401356001600160401b038111156132a0575f5ffd5b6132ac86828701612ea6565b9497909650939450505050565b5f5f5f606084860312156132cb575f5ffd5b6132d484612e90565b95602085013595506040909401359392505050565b5f5f602083850312156132fa575f5ffd5b82356001600160401b0381111561330f575f5ffd5b61331b85828601612ea6565b90969095509350505050565b602081525f6109176020830184613051565b5f5f8335601e1984360301811261334e575f5ffd5b8301803591506001600160401b03821115613367575f5ffd5b602001915036819003821315612ee3575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082018082111561071e5761071e61339e565b8181038181111561071e5761071e61339e565b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061340057607f821691505b60208210810361102257634e487b7160e01b5f52602260045260245ffd5b6040810161342c8285613031565b8260208301529392505050565b5f6001820161344a5761344a61339e565b5060010190565b6001600160401b03818116838216019081111561071e5761071e61339e565b601f821115612aef57805f5260205f20601f840160051c810160208510156134955750805b601f840160051c820191505b81811015611e50575f81556001016134a1565b81516001600160401b038111156134cd576134cd61338a565b6134e1816134db84546133ec565b84613470565b6020601f821160018114613513575f83156134fc5750848201515b5f19600385901b1c1916600184901b178455611e50565b5f84815260208120601f198516915b828110156135425787850151825560209485019460019092019101613522565b508482101561355f57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f6135a46080830184612e28565b9695505050505050565b634e487b7160e01b5f52603160045260245ffdfea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/OptOutRegistry.sol:OptOutRegistry. */
export const optOutRegistryBytecode =
  '0x610180604052348015610010575f5ffd5b5060405161197638038061197683398101604081905261002f91610271565b6040518060400160405280600e81526020016d4f70744f7574526567697374727960901b815250604051806040016040528060018152602001603160f81b81525061007f8261017160201b60201c565b6101205261008c81610171565b61014052815160208084019190912060e052815190820120610100524660a05261011860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05261013281631ed3f1f960e31b6101ae565b61015f576040516304872fa960e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6001600160a01b0316610160526102f2565b5f5f829050601f8151111561019b578260405163305a27a960e01b81526004016101569190610297565b80516101a6826102cc565b179392505050565b5f6101b8836101d0565b80156101c957506101c98383610219565b9392505050565b5f6101e2826301ffc9a760e01b610219565b15610212575f806101fb846001600160e01b031961023d565b9150915081801561020a575080155b949350505050565b505f919050565b5f8080610226858561023d565b915091508180156102345750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b5f60208284031215610281575f5ffd5b81516001600160a01b03811681146101c9575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102ec575f198160200360031b1b821691505b50919050565b60805160a05160c05160e0516101005161012051610140516101605161160d6103695f395f8181610302015281816104800152818161052001528181610c5a0152610d2901525f610a5d01525f610a2d01525f61101701525f610fef01525f610f4a01525f610f7401525f610f9e015261160d5ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c806384b0196e116100a9578063e8fced201161006e578063e8fced201461033f578063ed79bef314610352578063f39017a514610388578063f5d8e0531461039b578063ffd0e3ed146103ae575f5ffd5b806384b0196e146102b457806385771487146102cf5780639e6d4119146102e2578063d7363a69146102f5578063de7454c81461032c575f5ffd5b80633cb352b3116100ef5780633cb352b3146101c25780633f7d4a97146101d55780636da59041146101e85780637892df69146102815780637ecebe00146102a1575f5ffd5b806301ffc9a71461012057806308551d6514610148578063238afcc51461018857806333d0b4451461019b575b5f5ffd5b61013361012e366004611207565b6103c3565b60405190151581526020015b60405180910390f35b61017a61015636600461122e565b5f90815260036020526040902060010154600160801b90046001600160801b031690565b60405190815260200161013f565b61013361019636600461122e565b6103f9565b61017a7f6c88258ccbde72a2c5088baa6d3cac78c313f5dfd94f583fd94eec0192d0b9bb81565b61017a6101d036600461122e565b61059d565b61017a6101e3366004611245565b6105c3565b61024e6101f636600461122e565b60408051606080820183525f808352602080840182905292840181905293845260038252928290208251938401835280548452600101546001600160401b0380821692850192909252600160401b9004169082015290565b60408051825181526020808401516001600160401b0390811691830191909152928201519092169082015260600161013f565b61029461028f3660046112bd565b610622565b60405161013f91906112e6565b61017a6102af366004611347565b610747565b6102bc610764565b60405161013f979695949392919061138e565b6101336102dd366004611245565b6107a6565b61017a6102f036600461122e565b6107ee565b6040516001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016815260200161013f565b61017a61033a36600461122e565b610809565b61017a61034d36600461122e565b610831565b610133610360366004611424565b5f9081526005602090815260408083206001600160a01b039490941683529290522054151590565b61017a61039636600461144c565b610846565b61017a6103a9366004611498565b6108ba565b6103c16103bc3660046114d1565b610909565b005b5f6001600160e01b03198216634f3ee00f60e11b14806103f357506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8181526003602052604081206001810154600160401b90046001600160401b03168083036104435760405163cdf288bb60e01b8152600481018590526024015b60405180910390fd5b806001600160401b0316421061045d575060019392505050565b815460405163a6e3861560e01b8152600481018290526001600160401b038316907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a6e3861590602401602060405180830381865afa1580156104cd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104f19190611573565b14158061059457506001830154604051630f93f64b60e31b8152600481018390526001600160401b03909116907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637c9fb25890602401602060405180830381865afa15801561056d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105919190611573565b14155b95945050505050565b5f8181526003602052604081206002015480156105ba57806105bc565b825b9392505050565b825f5b8281101561061a57610610828585848181106105e4576105e461158a565b90506020020160208101906105f99190611347565b5f9182526001600160a01b03166020526040902090565b91506001016105c6565b509392505050565b5f83815260036020526040812060010154606091600160801b9091046001600160801b031690818510156106755761065a85836115b2565b841161066f5761066a84866115c5565b610677565b81610677565b845b905061068385826115b2565b6001600160401b0381111561069a5761069a6115d8565b6040519080825280602002602001820160405280156106c3578160200160208202803683370190505b505f8781526004602052604081209194505b845181101561073c57815f6106ea838a6115c5565b81526020019081526020015f205f9054906101000a90046001600160a01b031685828151811061071c5761071c61158a565b6001600160a01b03909216602092830291909101909101526001016106d5565b505050509392505050565b6001600160a01b0381165f908152600260205260408120546103f3565b5f6060805f5f5f6060610775610a26565b61077d610a56565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f83815260036020526040812060010154600160801b90046001600160801b0316821480156107e657506107d98461059d565b6107e48585856105c3565b145b949350505050565b5f6107f882610a81565b90506108048133610adb565b919050565b5f5f5f5f61081685610c55565b92509250925061082883868484610daf565b50909392505050565b5f5f61083c83610c55565b5090949350505050565b604080517f6c88258ccbde72a2c5088baa6d3cac78c313f5dfd94f583fd94eec0192d0b9bb60208201526001600160a01b03861691810191909152606081018490526080810183905260a081018290525f906105949060c00160405160208183030381529060405280519060200120610e63565b5f8383836040516020016108ea939291909283526001600160401b03918216602084015216604082015260600190565b6040516020818303038152906040528051906020012090509392505050565b8242111561093c5760405163020b9cb960e21b81526001600160a01b03881660048201526024810184905260440161043a565b5f61094687610a81565b905085811461097957604051632c750e4160e01b815260048101889052602481018790526044810182905260640161043a565b6001600160a01b0388165f9081526002602052604090208054600181019091558581146109d257604051630163de6760e71b81526001600160a01b038a166004820152602481018790526044810182905260640161043a565b6109e9896109e28b8a8a8a610846565b8686610e8f565b610a11576040516304c863bb60e41b81526001600160a01b038a16600482015260240161043a565b610a1b878a610adb565b505050505050505050565b6060610a517f0000000000000000000000000000000000000000000000000000000000000000610f01565b905090565b6060610a517f0000000000000000000000000000000000000000000000000000000000000000610f01565b5f5f5f5f610a8e85610c55565b925092509250806001600160401b03164210610acf576040516355e7964960e11b8152600481018490526001600160401b038216602482015260440161043a565b61082883868484610daf565b5f8281526005602090815260408083206001600160a01b0385168452918290529091205415610b2f5760405163f0c65c4960e01b81526001600160a01b03831660048201526024810184905260440161043a565b5f838152600360205260408120600181015460028201549192600160801b9091046001600160801b031691610b7690865f9182526001600160a01b03166020526040902090565b5f878152600460209081526040808320868452909152902080546001600160a01b0319166001600160a01b0388161790559050610bb48260016115c5565b6001600160a01b0386165f90815260208690526040902055610bd78260016115c5565b6001840180546001600160801b03928316600160801b029216919091179055600283018190556040516001600160a01b0386169087907fd347dcb1c9c8ab463db8f9ab01a7a814cfb2a29809b09f30a631da9303d8854e90610c459086908690918252602082015260400190565b60405180910390a3505050505050565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a6e38615856040518263ffffffff1660e01b8152600401610ca691815260200190565b602060405180830381865afa158015610cc1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ce59190611573565b9050806001600160401b03165f03610d135760405163d18e693f60e01b81526004810185905260240161043a565b604051630f93f64b60e31b8152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637c9fb25890602401602060405180830381865afa158015610d76573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d9a9190611573565b9150610da78483836108ba565b949193509150565b5f8481526003602052604090206001810154600160401b90046001600160401b031615610ddc5750610e5d565b8381556001810180546001600160401b038581166fffffffffffffffffffffffffffffffff199092168217600160401b9186169182021790925560028301879055604080519182526020820192909252859187917f24211270a180196e0d9609fdff23ed00a242c45154ee1b8404916f9e9268502d910160405180910390a3505b50505050565b5f6103f3610e6f610f3e565b8360405161190160f01b8152600281019290925260228201526042902090565b5f846001600160a01b03163b5f03610eee575f5f610eae868686611067565b5090925090505f816003811115610ec757610ec76115ec565b148015610ee55750866001600160a01b0316826001600160a01b0316145b925050506107e6565b610efa858585856110ae565b90506107e6565b60605f610f0d83611118565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610f9657507f000000000000000000000000000000000000000000000000000000000000000046145b15610fc057507f000000000000000000000000000000000000000000000000000000000000000090565b610a51604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f8080604184900361109b578435602086013560408701355f1a61108d8982858561113f565b9550955095505050506110a5565b505f915060029050825b93509350939050565b60408051630b135d3f60e11b808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f60ff8216601f8111156103f357604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561117857505f915060039050826111fd565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156111c9573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166111f457505f9250600191508290506111fd565b92505f91508190505b9450945094915050565b5f60208284031215611217575f5ffd5b81356001600160e01b0319811681146105bc575f5ffd5b5f6020828403121561123e575f5ffd5b5035919050565b5f5f5f60408486031215611257575f5ffd5b8335925060208401356001600160401b03811115611273575f5ffd5b8401601f81018613611283575f5ffd5b80356001600160401b03811115611298575f5ffd5b8660208260051b84010111156112ac575f5ffd5b939660209190910195509293505050565b5f5f5f606084860312156112cf575f5ffd5b505081359360208301359350604090920135919050565b602080825282518282018190525f918401906040840190835b818110156113265783516001600160a01b03168352602093840193909201916001016112ff565b509095945050505050565b80356001600160a01b0381168114610804575f5ffd5b5f60208284031215611357575f5ffd5b6105bc82611331565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f6113ac60e0830189611360565b82810360408401526113be8189611360565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156114135783518352602093840193909201916001016113f5565b50909b9a5050505050505050505050565b5f5f60408385031215611435575f5ffd5b61143e83611331565b946020939093013593505050565b5f5f5f5f6080858703121561145f575f5ffd5b61146885611331565b966020860135965060408601359560600135945092505050565b80356001600160401b0381168114610804575f5ffd5b5f5f5f606084860312156114aa575f5ffd5b833592506114ba60208501611482565b91506114c860408501611482565b90509250925092565b5f5f5f5f5f5f5f60c0888a0312156114e7575f5ffd5b6114f088611331565b96506020880135955060408801359450606088013593506080880135925060a08801356001600160401b03811115611526575f5ffd5b8801601f81018a13611536575f5ffd5b80356001600160401b0381111561154b575f5ffd5b8a602082840101111561155c575f5ffd5b602082019350809250505092959891949750929550565b5f60208284031215611583575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156103f3576103f361159e565b808201808211156103f3576103f361159e565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52602160045260245ffdfea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/TimelockAppAuth.sol:TimelockAppAuth. */
export const timelockAppAuthBytecode =
  '0x60c060405234801561000f575f5ffd5b5060405161298838038061298883398101604081905261002e916104c2565b838383835f5b81515181101561007157610069825f01518281518110610056576100566105b5565b602002602001015161025e60201b60201c565b600101610034565b505f5b8160200151518110156100b5576100ad8260200151828151811061009a5761009a6105b5565b60200260200101516102d160201b60201c565b600101610074565b508060400151156100ca576100ca6001610339565b8060600151156100de576100de600161037a565b508115806100ef57506312cc030082115b156101265760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061013757506312cc030083115b156101695760405163410c09b760e11b815260048101849052602481018390526312cc0300604482015260640161011d565b80158061017957506301e1338081115b1561019a576040516358456f7360e01b81526004810182905260240161011d565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506001600160a01b03851661020c57604051633e0ad02160e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0387169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a350505050506105c9565b8061027c57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906102c69083815260200190565b60405180910390a150565b806102ef57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b91016102c6565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a20906020016102c6565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa1906102c690831515815260200190565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156103f9576103f96103c3565b60405290565b604051601f8201601f191681016001600160401b0381118282101715610427576104276103c3565b604052919050565b5f82601f83011261043e575f5ffd5b81516001600160401b03811115610457576104576103c3565b8060051b610467602082016103ff565b91825260208185018101929081019086841115610482575f5ffd5b6020860192505b838310156104a4578251825260209283019290910190610489565b9695505050505050565b805180151581146104bd575f5ffd5b919050565b5f5f5f5f5f60a086880312156104d6575f5ffd5b85516001600160a01b03811681146104ec575f5ffd5b60208701516040880151606089015160808a0151939850919650945092506001600160401b0381111561051d575f5ffd5b86016080818903121561052e575f5ffd5b6105366103d7565b81516001600160401b0381111561054b575f5ffd5b6105578a82850161042f565b82525060208201516001600160401b03811115610572575f5ffd5b61057e8a82850161042f565b602083015250610590604083016104ae565b60408201526105a1606083016104ae565b606082015280925050509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b60805160a0516123896105ff5f395f818161043c015261164601525f81816104d301528181611c9f0152611cd501526123895ff3fe608060405234801561000f575f5ffd5b506004361061021e575f3560e01c806379ba50971161012a578063a6e38615116100b4578063dc04e89311610079578063dc04e8931461050a578063dcade3d31461051d578063e30c397814610530578063f0f470cf14610538578063f2fde38b14610540575f5ffd5b8063a6e3861514610460578063b50191261461048f578063bf8b211b146104af578063cd15a16c146104d1578063d5606db8146104f7575f5ffd5b8063998aada8116100fa578063998aada8146104045780639b14d4c61461040c5780639bdc86ff146104145780639ced689f14610427578063a06db7dc1461043a575f5ffd5b806379ba5097146103975780637c9fb2581461039f5780638da5cb5b146103cc57806397357dd2146103f1575f5ffd5b8063467fc1db116101ab5780635c40d7b21161017b5780635c40d7b21461034e5780635c695a071461036157806367b3f22c14610369578063715018a61461037c57806372dd6dd314610384575f5ffd5b8063467fc1db146102fc5780634b28160b1461031d578063535167b51461033057806359db6e851461033b575f5ffd5b806328e7654f116101f157806328e7654f146102905780632f6622e5146102a35780633440a16a146102c557806337376ca8146102d057806346619649146102e3575f5ffd5b806301ffc9a7146102225780630aa58c831461024a5780631d2662001461025a5780631e0791981461026f575b5f5ffd5b610235610230366004611dc4565b610553565b60405190151581526020015b60405180910390f35b600254610100900460ff16610235565b61026d610268366004611deb565b61057d565b005b61028261027d366004611e02565b610591565b604051610241929190611e67565b61026d61029e366004611deb565b61074d565b6102356102b1366004611deb565b5f9081526020819052604090205460ff1690565b60025460ff16610235565b61026d6102de366004611deb565b61075b565b6102ee6301e1338081565b604051908152602001610241565b61030f61030a366004611e81565b61076c565b604051610241929190611f3d565b6102ee61032b366004611fdd565b610a03565b6102ee6312cc030081565b61026d610349366004611deb565b610a54565b61026d61035c366004611deb565b610ba0565b61026d610c06565b61026d610377366004611deb565b610c52565b61026d610c63565b61026d610392366004611deb565b610cc0565b61026d610d4d565b6102ee6103ad366004611deb565b5f9081526004602052604090205461010090046001600160401b031690565b6007546001600160a01b03165b6040516001600160a01b039091168152602001610241565b6102ee6103ff36600461204e565b610d5b565b61026d610daf565b6003546102ee565b6102ee61042236600461204e565b610dd1565b6102ee610435366004612095565b610e1b565b7f00000000000000000000000000000000000000000000000000000000000000006102ee565b6102ee61046e366004611deb565b5f90815260046020526040902054600160481b90046001600160401b031690565b6104a261049d366004611deb565b610e67565b60405161024191906120d3565b6102356104bd366004611deb565b5f9081526001602052604090205460ff1690565b7f00000000000000000000000000000000000000000000000000000000000000006102ee565b6102ee61050536600461204e565b610fba565b6102ee610518366004611deb565b611004565b6102ee61052b366004612095565b611027565b6103d9611073565b6005546102ee565b61026d61054e3660046120e5565b61109c565b5f6001600160e01b031982166394be599960e01b1480610577575061057782611121565b92915050565b610585611145565b61058e81611187565b50565b5f6060306105a260208501856120e5565b6001600160a01b0316146105df57505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff16801561063857507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61061f60e085018561210b565b60405161062d92919061214d565b604051809103902014155b1561067a57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff166106d157505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff161580156106f7575060608301355f9081526001602052604090205460ff16155b1561072e57505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b61074460408051602081019091525f8152600191565b91509150915091565b61058e610349600183610a03565b610763611145565b61058e816111d9565b60055460609081905f818610156107a2576107878683612170565b851161079c576107978587612183565b6107a4565b816107a4565b855b90505f6107b18783612170565b9050806001600160401b038111156107cb576107cb612196565b6040519080825280602002602001820160405280156107f4578160200160208202803683370190505b509450806001600160401b0381111561080f5761080f612196565b60405190808252806020026020018201604052801561084857816020015b610835611d2d565b81526020019060019003908161082d5790505b5093505f5b818110156109f8576005610861828a612183565b81548110610871576108716121aa565b905f5260205f20015486828151811061088c5761088c6121aa565b60200260200101818152505060045f8783815181106108ad576108ad6121aa565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600b8111156108ef576108ef611ea1565b600b81111561090057610900611ea1565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610953906121be565b80601f016020809104026020016040519081016040528092919081815260200182805461097f906121be565b80156109ca5780601f106109a1576101008083540402835291602001916109ca565b820191905f5260205f20905b8154815290600101906020018083116109ad57829003601f168201915b5050505050815250508582815181106109e5576109e56121aa565b602090810291909101015260010161084d565b505050509250929050565b5f600183600b811115610a1857610a18611ea1565b14610a4b578282604051602001610a309291906121f0565b60405160208183030381529060405280519060200120610a4d565b815b9392505050565b5f8181526004602090815260408083206006909252822054909103610a9457604051631e2ef17160e01b8152600481018390526024015b60405180910390fd5b8054600160481b90046001600160401b0316421015610ae157805460405163afff056960e01b815260048101849052600160481b9091046001600160401b03166024820152604401610a8b565b8054600160881b90046001600160401b0316421115610b2e57805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b03166024820152604401610a8b565b8054600182015460ff90911690610b4484611270565b610b4e828261135a565b81600b811115610b6057610b60611ea1565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf183604051610b9291815260200190565b60405180910390a350505050565b610ba8611145565b60035481111580610bbc57506312cc030081115b15610bfd57806003546001610bd19190612183565b60405163410c09b760e11b8152600481019290925260248201526312cc03006044820152606401610a8b565b61058e81611413565b610c0e611145565b600254610100900460ff1615610c465760045b60405163415301b960e01b815260ff90911660048201525f6024820152604401610a8b565b610c506001611458565b565b610c5a611145565b61058e816114a1565b610c6b611145565b610c736114e5565b600780546001600160a01b031981169091556040516001600160a01b03909116905f9082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908390a350565b5f818152600660205260408120549003610cf057604051631e2ef17160e01b815260048101829052602401610a8b565b5f81815260046020526040902054600160881b90046001600160401b0316428110610d40576040516315577c9160e31b8152600481018390526001600160401b0382166024820152604401610a8b565b610d498261152e565b5050565b610c50610349600633610a03565b5f610d64611145565b610da76005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b949350505050565b610db7611145565b60025460ff16610dc8576003610c21565b610c505f61181f565b5f610dda611145565b610da760018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b5f610e24611145565b610a4d60035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b610e6f611d2d565b5f828152600660205260408120549003610e9f57604051631e2ef17160e01b815260048101839052602401610a8b565b5f8281526004602052604090819020815160c081019092528054829060ff16600b811115610ecf57610ecf611ea1565b600b811115610ee057610ee0611ea1565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610f33906121be565b80601f0160208091040260200160405190810160405280929190818152602001828054610f5f906121be565b8015610faa5780601f10610f8157610100808354040283529160200191610faa565b820191905f5260205f20905b815481529060010190602001808311610f8d57829003601f168201915b5050505050815250509050919050565b5f610fc3611145565b610da760028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b5f61100d611145565b61057760018360405180602001604052805f815250611595565b5f611030611145565b610a4d60045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159592505050565b6008545f906001600160a01b031661108a81611860565b611094575f611096565b805b91505090565b6110a4611145565b6110ac6114e5565b6110cf60066001600160a01b03831660405180602001604052805f815250611595565b50600880546001600160a01b0319166001600160a01b03838116918217909255600754604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f6001600160e01b03198216631ed3f1f960e31b1480610577575061057782611893565b6007546001600160a01b0316338114158061116757506001600160a01b038116155b1561058e576040516331d69cb360e11b8152336004820152602401610a8b565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906111ce9083815260200190565b60405180910390a150565b5f81815260066020526040812054900361120957604051631e2ef17160e01b815260048101829052602401610a8b565b5f8181526004602052604090208054600182015460ff9091169061122c84611270565b81600b81111561123e5761123e611ea1565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da487683604051610b9291815260200190565b5f818152600660205260409020546005548082146112f0575f6005611296600184612170565b815481106112a6576112a66121aa565b905f5260205f20015490508060056001856112c19190612170565b815481106112d1576112d16121aa565b5f91825260208083209091019290925591825260069052604090208290555b60058054806113015761130161220b565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b031916815560018101829055906113536002830182611d7a565b5050505050565b600682600b81111561136e5761136e611ea1565b1461137d57610d4982826118e2565b5f61138883836119aa565b9050336001600160a01b038216146113b5576040516331d69cb360e11b8152336004820152602401610a8b565b600780546001600160a01b038381166001600160a01b03198084168217909455600880549094169093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a350505050565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa1906111ce90831515815260200190565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e894791016111ce565b6008546001600160a01b03166114fa81611860565b1561151b5761151b61151660066001600160a01b038416610a03565b6111d9565b50600880546001600160a01b0319169055565b5f8181526004602052604090208054600182015460ff9091169061155184611270565b81600b81111561156357611563611ea1565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b5583604051610b9291815260200190565b5f6115a084846119d8565b6115aa8484610a03565b5f818152600660205260409020549091501561162f575f81815260046020526040902054600160881b90046001600160401b03164211611626575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b03166024820152604401610a8b565b61162f8161152e565b5f6003544261163e9190612183565b90505f61166b7f00000000000000000000000000000000000000000000000000000000000000008361221f565b90506040518060c0016040528087600b81111561168a5761168a611ea1565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600b8111156116ec576116ec611ea1565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a082015160028201906117859082612282565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600b8111156117d8576117d8611ea1565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad248785858960405161180e949392919061233c565b60405180910390a350509392505050565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a20906020016111ce565b5f6001600160a01b03821615801590610577575061188b61046e60066001600160a01b038516610a03565b151592915050565b5f6001600160e01b031982166303c0f23360e31b14806118c357506001600160e01b0319821663ae082e1760e01b145b8061057757506301ffc9a760e01b6001600160e01b0319831614610577565b600182600b8111156118f6576118f6611ea1565b0361190457610d4981611a82565b600282600b81111561191857611918611ea1565b0361192657610d4981611aea565b600382600b81111561193a5761193a611ea1565b0361194957610d49600161181f565b600482600b81111561195d5761195d611ea1565b0361196b57610d495f611458565b600582600b81111561197f5761197f611ea1565b0361198d57610d4981611413565b8181604051636e8c20ed60e01b8152600401610a8b9291906121f0565b5f60a082901c156119d2578282604051636e8c20ed60e01b8152600401610a8b9291906121f0565b50919050565b600682600b8111156119ec576119ec611ea1565b146119fb57610d498282611b52565b5f611a0683836119aa565b90506001600160a01b038116611a2f57604051633e0ad02160e01b815260040160405180910390fd5b6007546001600160a01b0390811690821603611a7d5782600b811115611a5757611a57611ea1565b60405163415301b960e01b815260ff909116600482015260248101839052604401610a8b565b505050565b80611aa057604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906111ce9083815260200190565b80611b0857604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b91016111ce565b600182600b811115611b6657611b66611ea1565b03611bd85780611b8957604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b15610d495781600b811115611bb257611bb2611ea1565b60405163415301b960e01b815260ff909116600482015260248101829052604401610a8b565b600282600b811115611bec57611bec611ea1565b03611c255780611c0f57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff16611b9b565b600382600b811115611c3957611c39611ea1565b03611c495760025460ff16611b9b565b600482600b811115611c5d57611c5d611ea1565b03611c8357600254610100900460ff16610d495781600b811115611bb257611bb2611ea1565b600582600b811115611c9757611c97611ea1565b0361198d57807f0000000000000000000000000000000000000000000000000000000000000000811080611ccd57506003548110155b15611a7d57807f00000000000000000000000000000000000000000000000000000000000000006001600354611d039190612170565b60405163410c09b760e11b8152600481019390935260248301919091526044820152606401610a8b565b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b508054611d86906121be565b5f825580601f10611d95575050565b601f0160209004905f5260205f209081019061058e91905b80821115611dc0575f8155600101611dad565b5090565b5f60208284031215611dd4575f5ffd5b81356001600160e01b031981168114610a4d575f5ffd5b5f60208284031215611dfb575f5ffd5b5035919050565b5f60208284031215611e12575f5ffd5b81356001600160401b03811115611e27575f5ffd5b82016101208185031215610a4d575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f610da76040830184611e39565b5f5f60408385031215611e92575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b600c8110611ed157634e487b7160e01b5f52602160045260245ffd5b9052565b611ee0828251611eb5565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a0850152610da760c0850182611e39565b604080825283519082018190525f9060208501906060840190835b81811015611f76578351835260209384019390920191600101611f58565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b83811015611fcf57601f19858403018652611fb9838351611ed5565b6020968701969093509190910190600101611f9d565b509098975050505050505050565b5f5f60408385031215611fee575f5ffd5b8235600c8110611ffc575f5ffd5b946020939093013593505050565b5f5f83601f84011261201a575f5ffd5b5081356001600160401b03811115612030575f5ffd5b602083019150836020828501011115612047575f5ffd5b9250929050565b5f5f5f60408486031215612060575f5ffd5b8335925060208401356001600160401b0381111561207c575f5ffd5b6120888682870161200a565b9497909650939450505050565b5f5f602083850312156120a6575f5ffd5b82356001600160401b038111156120bb575f5ffd5b6120c78582860161200a565b90969095509350505050565b602081525f610a4d6020830184611ed5565b5f602082840312156120f5575f5ffd5b81356001600160a01b0381168114610a4d575f5ffd5b5f5f8335601e19843603018112612120575f5ffd5b8301803591506001600160401b03821115612139575f5ffd5b602001915036819003821315612047575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105775761057761215c565b808201808211156105775761057761215c565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c908216806121d257607f821691505b6020821081036119d257634e487b7160e01b5f52602260045260245ffd5b604081016121fe8285611eb5565b8260208301529392505050565b634e487b7160e01b5f52603160045260245ffd5b6001600160401b0381811683821601908111156105775761057761215c565b601f821115611a7d57805f5260205f20601f840160051c810160208510156122635750805b601f840160051c820191505b81811015611353575f815560010161226f565b81516001600160401b0381111561229b5761229b612196565b6122af816122a984546121be565b8461223e565b6020601f8211600181146122e1575f83156122ca5750848201515b5f19600385901b1c1916600184901b178455611353565b5f84815260208120601f198516915b8281101561231057878501518255602094850194600190920191016122f0565b508482101561232d57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f6123726080830184611e39565b969550505050505056fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/VerifiedTimelockAppAuth.sol:VerifiedTimelockAppAuth. */
export const verifiedTimelockAppAuthBytecode =
  '0x60e060405234801561000f575f5ffd5b506040516148f13803806148f183398101604081905261002e91610c37565b808686868686838383835f5b8151518110156100775761006f825f0151828151811061005c5761005c610d47565b60200260200101516103a660201b60201c565b60010161003a565b505f5b8160200151518110156100bb576100b3826020015182815181106100a0576100a0610d47565b602002602001015161041960201b60201c565b60010161007a565b508060400151156100d0576100d06001610481565b8060600151156100e4576100e460016104c2565b508115806100f557506312cc030082115b1561012c5760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061013d57506312cc030083115b1561016f5760405163410c09b760e11b815260048101849052602481018390526312cc03006044820152606401610123565b80158061017f57506301e1338081115b156101a0576040516358456f7360e01b815260048101829052602401610123565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506001600160a01b03851661021257604051633e0ad02160e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0387169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3505050505080604001515f1480610277575062278d008160400151115b156102a7576040808201519051630a41216560e31b8152600481019190915262278d006024820152604401610123565b604081015160c0525f5b81515181101561034d575f6102e7835f015183815181106102d4576102d4610d47565b602002602001015161050b60201b60201c565b5f818152601b6020526040902054909150156103195760405163b057350d60e01b815260048101829052602401610123565b610344835f0151838151811061033157610331610d47565b602002602001015161063c60201b60201c565b506001016102b1565b508051516020820151111561038c5760208101518151516040516331fe9c3f60e21b815260048101929092525f60248301526044820152606401610123565b602081015161039a906107ca565b50505050505050610e00565b806103c457604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af9061040e9083815260200190565b60405180910390a150565b8061043757604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910161040e565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200161040e565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061040e90831515815260200190565b5f61051d8263b6896fff60e01b61081b565b6105455760405163064db52160e11b81526001600160a01b0383166004820152602401610123565b60408051600481526024810182526020810180516001600160e01b03166309c2d37960e11b17905290515f9182916001600160a01b0386169161058791610d5b565b5f60405180830381855afa9150503d805f81146105bf576040519150601f19603f3d011682016040523d82523d5f602084013e6105c4565b606091505b50915091508115806105d857508051602014155b1561060157604051630c405f7960e01b81526001600160a01b0385166004820152602401610123565b61060a81610d71565b92508261063557604051630c405f7960e01b81526001600160a01b0385166004820152602401610123565b5050919050565b5f6106468261050b565b5f818152601b6020526040902054909150610661838261083f565b6009545f808381036106c1575b6106788383610927565b1561068d5761068682610dab565b915061066e565b610698826001610dc3565b5f868152601b602052604090205584601383600881106106ba576106ba610d47565b01556106ef565b6106cc600185610dd6565b9150600b82600881106106e1576106e1610d47565b01546001600160a01b031690505b85600b836008811061070357610703610d47565b0180546001600160a01b0319166001600160a01b0392909216919091179055600a545f90610732906001610dc3565b905061074360016380000000610dd6565b811115610766576040516326a13c8360e21b815260086004820152602401610123565b600a819055610776848483610959565b600955604080516001600160a01b0384811682526020820184905289169188917f9a2579d01c1aefaf7bcf4c2ecb491f66848bc256130fe4c501336817cdfe3dd2910160405180910390a350505050505050565b6009805460ff19811683179091556040805160ff831680825260208201859052917f746309f02cd284c385c74dd4ef79bb4208c4190c89a8b2e32391d212615a73c8910160405180910390a1505050565b5f61082583610996565b8015610836575061083683836109e4565b90505b92915050565b6009545f805b60088110156108f3576108588382610927565b5f0361086757600191506108eb565b846001600160a01b0316600b826008811061088457610884610d47565b01546001600160a01b03161480156108a65750836108a3826001610dc3565b14155b156108eb5784601382600881106108bf576108bf610d47565b0154604051636c45c35b60e11b81526001600160a01b0390921660048301526024820152604401610123565b600101610845565b5082158015610900575080155b15610921576040516326a13c8360e21b815260086004820152602401610123565b50505050565b5f61093760016380000000610dd6565b61094283601f610de9565b61094d906008610dc3565b84901c16905092915050565b5f8061096684601f610de9565b610971906008610dc3565b905082811b8161098660016380000000610dd6565b901b198616179150509392505050565b5f6109a8826301ffc9a760e01b6109e4565b156109d8575f806109c1846001600160e01b0319610a08565b915091508180156109d0575080155b949350505050565b505f919050565b919050565b5f80806109f18585610a08565b915091508180156109ff5750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b6001600160a01b0381168114610a50575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b0381118282101715610a8957610a89610a53565b60405290565b604051608081016001600160401b0381118282101715610a8957610a89610a53565b604051601f8201601f191681016001600160401b0381118282101715610ad957610ad9610a53565b604052919050565b5f6001600160401b03821115610af957610af9610a53565b5060051b60200190565b5f82601f830112610b12575f5ffd5b8151610b25610b2082610ae1565b610ab1565b8082825260208201915060208360051b860101925085831115610b46575f5ffd5b602085015b83811015610b63578051835260209283019201610b4b565b5095945050505050565b805180151581146109df575f5ffd5b5f60608284031215610b8c575f5ffd5b610b94610a67565b82519091506001600160401b03811115610bac575f5ffd5b8201601f81018413610bbc575f5ffd5b8051610bca610b2082610ae1565b8082825260208201915060208360051b850101925086831115610beb575f5ffd5b6020840193505b82841015610c16578351610c0581610a3c565b825260209384019390910190610bf2565b84525050506020828101519082015260409182015191810191909152919050565b5f5f5f5f5f5f60c08789031215610c4c575f5ffd5b8651610c5781610a3c565b6020880151604089015160608a015160808b0151939950919750955093506001600160401b03811115610c88575f5ffd5b87016080818a031215610c99575f5ffd5b610ca1610a8f565b81516001600160401b03811115610cb6575f5ffd5b610cc28b828501610b03565b82525060208201516001600160401b03811115610cdd575f5ffd5b610ce98b828501610b03565b602083015250610cfb60408301610b6d565b6040820152610d0c60608301610b6d565b606082015260a089015190935090506001600160401b03811115610d2e575f5ffd5b610d3a89828a01610b7c565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b5f82518060208501845e5f920191825250919050565b80516020808301519190811015610d91575f198160200360031b1b821691505b50919050565b634e487b7160e01b5f52601160045260245ffd5b5f60018201610dbc57610dbc610d97565b5060010190565b8082018082111561083957610839610d97565b8181038181111561083957610839610d97565b808202811582820484141761083957610839610d97565b60805160a05160c051613aab610e465f395f81816103590152610d3901525f818161059d01526121ef01525f818161064a01528181613038015261306e0152613aab5ff3fe608060405234801561000f575f5ffd5b50600436106102e5575f3560e01c806379ba509711610195578063bf8b211b116100e4578063dcade3d31161009e578063e427605b11610079578063e427605b146106e8578063e5392c8e146106f0578063f0f470cf14610703578063f2fde38b1461070b575f5ffd5b8063dcade3d3146106ba578063dec7713b146106cd578063e30c3978146106e0575f5ffd5b8063bf8b211b14610626578063cd15a16c14610648578063cfa453441461066e578063d008b75014610681578063d5606db814610694578063dc04e893146106a7575f5ffd5b80639bdc86ff1161014f578063a06db7dc1161012a578063a06db7dc1461059b578063a6e38615146105c1578063ae7d757d146105f0578063b501912614610606575f5ffd5b80639bdc86ff1461056a5780639ca7acea1461057d5780639ced689f14610588575f5ffd5b806379ba5097146105015780637c9fb258146105095780638da5cb5b1461053657806397357dd214610547578063998aada81461055a5780639b14d4c614610562575f5ffd5b806349d185b0116102515780635c695a071161020b57806368542ab5116101e657806368542ab5146104c9578063715018a6146104dc578063721857ea146104e457806372dd6dd3146104ee575f5ffd5b80635c695a071461049b57806367b3f22c146104a3578063682f555c146104b6575f5ffd5b806349d185b0146104315780634b28160b14610444578063535167b51461045757806359db6e85146104625780635a8cd9f7146104755780635c40d7b214610488575f5ffd5b80632f6622e5116102a25780632f6622e51461039a5780633440a16a146103bc57806335e7ce84146103c757806337376ca8146103f25780634661964914610405578063467fc1db14610410575f5ffd5b806301ffc9a7146102e95780630aa58c83146103115780631d266200146103215780631e07919814610336578063283e55e91461035757806328e7654f14610387575b5f5ffd5b6102fc6102f736600461322f565b61071e565b60405190151581526020015b60405180910390f35b600254610100900460ff166102fc565b61033461032f366004613256565b61072e565b005b61034961034436600461326d565b610742565b6040516103089291906132d2565b7f00000000000000000000000000000000000000000000000000000000000000005b604051908152602001610308565b610334610395366004613256565b6108f1565b6102fc6103a8366004613256565b5f9081526020819052604090205460ff1690565b60025460ff166102fc565b6103da6103d5366004613256565b6108ff565b6040516001600160a01b039091168152602001610308565b610334610400366004613256565b610949565b6103796301e1338081565b61042361041e3660046132ec565b61095a565b6040516103089291906133d6565b61037961043f3660046134a5565b610bf1565b61037961045236600461350f565b610e0d565b6103796312cc030081565b610334610470366004613256565b610e5b565b61037961048336600461353c565b610fa2565b610334610496366004613256565b61101e565b610334611084565b6103346104b1366004613256565b6110d0565b6103796104c436600461353c565b6110e1565b6103346104d7366004613256565b611182565b610334611281565b61037962278d0081565b6103346104fc366004613256565b6112de565b61033461136b565b610379610517366004613256565b5f9081526004602052604090205461010090046001600160401b031690565b6007546001600160a01b03166103da565b61037961055536600461356c565b611379565b6103346113cd565b600354610379565b61037961057836600461356c565b6113ef565b60095460ff16610379565b6103796105963660046135b3565b611439565b7f0000000000000000000000000000000000000000000000000000000000000000610379565b6103796105cf366004613256565b5f90815260046020526040902054600160481b90046001600160401b031690565b6105f8611485565b6040516103089291906135f1565b610619610614366004613256565b6115fc565b6040516103089190613652565b6102fc610634366004613256565b5f9081526001602052604090205460ff1690565b7f0000000000000000000000000000000000000000000000000000000000000000610379565b61033461067c366004613256565b61174f565b61037961068f366004613664565b6117b8565b6103796106a236600461356c565b61180d565b6103796106b5366004613256565b611857565b6103796106c83660046135b3565b61187f565b6103796106db36600461356c565b6118cb565b6103da611917565b610379600881565b6103796106fe366004613699565b611940565b600554610379565b6103346107193660046136b3565b6119d7565b5f61072882611a5c565b92915050565b610736611a80565b61073f81611ac2565b50565b5f60603061075360208501856136b3565b6001600160a01b03161461079057505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff1680156107e957507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c6107d060e08501856136cc565b6040516107de92919061370e565b604051809103902014155b1561082b57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff1661088257505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff161580156108a8575060608301355f9081526001602052604090205460ff16155b156108df57505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b6108e883611b14565b91509150915091565b61073f610470600183610e0d565b5f818152601b6020526040812054801561094057600b610920600183613731565b6008811061093057610930613744565b01546001600160a01b0316610942565b5f5b9392505050565b610951611a80565b61073f81611b20565b60055460609081905f81861015610990576109758683613731565b851161098a576109858587613758565b610992565b81610992565b855b90505f61099f8783613731565b9050806001600160401b038111156109b9576109b961376b565b6040519080825280602002602001820160405280156109e2578160200160208202803683370190505b509450806001600160401b038111156109fd576109fd61376b565b604051908082528060200260200182016040528015610a3657816020015b610a23613164565b815260200190600190039081610a1b5790505b5093505f5b81811015610be6576005610a4f828a613758565b81548110610a5f57610a5f613744565b905f5260205f200154868281518110610a7a57610a7a613744565b60200260200101818152505060045f878381518110610a9b57610a9b613744565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600b811115610add57610add613346565b600b811115610aee57610aee613346565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610b419061377f565b80601f0160208091040260200160405190810160405280929190818152602001828054610b6d9061377f565b8015610bb85780601f10610b8f57610100808354040283529160200191610bb8565b820191905f5260205f20905b815481529060010190602001808311610b9b57829003601f168201915b505050505081525050858281518110610bd357610bd3613744565b6020908102919091010152600101610a3b565b505050509250929050565b5f868152601b6020526040812054808203610c2757604051631fddc7a360e21b8152600481018990526024015b60405180910390fd5b5f610c33600183613731565b90505f600b8260088110610c4957610c49613744565b01546009546001600160a01b0390911691505f90610c679084611bb7565b90505f610c75898989610fa2565b90505f610c83848d8d611be9565b80519091508d14610cc35780516040516331302ca160e01b81526001600160a01b0386166004820152602481018f90526044810191909152606401610c1e565b81816020015114610cf7576020810151604051630605ab1960e21b8152610c1e918491600401918252602082015260400190565b5f81606001516003811115610d0e57610d0e613346565b14610d3357606081015160405163835f8a8160e01b8152610c1e918f916004016137b1565b5f610d5e7f000000000000000000000000000000000000000000000000000000000000000042613758565b9050610d83610d6d8c8c611d76565b876020846001600160401b0316901b8717611db2565b8d8a8c6001600160a01b03167f01889aca8b2610371e2093b09e580c86f34c01c0f735d0dc3c90060194a2878c88866040015186604051610deb939291906001600160a01b0393909316835260208301919091526001600160401b0316604082015260600190565b60405180910390a46001600160401b03169d9c50505050505050505050505050565b5f600183600b811115610e2257610e22613346565b14610e55578282604051602001610e3a9291906137d5565b60405160208183030381529060405280519060200120610942565b50919050565b5f8181526004602090815260408083206006909252822054909103610e9657604051631e2ef17160e01b815260048101839052602401610c1e565b8054600160481b90046001600160401b0316421015610ee357805460405163afff056960e01b815260048101849052600160481b9091046001600160401b03166024820152604401610c1e565b8054600160881b90046001600160401b0316421115610f3057805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b03166024820152604401610c1e565b8054600182015460ff90911690610f4684611e49565b610f508282611f33565b81600b811115610f6257610f62613346565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf183604051610f9491815260200190565b60405180910390a350505050565b5f814080610fcc5760405163579bb03560e01b815260048101849052436024820152604401610c1e565b6040805146602082015230918101919091526001600160a01b03861660608201526080810185905260a0810182905260c001604051602081830303815290604052805190602001209150509392505050565b611026611a80565b6003548111158061103a57506312cc030081115b1561107b5780600354600161104f9190613758565b60405163410c09b760e11b8152600481019290925260248201526312cc03006044820152606401610c1e565b61073f81611f3d565b61108c611a80565b600254610100900460ff16156110c45760045b60405163415301b960e01b815260ff90911660048201525f6024820152604401610c1e565b6110ce6001611f82565b565b6110d8611a80565b61073f81611fcb565b5f818152601b60205260408120548082036110ff575f915050610942565b5f61110b600183613731565b90505f611150601c5f61111e8a8a611d76565b81526020019081526020015f2060038461113891906137f7565b6003811061114857611148613744565b01548361200f565b90506111678161116260095485611bb7565b612035565b611171575f611177565b602081901c5b979650505050505050565b61118a611a80565b5f818152601b6020526040812054908190036111bc57604051631fddc7a360e21b815260048101839052602401610c1e565b5f6111c8600183613731565b90505f600b82600881106111de576111de613744565b01546009546001600160a01b0390911691506111fb90835f612051565b600955600b826008811061121157611211613744565b0180546001600160a01b03191690556013826008811061123357611233613744565b5f9101819055848152601b6020526040808220829055516001600160a01b0383169186917f3d3f5ac13a6e03fa07df2ee7b28e40971c0793034162dfd6728cc3b533c1f6b49190a350505050565b611289611a80565b61129161208e565b600780546001600160a01b031981169091556040516001600160a01b03909116905f9082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908390a350565b5f81815260066020526040812054900361130e57604051631e2ef17160e01b815260048101829052602401610c1e565b5f81815260046020526040902054600160881b90046001600160401b031642811061135e576040516315577c9160e31b8152600481018390526001600160401b0382166024820152604401610c1e565b611367826120d7565b5050565b6110ce610470600633610e0d565b5f611382611a80565b6113c56005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061213e92505050565b949350505050565b6113d5611a80565b60025460ff166113e657600361109f565b6110ce5f6123c8565b5f6113f8611a80565b6113c560018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061213e92505050565b5f611442611a80565b61094260035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061213e92505050565b60095460609081905f805b60088110156114bc576114a38382611bb7565b156114b4576114b18261380a565b91505b600101611490565b50806001600160401b038111156114d5576114d561376b565b6040519080825280602002602001820160405280156114fe578160200160208202803683370190505b509350806001600160401b038111156115195761151961376b565b604051908082528060200260200182016040528015611542578160200160208202803683370190505b5092505f5f5b60088110156115f45761155b8482611bb7565b156115ec576013816008811061157357611573613744565b015486838151811061158757611587613744565b602002602001018181525050600b81600881106115a6576115a6613744565b015485516001600160a01b03909116908690849081106115c8576115c8613744565b6001600160a01b03909216602092830291909101909101526115e98261380a565b91505b600101611548565b505050509091565b611604613164565b5f82815260066020526040812054900361163457604051631e2ef17160e01b815260048101839052602401610c1e565b5f8281526004602052604090819020815160c081019092528054829060ff16600b81111561166457611664613346565b600b81111561167557611675613346565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a0909201916116c89061377f565b80601f01602080910402602001604051908101604052809291908181526020018280546116f49061377f565b801561173f5780601f106117165761010080835404028352916020019161173f565b820191905f5260205f20905b81548152906001019060200180831161172257829003601f168201915b5050505050815250509050919050565b611757611a80565b5f61176460095460ff1690565b905080821115806117755750600882115b156117af5781611786826001613758565b6040516331fe9c3f60e21b81526004810192909252602482015260086044820152606401610c1e565b61136782612409565b5f6117c1611a80565b6113c5600a856001600160a01b03165f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061213e92505050565b5f611816611a80565b6113c560028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061213e92505050565b5f611860611a80565b61072860018360405180602001604052805f81525061213e565b919050565b5f611888611a80565b61094260045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061213e92505050565b5f6118d4611a80565b6113c5600b855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061213e92505050565b6008545f906001600160a01b031661192e8161245a565b611938575f61193a565b805b91505090565b6009545f9081601c816119538787611d76565b81526020019081526020015f2090505f5b60088110156119ce575f6119788483611bb7565b905080158015906119b457506119b46119ae846119966003866137f7565b600381106119a6576119a6613744565b01548461200f565b82612035565b156119c5576119c28561380a565b94505b50600101611964565b50505092915050565b6119df611a80565b6119e761208e565b611a0a60066001600160a01b03831660405180602001604052805f81525061213e565b50600880546001600160a01b0319166001600160a01b03838116918217909255600754604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f6001600160e01b03198216637e285c5760e11b148061072857506107288261248d565b6007546001600160a01b03163381141580611aa257506001600160a01b038116155b1561073f576040516331d69cb360e11b8152336004820152602401610c1e565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c90611b099083815260200190565b60405180910390a150565b5f60606108e8836124b1565b5f818152600660205260408120549003611b5057604051631e2ef17160e01b815260048101829052602401610c1e565b5f8181526004602052604090208054600182015460ff90911690611b7384611e49565b81600b811115611b8557611b85613346565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da487683604051610f9491815260200190565b5f611bc760016380000000613731565b611bd283601f613822565b611bdd906008613758565b84901c16905092915050565b611bf16131b1565b5f5f856001600160a01b03168585604051602401611c10929190613839565b60408051601f198184030181529181526020820180516001600160e01b031663473b057f60e11b17905251611c459190613867565b5f604051808303815f865af19150503d805f8114611c7e576040519150601f19603f3d011682016040523d82523d5f602084013e611c83565b606091505b509150915081611caa57858160405163497fa9d960e01b8152600401610c1e92919061387d565b8051608014611cd757604051630152a8fd60e21b81526001600160a01b0387166004820152602401610c1e565b5f5f5f5f84806020019051810190611cef91906138a0565b929650909450925090506003811115611d2657604051630152a8fd60e21b81526001600160a01b038b166004820152602401610c1e565b6040518060800160405280858152602001848152602001838152602001826003811115611d5557611d55613346565b6003811115611d6657611d66613346565b90529a9950505050505050505050565b604080516001600160a01b03841660208201529081018290525f9060600160405160208183030381529060405280519060200120905092915050565b5f838152601c6020526040812090611dcb6003856138d3565b611dd6906050613822565b90505f81611de96001600160501b613731565b901b1983611df86003886137f7565b60038110611e0857611e08613744565b015416905081611e1d6001600160501b613731565b8516901b811783611e2f6003886137f7565b60038110611e3f57611e3f613744565b0155505050505050565b5f81815260066020526040902054600554808214611ec9575f6005611e6f600184613731565b81548110611e7f57611e7f613744565b905f5260205f2001549050806005600185611e9a9190613731565b81548110611eaa57611eaa613744565b5f91825260208083209091019290925591825260069052604090208290555b6005805480611eda57611eda6138e6565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b03191681556001810182905590611f2c60028301826131e5565b5050505050565b61136782826125e4565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa190611b0990831515815260200190565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e89479101611b09565b5f61201f6001600160501b613731565b61202a6003846138d3565b611bdd906050613822565b5f63ffffffff8316821480156109425750505060201c42111590565b5f8061205e84601f613822565b612069906008613758565b905082811b8161207e60016380000000613731565b901b198616179150509392505050565b6008546001600160a01b03166120a38161245a565b156120c4576120c46120bf60066001600160a01b038416610e0d565b611b20565b50600880546001600160a01b0319169055565b5f8181526004602052604090208054600182015460ff909116906120fa84611e49565b81600b81111561210c5761210c613346565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b5583604051610f9491815260200190565b5f612149848461263b565b6121538484610e0d565b5f81815260066020526040902054909150156121d8575f81815260046020526040902054600160881b90046001600160401b031642116121cf575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b03166024820152604401610c1e565b6121d8816120d7565b5f600354426121e79190613758565b90505f6122147f0000000000000000000000000000000000000000000000000000000000000000836138fa565b90506040518060c0016040528087600b81111561223357612233613346565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600b81111561229557612295613346565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a0820151600282019061232e908261395d565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600b81111561238157612381613346565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad24878585896040516123b79493929190613a17565b60405180910390a350509392505050565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a2090602001611b09565b6009805460ff19811683179091556040805160ff831680825260208201859052917f746309f02cd284c385c74dd4ef79bb4208c4190c89a8b2e32391d212615a73c8910160405180910390a1505050565b5f6001600160a01b0382161580159061072857506124856105cf60066001600160a01b038516610e0d565b151592915050565b5f6001600160e01b031982166394be599960e01b1480610728575061072882612645565b6009545f9060609060ff811680156125c3575f601c816124e46124da60608a0160408b016136b3565b8960200135611d76565b81526020019081526020015f2090505f5f5f5f1990505f5b600881101561258c575f6125108883611bb7565b9050805f0361251f5750612584565b8261252b6003846137f7565b146125545761253b6003836137f7565b925085836003811061254f5761254f613744565b015493505b6125616119ae858461200f565b80156125775750866125728661380a565b955085145b15612582575061258c565b505b6001016124fc565b50848310156125be575f604051806060016040528060248152602001613a7b6024913997509750505050505050915091565b505050505b6125d960408051602081019091525f8152600191565b935093505050915091565b600a82600b8111156125f8576125f8613346565b0361260f5761136761260a8383612669565b612691565b600b82600b81111561262357612623613346565b036126315761136781612409565b611367828261281f565b61136782826128d8565b5f6001600160e01b03198216631ed3f1f960e31b1480610728575061072882612a2b565b5f60a082901c15610e55578282604051636e8c20ed60e01b8152600401610c1e9291906137d5565b5f61269b82612a7a565b5f818152601b60205260409020549091506126b68382612bab565b6009545f80838103612716575b6126cd8383611bb7565b156126e2576126db8261380a565b91506126c3565b6126ed826001613758565b5f868152601b6020526040902055846013836008811061270f5761270f613744565b0155612744565b612721600185613731565b9150600b826008811061273657612736613744565b01546001600160a01b031690505b85600b836008811061275857612758613744565b0180546001600160a01b0319166001600160a01b0392909216919091179055600a545f90612787906001613758565b905061279860016380000000613731565b8111156127bb576040516326a13c8360e21b815260086004820152602401610c1e565b600a8190556127cb848483612051565b600955604080516001600160a01b0384811682526020820184905289169188917f9a2579d01c1aefaf7bcf4c2ecb491f66848bc256130fe4c501336817cdfe3dd2910160405180910390a350505050505050565b600682600b81111561283357612833613346565b14612842576113678282612c93565b5f61284d8383612669565b9050336001600160a01b0382161461287a576040516331d69cb360e11b8152336004820152602401610c1e565b600780546001600160a01b038381166001600160a01b03198084168217909455600880549094169093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a350505050565b600a82600b8111156128ec576128ec613346565b0361299e575f6128fc8383612669565b90505f61290882612a7a565b5f818152601b6020526040902054909150801580159061295757506001600160a01b038316600b61293a600184613731565b6008811061294a5761294a613744565b01546001600160a01b0316145b156129945784600b81111561296e5761296e613346565b60405163415301b960e01b815260ff909116600482015260248101859052604401610c1e565b611f2c8382612bab565b600b82600b8111156129b2576129b2613346565b03612a21575f6129c460095460ff1690565b90508015806129d35750808210155b15612a1c57815f82156129f0576129eb600184613731565b6129f2565b5f5b6040516331fe9c3f60e21b8152600481019390935260248301919091526044820152606401610c1e565b505050565b6113678282612d5b565b5f6001600160e01b031982166303c0f23360e31b1480612a5b57506001600160e01b0319821663ae082e1760e01b145b8061072857506301ffc9a760e01b6001600160e01b0319831614610728565b5f612a8c8263b6896fff60e01b612e00565b612ab45760405163064db52160e11b81526001600160a01b0383166004820152602401610c1e565b60408051600481526024810182526020810180516001600160e01b03166309c2d37960e11b17905290515f9182916001600160a01b03861691612af691613867565b5f60405180830381855afa9150503d805f8114612b2e576040519150601f19603f3d011682016040523d82523d5f602084013e612b33565b606091505b5091509150811580612b4757508051602014155b15612b7057604051630c405f7960e01b81526001600160a01b0385166004820152602401610c1e565b612b7981613a57565b925082612ba457604051630c405f7960e01b81526001600160a01b0385166004820152602401610c1e565b5050919050565b6009545f805b6008811015612c5f57612bc48382611bb7565b5f03612bd35760019150612c57565b846001600160a01b0316600b8260088110612bf057612bf0613744565b01546001600160a01b0316148015612c12575083612c0f826001613758565b14155b15612c57578460138260088110612c2b57612c2b613744565b0154604051636c45c35b60e11b81526001600160a01b0390921660048301526024820152604401610c1e565b600101612bb1565b5082158015612c6c575080155b15612c8d576040516326a13c8360e21b815260086004820152602401610c1e565b50505050565b600182600b811115612ca757612ca7613346565b03612cb55761136781612e1b565b600282600b811115612cc957612cc9613346565b03612cd75761136781612e83565b600382600b811115612ceb57612ceb613346565b03612cfa5761136760016123c8565b600482600b811115612d0e57612d0e613346565b03612d1c576113675f611f82565b600582600b811115612d3057612d30613346565b03612d3e5761136781611f3d565b8181604051636e8c20ed60e01b8152600401610c1e9291906137d5565b600682600b811115612d6f57612d6f613346565b14612d7e576113678282612eeb565b5f612d898383612669565b90506001600160a01b038116612db257604051633e0ad02160e01b815260040160405180910390fd5b6007546001600160a01b0390811690821603612a1c5782600b811115612dda57612dda613346565b60405163415301b960e01b815260ff909116600482015260248101839052604401610c1e565b5f612e0a836130c6565b80156109425750610942838361310c565b80612e3957604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af90611b099083815260200190565b80612ea157604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b9101611b09565b600182600b811115612eff57612eff613346565b03612f715780612f2257604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b156113675781600b811115612f4b57612f4b613346565b60405163415301b960e01b815260ff909116600482015260248101829052604401610c1e565b600282600b811115612f8557612f85613346565b03612fbe5780612fa857604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff16612f34565b600382600b811115612fd257612fd2613346565b03612fe25760025460ff16612f34565b600482600b811115612ff657612ff6613346565b0361301c57600254610100900460ff166113675781600b811115612f4b57612f4b613346565b600582600b81111561303057613030613346565b03612d3e57807f000000000000000000000000000000000000000000000000000000000000000081108061306657506003548110155b15612a1c57807f0000000000000000000000000000000000000000000000000000000000000000600160035461309c9190613731565b60405163410c09b760e11b8152600481019390935260248301919091526044820152606401610c1e565b5f6130d8826301ffc9a760e01b61310c565b15613105575f806130f1846001600160e01b0319613130565b915091508180156113c55750159392505050565b505f919050565b5f5f5f6131198585613130565b915091508180156131275750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b60405180608001604052805f81526020015f81526020015f81526020015f60038111156131e0576131e0613346565b905290565b5080546131f19061377f565b5f825580601f10613200575050565b601f0160209004905f5260205f209081019061073f91905b8082111561322b575f8155600101613218565b5090565b5f6020828403121561323f575f5ffd5b81356001600160e01b031981168114610942575f5ffd5b5f60208284031215613266575f5ffd5b5035919050565b5f6020828403121561327d575f5ffd5b81356001600160401b03811115613292575f5ffd5b82016101208185031215610942575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f6113c560408301846132a4565b5f5f604083850312156132fd575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b8281101561333c57815186526020958601959091019060010161331e565b5093949350505050565b634e487b7160e01b5f52602160045260245ffd5b600c811061336a5761336a613346565b9052565b61337982825161335a565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a08501526113c560c08501826132a4565b604081525f6133e8604083018561330c565b828103602084015280845180835260208301915060208160051b840101602087015f5b8381101561343d57601f1986840301855261342783835161336e565b602095860195909350919091019060010161340b565b509098975050505050505050565b5f5f83601f84011261345b575f5ffd5b5081356001600160401b03811115613471575f5ffd5b602083019150836020828501011115613488575f5ffd5b9250929050565b80356001600160a01b038116811461187a575f5ffd5b5f5f5f5f5f5f60a087890312156134ba575f5ffd5b8635955060208701356001600160401b038111156134d6575f5ffd5b6134e289828a0161344b565b90965094506134f590506040880161348f565b959894975092956060810135946080909101359350915050565b5f5f60408385031215613520575f5ffd5b8235600c811061352e575f5ffd5b946020939093013593505050565b5f5f5f6060848603121561354e575f5ffd5b6135578461348f565b95602085013595506040909401359392505050565b5f5f5f6040848603121561357e575f5ffd5b8335925060208401356001600160401b0381111561359a575f5ffd5b6135a68682870161344b565b9497909650939450505050565b5f5f602083850312156135c4575f5ffd5b82356001600160401b038111156135d9575f5ffd5b6135e58582860161344b565b90969095509350505050565b604081525f613603604083018561330c565b82810360208401528084518083526020830191506020860192505f5b818110156136465783516001600160a01b031683526020938401939092019160010161361f565b50909695505050505050565b602081525f610942602083018461336e565b5f5f5f60408486031215613676575f5ffd5b61367f8461348f565b925060208401356001600160401b0381111561359a575f5ffd5b5f5f604083850312156136aa575f5ffd5b61352e8361348f565b5f602082840312156136c3575f5ffd5b6109428261348f565b5f5f8335601e198436030181126136e1575f5ffd5b8301803591506001600160401b038211156136fa575f5ffd5b602001915036819003821315613488575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156107285761072861371d565b634e487b7160e01b5f52603260045260245ffd5b808201808211156107285761072861371d565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061379357607f821691505b602082108103610e5557634e487b7160e01b5f52602260045260245ffd5b82815260408101600483106137c8576137c8613346565b8260208301529392505050565b604081016137c8828561335a565b634e487b7160e01b5f52601260045260245ffd5b5f82613805576138056137e3565b500490565b5f6001820161381b5761381b61371d565b5060010190565b80820281158282048414176107285761072861371d565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f82518060208501845e5f920191825250919050565b6001600160a01b03831681526040602082018190525f906113c5908301846132a4565b5f5f5f5f608085870312156138b3575f5ffd5b505082516020840151604085015160609095015191969095509092509050565b5f826138e1576138e16137e3565b500690565b634e487b7160e01b5f52603160045260245ffd5b6001600160401b0381811683821601908111156107285761072861371d565b601f821115612a1c57805f5260205f20601f840160051c8101602085101561393e5750805b601f840160051c820191505b81811015611f2c575f815560010161394a565b81516001600160401b038111156139765761397661376b565b61398a81613984845461377f565b84613919565b6020601f8211600181146139bc575f83156139a55750848201515b5f19600385901b1c1916600184901b178455611f2c565b5f84815260208120601f198516915b828110156139eb57878501518255602094850194600190920191016139cb565b5084821015613a0857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f613a4d60808301846132a4565b9695505050505050565b80516020808301519190811015610e55575f1960209190910360031b1b1691905056fe496e73756666696369656e74205445452076656e646f72206174746573746174696f6e73a164736f6c634300081c000a' as const
/** The releases known builds belong to; index 0 is this package. */
export const knownReleases = [
  'devproof-appauth 0.1.0 (solc 0.8.28+commit.7893614a, optimizer 200 runs, evm cancun, bytecode hash none)',
  'Safe 1.4.1 (@safe-global/safe-contracts npm build)',
  'OpenZeppelin Contracts 5.7.0 (@openzeppelin/contracts npm build)',
] as const
/** Known builds: [name, release index, runtime length, keccak256 of the runtime code with immutables zeroed, immutable [start, length] ranges]. */
export const knownBuilds: readonly (readonly [
  string,
  number,
  number,
  `0x${string}`,
  readonly (readonly [number, number])[],
])[] = [
  [
    'AppAuthGovernor',
    0,
    18107,
    '0x64c515dd282b14abbe540f48011dae561dd658e0b1fada1e9c6a624141f0f385',
    [
      [1179, 32],
      [2729, 32],
      [3795, 32],
      [3929, 32],
      [4106, 32],
      [5034, 32],
      [5687, 32],
      [8255, 32],
      [8298, 32],
      [8484, 32],
      [12461, 32],
      [12503, 32],
      [12545, 32],
      [12626, 32],
      [12666, 32],
    ],
  ],
  [
    'AppAuthNodeVotes',
    0,
    8567,
    '0x10043882afdb48af016908279c859ec83b4e687e51b33f6c61ab66613e9f1b11',
    [
      [3036, 32],
      [3079, 32],
      [5236, 32],
      [5278, 32],
      [5320, 32],
      [5401, 32],
      [5441, 32],
    ],
  ],
  [
    'AppAuthVotesToken',
    0,
    7010,
    '0x9f312df34128b1e98e721f8cfd33e8fd03cf9e90be1e96798614d35f634e14e4',
    [
      [2275, 32],
      [2317, 32],
      [2359, 32],
      [2440, 32],
      [2480, 32],
      [2996, 32],
      [3039, 32],
    ],
  ],
  [
    'AutomataDcapTdxAdapter',
    0,
    2173,
    '0xf6663b2b866b5d9959b69565435ca35d0f70ad169b3dd5373ba2d62cff681d27',
    [
      [190, 32],
      [491, 32],
      [583, 32],
      [711, 32],
      [821, 32],
    ],
  ],
  [
    'AutomataSevSnpAdapter',
    0,
    2829,
    '0x217d45b96e661c8afbbdefa6219fcd4bbcf8fe99d122673cf2eb054295e4718e',
    [
      [201, 32],
      [251, 32],
      [288, 32],
      [328, 32],
      [370, 32],
      [714, 32],
      [889, 32],
      [1017, 32],
      [1127, 32],
      [1417, 32],
      [1479, 32],
      [1545, 32],
      [1611, 32],
    ],
  ],
  [
    'BaseNitroAdapter',
    0,
    2417,
    '0x1614d6fd61d0e1d6dcc0fe95bb6ea457d971b1ab8aab302a00160959a1e93efe',
    [
      [190, 32],
      [972, 32],
      [1100, 32],
      [1219, 32],
    ],
  ],
  [
    'BaselineAppAuth',
    0,
    2554,
    '0xec7f351221846b684bf41afab2a5c2799039eeaed31e4409ce13e7a286e850df',
    [],
  ],
  [
    'GovernedAppAuthDeployment',
    0,
    211,
    '0x15d2da9cd71b6a018347acb39e5da590a0491d1a5cd39aff2dcf8d2396c600c7',
    [
      [64, 32],
      [126, 32],
      [163, 32],
    ],
  ],
  [
    'LocalKms',
    0,
    4388,
    '0xfc69e2035a7fb7741b204fdda28e94156014c0d732c1b745b00843cb4f1a3a47',
    [],
  ],
  [
    'MultisigAppAuth',
    0,
    13775,
    '0xe2e79a64727289ab5088922bafab067ac553f9bb0910002568a855529166a3f5',
    [
      [1488, 32],
      [1647, 32],
      [6315, 32],
      [8323, 32],
      [8371, 32],
      [8754, 32],
      [8796, 32],
      [8838, 32],
      [8919, 32],
      [8959, 32],
      [10849, 32],
      [10903, 32],
    ],
  ],
  [
    'OptOutRegistry',
    0,
    5645,
    '0x1f9cf09e430aa184ab215ba1b205b64454314037162da111d4f3531c0bb42709',
    [
      [770, 32],
      [1152, 32],
      [1312, 32],
      [2605, 32],
      [2653, 32],
      [3162, 32],
      [3369, 32],
      [3914, 32],
      [3956, 32],
      [3998, 32],
      [4079, 32],
      [4119, 32],
    ],
  ],
  [
    'TimelockAppAuth',
    0,
    9097,
    '0x141ca954791c76b6fd09ec66379802afcc7cc0c1232702476fd51d5b77ccc435',
    [
      [1084, 32],
      [1235, 32],
      [5702, 32],
      [7327, 32],
      [7381, 32],
    ],
  ],
  [
    'VerifiedTimelockAppAuth',
    0,
    15019,
    '0x62ea2e1afb6fd4973b80b6cd8eb61b17864d124d6fff903802449e66de14c50a',
    [
      [857, 32],
      [1437, 32],
      [1610, 32],
      [3385, 32],
      [8687, 32],
      [12344, 32],
      [12398, 32],
    ],
  ],
  [
    'TimelockController',
    0,
    6509,
    '0x981a8f3b6b225aec474c0e0f944ab6f7f4ed31965385a3acb08ba6b1127a5ac2',
    [],
  ],
  [
    'Safe',
    1,
    23579,
    '0x1fe2df852ba3299d6534ef416eefa406e56ced995bca886ab7a553e6d0c5e1c4',
    [],
  ],
  [
    'SafeL2',
    1,
    24421,
    '0xb1f926978a0f44a2c0ec8fe822418ae969bd8c3f18d61e5103100339894f81ff',
    [],
  ],
  [
    'SafeProxy',
    1,
    171,
    '0xd7d408ebcd99b2b70be43e20253d6d92a8ea8fab29bd3be7f55b10032331fb4c',
    [],
  ],
  [
    'ERC1967Proxy',
    2,
    163,
    '0x006ffe26f7ae8102f10bbc03226666c6ec4a9fa79e247e38d3c3493801f0ba90',
    [],
  ],
  [
    'TimelockController',
    2,
    6550,
    '0xcb66aa9640184eea13a020076f7fd1f3f6afdcdc502d4ce96ec07f1af437bf74',
    [],
  ],
]
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
  ],
  'enum IVerifierAdapter.TcbStatus': [
    'UpToDate',
    'OutOfDate',
    'Revoked',
    'Debug',
  ],
} as const
