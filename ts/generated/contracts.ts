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
        name: 'actor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      { name: 'enabled', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'PolicyChanged',
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
    inputs: [],
    name: 'MAX_URI_LENGTH',
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
        name: 'actor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      { name: 'enabled', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'PolicyChanged',
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
  {
    type: 'error',
    inputs: [
      { name: 'length', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthUriTooLong',
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
    inputs: [],
    name: 'MAX_URI_LENGTH',
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
        name: 'actor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      { name: 'enabled', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'PolicyChanged',
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
    inputs: [
      { name: 'length', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthUriTooLong',
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
    name: 'MAX_URI_LENGTH',
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
        name: 'actor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      { name: 'enabled', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'PolicyChanged',
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
    inputs: [
      { name: 'length', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthUriTooLong',
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
        name: 'actor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      { name: 'enabled', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'PolicyChanged',
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
  {
    type: 'error',
    inputs: [
      { name: 'length', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthUriTooLong',
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
        name: 'actor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      { name: 'enabled', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'PolicyChanged',
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
// IDstackPolicyEvents
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iDstackPolicyEventsAbi = [
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'actor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      { name: 'enabled', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'PolicyChanged',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IDstackUpgradeEvents
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iDstackUpgradeEventsAbi = [
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'version',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'Initialized',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'implementation',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'Upgraded',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'UpgradesDisabled' },
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
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'actor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      { name: 'enabled', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'PolicyChanged',
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
    inputs: [],
    name: 'MAX_URI_LENGTH',
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
        name: 'actor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      { name: 'enabled', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'PolicyChanged',
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
  {
    type: 'error',
    inputs: [
      { name: 'length', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthUriTooLong',
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
    name: 'MAX_URI_LENGTH',
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
        name: 'actor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      { name: 'enabled', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'PolicyChanged',
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
  {
    type: 'error',
    inputs: [
      { name: 'length', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthUriTooLong',
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
    name: 'MAX_URI_LENGTH',
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
        name: 'actor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      { name: 'enabled', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'PolicyChanged',
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
  {
    type: 'error',
    inputs: [
      { name: 'length', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AppAuthUriTooLong',
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
  '0x608060405234801561000f575f5ffd5b5060405161114f38038061114f83398101604081905261002e916104fb565b81815f5b81515181101561006f57610067825f01518281518110610054576100546105d2565b602002602001015161011b60201b60201c565b600101610032565b505f5b8160200151518110156100b3576100ab82602001518281518110610098576100986105d2565b60200260200101516101ba60201b60201c565b600101610072565b508060400151156100c8576100c86001610251565b8060600151156100dc576100dc60016102c0565b506001600160a01b03811661010a57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6101138161033c565b5050506105e6565b8061013957604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906101839083815260200190565b60405180910390a16101b77f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c826001610355565b50565b806101d857604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16101b77f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046826001610355565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16101b77f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f83610355565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061030990831515815260200190565b60405180910390a16101b77feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f83610355565b600380546001600160a01b03191690556101b7816103a1565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c3237584604051610394911515815260200190565b60405180910390a4505050565b600280546001600160a01b038381166201000081810262010000600160b01b031985161790945560405193909204169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b0381118282101715610432576104326103fc565b60405290565b604051601f8201601f191681016001600160401b0381118282101715610460576104606103fc565b604052919050565b5f82601f830112610477575f5ffd5b81516001600160401b03811115610490576104906103fc565b8060051b6104a060208201610438565b918252602081850181019290810190868411156104bb575f5ffd5b6020860192505b838310156104dd5782518252602092830192909101906104c2565b9695505050505050565b805180151581146104f6575f5ffd5b919050565b5f5f6040838503121561050c575f5ffd5b82516001600160a01b0381168114610522575f5ffd5b60208401519092506001600160401b0381111561053d575f5ffd5b83016080818603121561054e575f5ffd5b610556610410565b81516001600160401b0381111561056b575f5ffd5b61057787828501610468565b82525060208201516001600160401b03811115610592575f5ffd5b61059e87828501610468565b6020830152506105b0604083016104e7565b60408201526105c1606083016104e7565b606082015280925050509250929050565b634e487b7160e01b5f52603260045260245ffd5b610b5c806105f35f395ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c80636e4c74221161009e5780638da5cb5b1161006e5780638da5cb5b14610201578063bf8b211b1461022c578063dfc772231461024e578063e30c397814610261578063f2fde38b14610272575f5ffd5b80636e4c7422146101cb578063715018a6146101de57806379ba5097146101e65780637c4beeb8146101ee575f5ffd5b80632a819728116100d95780632a819728146101785780632f6622e51461018b5780633440a16a146101ad57806367b3f22c146101b8575f5ffd5b806301ffc9a71461010a5780630aa58c83146101325780631d266200146101425780631e07919814610157575b5f5ffd5b61011d6101183660046109f6565b610285565b60405190151581526020015b60405180910390f35b600254610100900460ff1661011d565b610155610150366004610a24565b6102af565b005b61016a610165366004610a3b565b6102c3565b604051610129929190610a73565b610155610186366004610a24565b61047f565b61011d610199366004610a24565b5f9081526020819052604090205460ff1690565b60025460ff1661011d565b6101556101c6366004610a24565b610490565b6101556101d9366004610ab1565b6104a1565b6101556104b2565b6101556104c5565b6101556101fc366004610ab1565b61050b565b6002546201000090046001600160a01b03165b6040516001600160a01b039091168152602001610129565b61011d61023a366004610a24565b5f9081526001602052604090205460ff1690565b61015561025c366004610a24565b61051c565b6003546001600160a01b0316610214565b610155610280366004610ad0565b61052d565b5f6001600160e01b03198216638fd3752760e01b14806102a957506102a9826105a5565b92915050565b6102b76105f4565b6102c0816105fc565b50565b5f6060306102d46020850185610ad0565b6001600160a01b03161461031157505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff16801561036a57507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61035160e0850185610af6565b60405161035f929190610b40565b604051809103902014155b156103ac57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff1661040357505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff16158015610429575060608301355f9081526001602052604090205460ff16155b1561046057505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b61047660408051602081019091525f8152600191565b91509150915091565b6104876105f4565b6102c081610676565b6104986105f4565b6102c08161070d565b6104a96105f4565b6102c08161077f565b6104ba6107fb565b6104c35f61082f565b565b60035433906001600160a01b031681146105025760405163118cdaa760e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6102c08161082f565b6105136105f4565b6102c081610848565b6105246105f4565b6102c0816108b7565b6105356107fb565b600380546001600160a01b0383166001600160a01b0319909116811790915561056d6002546001600160a01b03620100009091041690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f6001600160e01b031982166303c0f23360e31b14806105d557506001600160e01b0319821663ae082e1760e01b145b806102a957506301ffc9a760e01b6001600160e01b03198316146102a9565b6104c36107fb565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906106439083815260200190565b60405180910390a16102c07f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046825f61094f565b8061069457604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16102c07f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a33423304682600161094f565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e8947910160405180910390a16102c07f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c825f61094f565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa1906107c890831515815260200190565b60405180910390a16102c07feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f8361094f565b6002546001600160a01b03620100009091041633146104c35760405163118cdaa760e01b81523360048201526024016104f9565b600380546001600160a01b03191690556102c08161099b565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16102c07f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f8361094f565b806108d557604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af9061091f9083815260200190565b60405180910390a16102c07f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c8260015b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c323758460405161098e911515815260200190565b60405180910390a4505050565b600280546001600160a01b038381166201000081810262010000600160b01b031985161790945560405193909204169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f60208284031215610a06575f5ffd5b81356001600160e01b031981168114610a1d575f5ffd5b9392505050565b5f60208284031215610a34575f5ffd5b5035919050565b5f60208284031215610a4b575f5ffd5b813567ffffffffffffffff811115610a61575f5ffd5b82016101208185031215610a1d575f5ffd5b8215158152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f60208284031215610ac1575f5ffd5b81358015158114610a1d575f5ffd5b5f60208284031215610ae0575f5ffd5b81356001600160a01b0381168114610a1d575f5ffd5b5f5f8335601e19843603018112610b0b575f5ffd5b83018035915067ffffffffffffffff821115610b25575f5ffd5b602001915036819003821315610b39575f5ffd5b9250929050565b818382375f910190815291905056fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/governance/GovernedAppAuthDeployment.sol:GovernedAppAuthDeployment. */
export const governedAppAuthDeploymentBytecode =
  '0x60e060405234801561000f575f5ffd5b5060405161a97738038061a97783398101604081905261002e91610637565b60408051606b60f91b602080830191909152602560fa1b60218301523060601b6001600160601b0319166022830152600160f91b603683015282516017818403018152603790920190925280519101205f8587838760405161008f9061035f565b61009c9493929190610724565b604051809103905ff0801580156100b5573d5f5f3e3d5ffd5b506040805160018082528183019092529192505f91906020808301908036833701905050905081815f815181106100ee576100ee6107d3565b60200260200101906001600160a01b031690816001600160a01b0316815250505f8582835f60405161011f9061036c565b61012c949392919061082a565b604051809103905ff080158015610145573d5f5f3e3d5ffd5b509050836001600160a01b0316816001600160a01b03161461019257604051636865cca360e11b81526001600160a01b038086166004830152821660248201526044015b60405180910390fd5b61019c8982610250565b5f81865f01518760200151886040015189606001516040516101bd90610379565b6101cb95949392919061089e565b604051809103905ff0801580156101e4573d5f5f3e3d5ffd5b506001600160a01b0383811660c081905286821660a08190528383166080819052604051938f168452939450909290917fb57e5e5fa20a7bb3afd7b7fa62ddaec44efb66b75ceac319ba23d91011c5b9969060200160405180910390a450505050505050505050610959565b60408051600481526024810182526020810180516001600160e01b0316638da5cb5b60e01b17905290515f9182916001600160a01b0386169161029291610921565b5f60405180830381855afa9150503d805f81146102ca576040519150601f19603f3d011682016040523d82523d5f602084013e6102cf565b606091505b50915091508115806102e357508051602014155b156102ee5750505050565b5f818060200190518101906103039190610937565b90506001600160a01b0381161580159061032f5750836001600160a01b0316816001600160a01b031614155b156103585760405163755fa4a160e01b81526001600160a01b0382166004820152602401610189565b5050505050565b61548d80610a5183390190565b611d0380615ede83390190565b612d9680617be183390190565b6001600160a01b038116811461039a575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156103d3576103d361039d565b60405290565b604051601f8201601f191681016001600160401b03811182821017156104015761040161039d565b604052919050565b805165ffffffffffff8116811461041e575f5ffd5b919050565b805163ffffffff8116811461041e575f5ffd5b5f60c08284031215610446575f5ffd5b60405160c081016001600160401b03811182821017156104685761046861039d565b60405290508061047783610409565b815261048560208401610423565b602082015260408381015190820152606080840151908201526104aa60808401610409565b60808201526104bb60a08401610423565b60a08201525092915050565b5f82601f8301126104d6575f5ffd5b81516001600160401b038111156104ef576104ef61039d565b8060051b6104ff602082016103d9565b9182526020818501810192908101908684111561051a575f5ffd5b6020860192505b8383101561053c578251825260209283019290910190610521565b9695505050505050565b8051801515811461041e575f5ffd5b5f60808284031215610565575f5ffd5b61056d6103b1565b82518152602080840151908201526040808401519082015260608301519091506001600160401b038111156105a0575f5ffd5b8201608081850312156105b1575f5ffd5b6105b96103b1565b81516001600160401b038111156105ce575f5ffd5b6105da868285016104c7565b82525060208201516001600160401b038111156105f5575f5ffd5b610601868285016104c7565b60208301525061061360408301610546565b604082015261062460608301610546565b6060820152806060840152505092915050565b5f5f5f5f5f610140868803121561064c575f5ffd5b855161065781610386565b60208701519095506001600160401b03811115610672575f5ffd5b8601601f81018813610682575f5ffd5b80516001600160401b0381111561069b5761069b61039d565b6106ae601f8201601f19166020016103d9565b8181528960208385010111156106c2575f5ffd5b8160208401602083015e5f602083830101528096505050506106e78760408801610436565b61010087015161012088015191945092506001600160401b0381111561070b575f5ffd5b61071788828901610555565b9150509295509295909350565b61012081525f855180610120840152806020880161014085015e5f6101408285010152610140601f19601f83011684010191505060018060a01b038516602083015260018060a01b038416604083015265ffffffffffff835116606083015263ffffffff6020840151166080830152604083015160a0830152606083015160c083015265ffffffffffff60808401511660e083015263ffffffff60a08401511661010083015295945050505050565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b828110156108205781516001600160a01b03168652602095860195909101906001016107f9565b5093949350505050565b848152608060208201525f61084260808301866107e7565b828103604084015261085481866107e7565b91505060018060a01b038316606083015295945050505050565b5f8151808452602084019350602083015f5b82811015610820578151865260209586019590910190600101610880565b60018060a01b038616815284602082015283604082015282606082015260a060808201525f8251608060a08401526108da61012084018261086e565b90506020840151609f198483030160c08501526108f7828261086e565b9150506040840151151560e084015260608401511515610100840152809150509695505050505050565b5f82518060208501845e5f920191825250919050565b5f60208284031215610947575f5ffd5b815161095281610386565b9392505050565b60805160a05160c05160d361097e5f395f60a301525f604001525f607e015260d35ff3fe6080604052348015600e575f5ffd5b5060043610603a575f3560e01c80630c340a2414603e578063b76564bd14607c578063d33219b41460a1575b5f5ffd5b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b03909116815260200160405180910390f35b7f00000000000000000000000000000000000000000000000000000000000000006060565b7f0000000000000000000000000000000000000000000000000000000000000000606056fea164736f6c634300081c000a6101a0604052348015610010575f5ffd5b5060405161548d38038061548d83398101604081905261002f91610a67565b818160800151826060015185845f0151856020015186604001518a8061005961022b60201b60201c565b61006282610246565b6101205261006f81610246565b61014052815160208084019190912060e052815190820120610100524660a0526100fb60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05260036101108282610bc0565b5061011c905083610283565b610125826102e9565b61012e81610388565b5050506001600160a01b031661016052610147816103c9565b506101518161045e565b5061015b8161050a565b505f610165610573565b90507ff5b078ad22f37ec6a1ef7bb7557a33caf5438015a34794acb2076082df8e563f8180519060200120146101b95780604051630b21302d60e21b81526004016101b09190610c7a565b60405180910390fd5b60a082015163ffffffff1615806101dd57506301e133808260a0015163ffffffff16115b156102135760a08201516040516365f2026d60e01b815263ffffffff90911660048201526301e1338060248201526044016101b0565b5060a0015163ffffffff166101805250610d43915050565b6040805180820190915260018152603160f81b602082015290565b5f5f829050601f81511115610270578260405163305a27a960e01b81526004016101b09190610c7a565b805161027b82610caf565b179392505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036103115760405163f1cfbf0560e01b81525f60048201526024016101b0565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b6064808211156103f65760405163243e544560e01b815260048101839052602481018290526044016101b0565b5f6103ff6105fb565b905061041e61040c610614565b61041585610684565b600a91906106bb565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f6104676106d5565b9050808265ffffffffffff1611156104a357604051633211876d60e11b815265ffffffffffff83166004820152602481018290526044016101b0565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b606061057f6101605190565b6001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa9250505080156105db57506040513d5f823e601f3d908101601f191682016040526105d89190810190610cd2565b60015b6105f6576105f16113a761061460201b176106de565b905090565b919050565b5f610606600a6106f7565b6001600160d01b0316905090565b5f61061f6101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610678575060408051601f3d908101601f1916820190925261067591810190610d0b565b60015b6105f6576105f161073f565b5f6001600160d01b038211156106b7576040516306dfcc6560e41b815260d06004820152602481018390526044016101b0565b5090565b5f806106c8858585610749565b915091505b935093915050565b5f6105f16108a5565b60606106f16106ec8360201c565b6108bf565b92915050565b80545f9080156107365761071d83610710600184610d24565b5f91825260209091200190565b54660100000000000090046001600160d01b0316610738565b5f5b9392505050565b5f6105f143610931565b82545f9081908015610848575f61076587610710600185610d24565b805490915065ffffffffffff80821691660100000000000090046001600160d01b03169088168211156107ab57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036107e757825465ffffffffffff1666010000000000006001600160d01b0389160217835561083a565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506106cd92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816106cd565b5f6105f16008546601000000000000900463ffffffff1690565b60606108c961073f565b65ffffffffffff168265ffffffffffff16146108f8576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f65ffffffffffff8211156106b7576040516306dfcc6560e41b815260306004820152602481018390526044016101b0565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b038111828210171561099957610999610963565b60405290565b5f82601f8301126109ae575f5ffd5b81516001600160401b038111156109c7576109c7610963565b604051601f8201601f19908116603f011681016001600160401b03811182821017156109f5576109f5610963565b604052818152838201602001851015610a0c575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b6001600160a01b0381168114610a3c575f5ffd5b50565b805165ffffffffffff811681146105f6575f5ffd5b805163ffffffff811681146105f6575f5ffd5b5f5f5f5f848603610120811215610a7c575f5ffd5b85516001600160401b03811115610a91575f5ffd5b610a9d8882890161099f565b9550506020860151610aae81610a28565b6040870151909450610abf81610a28565b925060c0605f1982011215610ad2575f5ffd5b50610adb610977565b610ae760608701610a3f565b8152610af560808701610a54565b602082015260a0860151604082015260c08601516060820152610b1a60e08701610a3f565b6080820152610b2c6101008701610a54565b60a0820152939692955090935050565b600181811c90821680610b5057607f821691505b602082108103610b6e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610bbb57805f5260205f20601f840160051c81016020851015610b995750805b601f840160051c820191505b81811015610bb8575f8155600101610ba5565b50505b505050565b81516001600160401b03811115610bd957610bd9610963565b610bed81610be78454610b3c565b84610b74565b6020601f821160018114610c1f575f8315610c085750848201515b5f19600385901b1c1916600184901b178455610bb8565b5f84815260208120601f198516915b82811015610c4e5787850151825560209485019460019092019101610c2e565b5084821015610c6b57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610b6e575f1960209190910360031b1b16919050565b5f60208284031215610ce2575f5ffd5b81516001600160401b03811115610cf7575f5ffd5b610d038482850161099f565b949350505050565b5f60208284031215610d1b575f5ffd5b61073882610a3f565b818103818111156106f157634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e05161010051610120516101405161016051610180516146bb610dd25f395f818161049b01528181610ed30152610f5901525f8181610aa90152818161100a015281816113aa01528181611637015261212401525f61206a01525f61203f01525f61317a01525f61315201525f6130ad01525f6130d701525f61310101526146bb5ff3fe608060405260043610610310575f3560e01c80637d5e81e2116101a3578063bc197c81116100f2578063deaaa7cc11610092578063ece40cc11161006d578063ece40cc114610a3e578063f23a6e6114610a5d578063f8ce560a14610a7c578063fc0c546a14610a9b575f5ffd5b8063deaaa7cc146109cd578063e540d01d14610a00578063eb9019d414610a1f575f5ffd5b8063c2ca64ef116100cd578063c2ca64ef14610935578063c59057e41461094c578063d33219b41461096b578063dd4e2ba514610988575f5ffd5b8063bc197c81146108e4578063c01f9e3714610903578063c28bc2fa14610922575f5ffd5b80639a802a6d1161015d578063a8f8a66811610138578063a8f8a6681461085c578063a9a952941461087b578063ab58fb8e1461089a578063b58131b0146108d0575f5ffd5b80639a802a6d1461080a578063a7713a7014610829578063a890c9101461083d575f5ffd5b80637d5e81e21461074a5780637ecebe001461076957806384b0196e1461079d5780638ff262e3146107c457806391ddadf4146107e357806397c3d334146107f7575f5ffd5b80633932abb11161025f57806354fd4d50116102195780635f398a14116101f45780635f398a14146106ce57806360c4247f146106ed578063790518871461070c5780637b3c71d31461072b575f5ffd5b806354fd4d501461066757806356781388146106905780635b8d0e0d146106af575f5ffd5b80633932abb1146105725780633e4f49e61461058657806343859632146105b2578063452115d6146105fa5780634bf5d7e914610619578063544ffc9c1461062d575f5ffd5b8063160cbed7116102ca5780632d63f693116102a55780632d63f693146104d25780632fe3e261146104f157806332b8113e14610524578063330df7ff14610553575f5ffd5b8063160cbed71461046e57806317c5993a1461048d5780632656227d146104bf575f5ffd5b806301ffc9a71461034b57806302a251a31461037f57806306f3f9e6146103aa57806306fdde03146103c9578063143489d0146103ea578063150b7a0214610436575f5ffd5b36610347573061031e610acd565b6001600160a01b03161461034557604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b348015610356575f5ffd5b5061036a610365366004613722565b610ae5565b60405190151581526020015b60405180910390f35b34801561038a575f5ffd5b50600854600160301b900463ffffffff165b604051908152602001610376565b3480156103b5575f5ffd5b506103456103c4366004613749565b610b0f565b3480156103d4575f5ffd5b506103dd610b23565b604051610376919061378e565b3480156103f5575f5ffd5b5061041e610404366004613749565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b039091168152602001610376565b348015610441575f5ffd5b50610455610450366004613877565b610bb3565b6040516001600160e01b03199091168152602001610376565b348015610479575f5ffd5b5061039c610488366004613a3d565b610bf5565b348015610498575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061039c565b61039c6104cd366004613a3d565b610cf8565b3480156104dd575f5ffd5b5061039c6104ec366004613749565b610e68565b3480156104fc575f5ffd5b5061039c7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b34801561052f575f5ffd5b50600b5465ffffffffffff165b60405165ffffffffffff9091168152602001610376565b34801561055e575f5ffd5b5061034561056d366004613ae3565b610e88565b34801561057d575f5ffd5b5061039c610e99565b348015610591575f5ffd5b506105a56105a0366004613749565b610eab565b6040516103769190613b32565b3480156105bd575f5ffd5b5061036a6105cc366004613b40565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b348015610605575f5ffd5b5061039c610614366004613a3d565b610fa5565b348015610624575f5ffd5b506103dd611006565b348015610638575f5ffd5b5061064c610647366004613749565b611099565b60408051938452602084019290925290820152606001610376565b348015610672575f5ffd5b506040805180820190915260018152603160f81b60208201526103dd565b34801561069b575f5ffd5b5061039c6106aa366004613b7e565b6110be565b3480156106ba575f5ffd5b5061039c6106c9366004613bec565b6110e5565b3480156106d9575f5ffd5b5061039c6106e8366004613ca8565b6111a2565b3480156106f8575f5ffd5b5061039c610707366004613749565b6111ea565b348015610717575f5ffd5b50610345610726366004613ae3565b6111f6565b348015610736575f5ffd5b5061039c610745366004613d29565b611207565b348015610755575f5ffd5b5061039c610764366004613d7e565b611257565b348015610774575f5ffd5b5061039c610783366004613e3a565b6001600160a01b03165f9081526002602052604090205490565b3480156107a8575f5ffd5b506107b161130d565b6040516103769796959493929190613e8f565b3480156107cf575f5ffd5b5061039c6107de366004613efe565b61134f565b3480156107ee575f5ffd5b5061053c6113a7565b348015610802575f5ffd5b50606461039c565b348015610815575f5ffd5b5061039c610824366004613f4b565b61142e565b348015610834575f5ffd5b5061039c611444565b348015610848575f5ffd5b50610345610857366004613e3a565b61145d565b348015610867575f5ffd5b5061039c610876366004613a3d565b61146e565b348015610886575f5ffd5b5061036a610895366004613749565b61147b565b3480156108a5575f5ffd5b5061039c6108b4366004613749565b5f9081526004602052604090206001015465ffffffffffff1690565b3480156108db575f5ffd5b5061039c611483565b3480156108ef575f5ffd5b506104556108fe366004613f9f565b61148d565b34801561090e575f5ffd5b5061039c61091d366004613749565b6114d0565b610345610930366004614036565b6114da565b348015610940575f5ffd5b5061039c6301e1338081565b348015610957575f5ffd5b5061039c610966366004613a3d565b611556565b348015610976575f5ffd5b50600d546001600160a01b031661041e565b348015610993575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e908201526103dd565b3480156109d8575f5ffd5b5061039c7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610a0b575f5ffd5b50610345610a1a366004614075565b61158f565b348015610a2a575f5ffd5b5061039c610a39366004614098565b6115a0565b348015610a49575f5ffd5b50610345610a58366004613749565b6115bf565b348015610a68575f5ffd5b50610455610a773660046140c2565b6115d0565b348015610a87575f5ffd5b5061039c610a96366004613749565b611613565b348015610aa6575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061041e565b5f610ae0600d546001600160a01b031690565b905090565b5f6001600160e01b03198216630be2cc9d60e11b1480610b095750610b09826116b0565b92915050565b610b1761171a565b610b2081611793565b50565b606060038054610b3290614119565b80601f0160208091040260200160405190810160405280929190818152602001828054610b5e90614119565b8015610ba95780601f10610b8057610100808354040283529160200191610ba9565b820191905f5260205f20905b815481529060010190602001808311610b8c57829003601f168201915b5050505050905090565b5f30610bbd610acd565b6001600160a01b031614610be457604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610c038686868661146e565b90505f610c0f8261147b565b9050610c2482610c1f6004611828565b61184a565b5080610c4b5760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610c598389898989611887565b905065ffffffffffff811615610cd0575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610cec565b60405163ab2d031160e01b815260048101849052602401610c42565b50909695505050505050565b5f5f610d068686868661146e565b90505f610d128261147b565b9050610d2e82610c1f83610d27576004611828565b6005611828565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610d56610acd565b6001600160a01b031614610ddf575f5b8751811015610ddd57306001600160a01b0316888281518110610d8b57610d8b614151565b60200260200101516001600160a01b031603610dd557610dd5868281518110610db657610db6614151565b602002602001015180519060200120600561189590919063ffffffff16565b600101610d66565b505b610dec82888888886118b6565b30610df5610acd565b6001600160a01b031614158015610e2157506005546001600160801b03808216600160801b9092041614155b15610e2b575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b610e9061171a565b610b20816118ca565b5f610ae060085465ffffffffffff1690565b5f5f610eb68361197b565b90506004816007811115610ecc57610ecc613afe565b03610f29577f0000000000000000000000000000000000000000000000000000000000000000610efb846114d0565b610f059190614179565b610f0d6113a7565b65ffffffffffff161115610f245750600692915050565b610b09565b6005816007811115610f3d57610f3d613afe565b03610b09575f83815260046020526040902060010154610f86907f00000000000000000000000000000000000000000000000000000000000000009065ffffffffffff16614179565b610f8e6113a7565b65ffffffffffff161115610b095750600692915050565b5f5f610fb38686868661146e565b905033610fc08282611ab4565b610fef57604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610c42565b610ffb87878787611af9565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa92505050801561108557506040513d5f823e601f3d908101601f19168201604052611082919081019061418c565b60015b61109457610ae06113a7611b06565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f803390506110dd84828560405180602001604052805f815250611b1c565b949350505050565b5f61112b88888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611b3d9050565b611153576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610c42565b61119688878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c0a915050565b98975050505050505050565b5f80339050610ffb87828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c0a915050565b5f610b09600a83611ce7565b6111fe61171a565b610b2081611d34565b5f8033905061124d86828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611b1c92505050565b9695505050505050565b5f336112638184611d9a565b61128b5760405163d9b3955760e01b81526001600160a01b0382166004820152602401610c42565b5f611294611483565b90508015611300575f6112c28360016112ab6113a7565b6112b59190614200565b65ffffffffffff166115a0565b9050818110156112fe57604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610c42565b505b610ffb8787878786611e1e565b5f6060805f5f5f606061131e612038565b611326612063565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61135c8585858561208e565b611384576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610c42565b61139e85848660405180602001604052805f815250611b1c565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611422575060408051601f3d908101601f1916820190925261141f9181019061421e565b60015b61109457610ae0612117565b5f61143a848484612121565b90505b9392505050565b5f61144f600a6121b4565b6001600160d01b0316905090565b61146561171a565b610b20816121f8565b5f61139e85858585611556565b5f6001610b09565b5f610ae060075490565b5f30611497610acd565b6001600160a01b0316146114be57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f610b0982612261565b6114e261171a565b5f5f856001600160a01b03168585856040516114ff929190614239565b5f6040518083038185875af1925050503d805f8114611539576040519150601f19603f3d011682016040523d82523d5f602084013e61153e565b606091505b509150915061154d8282612289565b50505050505050565b5f8484848460405160200161156e94939291906142cf565b60408051601f19818403018152919052805160209091012095945050505050565b61159761171a565b610b20816122c1565b5f61143d83836115ba60408051602081019091525f815290565b612121565b6115c761171a565b610b208161235d565b5f306115da610acd565b6001600160a01b03161461160157604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b604051632394e7a360e21b8152600481018290525f90610b09906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa15801561167c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116a09190614319565b6116a9846111ea565b606461239e565b5f6001600160e01b031982166366defe7760e11b14806116e057506001600160e01b031982166332a2ad4360e11b145b806116fb57506001600160e01b03198216630271189760e51b145b80610b0957506301ffc9a760e01b6001600160e01b0319831614610b09565b33611723610acd565b6001600160a01b03161461174c576040516347096e4760e01b8152336004820152602401610c42565b30611755610acd565b6001600160a01b031614611791575f8036604051611774929190614239565b604051809103902090505b8061178a600561244e565b0361177f57505b565b6064808211156117c05760405163243e544560e01b81526004810183905260248101829052604401610c42565b5f6117c9611444565b90506117e86117d66113a7565b6117df8561246d565b600a91906124a4565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f81600781111561183b5761183b613afe565b600160ff919091161b92915050565b5f5f61185584610eab565b90505f8361186283611828565b160361143d578381846040516331b75e4d60e01b8152600401610c4293929190614330565b5f61124d86868686866124be565b5f6118a0838361264f565b9050806118b1576118b160416126b4565b505050565b6118c385858585856126c5565b5050505050565b600854600160301b900463ffffffff1665ffffffffffff821681101561191457604051633211876d60e11b815265ffffffffffff8316600482015260248101829052604401610c42565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f61198683612755565b9050600581600781111561199c5761199c613afe565b146119a75792915050565b5f838152600e60205260409081902054600d549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa1580156119fd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a219190614352565b15611a30575060059392505050565b600d54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611a77573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a9b9190614352565b15611aaa575060079392505050565b5060029392505050565b5f80611abf84610eab565b6007811115611ad057611ad0613afe565b14801561143d5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f61139e85858585612886565b6060610b09611b178363ffffffff16565b61291d565b5f61139e85858585611b3860408051602081019091525f815290565b611c0a565b5f610ffb85611c047f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611b8f8c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611be998979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b6040516020818303038152906040528051906020012061298f565b846129bb565b5f611c1986610c1f6001611828565b505f611c2e86611c2889610e68565b85612121565b90505f611c3e8888888588612a2b565b905083515f03611c9457866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611c879493929190614371565b60405180910390a2611cde565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611cd5959493929190614398565b60405180910390a25b610ffb88612b27565b5f5f5f611cf385612b30565b9250925050838265ffffffffffff161115611d2057611d1b611d1485612b88565b8690612bba565b611d22565b805b6001600160d01b031695945050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b80515f906034811015611db1576001915050610b09565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611de257600192505050610b09565b5f5f611df286602a860386612c5c565b91509150811580610ffb5750866001600160a01b0316816001600160a01b031614979650505050505050565b5f611e32868686868051906020012061146e565b905084518651141580611e4757508351865114155b80611e5157508551155b15611e8657855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610c42565b5f81815260046020526040902054600160a01b900465ffffffffffff1615611ecf5780611eb282610eab565b6040516331b75e4d60e01b8152610c429291905f90600401614330565b5f611ed8610e99565b611ee06113a7565b65ffffffffffff16611ef29190614179565b90505f611f0c60085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150611f3e83612b88565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155611f6b82612d05565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115611fce57611fce6137b4565b60405190808252806020026020018201604052801561200157816020015b6060815260200190600190039081611fec5790505b508c8961200e8a82614179565b8e604051612024999897969594939291906143d1565b60405180910390a150505095945050505050565b6060610ae07f0000000000000000000000000000000000000000000000000000000000000000612d35565b6060610ae07f0000000000000000000000000000000000000000000000000000000000000000612d35565b5f61139e83611c047ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78888886120e08a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611be9565b5f610ae043612b88565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa158015612190573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061143a9190614319565b80545f9080156121f0576121da836121cd6001846144ac565b5f91825260209091200190565b54600160301b90046001600160d01b031661143d565b5f9392505050565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b5f610b0961226e83612d72565b5f848152600c602052604090205465ffffffffffff16612db4565b60608215612298575080610b09565b8151156122a857610f2482612dc3565b60405163d6bda27560e01b815260040160405180910390fd5b8063ffffffff165f036122e95760405163f1cfbf0560e01b81525f6004820152602401610c42565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b5f5f5f6123ab8686612dcb565b91509150815f036123cf578381816123c5576123c56144bf565b049250505061143d565b8184116123e6576123e660038515026011186126b4565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f61245a84612de7565b915091508161143d5761143d60316126b4565b5f6001600160d01b038211156124a0576040516306dfcc6560e41b815260d0600482015260248101839052604401610c42565b5090565b5f806124b1858585612e5b565b915091505b935093915050565b5f5f600d5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015612510573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125349190614319565b90505f3060601b6bffffffffffffffffffffffff19168418600d5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f42790612585908a908a908a905f9088906004016144d3565b602060405180830381865afa1580156125a0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125c49190614319565b5f898152600e602052604080822092909255600d5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb09161260e918b918b918b919088908a90600401614520565b5f604051808303815f87803b158015612625575f5ffd5b505af1158015612637573d5f5f3e3d5ffd5b50505050611196824261264a9190614179565b612b88565b81545f906001600160801b03600160801b82048116918116600183019091160361267c575f915050610b09565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600d546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b81526004016127109594939291906144d3565b5f604051808303818588803b158015612727575f5ffd5b505af1158015612739573d5f5f3e3d5ffd5b5050505f9687525050600e602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b900416811561278957506007949350505050565b801561279a57506002949350505050565b5f6127a486610e68565b9050805f036127c957604051636ad0607560e01b815260048101879052602401610c42565b5f6127d26113a7565b65ffffffffffff1690508082106127ef57505f9695505050505050565b5f6127f9886114d0565b905081811061281057506001979650505050505050565b61281988612fab565b158061283857505f888152600960205260409020805460019091015411155b1561284b57506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f0361287857506004979650505050505050565b506005979650505050505050565b5f5f61289486868686612fe1565b5f818152600e6020526040902054909150801561291357600d5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b1580156128ee575f5ffd5b505af1158015612900573d5f5f3e3d5ffd5b5050505f838152600e6020526040812055505b5095945050505050565b6060612927612117565b65ffffffffffff168265ffffffffffff1614612956576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610b0961299b6130a1565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612a19575f5f6129d985856131ca565b5090925090505f8160038111156129f2576129f2613afe565b148015612a105750856001600160a01b0316826001600160a01b0316145b9250505061143d565b612a24848484613213565b905061143d565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff1615612a7d576040516371c6af4960e01b81526001600160a01b0387166004820152602401610c42565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff8516612ac65783815f015f828254612abb9190614179565b90915550612b1c9050565b5f1960ff861601612ae45783816001015f828254612abb9190614179565b60011960ff861601612b035783816002015f828254612abb9190614179565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b610b2081613278565b80545f9081908190808203612b4e575f5f5f935093509350506110b7565b5f612b5e866121cd6001856144ac565b546001955065ffffffffffff81169450600160301b90046001600160d01b031692506110b7915050565b5f65ffffffffffff8211156124a0576040516306dfcc6560e41b81526030600482015260248101839052604401610c42565b81545f9081816005811115612c16575f612bd38461334c565b612bdd90856144ac565b5f8881526020902090915081015465ffffffffffff9081169087161015612c0657809150612c14565b612c11816001614179565b92505b505b5f612c23878785856134a4565b90508015612c5057612c3a876121cd6001846144ac565b54600160301b90046001600160d01b0316610ffb565b505f9695505050505050565b5f5f8451831180612c6c57508284115b15612c7b57505f9050806124b6565b5f612c87856001614179565b84118015612caf575061060f60f31b612ca38787016020015190565b6001600160f01b031916145b90505f612cbf8215156002614577565b612cca906028614179565b905080612cd787876144ac565b03612cf8575f5f612ce98989896134fa565b90965094506124b69350505050565b5f5f9350935050506124b6565b5f63ffffffff8211156124a0576040516306dfcc6560e41b81526020600482015260248101839052604401610c42565b60605f612d41836135bb565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f81815260046020526040812054612da690600160d01b810463ffffffff1690600160a01b900465ffffffffffff1661458e565b65ffffffffffff1692915050565b5f82821882841102821861143d565b805160208201fd5b5f805f1983850993909202808410938190039390930393915050565b80545f9081906001600160801b0380821691600160801b9004168103612e1257505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b82545f9081908015612f51575f612e77876121cd6001856144ac565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115612eba57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612ef357825465ffffffffffff16600160301b6001600160d01b03891602178355612f43565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506124b692505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816124b6565b5f81815260096020526040812060028101546001820154612fcc9190614179565b612fd8610a9685610e68565b11159392505050565b5f5f612fef8686868661146e565b905061303d81612fff6007611828565b6130096006611828565b6130136002611828565b60016130206007826145ac565b61302b9060026146a0565b61303591906144ac565b18181861184a565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c906130909083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156130f957507f000000000000000000000000000000000000000000000000000000000000000046145b1561312357507f000000000000000000000000000000000000000000000000000000000000000090565b610ae0604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103613201576020840151604085015160608601515f1a6131f3888285856135e2565b95509550955050505061320c565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f818152600c602052604090205465ffffffffffff1615801561329f575061329f81612fab565b15610b20575f6132b6600b5465ffffffffffff1690565b6132be6113a7565b6132c8919061458e565b90506132d3826114d0565b8165ffffffffffff1611156133205760405165ffffffffffff8216815282907f541f725fb9f7c98a30cc9c0ff32fbb14358cd7159c847a3aa20a2bdc442ba5119060200160405180910390a25b5f918252600c6020526040909120805465ffffffffffff191665ffffffffffff92909216919091179055565b5f60018211613359575090565b816001600160801b82106133725760809190911c9060401b5b68010000000000000000821061338d5760409190911c9060201b5b64010000000082106133a45760209190911c9060101b5b6201000082106133b95760109190911c9060081b5b61010082106133cd5760089190911c9060041b5b601082106133e05760049190911c9060021b5b600482106133ec5760011b5b600302600190811c90818581613404576134046144bf565b048201901c9050600181858161341c5761341c6144bf565b048201901c90506001818581613434576134346144bf565b048201901c9050600181858161344c5761344c6144bf565b048201901c90506001818581613464576134646144bf565b048201901c9050600181858161347c5761347c6144bf565b048201901c905061349b818581613495576134956144bf565b04821190565b90039392505050565b5f5b818310156134f2575f85815260209020838316600285851804019081015465ffffffffffff868116911611156134de578092506134ec565b6134e9816001614179565b93505b506134a6565b509392505050565b5f808481613509866001614179565b85118015613531575061060f60f31b6135258388016020015190565b6001600160f01b031916145b90505f6135418215156002614577565b90505f8061354f838a614179565b90505b878110156135aa575f61357061356b8784016020015190565b6136aa565b9050600f8160ff16111561358f575f5f975097505050505050506124b6565b61359a601084614577565b60ff909116019150600101613552565b506001999098509650505050505050565b5f60ff8216601f811115610b0957604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561361b57505f915060039050826136a0565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561366c573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661369757505f9250600191508290506136a0565b92505f91508190505b9450945094915050565b5f60f882901c602f811180156136c35750603a8160ff16105b156136d157602f1901610b09565b60608160ff161180156136e7575060678160ff16105b156136f55760561901610b09565b60408160ff1611801561370b575060478160ff16105b156137195760361901610b09565b5060ff92915050565b5f60208284031215613732575f5ffd5b81356001600160e01b03198116811461143d575f5ffd5b5f60208284031215613759575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61143d6020830184613760565b6001600160a01b0381168114610b20575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156137f0576137f06137b4565b604052919050565b5f6001600160401b03821115613810576138106137b4565b50601f01601f191660200190565b5f61383061382b846137f8565b6137c8565b9050828152838383011115613843575f5ffd5b828260208301375f602084830101529392505050565b5f82601f830112613868575f5ffd5b61143d8383356020850161381e565b5f5f5f5f6080858703121561388a575f5ffd5b8435613895816137a0565b935060208501356138a5816137a0565b92506040850135915060608501356001600160401b038111156138c6575f5ffd5b6138d287828801613859565b91505092959194509250565b5f6001600160401b038211156138f6576138f66137b4565b5060051b60200190565b5f82601f83011261390f575f5ffd5b813561391d61382b826138de565b8082825260208201915060208360051b86010192508583111561393e575f5ffd5b602085015b83811015612913578035613956816137a0565b835260209283019201613943565b5f82601f830112613973575f5ffd5b813561398161382b826138de565b8082825260208201915060208360051b8601019250858311156139a2575f5ffd5b602085015b838110156129135780358352602092830192016139a7565b5f82601f8301126139ce575f5ffd5b81356139dc61382b826138de565b8082825260208201915060208360051b8601019250858311156139fd575f5ffd5b602085015b838110156129135780356001600160401b03811115613a1f575f5ffd5b613a2e886020838a0101613859565b84525060209283019201613a02565b5f5f5f5f60808587031215613a50575f5ffd5b84356001600160401b03811115613a65575f5ffd5b613a7187828801613900565b94505060208501356001600160401b03811115613a8c575f5ffd5b613a9887828801613964565b93505060408501356001600160401b03811115613ab3575f5ffd5b613abf878288016139bf565b949793965093946060013593505050565b65ffffffffffff81168114610b20575f5ffd5b5f60208284031215613af3575f5ffd5b813561143d81613ad0565b634e487b7160e01b5f52602160045260245ffd5b60088110613b2e57634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610b098284613b12565b5f5f60408385031215613b51575f5ffd5b823591506020830135613b63816137a0565b809150509250929050565b803560ff81168114611094575f5ffd5b5f5f60408385031215613b8f575f5ffd5b82359150613b9f60208401613b6e565b90509250929050565b5f5f83601f840112613bb8575f5ffd5b5081356001600160401b03811115613bce575f5ffd5b602083019150836020828501011115613be5575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215613c02575f5ffd5b87359650613c1260208901613b6e565b95506040880135613c22816137a0565b945060608801356001600160401b03811115613c3c575f5ffd5b613c488a828b01613ba8565b90955093505060808801356001600160401b03811115613c66575f5ffd5b613c728a828b01613859565b92505060a08801356001600160401b03811115613c8d575f5ffd5b613c998a828b01613859565b91505092959891949750929550565b5f5f5f5f5f60808688031215613cbc575f5ffd5b85359450613ccc60208701613b6e565b935060408601356001600160401b03811115613ce6575f5ffd5b613cf288828901613ba8565b90945092505060608601356001600160401b03811115613d10575f5ffd5b613d1c88828901613859565b9150509295509295909350565b5f5f5f5f60608587031215613d3c575f5ffd5b84359350613d4c60208601613b6e565b925060408501356001600160401b03811115613d66575f5ffd5b613d7287828801613ba8565b95989497509550505050565b5f5f5f5f60808587031215613d91575f5ffd5b84356001600160401b03811115613da6575f5ffd5b613db287828801613900565b94505060208501356001600160401b03811115613dcd575f5ffd5b613dd987828801613964565b93505060408501356001600160401b03811115613df4575f5ffd5b613e00878288016139bf565b92505060608501356001600160401b03811115613e1b575f5ffd5b8501601f81018713613e2b575f5ffd5b6138d28782356020840161381e565b5f60208284031215613e4a575f5ffd5b813561143d816137a0565b5f8151808452602084019350602083015f5b82811015613e85578151865260209586019590910190600101613e67565b5093949350505050565b60ff60f81b8816815260e060208201525f613ead60e0830189613760565b8281036040840152613ebf8189613760565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050613ef08185613e55565b9a9950505050505050505050565b5f5f5f5f60808587031215613f11575f5ffd5b84359350613f2160208601613b6e565b92506040850135613f31816137a0565b915060608501356001600160401b038111156138c6575f5ffd5b5f5f5f60608486031215613f5d575f5ffd5b8335613f68816137a0565b92506020840135915060408401356001600160401b03811115613f89575f5ffd5b613f9586828701613859565b9150509250925092565b5f5f5f5f5f60a08688031215613fb3575f5ffd5b8535613fbe816137a0565b94506020860135613fce816137a0565b935060408601356001600160401b03811115613fe8575f5ffd5b613ff488828901613964565b93505060608601356001600160401b0381111561400f575f5ffd5b61401b88828901613964565b92505060808601356001600160401b03811115613d10575f5ffd5b5f5f5f5f60608587031215614049575f5ffd5b8435614054816137a0565b93506020850135925060408501356001600160401b03811115613d66575f5ffd5b5f60208284031215614085575f5ffd5b813563ffffffff8116811461143d575f5ffd5b5f5f604083850312156140a9575f5ffd5b82356140b4816137a0565b946020939093013593505050565b5f5f5f5f5f60a086880312156140d6575f5ffd5b85356140e1816137a0565b945060208601356140f1816137a0565b9350604086013592506060860135915060808601356001600160401b03811115613d10575f5ffd5b600181811c9082168061412d57607f821691505b60208210810361414b57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610b0957610b09614165565b5f6020828403121561419c575f5ffd5b81516001600160401b038111156141b1575f5ffd5b8201601f810184136141c1575f5ffd5b80516141cf61382b826137f8565b8181528560208385010111156141e3575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b65ffffffffffff8281168282160390811115610b0957610b09614165565b5f6020828403121561422e575f5ffd5b815161143d81613ad0565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613e855781516001600160a01b031686526020958601959091019060010161425a565b5f82825180855260208501945060208160051b830101602085015f5b83811015610cec57601f198584030188526142b9838351613760565b602098890198909350919091019060010161429d565b608081525f6142e16080830187614248565b82810360208401526142f38187613e55565b905082810360408401526143078186614281565b91505082606083015295945050505050565b5f60208284031215614329575f5ffd5b5051919050565b838152606081016143446020830185613b12565b826040830152949350505050565b5f60208284031215614362575f5ffd5b8151801515811461143d575f5ffd5b84815260ff84166020820152826040820152608060608201525f61124d6080830184613760565b85815260ff8516602082015283604082015260a060608201525f6143bf60a0830185613760565b82810360808401526111968185613760565b8981526001600160a01b0389166020820152610120604082018190525f906143fb9083018a614248565b828103606084015261440d818a613e55565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b8381101561446457601f1986840301855261444e838351613760565b6020958601959093509190910190600101614432565b505085810360a0870152614478818b614281565b93505050508560c08401528460e084015282810361010084015261449c8185613760565b9c9b505050505050505050505050565b81810381811115610b0957610b09614165565b634e487b7160e01b5f52601260045260245ffd5b60a081525f6144e560a0830188614248565b82810360208401526144f78188613e55565b9050828103604084015261450b8187614281565b60608401959095525050608001529392505050565b60c081525f61453260c0830189614248565b82810360208401526145448189613e55565b905082810360408401526145588188614281565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610b0957610b09614165565b65ffffffffffff8181168382160190811115610b0957610b09614165565b60ff8181168382160190811115610b0957610b09614165565b6001815b60018411156124b6578085048111156145e4576145e4614165565b60018416156145f257908102905b60019390931c9280026145c9565b5f8261460e57506001610b09565b8161461a57505f610b09565b8160018114614630576002811461463a57614656565b6001915050610b09565b60ff84111561464b5761464b614165565b50506001821b610b09565b5060208310610133831016604e8410600b8410161715614679575081810a610b09565b6146855f1984846145c5565b805f190482111561469857614698614165565b029392505050565b5f61143d60ff84168361460056fea164736f6c634300081c000a608060405234801561000f575f5ffd5b50604051611d03380380611d0383398101604081905261002e916102f6565b6100385f3061017b565b506001600160a01b03811615610054576100525f8261017b565b505b5f5b83518110156100e8576100a87fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc185838151811061009557610095610375565b602002602001015161017b60201b60201c565b506100df7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78385838151811061009557610095610375565b50600101610056565b505f5b82518110156101335761012a7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6384838151811061009557610095610375565b506001016100eb565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150505050610389565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661021b575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101d33390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161021e565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b038116811461024e575f5ffd5b919050565b5f82601f830112610262575f5ffd5b81516001600160401b0381111561027b5761027b610224565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102a9576102a9610224565b6040529182526020818501810192908101868411156102c6575f5ffd5b6020860192505b838310156102ec576102de83610238565b8152602092830192016102cd565b5095945050505050565b5f5f5f5f60808587031215610309575f5ffd5b845160208601519094506001600160401b03811115610326575f5ffd5b61033287828801610253565b604087015190945090506001600160401b0381111561034f575f5ffd5b61035b87828801610253565b92505061036a60608601610238565b905092959194509250565b634e487b7160e01b5f52603260045260245ffd5b61196d806103965f395ff3fe6080604052600436106101b2575f3560e01c80638065657f116100e7578063bc197c8111610087578063d547741f11610062578063d547741f14610546578063e38335e514610565578063f23a6e6114610578578063f27a0c92146105a3575f5ffd5b8063bc197c81146104d1578063c4d252f5146104fc578063d45c44351461051b575f5ffd5b806391d14854116100c257806391d148541461044d578063a217fddf1461046c578063b08e51c01461047f578063b1c5f427146104b2575f5ffd5b80638065657f146103dc5780638f2a0bb0146103fb5780638f61f4f51461041a575f5ffd5b80632ab0f5291161015257806336568abe1161012d57806336568abe14610353578063584b153e1461037257806364d62353146103915780637958004c146103b0575f5ffd5b80632ab0f529146102f65780632f2ff15d1461031557806331d5075014610334575f5ffd5b8063134008d31161018d578063134008d31461025357806313bc9f2014610266578063150b7a0214610285578063248a9ca3146102c8575f5ffd5b806301d5062a146101bd57806301ffc9a7146101de57806307bd026514610212575f5ffd5b366101b957005b5f5ffd5b3480156101c8575f5ffd5b506101dc6101d7366004611163565b6105b7565b005b3480156101e9575f5ffd5b506101fd6101f83660046111d1565b61068b565b60405190151581526020015b60405180910390f35b34801561021d575f5ffd5b506102457fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b604051908152602001610209565b6101dc6102613660046111f8565b61069b565b348015610271575f5ffd5b506101fd61028036600461125e565b61074d565b348015610290575f5ffd5b506102af61029f366004611324565b630a85bd0160e11b949350505050565b6040516001600160e01b03199091168152602001610209565b3480156102d3575f5ffd5b506102456102e236600461125e565b5f9081526020819052604090206001015490565b348015610301575f5ffd5b506101fd61031036600461125e565b610772565b348015610320575f5ffd5b506101dc61032f366004611387565b61077a565b34801561033f575f5ffd5b506101fd61034e36600461125e565b6107a4565b34801561035e575f5ffd5b506101dc61036d366004611387565b6107c8565b34801561037d575f5ffd5b506101fd61038c36600461125e565b610800565b34801561039c575f5ffd5b506101dc6103ab36600461125e565b610845565b3480156103bb575f5ffd5b506103cf6103ca36600461125e565b6108b8565b60405161020991906113c5565b3480156103e7575f5ffd5b506102456103f63660046111f8565b610900565b348015610406575f5ffd5b506101dc61041536600461142b565b61093e565b348015610425575f5ffd5b506102457fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b348015610458575f5ffd5b506101fd610467366004611387565b610aca565b348015610477575f5ffd5b506102455f81565b34801561048a575f5ffd5b506102457ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b3480156104bd575f5ffd5b506102456104cc3660046114dd565b610af2565b3480156104dc575f5ffd5b506102af6104eb366004611606565b63bc197c8160e01b95945050505050565b348015610507575f5ffd5b506101dc61051636600461125e565b610b36565b348015610526575f5ffd5b5061024561053536600461125e565b5f9081526001602052604090205490565b348015610551575f5ffd5b506101dc610560366004611387565b610be0565b6101dc6105733660046114dd565b610c04565b348015610583575f5ffd5b506102af6105923660046116b2565b63f23a6e6160e01b95945050505050565b3480156105ae575f5ffd5b50600254610245565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc16105e181610d85565b5f6105f0898989898989610900565b90506105fc8184610d92565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516106379695949392919061172d565b60405180910390a3831561068057807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161067791815260200190565b60405180910390a25b505050505050505050565b5f61069582610e23565b92915050565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e636106c6815f610aca565b6106d4576106d48133610e47565b5f6106e3888888888888610900565b90506106ef8185610e84565b6106fb88888888610ed2565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a6040516107329493929190611769565b60405180910390a361074381610f46565b5050505050505050565b5f60025b61075a836108b8565b600381111561076b5761076b6113b1565b1492915050565b5f6003610751565b5f8281526020819052604090206001015461079481610d85565b61079e8383610f71565b50505050565b5f806107af836108b8565b60038111156107c0576107c06113b1565b141592915050565b6001600160a01b03811633146107f15760405163334bd91960e11b815260040160405180910390fd5b6107fb8282611000565b505050565b5f5f61080b836108b8565b90506001816003811115610821576108216113b1565b148061083e5750600281600381111561083c5761083c6113b1565b145b9392505050565b333081146108765760405163e2850c5960e01b81526001600160a01b03821660048201526024015b60405180910390fd5b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f81815260016020526040812054805f036108d557505f92915050565b600181036108e65750600392915050565b428111156108f75750600192915050565b50600292915050565b5f86868686868660405160200161091c9695949392919061172d565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161096881610d85565b88871415806109775750888514155b156109a9576040516001624fcdef60e01b03198152600481018a9052602481018690526044810188905260640161086d565b5f6109ba8b8b8b8b8b8b8b8b610af2565b90506109c68184610d92565b5f5b8a811015610a7b5780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610a0557610a05611790565b9050602002016020810190610a1a91906117a4565b8d8d86818110610a2c57610a2c611790565b905060200201358c8c87818110610a4557610a45611790565b9050602002810190610a5791906117bd565b8c8b604051610a6b9695949392919061172d565b60405180910390a36001016109c8565b508315610abd57807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610ab491815260200190565b60405180910390a25b5050505050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8888888888888888604051602001610b12989796959493929190611893565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610b6081610d85565b610b6982610800565b610ba55781610b786002611069565b610b826001611069565b604051635ead8eb560e01b8152600481019390935217602482015260440161086d565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610bfa81610d85565b61079e8383611000565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63610c2f815f610aca565b610c3d57610c3d8133610e47565b8786141580610c4c5750878414155b15610c7e576040516001624fcdef60e01b0319815260048101899052602481018590526044810187905260640161086d565b5f610c8f8a8a8a8a8a8a8a8a610af2565b9050610c9b8185610e84565b5f5b89811015610d6f575f8b8b83818110610cb857610cb8611790565b9050602002016020810190610ccd91906117a4565b90505f8a8a84818110610ce257610ce2611790565b905060200201359050365f8a8a86818110610cff57610cff611790565b9050602002810190610d1191906117bd565b91509150610d2184848484610ed2565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b5886868686604051610d589493929190611769565b60405180910390a350505050806001019050610c9d565b50610d7981610f46565b50505050505050505050565b610d8f8133610e47565b50565b610d9b826107a4565b15610dcc5781610daa5f611069565b604051635ead8eb560e01b81526004810192909252602482015260440161086d565b5f610dd660025490565b905080821015610e0357604051635433660960e01b8152600481018390526024810182905260440161086d565b610e0d8242611932565b5f93845260016020526040909320929092555050565b5f6001600160e01b03198216630271189760e51b148061069557506106958261108b565b610e518282610aca565b610e805760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161086d565b5050565b610e8d8261074d565b610e9c5781610daa6002611069565b8015801590610eb15750610eaf81610772565b155b15610e805760405163121534c360e31b81526004810182905260240161086d565b5f5f856001600160a01b0316858585604051610eef929190611951565b5f6040518083038185875af1925050503d805f8114610f29576040519150601f19603f3d011682016040523d82523d5f602084013e610f2e565b606091505b5091509150610f3d82826110bf565b50505050505050565b610f4f8161074d565b610f5e5780610daa6002611069565b5f90815260016020819052604090912055565b5f610f7c8383610aca565b610ff9575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610fb13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610695565b505f610695565b5f61100b8383610aca565b15610ff9575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610695565b5f81600381111561107c5761107c6113b1565b600160ff919091161b92915050565b5f6001600160e01b03198216637965db0b60e01b148061069557506301ffc9a760e01b6001600160e01b0319831614610695565b606082156110ce575080610695565b8151156110e3576110de826110fc565b610695565b60405163d6bda27560e01b815260040160405180910390fd5b805160208201fd5b80356001600160a01b038116811461111a575f5ffd5b919050565b5f5f83601f84011261112f575f5ffd5b5081356001600160401b03811115611145575f5ffd5b60208301915083602082850101111561115c575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215611179575f5ffd5b61118288611104565b96506020880135955060408801356001600160401b038111156111a3575f5ffd5b6111af8a828b0161111f565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f602082840312156111e1575f5ffd5b81356001600160e01b03198116811461083e575f5ffd5b5f5f5f5f5f5f60a0878903121561120d575f5ffd5b61121687611104565b95506020870135945060408701356001600160401b03811115611237575f5ffd5b61124389828a0161111f565b979a9699509760608101359660809091013595509350505050565b5f6020828403121561126e575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156112b1576112b1611275565b604052919050565b5f82601f8301126112c8575f5ffd5b81356001600160401b038111156112e1576112e1611275565b6112f4601f8201601f1916602001611289565b818152846020838601011115611308575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611337575f5ffd5b61134085611104565b935061134e60208601611104565b92506040850135915060608501356001600160401b0381111561136f575f5ffd5b61137b878288016112b9565b91505092959194509250565b5f5f60408385031215611398575f5ffd5b823591506113a860208401611104565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b60208101600483106113e557634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f8401126113fb575f5ffd5b5081356001600160401b03811115611411575f5ffd5b6020830191508360208260051b850101111561115c575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611443575f5ffd5b89356001600160401b03811115611458575f5ffd5b6114648c828d016113eb565b909a5098505060208a01356001600160401b03811115611482575f5ffd5b61148e8c828d016113eb565b90985096505060408a01356001600160401b038111156114ac575f5ffd5b6114b88c828d016113eb565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b0312156114f4575f5ffd5b88356001600160401b03811115611509575f5ffd5b6115158b828c016113eb565b90995097505060208901356001600160401b03811115611533575f5ffd5b61153f8b828c016113eb565b90975095505060408901356001600160401b0381111561155d575f5ffd5b6115698b828c016113eb565b999c989b509699959896976060870135966080013595509350505050565b5f82601f830112611596575f5ffd5b81356001600160401b038111156115af576115af611275565b8060051b6115bf60208201611289565b918252602081850181019290810190868411156115da575f5ffd5b6020860192505b838310156115fc5782358252602092830192909101906115e1565b9695505050505050565b5f5f5f5f5f60a0868803121561161a575f5ffd5b61162386611104565b945061163160208701611104565b935060408601356001600160401b0381111561164b575f5ffd5b61165788828901611587565b93505060608601356001600160401b03811115611672575f5ffd5b61167e88828901611587565b92505060808601356001600160401b03811115611699575f5ffd5b6116a5888289016112b9565b9150509295509295909350565b5f5f5f5f5f60a086880312156116c6575f5ffd5b6116cf86611104565b94506116dd60208701611104565b9350604086013592506060860135915060808601356001600160401b03811115611699575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b038716815285602082015260a060408201525f61175460a083018688611705565b60608301949094525060800152949350505050565b60018060a01b0385168152836020820152606060408201525f6115fc606083018486611705565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156117b4575f5ffd5b61083e82611104565b5f5f8335601e198436030181126117d2575f5ffd5b8301803591506001600160401b038211156117eb575f5ffd5b60200191503681900382131561115c575f5ffd5b5f8383855260208501945060208460051b820101835f5b8681101561188757838303601f19018852813536879003601e1901811261183b575f5ffd5b86016020810190356001600160401b03811115611856575f5ffd5b803603821315611864575f5ffd5b61186f858284611705565b60209a8b019a90955093909301925050600101611816565b50909695505050505050565b60a080825281018890525f8960c08301825b8b8110156118d3576001600160a01b036118be84611104565b168252602092830192909101906001016118a5565b5083810360208501528881526001600160fb1b038911156118f2575f5ffd5b8860051b9150818a6020830137018281036020908101604085015261191a90820187896117ff565b60608401959095525050608001529695505050505050565b8082018082111561069557634e487b7160e01b5f52601160045260245ffd5b818382375f910190815291905056fea164736f6c634300081c000a60c060405234801561000f575f5ffd5b50604051612d96380380612d9683398101604081905261002e916105c6565b838383835f5b81515181101561007157610069825f01518281518110610056576100566106b9565b602002602001015161025e60201b60201c565b600101610034565b505f5b8160200151518110156100b5576100ad8260200151828151811061009a5761009a6106b9565b60200260200101516102fd60201b60201c565b600101610074565b508060400151156100ca576100ca6001610394565b8060600151156100de576100de6001610403565b508115806100ef57506312cc030082115b156101265760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061013757506312cc030083115b156101695760405163410c09b760e11b815260048101849052602481018390526312cc0300604482015260640161011d565b80158061017957506301e1338081115b1561019a576040516358456f7360e01b81526004810182905260240161011d565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506001600160a01b03851661020c57604051633e0ad02160e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0387169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a350505050506106cd565b8061027c57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906102c69083815260200190565b60405180910390a16102fa7f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c82600161047b565b50565b8061031b57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16102fa7f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a33423304682600161047b565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16102fa7f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f8361047b565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061044c90831515815260200190565b60405180910390a16102fa7feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f835b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c32375846040516104ba911515815260200190565b60405180910390a4505050565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156104fd576104fd6104c7565b60405290565b604051601f8201601f191681016001600160401b038111828210171561052b5761052b6104c7565b604052919050565b5f82601f830112610542575f5ffd5b81516001600160401b0381111561055b5761055b6104c7565b8060051b61056b60208201610503565b91825260208185018101929081019086841115610586575f5ffd5b6020860192505b838310156105a857825182526020928301929091019061058d565b9695505050505050565b805180151581146105c1575f5ffd5b919050565b5f5f5f5f5f60a086880312156105da575f5ffd5b85516001600160a01b03811681146105f0575f5ffd5b60208701516040880151606089015160808a0151939850919650945092506001600160401b03811115610621575f5ffd5b860160808189031215610632575f5ffd5b61063a6104db565b81516001600160401b0381111561064f575f5ffd5b61065b8a828501610533565b82525060208201516001600160401b03811115610676575f5ffd5b6106828a828501610533565b602083015250610694604083016105b2565b60408201526106a5606083016105b2565b606082015280925050509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b60805160a0516126936107035f395f8181610447015261188401525f81816104e701528181611f940152611fca01526126935ff3fe608060405234801561000f575f5ffd5b5060043610610229575f3560e01c80637c9fb2581161012a578063aab5a877116100b4578063dc04e89311610079578063dc04e8931461051e578063dcade3d314610531578063e30c397814610544578063f0f470cf1461054c578063f2fde38b14610554575f5ffd5b8063aab5a8771461049a578063b5019126146104a3578063bf8b211b146104c3578063cd15a16c146104e5578063d5606db81461050b575f5ffd5b80639b14d4c6116100fa5780639b14d4c6146104175780639bdc86ff1461041f5780639ced689f14610432578063a06db7dc14610445578063a6e386151461046b575f5ffd5b80637c9fb258146103aa5780638da5cb5b146103d757806397357dd2146103fc578063998aada81461040f575f5ffd5b8063467fc1db116101b65780635c695a071161017b5780635c695a071461036c57806367b3f22c14610374578063715018a61461038757806372dd6dd31461038f57806379ba5097146103a2575f5ffd5b8063467fc1db146103075780634b28160b14610328578063535167b51461033b57806359db6e85146103465780635c40d7b214610359575f5ffd5b806328e7654f116101fc57806328e7654f1461029b5780632f6622e5146102ae5780633440a16a146102d057806337376ca8146102db57806346619649146102ee575f5ffd5b806301ffc9a71461022d5780630aa58c83146102555780631d266200146102655780631e0791981461027a575b5f5ffd5b61024061023b3660046120b9565b610567565b60405190151581526020015b60405180910390f35b600254610100900460ff16610240565b6102786102733660046120e0565b610591565b005b61028d6102883660046120f7565b610606565b60405161024c92919061215c565b6102786102a93660046120e0565b6107c2565b6102406102bc3660046120e0565b5f9081526020819052604090205460ff1690565b60025460ff16610240565b6102786102e93660046120e0565b6107d3565b6102f96301e1338081565b60405190815260200161024c565b61031a610315366004612176565b6107e4565b60405161024c929190612232565b6102f96103363660046122d2565b610a7b565b6102f96312cc030081565b6102786103543660046120e0565b610aad565b6102786103673660046120e0565b610bf4565b610278610c64565b6102786103823660046120e0565b610cb0565b610278610cfa565b61027861039d3660046120e0565b610d60565b610278610de9565b6102f96103b83660046120e0565b5f9081526004602052604090205461010090046001600160401b031690565b6007546001600160a01b03165b6040516001600160a01b03909116815260200161024c565b6102f961040a366004612343565b610df7565b610278610e4b565b6003546102f9565b6102f961042d366004612343565b610e6d565b6102f961044036600461238a565b610eb7565b7f00000000000000000000000000000000000000000000000000000000000000006102f9565b6102f96104793660046120e0565b5f90815260046020526040902054600160481b90046001600160401b031690565b6102f961040081565b6104b66104b13660046120e0565b610f0a565b60405161024c91906123c8565b6102406104d13660046120e0565b5f9081526001602052604090205460ff1690565b7f00000000000000000000000000000000000000000000000000000000000000006102f9565b6102f9610519366004612343565b61105d565b6102f961052c3660046120e0565b6110a7565b6102f961053f36600461238a565b6110ca565b6103e4611116565b6005546102f9565b6102786105623660046123da565b61113f565b5f6001600160e01b031982166394be599960e01b148061058b575061058b826111c4565b92915050565b6105996111e8565b5f8181526001602052604090205460ff166105b560028361122a565b1580156105c0575080155b156105f35760025b60405163415301b960e01b815260ff9091166004820152602481018390526044015b60405180910390fd5b80156106025761060282611268565b5050565b5f60603061061760208501856123da565b6001600160a01b03161461065457505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff1680156106ad57507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61069460e0850185612400565b6040516106a2929190612442565b604051809103902014155b156106ef57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff1661074657505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff1615801561076c575060608301355f9081526001602052604090205460ff16155b156107a357505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b6107b960408051602081019091525f8152600191565b91509150915091565b6107d0610354600183610a7b565b50565b6107db6111e8565b6107d0816112e2565b60055460609081905f8186101561081a576107ff8683612465565b85116108145761080f8587612478565b61081c565b8161081c565b855b90505f6108298783612465565b9050806001600160401b038111156108435761084361248b565b60405190808252806020026020018201604052801561086c578160200160208202803683370190505b509450806001600160401b038111156108875761088761248b565b6040519080825280602002602001820160405280156108c057816020015b6108ad612022565b8152602001906001900390816108a55790505b5093505f5b81811015610a705760056108d9828a612478565b815481106108e9576108e961249f565b905f5260205f2001548682815181106109045761090461249f565b60200260200101818152505060045f8783815181106109255761092561249f565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600b81111561096757610967612196565b600b81111561097857610978612196565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a0909201916109cb906124b3565b80601f01602080910402602001604051908101604052809291908181526020018280546109f7906124b3565b8015610a425780601f10610a1957610100808354040283529160200191610a42565b820191905f5260205f20905b815481529060010190602001808311610a2557829003601f168201915b505050505081525050858281518110610a5d57610a5d61249f565b60209081029190910101526001016108c5565b505050509250929050565b5f8282604051602001610a8f9291906124e5565b60405160208183030381529060405280519060200120905092915050565b5f8181526004602090815260408083206006909252822054909103610ae857604051631e2ef17160e01b8152600481018390526024016105ea565b8054600160481b90046001600160401b0316421015610b3557805460405163afff056960e01b815260048101849052600160481b9091046001600160401b031660248201526044016105ea565b8054600160881b90046001600160401b0316421115610b8257805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b031660248201526044016105ea565b8054600182015460ff90911690610b9884611379565b610ba28282611463565b81600b811115610bb457610bb4612196565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf183604051610be691815260200190565b60405180910390a350505050565b610bfc6111e8565b60035481111580610c1057506312cc030081115b15610c5157806003546001610c259190612478565b60405163410c09b760e11b8152600481019290925260248201526312cc030060448201526064016105ea565b610c5a8161151c565b6107d06005611561565b610c6c6111e8565b600254610100900460ff1615610ca45760045b60405163415301b960e01b815260ff90911660048201525f60248201526044016105ea565b610cae6001611603565b565b610cb86111e8565b5f8181526020819052604090205460ff16610cd460018361122a565b158015610cdf575080155b15610ceb5760016105c8565b8015610602576106028261167f565b610d026111e8565b610d0a6116f1565b610d135f611561565b600780546001600160a01b031981169091556040516001600160a01b03909116905f9082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908390a350565b5f818152600660205260408120549003610d9057604051631e2ef17160e01b8152600481018290526024016105ea565b5f81815260046020526040902054600160881b90046001600160401b0316428110610de0576040516315577c9160e31b8152600481018390526001600160401b03821660248201526044016105ea565b6106028261173a565b610cae610354600633610a7b565b5f610e006111e8565b610e436005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117a192505050565b949350505050565b610e536111e8565b60025460ff16610e64576003610c7f565b610cae5f611a5d565b5f610e766111e8565b610e4360018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117a192505050565b5f610ec06111e8565b610f0360035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117a192505050565b9392505050565b610f12612022565b5f828152600660205260408120549003610f4257604051631e2ef17160e01b8152600481018390526024016105ea565b5f8281526004602052604090819020815160c081019092528054829060ff16600b811115610f7257610f72612196565b600b811115610f8357610f83612196565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610fd6906124b3565b80601f0160208091040260200160405190810160405280929190818152602001828054611002906124b3565b801561104d5780601f106110245761010080835404028352916020019161104d565b820191905f5260205f20905b81548152906001019060200180831161103057829003601f168201915b5050505050815250509050919050565b5f6110666111e8565b610e4360028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117a192505050565b5f6110b06111e8565b61058b60018360405180602001604052805f8152506117a1565b5f6110d36111e8565b610f0360045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117a192505050565b6008545f906001600160a01b031661112d81611acc565b611137575f611139565b805b91505090565b6111476111e8565b61114f6116f1565b61117260066001600160a01b03831660405180602001604052805f8152506117a1565b50600880546001600160a01b0319166001600160a01b03838116918217909255600754604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f6001600160e01b03198216631ed3f1f960e31b148061058b575061058b82611aff565b6007546001600160a01b0316338114158061120a57506001600160a01b038116155b156107d0576040516331d69cb360e11b81523360048201526024016105ea565b5f5f6112368484610a7b565b5f8181526006602052604081205491925003611255575f91505061058b565b61125e816112e2565b5060019392505050565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906112af9083815260200190565b60405180910390a16107d07f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046825f611b4e565b5f81815260066020526040812054900361131257604051631e2ef17160e01b8152600481018290526024016105ea565b5f8181526004602052604090208054600182015460ff9091169061133584611379565b81600b81111561134757611347612196565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da487683604051610be691815260200190565b5f818152600660205260409020546005548082146113f9575f600561139f600184612465565b815481106113af576113af61249f565b905f5260205f20015490508060056001856113ca9190612465565b815481106113da576113da61249f565b5f91825260208083209091019290925591825260069052604090208290555b600580548061140a5761140a612500565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b0319168155600181018290559061145c600283018261206f565b5050505050565b600682600b81111561147757611477612196565b14611486576106028282611b9a565b5f6114918383611c62565b9050336001600160a01b038216146114be576040516331d69cb360e11b81523360048201526024016105ea565b600780546001600160a01b038381166001600160a01b03198084168217909455600880549094169093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a350505050565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050565b6005545b8015610602575f6005611579600184612465565b815481106115895761158961249f565b5f918252602082200154915083600b8111156115a7576115a7612196565b14806115e4575082600b8111156115c0576115c0612196565b5f8281526004602052604090205460ff16600b8111156115e2576115e2612196565b145b156115f2576115f2816112e2565b506115fc81612514565b9050611565565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061164c90831515815260200190565b60405180910390a16107d07feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f83611b4e565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e8947910160405180910390a16107d07f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c825f611b4e565b6008546001600160a01b031661170681611acc565b156117275761172761172260066001600160a01b038416610a7b565b6112e2565b50600880546001600160a01b0319169055565b5f8181526004602052604090208054600182015460ff9091169061175d84611379565b81600b81111561176f5761176f612196565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b5583604051610be691815260200190565b5f610400825111156117d457815160405163021c07bb60e01b8152600481019190915261040060248201526044016105ea565b6117de8484611c90565b6117e88484610a7b565b5f818152600660205260409020549091501561186d575f81815260046020526040902054600160881b90046001600160401b03164211611864575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b031660248201526044016105ea565b61186d8161173a565b5f6003544261187c9190612478565b90505f6118a97f000000000000000000000000000000000000000000000000000000000000000083612529565b90506040518060c0016040528087600b8111156118c8576118c8612196565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600b81111561192a5761192a612196565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a082015160028201906119c3908261258c565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600b811115611a1657611a16612196565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad2487858589604051611a4c9493929190612646565b60405180910390a350509392505050565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16107d07f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f83611b4e565b5f6001600160a01b0382161580159061058b5750611af761047960066001600160a01b038516610a7b565b151592915050565b5f6001600160e01b031982166303c0f23360e31b1480611b2f57506001600160e01b0319821663ae082e1760e01b145b8061058b57506301ffc9a760e01b6001600160e01b031983161461058b565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c3237584604051611b8d911515815260200190565b60405180910390a4505050565b600182600b811115611bae57611bae612196565b03611bbc5761060281611d14565b600282600b811115611bd057611bd0612196565b03611bde5761060281611db0565b600382600b811115611bf257611bf2612196565b03611c01576106026001611a5d565b600482600b811115611c1557611c15612196565b03611c23576106025f611603565b600582600b811115611c3757611c37612196565b03611c45576106028161151c565b8181604051636e8c20ed60e01b81526004016105ea9291906124e5565b5f60a082901c15611c8a578282604051636e8c20ed60e01b81526004016105ea9291906124e5565b50919050565b600682600b811115611ca457611ca4612196565b14611cb3576106028282611e47565b5f611cbe8383611c62565b90506001600160a01b038116611ce757604051633e0ad02160e01b815260040160405180910390fd5b6007546001600160a01b0390811690821603611d0f5782600b8111156105c8576105c8612196565b505050565b80611d3257604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af90611d7c9083815260200190565b60405180910390a16107d07f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c826001611b4e565b80611dce57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16107d07f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046826001611b4e565b600182600b811115611e5b57611e5b612196565b03611ecd5780611e7e57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b156106025781600b811115611ea757611ea7612196565b60405163415301b960e01b815260ff9091166004820152602481018290526044016105ea565b600282600b811115611ee157611ee1612196565b03611f1a5780611f0457604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff16611e90565b600382600b811115611f2e57611f2e612196565b03611f3e5760025460ff16611e90565b600482600b811115611f5257611f52612196565b03611f7857600254610100900460ff166106025781600b811115611ea757611ea7612196565b600582600b811115611f8c57611f8c612196565b03611c4557807f0000000000000000000000000000000000000000000000000000000000000000811080611fc257506003548110155b15611d0f57807f00000000000000000000000000000000000000000000000000000000000000006001600354611ff89190612465565b60405163410c09b760e11b81526004810193909352602483019190915260448201526064016105ea565b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b50805461207b906124b3565b5f825580601f1061208a575050565b601f0160209004905f5260205f20908101906107d091905b808211156120b5575f81556001016120a2565b5090565b5f602082840312156120c9575f5ffd5b81356001600160e01b031981168114610f03575f5ffd5b5f602082840312156120f0575f5ffd5b5035919050565b5f60208284031215612107575f5ffd5b81356001600160401b0381111561211c575f5ffd5b82016101208185031215610f03575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f610e43604083018461212e565b5f5f60408385031215612187575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b600c81106121c657634e487b7160e01b5f52602160045260245ffd5b9052565b6121d58282516121aa565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a0850152610e4360c085018261212e565b604080825283519082018190525f9060208501906060840190835b8181101561226b57835183526020938401939092019160010161224d565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b838110156122c457601f198584030186526122ae8383516121ca565b6020968701969093509190910190600101612292565b509098975050505050505050565b5f5f604083850312156122e3575f5ffd5b8235600c81106122f1575f5ffd5b946020939093013593505050565b5f5f83601f84011261230f575f5ffd5b5081356001600160401b03811115612325575f5ffd5b60208301915083602082850101111561233c575f5ffd5b9250929050565b5f5f5f60408486031215612355575f5ffd5b8335925060208401356001600160401b03811115612371575f5ffd5b61237d868287016122ff565b9497909650939450505050565b5f5f6020838503121561239b575f5ffd5b82356001600160401b038111156123b0575f5ffd5b6123bc858286016122ff565b90969095509350505050565b602081525f610f0360208301846121ca565b5f602082840312156123ea575f5ffd5b81356001600160a01b0381168114610f03575f5ffd5b5f5f8335601e19843603018112612415575f5ffd5b8301803591506001600160401b0382111561242e575f5ffd5b60200191503681900382131561233c575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561058b5761058b612451565b8082018082111561058b5761058b612451565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c908216806124c757607f821691505b602082108103611c8a57634e487b7160e01b5f52602260045260245ffd5b604081016124f382856121aa565b8260208301529392505050565b634e487b7160e01b5f52603160045260245ffd5b5f8161252257612522612451565b505f190190565b6001600160401b03818116838216019081111561058b5761058b612451565b601f821115611d0f57805f5260205f20601f840160051c8101602085101561256d5750805b601f840160051c820191505b8181101561145c575f8155600101612579565b81516001600160401b038111156125a5576125a561248b565b6125b9816125b384546124b3565b84612548565b6020601f8211600181146125eb575f83156125d45750848201515b5f19600385901b1c1916600184901b17845561145c565b5f84815260208120601f198516915b8281101561261a57878501518255602094850194600190920191016125fa565b508482101561263757868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f61267c608083018461212e565b969550505050505056fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/kms/LocalKms.sol:LocalKms. */
export const localKmsBytecode =
  '0x6080604052348015600e575f5ffd5b5060405161143c38038061143c833981016040819052602b9160b4565b806001600160a01b038116605857604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b605f816065565b505060df565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6020828403121560c3575f5ffd5b81516001600160a01b038116811460d8575f5ffd5b9392505050565b611350806100ec5f395ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c80634d5922a1116100b45780639a4e1d18116100795780639a4e1d181461028d5780639e6f3114146102af578063a6c4cce9146102c2578063e067ec9d146102ed578063f2fde38b14610300578063f6fe4f4014610313575f5ffd5b80634d5922a11461023a578063715018a61461024d5780638da5cb5b146102555780639425bac61461026557806395f5193114610278575f5ffd5b806325a992da116100fa57806325a992da146101c95780632adee48d146101ee5780633971db27146102015780633ceaaa11146102145780633e32d34614610227575f5ffd5b806301ffc9a71461013657806306a3ae961461015e57806313eb97701461017357806317a1d80f146101955780631e079198146101a8575b5f5ffd5b610149610144366004610d07565b610335565b60405190151581526020015b60405180910390f35b61017161016c366004610d35565b61036b565b005b610149610181366004610d35565b5f9081526004602052604090205460ff1690565b6101716101a3366004610d67565b6103f4565b6101bb6101b6366004610d80565b6104a7565b604051610155929190610de6565b6006546001600160a01b03165b6040516001600160a01b039091168152602001610155565b6101716101fc366004610d35565b61061f565b61017161020f366004610e08565b6106a1565b610171610222366004610d67565b610739565b610171610235366004610d35565b6107c8565b610171610248366004610d35565b61084e565b6101716108d4565b5f546001600160a01b03166101d6565b610171610273366004610d35565b6108e7565b610280610969565b6040516101559190610e76565b61014961029b366004610d35565b5f9081526002602052604090205460ff1690565b6101716102bd366004610d35565b6109f9565b6101496102d0366004610d67565b6001600160a01b03165f9081526001602052604090205460ff1690565b6101bb6102fb366004610d80565b610a7b565b61017161030e366004610d67565b610c01565b610149610321366004610d35565b5f9081526003602052604090205460ff1690565b5f6001600160e01b031982166303c0f23360e31b148061036557506301ffc9a760e01b6001600160e01b03198316145b92915050565b610373610c40565b5f8181526002602052604090819020805460ff19166001179055517f4911843506849c85a5ca6e6e2c01eed2d3ab86baba619517a2aad9d5ab2aeff2906103bd9083815260200190565b60405180910390a16103f17fbc0346dd2a1caffcfdf89515e8a3ad921515d32b39d8e28334b87bd5a1bdb6aa826001610c6c565b50565b6001600160a01b03811661041b57604051631112a24160e01b815260040160405180910390fd5b6001600160a01b0381165f81815260016020818152604092839020805460ff191690921790915590519182527f0d540ad8f39e07d19909687352b9fa017405d93c91a6760981fbae9cf28bfef7910160405180910390a16103f17f1a61f88f2e67632c1bf4321c88aec40bbf788e2b1a14b69f1186e6a3a31d90286001600160a01b0383166001610c6c565b5f60606001826104ba6020860186610d67565b6001600160a01b0316815260208101919091526040015f205460ff1661050c575050604080518082019091526012815271105c1c081b9bdd081c9959da5cdd195c995960721b60208201525f92909150565b60c08301355f9081526002602052604090205460ff1661055d57505060408051808201909152601781527613d4c81a5b5859d9481a5cc81b9bdd08185b1b1bddd959604a1b60208201525f92909150565b61056a6020840184610d67565b6001600160a01b03163b5f0361059d575f6040518060600160405280602381526020016113216023913991509150915091565b6105aa6020840184610d67565b6001600160a01b0316631e079198846040518263ffffffff1660e01b81526004016105d59190610f9f565b5f60405180830381865afa1580156105ef573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526106169190810190611089565b91509150915091565b610627610c40565b5f8181526003602052604090819020805460ff19169055517f54cd662e41eec7ddf0f32f034b2533e481b471dd3ea978222d609ec8fffb1bb09061066e9083815260200190565b60405180910390a16103f17f22cfb8b3fc209be958082ecee5badccf8f7ab55e79ec93f5ac413a164feb98ea825f610c6c565b6106a9610c40565b60056106b68284836111d8565b507f5b2b64f770ea5266055ebd3ebf205ef06cbfa738e62684edf0e28356e34acf0682826040516106e8929190611292565b60405180910390a16107357f6061a738ec69c97ed6ae96633751763d1291f32a6ef6515845ad8ddefda35ec683836040516107249291906112a5565b604051908190039020831515610c6c565b5050565b610741610c40565b600680546001600160a01b0319166001600160a01b0383169081179091556040519081527f08bb433f12b5fd81d2d5e0deeb3b4d28371781ddbd80e9d053e7468d2b1aa82d9060200160405180910390a16103f17feec6b85dea30e3cb63f324855a4722f1bf23ddd4c142a551610e18744a1937346001600160a01b038316801515610c6c565b6107d0610c40565b5f8181526003602052604090819020805460ff19166001179055517f68615a0b92795750b3d180ff73429e1291d225e449eee954a567b91104fd98379061081a9083815260200190565b60405180910390a16103f17f22cfb8b3fc209be958082ecee5badccf8f7ab55e79ec93f5ac413a164feb98ea826001610c6c565b610856610c40565b5f8181526004602052604090819020805460ff19166001179055517ff2b290637b1193e12eb38ab32b986303639b1687cc2cd1e25f993e6eae2f4041906108a09083815260200190565b60405180910390a16103f17f1a2d46e254225ae2e84638f6fcb742191317930982ce206e0917877506edc3a0826001610c6c565b6108dc610c40565b6108e55f610cb8565b565b6108ef610c40565b5f8181526002602052604090819020805460ff19169055517f99b3cee95daf3138d0c982299cd0264f5b7a61aa629b42b92f3ec8966aa7f6fe906109369083815260200190565b60405180910390a16103f17fbc0346dd2a1caffcfdf89515e8a3ad921515d32b39d8e28334b87bd5a1bdb6aa825f610c6c565b60606005805461097890611154565b80601f01602080910402602001604051908101604052809291908181526020018280546109a490611154565b80156109ef5780601f106109c6576101008083540402835291602001916109ef565b820191905f5260205f20905b8154815290600101906020018083116109d257829003601f168201915b5050505050905090565b610a01610c40565b5f8181526004602052604090819020805460ff19169055517f1a9888a45e3df8b7e6bb3090747d598d2a0d78e61388161a90799f54df8f443490610a489083815260200190565b60405180910390a16103f17f1a2d46e254225ae2e84638f6fcb742191317930982ce206e0917877506edc3a0825f610c6c565b5f60607f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c610aac60e08501856112b4565b604051610aba9291906112a5565b604051809103902014610b0457505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b60c08301355f9081526002602052604090205460ff16610b5557505060408051808201909152601781527613d4c81a5b5859d9481a5cc81b9bdd08185b1b1bddd959604a1b60208201525f92909150565b60808301355f9081526003602052604090205460ff16610bac57505060408051808201909152601981527f41676772656761746564204d52206e6f7420616c6c6f7765640000000000000060208201525f92909150565b60608301355f9081526004602052604090205460ff16610be9575f6040518060600160405280602981526020016112f86029913991509150915091565b505060408051602081019091525f8152600192909150565b610c09610c40565b6001600160a01b038116610c3757604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6103f181610cb8565b5f546001600160a01b031633146108e55760405163118cdaa760e01b8152336004820152602401610c2e565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c3237584604051610cab911515815260200190565b60405180910390a4505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f60208284031215610d17575f5ffd5b81356001600160e01b031981168114610d2e575f5ffd5b9392505050565b5f60208284031215610d45575f5ffd5b5035919050565b80356001600160a01b0381168114610d62575f5ffd5b919050565b5f60208284031215610d77575f5ffd5b610d2e82610d4c565b5f60208284031215610d90575f5ffd5b813567ffffffffffffffff811115610da6575f5ffd5b82016101208185031215610d2e575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f610e006040830184610db8565b949350505050565b5f5f60208385031215610e19575f5ffd5b823567ffffffffffffffff811115610e2f575f5ffd5b8301601f81018513610e3f575f5ffd5b803567ffffffffffffffff811115610e55575f5ffd5b856020828401011115610e66575f5ffd5b6020919091019590945092505050565b602081525f610d2e6020830184610db8565b5f5f8335601e19843603018112610e9d575f5ffd5b830160208101925035905067ffffffffffffffff811115610ebc575f5ffd5b803603821315610eca575f5ffd5b9250929050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112610f0e575f5ffd5b830160208101925035905067ffffffffffffffff811115610f2d575f5ffd5b8060051b3603821315610eca575f5ffd5b5f8383855260208501945060208460051b820101835f5b86811015610f9357838303601f19018852610f708287610e88565b610f7b858284610ed1565b60209a8b019a90955093909301925050600101610f55565b50909695505050505050565b60208152610fc060208201610fb384610d4c565b6001600160a01b03169052565b5f5f6020840135905080604084015250610fdc60408401610d4c565b6001600160a01b038116606084015250606083013560808381019190915283013560a08084019190915283013560c08084019190915283013560e08084019190915261102a90840184610e88565b61012061010085015261104261014085018284610ed1565b915050611053610100850185610ef9565b848303601f190161012086015261106b838284610f3e565b9695505050505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561109a575f5ffd5b825180151581146110a9575f5ffd5b602084015190925067ffffffffffffffff8111156110c5575f5ffd5b8301601f810185136110d5575f5ffd5b805167ffffffffffffffff8111156110ef576110ef611075565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561111e5761111e611075565b604052818152828201602001871015611135575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b600181811c9082168061116857607f821691505b60208210810361118657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156111d357805f5260205f20601f840160051c810160208510156111b15750805b601f840160051c820191505b818110156111d0575f81556001016111bd565b50505b505050565b67ffffffffffffffff8311156111f0576111f0611075565b611204836111fe8354611154565b8361118c565b5f601f841160018114611235575f851561121e5750838201355b5f19600387901b1c1916600186901b1783556111d0565b5f83815260208120601f198716915b828110156112645786850135825560209485019460019092019101611244565b5086821015611280575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b602081525f610e00602083018486610ed1565b818382375f9101908152919050565b5f5f8335601e198436030181126112c9575f5ffd5b83018035915067ffffffffffffffff8211156112e3575f5ffd5b602001915036819003821315610eca575f5ffdfe4b4d53206973206e6f7420616c6c6f77656420746f20626f6f74206f6e207468697320646576696365417070206e6f74206465706c6f796564206f7220696e76616c69642061646472657373a164736f6c634300081c000a' as const
/** Creation bytecode of contracts/MultisigAppAuth.sol:MultisigAppAuth. */
export const multisigAppAuthBytecode =
  '0x6101a0604052348015610010575f5ffd5b5060405161440838038061440883398101604081905261002f91610923565b85856040518060400160405280600f81526020016e417070417574684d756c746973696760881b815250604051806040016040528060018152602001603160f81b815250878787875f5b8151518110156100b6576100ae825f0151828151811061009b5761009b610a18565b60200260200101516103e260201b60201c565b600101610079565b505f5b8160200151518110156100fa576100f2826020015182815181106100df576100df610a18565b602002602001015161048160201b60201c565b6001016100b9565b5080604001511561010f5761010f6001610518565b806060015115610123576101236001610587565b5081158061013457506312cc030082115b1561016b5760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061017c57506312cc030083115b156101ae5760405163410c09b760e11b815260048101849052602481018390526312cc03006044820152606401610162565b8015806101be57506301e1338081115b156101df576040516358456f7360e01b815260048101829052602401610162565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506102398261060360201b60201c565b6101605261024681610603565b61018052815160208084019190912061012052815190820120610140524660e0526102d46101205161014051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60c0525050306101005281516020101561030e578151604051637d465d6f60e11b8152600481019190915260206024820152604401610162565b5f5b82518110156103ba575f83828151811061032c5761032c610a18565b602002602001015190505f6001600160a01b0316816001600160a01b0316148061035e57506001600160a01b03811630145b8061037f57506001600160a01b0381165f908152600a602052604090205415155b156103a857604051630ef5ef5160e11b81526001600160a01b0382166004820152602401610162565b6103b181610640565b50600101610310565b506103cc8183516106c560201b60201c565b6103d5816106fd565b5050505050505050610a87565b8061040057604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af9061044a9083815260200190565b60405180910390a161047e7f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c826001610742565b50565b8061049f57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a161047e7f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046826001610742565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a161047e7f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f83610742565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa1906105d090831515815260200190565b60405180910390a161047e7feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f83610742565b5f5f829050601f8151111561062d578260405163305a27a960e01b81526004016101629190610a2c565b805161063882610a61565b179392505050565b600980546001810182557f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af0180546001600160a01b0319166001600160a01b03841690811790915590545f828152600a60205260408082209290925590517f47d1c22a25bb3a5d4e481b9b1e6944c2eade3181a0a20b495ed61d35b5323f249190a250565b8115806106d157508082115b156106f957604051637c81aeab60e11b81526004810183905260248101829052604401610162565b5050565b600b80549082905560408051828152602081018490527f3164947cf0f49f08dd0cd80e671535b1e11590d347c55dcaa97ba3c24a96b33a910160405180910390a15050565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c3237584604051610781911515815260200190565b60405180910390a4505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156107ca576107ca61078e565b604052919050565b5f6001600160401b038211156107ea576107ea61078e565b5060051b60200190565b5f82601f830112610803575f5ffd5b8151610816610811826107d2565b6107a2565b8082825260208201915060208360051b860101925085831115610837575f5ffd5b602085015b8381101561085457805183526020928301920161083c565b5095945050505050565b8051801515811461086d575f5ffd5b919050565b5f60808284031215610882575f5ffd5b604051608081016001600160401b03811182821017156108a4576108a461078e565b604052825190915081906001600160401b038111156108c1575f5ffd5b6108cd858286016107f4565b82525060208301516001600160401b038111156108e8575f5ffd5b6108f4858286016107f4565b6020830152506109066040840161085e565b60408201526109176060840161085e565b60608201525092915050565b5f5f5f5f5f5f60c08789031215610938575f5ffd5b86516001600160401b0381111561094d575f5ffd5b8701601f8101891361095d575f5ffd5b805161096b610811826107d2565b8082825260208201915060208360051b85010192508b83111561098c575f5ffd5b6020840193505b828410156109c25783516001600160a01b03811681146109b1575f5ffd5b825260209384019390910190610993565b60208b015160408c015160608d015160808e015160a08f0151949d50929b5090995097509550925050506001600160401b038111156109ff575f5ffd5b610a0b89828a01610872565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610a81575f198160200360031b1b821691505b50919050565b60805160a05160c05160e0516101005161012051610140516101605161018051613907610b015f395f6122f301525f6122c301525f6125b901525f61259101525f6124ec01525f61251601525f61254001525f81816105ea01526119e801525f818161069201528181612d1b0152612d5101526139075ff3fe608060405234801561000f575f5ffd5b50600436106102cb575f3560e01c806360d2f33d1161017b578063a06db7dc116100e4578063cd15a16c1161009e578063d56834a511610079578063d56834a5146106dc578063dc04e893146106ef578063dcade3d314610702578063f0f470cf14610715575f5ffd5b8063cd15a16c14610690578063cd8d522b146106b6578063d5606db8146106c9575f5ffd5b8063a06db7dc146105e8578063a6e386151461060e578063aab5a8771461063d578063affed0e014610646578063b50191261461064e578063bf8b211b1461066e575f5ffd5b806397357dd21161013557806397357dd21461058c578063998aada81461059f578063999c8705146105a75780639b14d4c6146105ba5780639bdc86ff146105c25780639ced689f146105d5575f5ffd5b806360d2f33d146104cd57806367b3f22c146104f457806372dd6dd3146105075780637c9fb2581461051a5780637df73e271461054757806384b0196e14610571575f5ffd5b80633d10feb71161023757806347144421116101f157806359db6e85116101cc57806359db6e851461049757806359ecd657146104aa5780635c40d7b2146104b25780635c695a07146104c5575f5ffd5b806347144421146104665780634b28160b14610479578063535167b51461048c575f5ffd5b80633d10feb7146103f75780634205f6fb1461040a57806342cde4e81461041d5780634661964914610425578063467fc1db1461043057806346f0975a14610451575f5ffd5b80632f6622e5116102885780632f6622e51461037157806333d4c80c146103935780633440a16a146103a6578063349a2529146103b157806336ed6828146103c457806337376ca8146103e4575f5ffd5b806301ffc9a7146102cf5780630aa58c83146102f75780631d266200146103075780631e0791981461031c5780631eee48891461033d57806328e7654f1461035e575b5f5ffd5b6102e26102dd3660046130d0565b61071d565b60405190151581526020015b60405180910390f35b600254610100900460ff166102e2565b61031a6103153660046130f7565b610747565b005b61032f61032a36600461310e565b6107bc565b6040516102ee929190613173565b61035061034b36600461318d565b610978565b6040519081526020016102ee565b61031a61036c3660046130f7565b6109a2565b6102e261037f3660046130f7565b5f9081526020819052604090205460ff1690565b6103506103a1366004613207565b6109b3565b60025460ff166102e2565b6103506103bf36600461318d565b610a0f565b6103d76103d236600461325c565b610a6a565b6040516102ee9190613300565b61031a6103f23660046130f7565b610b68565b610350610405366004613312565b610b79565b61031a61041836600461318d565b610ba7565b600b54610350565b6103506301e1338081565b61044361043e36600461318d565b610c59565b6040516102ee9291906133d6565b610459610ef0565b6040516102ee9190613476565b61031a61047436600461318d565b610f50565b6103506104873660046134c1565b61105c565b6103506312cc030081565b61031a6104a53660046130f7565b61108e565b610350602081565b61031a6104c03660046130f7565b6111d5565b61031a611245565b6103507f0bf66ca5b19ff5ca518532a9f45f895df7bc74e56261d0b17115287e094f67b881565b61031a6105023660046130f7565b611291565b61031a6105153660046130f7565b6112db565b6103506105283660046130f7565b5f9081526004602052604090205461010090046001600160401b031690565b6102e26105553660046134e0565b6001600160a01b03165f908152600a6020526040902054151590565b610579611364565b6040516102ee97969594939291906134f9565b61035061059a36600461358f565b6113a6565b61031a6113fa565b6102e26105b53660046135d6565b61141c565b600354610350565b6103506105d036600461358f565b61145c565b6103506105e3366004613606565b6114a6565b7f0000000000000000000000000000000000000000000000000000000000000000610350565b61035061061c3660046130f7565b5f90815260046020526040902054600160481b90046001600160401b031690565b61035061040081565b600c54610350565b61066161065c3660046130f7565b6114f2565b6040516102ee9190613644565b6102e261067c3660046130f7565b5f9081526001602052604090205460ff1690565b7f0000000000000000000000000000000000000000000000000000000000000000610350565b6103506106c436600461358f565b611645565b6103506106d736600461358f565b611691565b6103506106ea366004613207565b6116db565b6103506106fd3660046130f7565b6116f3565b610350610710366004613606565b61171b565b600554610350565b5f6001600160e01b0319821663793fd87d60e01b1480610741575061074182611767565b92915050565b61074f61178b565b5f8181526001602052604090205460ff1661076b6002836117ad565b158015610776575080155b156107a95760025b60405163415301b960e01b815260ff9091166004820152602481018390526044015b60405180910390fd5b80156107b8576107b8826117eb565b5050565b5f6060306107cd60208501856134e0565b6001600160a01b03161461080a57505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff16801561086357507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61084a60e0850185613656565b604051610858929190613698565b604051809103902014155b156108a557505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff166108fc57505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff16158015610922575060608301355f9081526001602052604090205460ff16155b1561095957505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b61096f60408051602081019091525f8152600191565b91509150915091565b5f61099b6109868484610a0f565b604080515f8152602080820190925290611865565b9392505050565b6109b06104a560018361105c565b50565b5f6109bc61178b565b610a0660086109cb8787610b79565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061190592505050565b95945050505050565b604080517f0bf66ca5b19ff5ca518532a9f45f895df7bc74e56261d0b17115287e094f67b86020820152908101839052606081018290525f9061099b9060800160405160208183030381529060405280519060200120611bc1565b600c54606090848114610a9a5760405163e4792fa160e01b815260048101869052602481018290526044016107a0565b5f8787604051610aab929190613698565b604051809103902090505f610ac08288610a0f565b9050610acd818787611bed565b610ad88360016136cf565b600c556040518281523390829089907f07accd75ddf946a725eb9f0eef9b431d96371a13ac787e42a03e95aba0b5de299060200160405180910390a48715610b5c57610b59308a8a8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611dca92505050565b93505b50505095945050505050565b610b7061178b565b6109b081611dd7565b5f826001600160a01b031660a0610b8f84611e6e565b6bffffffffffffffffffffffff16901b179392505050565b5f610bb28383610a0f565b5f818152600d6020908152604080832033845290915290205490915060ff16610bf757604051635bee8be360e11b8152336004820152602481018290526044016107a0565b5f818152600d602090815260408083203380855290835292819020805460ff1916905580518681529182018590528392917fac00fe14069965aa9594a0930f065afddcdcbf701a1ec97dc27a9c2b3317572e91015b60405180910390a3505050565b60055460609081905f81861015610c8f57610c7486836136e2565b8511610c8957610c8485876136cf565b610c91565b81610c91565b855b90505f610c9e87836136e2565b9050806001600160401b03811115610cb857610cb86136a7565b604051908082528060200260200182016040528015610ce1578160200160208202803683370190505b509450806001600160401b03811115610cfc57610cfc6136a7565b604051908082528060200260200182016040528015610d3557816020015b610d2261303d565b815260200190600190039081610d1a5790505b5093505f5b81811015610ee5576005610d4e828a6136cf565b81548110610d5e57610d5e6136f5565b905f5260205f200154868281518110610d7957610d796136f5565b60200260200101818152505060045f878381518110610d9a57610d9a6136f5565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600b811115610ddc57610ddc61333a565b600b811115610ded57610ded61333a565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610e4090613709565b80601f0160208091040260200160405190810160405280929190818152602001828054610e6c90613709565b8015610eb75780601f10610e8e57610100808354040283529160200191610eb7565b820191905f5260205f20905b815481529060010190602001808311610e9a57829003601f168201915b505050505081525050858281518110610ed257610ed26136f5565b6020908102919091010152600101610d3a565b505050509250929050565b60606009805480602002602001604051908101604052809291908181526020018280548015610f4657602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610f28575b5050505050905090565b335f908152600a6020526040902054610f7e57604051633dfa147360e01b81523360048201526024016107a0565b600c54811015610faf57600c5460405163e4792fa160e01b81526107a0918391600401918252602082015260400190565b5f610fba8383610a0f565b5f818152600d6020908152604080832033845290915290205490915060ff16156110005760405163283df93b60e01b8152336004820152602481018290526044016107a0565b5f818152600d602090815260408083203380855290835292819020805460ff1916600117905580518681529182018590528392917f07f7024ca4883db3d1644440d6ec0559ec3b038f1363580654ad73f996d031869101610c4c565b5f8282604051602001611070929190613741565b60405160208183030381529060405280519060200120905092915050565b5f81815260046020908152604080832060069092528220549091036110c957604051631e2ef17160e01b8152600481018390526024016107a0565b8054600160481b90046001600160401b031642101561111657805460405163afff056960e01b815260048101849052600160481b9091046001600160401b031660248201526044016107a0565b8054600160881b90046001600160401b031642111561116357805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b031660248201526044016107a0565b8054600182015460ff9091169061117984611eaa565b6111838282611f94565b81600b8111156111955761119561333a565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf1836040516111c791815260200190565b60405180910390a350505050565b6111dd61178b565b600354811115806111f157506312cc030081115b156112325780600354600161120691906136cf565b60405163410c09b760e11b8152600481019290925260248201526312cc030060448201526064016107a0565b61123b8161207f565b6109b060056120c5565b61124d61178b565b600254610100900460ff16156112855760045b60405163415301b960e01b815260ff90911660048201525f60248201526044016107a0565b61128f6001612167565b565b61129961178b565b5f8181526020819052604090205460ff166112b56001836117ad565b1580156112c0575080155b156112cc57600161077e565b80156107b8576107b8826121e3565b5f81815260066020526040812054900361130b57604051631e2ef17160e01b8152600481018290526024016107a0565b5f81815260046020526040902054600160881b90046001600160401b031642811061135b576040516315577c9160e31b8152600481018390526001600160401b03821660248201526044016107a0565b6107b882612255565b5f6060805f5f5f60606113756122bc565b61137d6122ec565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6113af61178b565b6113f26005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061190592505050565b949350505050565b61140261178b565b60025460ff16611413576003611260565b61128f5f612317565b5f600d5f61142a8585610a0f565b815260208082019290925260409081015f9081206001600160a01b038816825290925290205460ff1690509392505050565b5f61146561178b565b6113f260018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061190592505050565b5f6114af61178b565b61099b60035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061190592505050565b6114fa61303d565b5f82815260066020526040812054900361152a57604051631e2ef17160e01b8152600481018390526024016107a0565b5f8281526004602052604090819020815160c081019092528054829060ff16600b81111561155a5761155a61333a565b600b81111561156b5761156b61333a565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a0909201916115be90613709565b80601f01602080910402602001604051908101604052809291908181526020018280546115ea90613709565b80156116355780601f1061160c57610100808354040283529160200191611635565b820191905f5260205f20905b81548152906001019060200180831161161857829003601f168201915b5050505050815250509050919050565b5f61164e61178b565b6113f26009855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061190592505050565b5f61169a61178b565b6113f260028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061190592505050565b5f6116e461178b565b610a0660076109cb8787610b79565b5f6116fc61178b565b61074160018360405180602001604052805f815250611905565b919050565b5f61172461178b565b61099b60045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061190592505050565b5f6001600160e01b03198216631ed3f1f960e31b1480610741575061074182612386565b33301461128f576040516381f1c9db60e01b81523360048201526024016107a0565b5f5f6117b9848461105c565b5f81815260066020526040812054919250036117d8575f915050610741565b6117e181611dd7565b5060019392505050565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906118329083815260200190565b60405180910390a16109b07f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046825f6123d5565b6009545f90815b818110801561187a57508383105b156118fc575f60098281548110611893576118936136f5565b5f918252602080832090910154898352600d825260408084206001600160a01b039092168085529190925291205490915060ff1680156118da57506118d88682612421565b155b156118eb576118e88461375c565b93505b506118f58161375c565b905061186c565b50509392505050565b5f6104008251111561193857815160405163021c07bb60e01b8152600481019190915261040060248201526044016107a0565b611942848461247a565b61194c848461105c565b5f81815260066020526040902054909150156119d1575f81815260046020526040902054600160881b90046001600160401b031642116119c8575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b031660248201526044016107a0565b6119d181612255565b5f600354426119e091906136cf565b90505f611a0d7f000000000000000000000000000000000000000000000000000000000000000083613774565b90506040518060c0016040528087600b811115611a2c57611a2c61333a565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600b811115611a8e57611a8e61333a565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a08201516002820190611b2790826137d7565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600b811115611b7a57611b7a61333a565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad2487858589604051611bb09493929190613891565b60405180910390a350509392505050565b5f610741611bcd6124e0565b8360405161190160f01b8152600281019290925260228201526042902090565b600b54815f816001600160401b03811115611c0a57611c0a6136a7565b604051908082528060200260200182016040528015611c33578160200160208202803683370190505b5090505f5f5b83811015611d6c575f5f611c708a8a8a86818110611c5957611c596136f5565b9050602002810190611c6b9190613656565b612609565b5090925090505f816003811115611c8957611c8961333a565b14611caa57604051631a1f5c6760e01b8152600481018490526024016107a0565b6001600160a01b0382165f908152600a6020526040902054611cea57604051633dfa147360e01b81526001600160a01b03831660048201526024016107a0565b836001600160a01b0316826001600160a01b031611611d3657604051631e1dde6960e31b8152600481018490526001600160a01b038084166024830152851660448201526064016107a0565b81858481518110611d4957611d496136f5565b6001600160a01b0390921660209283029190910190910152509150600101611c39565b5083831015611d9657611d898783611d8486886136e2565b611865565b611d9390846136cf565b92505b83831015611dc157604051633e0cd9d760e11b815260048101849052602481018590526044016107a0565b50505050505050565b606061099b83835f612650565b5f818152600660205260408120549003611e0757604051631e2ef17160e01b8152600481018290526024016107a0565b5f8181526004602052604090208054600182015460ff90911690611e2a84611eaa565b81600b811115611e3c57611e3c61333a565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da4876836040516111c791815260200190565b5f6bffffffffffffffffffffffff821115611ea6576040516306dfcc6560e41b815260606004820152602481018390526044016107a0565b5090565b5f81815260066020526040902054600554808214611f2a575f6005611ed06001846136e2565b81548110611ee057611ee06136f5565b905f5260205f2001549050806005600185611efb91906136e2565b81548110611f0b57611f0b6136f5565b5f91825260208083209091019290925591825260069052604090208290555b6005805480611f3b57611f3b6138d1565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b03191681556001810182905590611f8d600283018261308a565b5050505050565b600782600b811115611fa857611fa861333a565b0361201757611fb7828261271c565b8060a081901c6001600160a01b0382163314611ff6576040516278516360e61b81526001600160a01b03831660048201523360248201526044016107a0565b611fff826128de565b600b5481146120115761201181612963565b50505050565b600882600b81111561202b5761202b61333a565b036120495761203a828261271c565b8060a081901c611fff826129a1565b600982600b81111561205d5761205d61333a565b036120755761206c828261271c565b6107b881612963565b6107b88282612ac9565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d3526291015b60405180910390a15050565b6005545b80156107b8575f60056120dd6001846136e2565b815481106120ed576120ed6136f5565b5f918252602082200154915083600b81111561210b5761210b61333a565b1480612148575082600b8111156121245761212461333a565b5f8281526004602052604090205460ff16600b8111156121465761214661333a565b145b156121565761215681611dd7565b50612160816138e5565b90506120c9565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa1906121b090831515815260200190565b60405180910390a16109b07feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f836123d5565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e8947910160405180910390a16109b07f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c825f6123d5565b5f8181526004602052604090208054600182015460ff9091169061227884611eaa565b81600b81111561228a5761228a61333a565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b55836040516111c791815260200190565b60606122e77f0000000000000000000000000000000000000000000000000000000000000000612b91565b905090565b60606122e77f0000000000000000000000000000000000000000000000000000000000000000612b91565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16109b07f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f836123d5565b5f6001600160e01b031982166303c0f23360e31b14806123b657506001600160e01b0319821663ae082e1760e01b145b8061074157506301ffc9a760e01b6001600160e01b0319831614610741565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c3237584604051612414911515815260200190565b60405180910390a4505050565b5f5f5b835181101561247157826001600160a01b0316848281518110612449576124496136f5565b60200260200101516001600160a01b031603612469576001915050610741565b600101612424565b505f9392505050565b600782600b81111561248e5761248e61333a565b14806124ab5750600882600b8111156124a9576124a961333a565b145b806124c75750600982600b8111156124c5576124c561333a565b145b156124d6576107b8828261271c565b6107b88282612bce565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561253857507f000000000000000000000000000000000000000000000000000000000000000046145b1561256257507f000000000000000000000000000000000000000000000000000000000000000090565b6122e7604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f8080604184900361263d578435602086013560408701355f1a61262f89828585612dae565b955095509550505050612647565b505f915060029050825b93509350939050565b60608147101561267c5760405163cf47918160e01b8152476004820152602481018390526044016107a0565b5f612688858486612e76565b90508080156126a957505f3d11806126a957505f856001600160a01b03163b115b156126be576126b6612e8b565b91505061099b565b80156126e857604051639996b31560e01b81526001600160a01b03861660048201526024016107a0565b3d156126fb576126f6612ea4565b612714565b60405163d6bda27560e01b815260040160405180910390fd5b509392505050565b600980549083600b8111156127335761273361333a565b0361278457816127438183612eaf565b600b5481036120115783600b81111561275e5761275e61333a565b60405163415301b960e01b815260ff9091166004820152602481018490526044016107a0565b8160a081901c600785600b81111561279e5761279e61333a565b0361288f576001600160a01b03821615806127c157506001600160a01b03821630145b156127ea57604051630ef5ef5160e11b81526001600160a01b03831660048201526024016107a0565b6001600160a01b0382165f908152600a60205260409020541561283f5784600b8111156128195761281961333a565b60405163415301b960e01b815260ff9091166004820152602481018590526044016107a0565b60208303612876576128528360016136cf565b604051637d465d6f60e11b81526004810191909152602060248201526044016107a0565b61288a816128858560016136cf565b612eaf565b611f8d565b6001600160a01b0382165f908152600a60205260409020546128cf57604051633dfa147360e01b81526001600160a01b03831660048201526024016107a0565b611f8d816128856001866136e2565b600980546001810182557f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af0180546001600160a01b0319166001600160a01b03841690811790915590545f828152600a60205260408082209290925590517f47d1c22a25bb3a5d4e481b9b1e6944c2eade3181a0a20b495ed61d35b5323f249190a250565b600b80549082905560408051828152602081018490527f3164947cf0f49f08dd0cd80e671535b1e11590d347c55dcaa97ba3c24a96b33a91016120b9565b6001600160a01b0381165f908152600a6020526040902054600954808214612a4f575f60096129d16001846136e2565b815481106129e1576129e16136f5565b5f918252602090912001546001600160a01b03169050806009612a056001866136e2565b81548110612a1557612a156136f5565b5f91825260208083209190910180546001600160a01b0319166001600160a01b03948516179055929091168152600a909152604090208290555b6009805480612a6057612a606138d1565b5f828152602080822083015f1990810180546001600160a01b03191690559092019092556001600160a01b038516808352600a90915260408083208390555190917f3525e22824a8a7df2c9a6029941c824cf95b6447f1e13d5128fd3826d35afe8b91a2505050565b600182600b811115612add57612add61333a565b03612aeb576107b881612ee3565b600282600b811115612aff57612aff61333a565b03612b0d576107b881612f7f565b600382600b811115612b2157612b2161333a565b03612b30576107b86001612317565b600482600b811115612b4457612b4461333a565b03612b52576107b85f612167565b600582600b811115612b6657612b6661333a565b03612b74576107b88161207f565b8181604051636e8c20ed60e01b81526004016107a0929190613741565b60605f612b9d83613016565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b600182600b811115612be257612be261333a565b03612c545780612c0557604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b156107b85781600b811115612c2e57612c2e61333a565b60405163415301b960e01b815260ff9091166004820152602481018290526044016107a0565b600282600b811115612c6857612c6861333a565b03612ca15780612c8b57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff16612c17565b600382600b811115612cb557612cb561333a565b03612cc55760025460ff16612c17565b600482600b811115612cd957612cd961333a565b03612cff57600254610100900460ff166107b85781600b811115612c2e57612c2e61333a565b600582600b811115612d1357612d1361333a565b03612b7457807f0000000000000000000000000000000000000000000000000000000000000000811080612d4957506003548110155b15612da957807f00000000000000000000000000000000000000000000000000000000000000006001600354612d7f91906136e2565b60405163410c09b760e11b81526004810193909352602483019190915260448201526064016107a0565b505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115612de757505f91506003905082612e6c565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612e38573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116612e6357505f925060019150829050612e6c565b92505f91508190505b9450945094915050565b5f5f5f83516020850186885af1949350505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b811580612ebb57508082115b156107b857604051637c81aeab60e11b815260048101839052602481018290526044016107a0565b80612f0157604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af90612f4b9083815260200190565b60405180910390a16109b07f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c8260016123d5565b80612f9d57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16109b07f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a3342330468260016123d5565b5f60ff8216601f81111561074157604051632cd44ac360e21b815260040160405180910390fd5b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b50805461309690613709565b5f825580601f106130a5575050565b601f0160209004905f5260205f20908101906109b091905b80821115611ea6575f81556001016130bd565b5f602082840312156130e0575f5ffd5b81356001600160e01b03198116811461099b575f5ffd5b5f60208284031215613107575f5ffd5b5035919050565b5f6020828403121561311e575f5ffd5b81356001600160401b03811115613133575f5ffd5b8201610120818503121561099b575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f6113f26040830184613145565b5f5f6040838503121561319e575f5ffd5b50508035926020909101359150565b80356001600160a01b0381168114611716575f5ffd5b5f5f83601f8401126131d3575f5ffd5b5081356001600160401b038111156131e9575f5ffd5b602083019150836020828501011115613200575f5ffd5b9250929050565b5f5f5f5f6060858703121561321a575f5ffd5b613223856131ad565b93506020850135925060408501356001600160401b03811115613244575f5ffd5b613250878288016131c3565b95989497509550505050565b5f5f5f5f5f60608688031215613270575f5ffd5b85356001600160401b03811115613285575f5ffd5b613291888289016131c3565b9096509450506020860135925060408601356001600160401b038111156132b6575f5ffd5b8601601f810188136132c6575f5ffd5b80356001600160401b038111156132db575f5ffd5b8860208260051b84010111156132ef575f5ffd5b959894975092955050506020019190565b602081525f61099b6020830184613145565b5f5f60408385031215613323575f5ffd5b61332c836131ad565b946020939093013593505050565b634e487b7160e01b5f52602160045260245ffd5b600c811061336a57634e487b7160e01b5f52602160045260245ffd5b9052565b61337982825161334e565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a08501526113f260c0850182613145565b604080825283519082018190525f9060208501906060840190835b8181101561340f5783518352602093840193909201916001016133f1565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b8381101561346857601f1985840301865261345283835161336e565b6020968701969093509190910190600101613436565b509098975050505050505050565b602080825282518282018190525f918401906040840190835b818110156134b65783516001600160a01b031683526020938401939092019160010161348f565b509095945050505050565b5f5f604083850312156134d2575f5ffd5b8235600c811061332c575f5ffd5b5f602082840312156134f0575f5ffd5b61099b826131ad565b60ff60f81b8816815260e060208201525f61351760e0830189613145565b82810360408401526135298189613145565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561357e578351835260209384019390920191600101613560565b50909b9a5050505050505050505050565b5f5f5f604084860312156135a1575f5ffd5b8335925060208401356001600160401b038111156135bd575f5ffd5b6135c9868287016131c3565b9497909650939450505050565b5f5f5f606084860312156135e8575f5ffd5b6135f1846131ad565b95602085013595506040909401359392505050565b5f5f60208385031215613617575f5ffd5b82356001600160401b0381111561362c575f5ffd5b613638858286016131c3565b90969095509350505050565b602081525f61099b602083018461336e565b5f5f8335601e1984360301811261366b575f5ffd5b8301803591506001600160401b03821115613684575f5ffd5b602001915036819003821315613200575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610741576107416136bb565b81810381811115610741576107416136bb565b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061371d57607f821691505b60208210810361373b57634e487b7160e01b5f52602260045260245ffd5b50919050565b6040810161374f828561334e565b8260208301529392505050565b5f6001820161376d5761376d6136bb565b5060010190565b6001600160401b038181168382160190811115610741576107416136bb565b601f821115612da957805f5260205f20601f840160051c810160208510156137b85750805b601f840160051c820191505b81811015611f8d575f81556001016137c4565b81516001600160401b038111156137f0576137f06136a7565b613804816137fe8454613709565b84613793565b6020601f821160018114613836575f831561381f5750848201515b5f19600385901b1c1916600184901b178455611f8d565b5f84815260208120601f198516915b828110156138655787850151825560209485019460019092019101613845565b508482101561388257868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f6138c76080830184613145565b9695505050505050565b634e487b7160e01b5f52603160045260245ffd5b5f816138f3576138f36136bb565b505f19019056fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/OptOutRegistry.sol:OptOutRegistry. */
export const optOutRegistryBytecode =
  '0x610180604052348015610010575f5ffd5b5060405161197638038061197683398101604081905261002f91610271565b6040518060400160405280600e81526020016d4f70744f7574526567697374727960901b815250604051806040016040528060018152602001603160f81b81525061007f8261017160201b60201c565b6101205261008c81610171565b61014052815160208084019190912060e052815190820120610100524660a05261011860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05261013281631ed3f1f960e31b6101ae565b61015f576040516304872fa960e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6001600160a01b0316610160526102f2565b5f5f829050601f8151111561019b578260405163305a27a960e01b81526004016101569190610297565b80516101a6826102cc565b179392505050565b5f6101b8836101d0565b80156101c957506101c98383610219565b9392505050565b5f6101e2826301ffc9a760e01b610219565b15610212575f806101fb846001600160e01b031961023d565b9150915081801561020a575080155b949350505050565b505f919050565b5f8080610226858561023d565b915091508180156102345750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b5f60208284031215610281575f5ffd5b81516001600160a01b03811681146101c9575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102ec575f198160200360031b1b821691505b50919050565b60805160a05160c05160e0516101005161012051610140516101605161160d6103695f395f8181610302015281816104800152818161052001528181610c5a0152610d2901525f610a5d01525f610a2d01525f61101701525f610fef01525f610f4a01525f610f7401525f610f9e015261160d5ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c806384b0196e116100a9578063e8fced201161006e578063e8fced201461033f578063ed79bef314610352578063f39017a514610388578063f5d8e0531461039b578063ffd0e3ed146103ae575f5ffd5b806384b0196e146102b457806385771487146102cf5780639e6d4119146102e2578063d7363a69146102f5578063de7454c81461032c575f5ffd5b80633cb352b3116100ef5780633cb352b3146101c25780633f7d4a97146101d55780636da59041146101e85780637892df69146102815780637ecebe00146102a1575f5ffd5b806301ffc9a71461012057806308551d6514610148578063238afcc51461018857806333d0b4451461019b575b5f5ffd5b61013361012e366004611207565b6103c3565b60405190151581526020015b60405180910390f35b61017a61015636600461122e565b5f90815260036020526040902060010154600160801b90046001600160801b031690565b60405190815260200161013f565b61013361019636600461122e565b6103f9565b61017a7f6c88258ccbde72a2c5088baa6d3cac78c313f5dfd94f583fd94eec0192d0b9bb81565b61017a6101d036600461122e565b61059d565b61017a6101e3366004611245565b6105c3565b61024e6101f636600461122e565b60408051606080820183525f808352602080840182905292840181905293845260038252928290208251938401835280548452600101546001600160401b0380821692850192909252600160401b9004169082015290565b60408051825181526020808401516001600160401b0390811691830191909152928201519092169082015260600161013f565b61029461028f3660046112bd565b610622565b60405161013f91906112e6565b61017a6102af366004611347565b610747565b6102bc610764565b60405161013f979695949392919061138e565b6101336102dd366004611245565b6107a6565b61017a6102f036600461122e565b6107ee565b6040516001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016815260200161013f565b61017a61033a36600461122e565b610809565b61017a61034d36600461122e565b610831565b610133610360366004611424565b5f9081526005602090815260408083206001600160a01b039490941683529290522054151590565b61017a61039636600461144c565b610846565b61017a6103a9366004611498565b6108ba565b6103c16103bc3660046114d1565b610909565b005b5f6001600160e01b03198216634f3ee00f60e11b14806103f357506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8181526003602052604081206001810154600160401b90046001600160401b03168083036104435760405163cdf288bb60e01b8152600481018590526024015b60405180910390fd5b806001600160401b0316421061045d575060019392505050565b815460405163a6e3861560e01b8152600481018290526001600160401b038316907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a6e3861590602401602060405180830381865afa1580156104cd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104f19190611573565b14158061059457506001830154604051630f93f64b60e31b8152600481018390526001600160401b03909116907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637c9fb25890602401602060405180830381865afa15801561056d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105919190611573565b14155b95945050505050565b5f8181526003602052604081206002015480156105ba57806105bc565b825b9392505050565b825f5b8281101561061a57610610828585848181106105e4576105e461158a565b90506020020160208101906105f99190611347565b5f9182526001600160a01b03166020526040902090565b91506001016105c6565b509392505050565b5f83815260036020526040812060010154606091600160801b9091046001600160801b031690818510156106755761065a85836115b2565b841161066f5761066a84866115c5565b610677565b81610677565b845b905061068385826115b2565b6001600160401b0381111561069a5761069a6115d8565b6040519080825280602002602001820160405280156106c3578160200160208202803683370190505b505f8781526004602052604081209194505b845181101561073c57815f6106ea838a6115c5565b81526020019081526020015f205f9054906101000a90046001600160a01b031685828151811061071c5761071c61158a565b6001600160a01b03909216602092830291909101909101526001016106d5565b505050509392505050565b6001600160a01b0381165f908152600260205260408120546103f3565b5f6060805f5f5f6060610775610a26565b61077d610a56565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f83815260036020526040812060010154600160801b90046001600160801b0316821480156107e657506107d98461059d565b6107e48585856105c3565b145b949350505050565b5f6107f882610a81565b90506108048133610adb565b919050565b5f5f5f5f61081685610c55565b92509250925061082883868484610daf565b50909392505050565b5f5f61083c83610c55565b5090949350505050565b604080517f6c88258ccbde72a2c5088baa6d3cac78c313f5dfd94f583fd94eec0192d0b9bb60208201526001600160a01b03861691810191909152606081018490526080810183905260a081018290525f906105949060c00160405160208183030381529060405280519060200120610e63565b5f8383836040516020016108ea939291909283526001600160401b03918216602084015216604082015260600190565b6040516020818303038152906040528051906020012090509392505050565b8242111561093c5760405163020b9cb960e21b81526001600160a01b03881660048201526024810184905260440161043a565b5f61094687610a81565b905085811461097957604051632c750e4160e01b815260048101889052602481018790526044810182905260640161043a565b6001600160a01b0388165f9081526002602052604090208054600181019091558581146109d257604051630163de6760e71b81526001600160a01b038a166004820152602481018790526044810182905260640161043a565b6109e9896109e28b8a8a8a610846565b8686610e8f565b610a11576040516304c863bb60e41b81526001600160a01b038a16600482015260240161043a565b610a1b878a610adb565b505050505050505050565b6060610a517f0000000000000000000000000000000000000000000000000000000000000000610f01565b905090565b6060610a517f0000000000000000000000000000000000000000000000000000000000000000610f01565b5f5f5f5f610a8e85610c55565b925092509250806001600160401b03164210610acf576040516355e7964960e11b8152600481018490526001600160401b038216602482015260440161043a565b61082883868484610daf565b5f8281526005602090815260408083206001600160a01b0385168452918290529091205415610b2f5760405163f0c65c4960e01b81526001600160a01b03831660048201526024810184905260440161043a565b5f838152600360205260408120600181015460028201549192600160801b9091046001600160801b031691610b7690865f9182526001600160a01b03166020526040902090565b5f878152600460209081526040808320868452909152902080546001600160a01b0319166001600160a01b0388161790559050610bb48260016115c5565b6001600160a01b0386165f90815260208690526040902055610bd78260016115c5565b6001840180546001600160801b03928316600160801b029216919091179055600283018190556040516001600160a01b0386169087907fd347dcb1c9c8ab463db8f9ab01a7a814cfb2a29809b09f30a631da9303d8854e90610c459086908690918252602082015260400190565b60405180910390a3505050505050565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a6e38615856040518263ffffffff1660e01b8152600401610ca691815260200190565b602060405180830381865afa158015610cc1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ce59190611573565b9050806001600160401b03165f03610d135760405163d18e693f60e01b81526004810185905260240161043a565b604051630f93f64b60e31b8152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637c9fb25890602401602060405180830381865afa158015610d76573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d9a9190611573565b9150610da78483836108ba565b949193509150565b5f8481526003602052604090206001810154600160401b90046001600160401b031615610ddc5750610e5d565b8381556001810180546001600160401b038581166fffffffffffffffffffffffffffffffff199092168217600160401b9186169182021790925560028301879055604080519182526020820192909252859187917f24211270a180196e0d9609fdff23ed00a242c45154ee1b8404916f9e9268502d910160405180910390a3505b50505050565b5f6103f3610e6f610f3e565b8360405161190160f01b8152600281019290925260228201526042902090565b5f846001600160a01b03163b5f03610eee575f5f610eae868686611067565b5090925090505f816003811115610ec757610ec76115ec565b148015610ee55750866001600160a01b0316826001600160a01b0316145b925050506107e6565b610efa858585856110ae565b90506107e6565b60605f610f0d83611118565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610f9657507f000000000000000000000000000000000000000000000000000000000000000046145b15610fc057507f000000000000000000000000000000000000000000000000000000000000000090565b610a51604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f8080604184900361109b578435602086013560408701355f1a61108d8982858561113f565b9550955095505050506110a5565b505f915060029050825b93509350939050565b60408051630b135d3f60e11b808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f60ff8216601f8111156103f357604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561117857505f915060039050826111fd565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156111c9573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166111f457505f9250600191508290506111fd565b92505f91508190505b9450945094915050565b5f60208284031215611217575f5ffd5b81356001600160e01b0319811681146105bc575f5ffd5b5f6020828403121561123e575f5ffd5b5035919050565b5f5f5f60408486031215611257575f5ffd5b8335925060208401356001600160401b03811115611273575f5ffd5b8401601f81018613611283575f5ffd5b80356001600160401b03811115611298575f5ffd5b8660208260051b84010111156112ac575f5ffd5b939660209190910195509293505050565b5f5f5f606084860312156112cf575f5ffd5b505081359360208301359350604090920135919050565b602080825282518282018190525f918401906040840190835b818110156113265783516001600160a01b03168352602093840193909201916001016112ff565b509095945050505050565b80356001600160a01b0381168114610804575f5ffd5b5f60208284031215611357575f5ffd5b6105bc82611331565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f6113ac60e0830189611360565b82810360408401526113be8189611360565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156114135783518352602093840193909201916001016113f5565b50909b9a5050505050505050505050565b5f5f60408385031215611435575f5ffd5b61143e83611331565b946020939093013593505050565b5f5f5f5f6080858703121561145f575f5ffd5b61146885611331565b966020860135965060408601359560600135945092505050565b80356001600160401b0381168114610804575f5ffd5b5f5f5f606084860312156114aa575f5ffd5b833592506114ba60208501611482565b91506114c860408501611482565b90509250925092565b5f5f5f5f5f5f5f60c0888a0312156114e7575f5ffd5b6114f088611331565b96506020880135955060408801359450606088013593506080880135925060a08801356001600160401b03811115611526575f5ffd5b8801601f81018a13611536575f5ffd5b80356001600160401b0381111561154b575f5ffd5b8a602082840101111561155c575f5ffd5b602082019350809250505092959891949750929550565b5f60208284031215611583575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156103f3576103f361159e565b808201808211156103f3576103f361159e565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52602160045260245ffdfea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/TimelockAppAuth.sol:TimelockAppAuth. */
export const timelockAppAuthBytecode =
  '0x60c060405234801561000f575f5ffd5b50604051612d96380380612d9683398101604081905261002e916105c6565b838383835f5b81515181101561007157610069825f01518281518110610056576100566106b9565b602002602001015161025e60201b60201c565b600101610034565b505f5b8160200151518110156100b5576100ad8260200151828151811061009a5761009a6106b9565b60200260200101516102fd60201b60201c565b600101610074565b508060400151156100ca576100ca6001610394565b8060600151156100de576100de6001610403565b508115806100ef57506312cc030082115b156101265760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061013757506312cc030083115b156101695760405163410c09b760e11b815260048101849052602481018390526312cc0300604482015260640161011d565b80158061017957506301e1338081115b1561019a576040516358456f7360e01b81526004810182905260240161011d565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506001600160a01b03851661020c57604051633e0ad02160e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0387169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a350505050506106cd565b8061027c57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906102c69083815260200190565b60405180910390a16102fa7f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c82600161047b565b50565b8061031b57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16102fa7f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a33423304682600161047b565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16102fa7f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f8361047b565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061044c90831515815260200190565b60405180910390a16102fa7feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f835b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c32375846040516104ba911515815260200190565b60405180910390a4505050565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156104fd576104fd6104c7565b60405290565b604051601f8201601f191681016001600160401b038111828210171561052b5761052b6104c7565b604052919050565b5f82601f830112610542575f5ffd5b81516001600160401b0381111561055b5761055b6104c7565b8060051b61056b60208201610503565b91825260208185018101929081019086841115610586575f5ffd5b6020860192505b838310156105a857825182526020928301929091019061058d565b9695505050505050565b805180151581146105c1575f5ffd5b919050565b5f5f5f5f5f60a086880312156105da575f5ffd5b85516001600160a01b03811681146105f0575f5ffd5b60208701516040880151606089015160808a0151939850919650945092506001600160401b03811115610621575f5ffd5b860160808189031215610632575f5ffd5b61063a6104db565b81516001600160401b0381111561064f575f5ffd5b61065b8a828501610533565b82525060208201516001600160401b03811115610676575f5ffd5b6106828a828501610533565b602083015250610694604083016105b2565b60408201526106a5606083016105b2565b606082015280925050509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b60805160a0516126936107035f395f8181610447015261188401525f81816104e701528181611f940152611fca01526126935ff3fe608060405234801561000f575f5ffd5b5060043610610229575f3560e01c80637c9fb2581161012a578063aab5a877116100b4578063dc04e89311610079578063dc04e8931461051e578063dcade3d314610531578063e30c397814610544578063f0f470cf1461054c578063f2fde38b14610554575f5ffd5b8063aab5a8771461049a578063b5019126146104a3578063bf8b211b146104c3578063cd15a16c146104e5578063d5606db81461050b575f5ffd5b80639b14d4c6116100fa5780639b14d4c6146104175780639bdc86ff1461041f5780639ced689f14610432578063a06db7dc14610445578063a6e386151461046b575f5ffd5b80637c9fb258146103aa5780638da5cb5b146103d757806397357dd2146103fc578063998aada81461040f575f5ffd5b8063467fc1db116101b65780635c695a071161017b5780635c695a071461036c57806367b3f22c14610374578063715018a61461038757806372dd6dd31461038f57806379ba5097146103a2575f5ffd5b8063467fc1db146103075780634b28160b14610328578063535167b51461033b57806359db6e85146103465780635c40d7b214610359575f5ffd5b806328e7654f116101fc57806328e7654f1461029b5780632f6622e5146102ae5780633440a16a146102d057806337376ca8146102db57806346619649146102ee575f5ffd5b806301ffc9a71461022d5780630aa58c83146102555780631d266200146102655780631e0791981461027a575b5f5ffd5b61024061023b3660046120b9565b610567565b60405190151581526020015b60405180910390f35b600254610100900460ff16610240565b6102786102733660046120e0565b610591565b005b61028d6102883660046120f7565b610606565b60405161024c92919061215c565b6102786102a93660046120e0565b6107c2565b6102406102bc3660046120e0565b5f9081526020819052604090205460ff1690565b60025460ff16610240565b6102786102e93660046120e0565b6107d3565b6102f96301e1338081565b60405190815260200161024c565b61031a610315366004612176565b6107e4565b60405161024c929190612232565b6102f96103363660046122d2565b610a7b565b6102f96312cc030081565b6102786103543660046120e0565b610aad565b6102786103673660046120e0565b610bf4565b610278610c64565b6102786103823660046120e0565b610cb0565b610278610cfa565b61027861039d3660046120e0565b610d60565b610278610de9565b6102f96103b83660046120e0565b5f9081526004602052604090205461010090046001600160401b031690565b6007546001600160a01b03165b6040516001600160a01b03909116815260200161024c565b6102f961040a366004612343565b610df7565b610278610e4b565b6003546102f9565b6102f961042d366004612343565b610e6d565b6102f961044036600461238a565b610eb7565b7f00000000000000000000000000000000000000000000000000000000000000006102f9565b6102f96104793660046120e0565b5f90815260046020526040902054600160481b90046001600160401b031690565b6102f961040081565b6104b66104b13660046120e0565b610f0a565b60405161024c91906123c8565b6102406104d13660046120e0565b5f9081526001602052604090205460ff1690565b7f00000000000000000000000000000000000000000000000000000000000000006102f9565b6102f9610519366004612343565b61105d565b6102f961052c3660046120e0565b6110a7565b6102f961053f36600461238a565b6110ca565b6103e4611116565b6005546102f9565b6102786105623660046123da565b61113f565b5f6001600160e01b031982166394be599960e01b148061058b575061058b826111c4565b92915050565b6105996111e8565b5f8181526001602052604090205460ff166105b560028361122a565b1580156105c0575080155b156105f35760025b60405163415301b960e01b815260ff9091166004820152602481018390526044015b60405180910390fd5b80156106025761060282611268565b5050565b5f60603061061760208501856123da565b6001600160a01b03161461065457505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff1680156106ad57507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61069460e0850185612400565b6040516106a2929190612442565b604051809103902014155b156106ef57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff1661074657505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff1615801561076c575060608301355f9081526001602052604090205460ff16155b156107a357505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b6107b960408051602081019091525f8152600191565b91509150915091565b6107d0610354600183610a7b565b50565b6107db6111e8565b6107d0816112e2565b60055460609081905f8186101561081a576107ff8683612465565b85116108145761080f8587612478565b61081c565b8161081c565b855b90505f6108298783612465565b9050806001600160401b038111156108435761084361248b565b60405190808252806020026020018201604052801561086c578160200160208202803683370190505b509450806001600160401b038111156108875761088761248b565b6040519080825280602002602001820160405280156108c057816020015b6108ad612022565b8152602001906001900390816108a55790505b5093505f5b81811015610a705760056108d9828a612478565b815481106108e9576108e961249f565b905f5260205f2001548682815181106109045761090461249f565b60200260200101818152505060045f8783815181106109255761092561249f565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600b81111561096757610967612196565b600b81111561097857610978612196565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a0909201916109cb906124b3565b80601f01602080910402602001604051908101604052809291908181526020018280546109f7906124b3565b8015610a425780601f10610a1957610100808354040283529160200191610a42565b820191905f5260205f20905b815481529060010190602001808311610a2557829003601f168201915b505050505081525050858281518110610a5d57610a5d61249f565b60209081029190910101526001016108c5565b505050509250929050565b5f8282604051602001610a8f9291906124e5565b60405160208183030381529060405280519060200120905092915050565b5f8181526004602090815260408083206006909252822054909103610ae857604051631e2ef17160e01b8152600481018390526024016105ea565b8054600160481b90046001600160401b0316421015610b3557805460405163afff056960e01b815260048101849052600160481b9091046001600160401b031660248201526044016105ea565b8054600160881b90046001600160401b0316421115610b8257805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b031660248201526044016105ea565b8054600182015460ff90911690610b9884611379565b610ba28282611463565b81600b811115610bb457610bb4612196565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf183604051610be691815260200190565b60405180910390a350505050565b610bfc6111e8565b60035481111580610c1057506312cc030081115b15610c5157806003546001610c259190612478565b60405163410c09b760e11b8152600481019290925260248201526312cc030060448201526064016105ea565b610c5a8161151c565b6107d06005611561565b610c6c6111e8565b600254610100900460ff1615610ca45760045b60405163415301b960e01b815260ff90911660048201525f60248201526044016105ea565b610cae6001611603565b565b610cb86111e8565b5f8181526020819052604090205460ff16610cd460018361122a565b158015610cdf575080155b15610ceb5760016105c8565b8015610602576106028261167f565b610d026111e8565b610d0a6116f1565b610d135f611561565b600780546001600160a01b031981169091556040516001600160a01b03909116905f9082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908390a350565b5f818152600660205260408120549003610d9057604051631e2ef17160e01b8152600481018290526024016105ea565b5f81815260046020526040902054600160881b90046001600160401b0316428110610de0576040516315577c9160e31b8152600481018390526001600160401b03821660248201526044016105ea565b6106028261173a565b610cae610354600633610a7b565b5f610e006111e8565b610e436005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117a192505050565b949350505050565b610e536111e8565b60025460ff16610e64576003610c7f565b610cae5f611a5d565b5f610e766111e8565b610e4360018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117a192505050565b5f610ec06111e8565b610f0360035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117a192505050565b9392505050565b610f12612022565b5f828152600660205260408120549003610f4257604051631e2ef17160e01b8152600481018390526024016105ea565b5f8281526004602052604090819020815160c081019092528054829060ff16600b811115610f7257610f72612196565b600b811115610f8357610f83612196565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610fd6906124b3565b80601f0160208091040260200160405190810160405280929190818152602001828054611002906124b3565b801561104d5780601f106110245761010080835404028352916020019161104d565b820191905f5260205f20905b81548152906001019060200180831161103057829003601f168201915b5050505050815250509050919050565b5f6110666111e8565b610e4360028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117a192505050565b5f6110b06111e8565b61058b60018360405180602001604052805f8152506117a1565b5f6110d36111e8565b610f0360045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117a192505050565b6008545f906001600160a01b031661112d81611acc565b611137575f611139565b805b91505090565b6111476111e8565b61114f6116f1565b61117260066001600160a01b03831660405180602001604052805f8152506117a1565b50600880546001600160a01b0319166001600160a01b03838116918217909255600754604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f6001600160e01b03198216631ed3f1f960e31b148061058b575061058b82611aff565b6007546001600160a01b0316338114158061120a57506001600160a01b038116155b156107d0576040516331d69cb360e11b81523360048201526024016105ea565b5f5f6112368484610a7b565b5f8181526006602052604081205491925003611255575f91505061058b565b61125e816112e2565b5060019392505050565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906112af9083815260200190565b60405180910390a16107d07f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046825f611b4e565b5f81815260066020526040812054900361131257604051631e2ef17160e01b8152600481018290526024016105ea565b5f8181526004602052604090208054600182015460ff9091169061133584611379565b81600b81111561134757611347612196565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da487683604051610be691815260200190565b5f818152600660205260409020546005548082146113f9575f600561139f600184612465565b815481106113af576113af61249f565b905f5260205f20015490508060056001856113ca9190612465565b815481106113da576113da61249f565b5f91825260208083209091019290925591825260069052604090208290555b600580548061140a5761140a612500565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b0319168155600181018290559061145c600283018261206f565b5050505050565b600682600b81111561147757611477612196565b14611486576106028282611b9a565b5f6114918383611c62565b9050336001600160a01b038216146114be576040516331d69cb360e11b81523360048201526024016105ea565b600780546001600160a01b038381166001600160a01b03198084168217909455600880549094169093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a350505050565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050565b6005545b8015610602575f6005611579600184612465565b815481106115895761158961249f565b5f918252602082200154915083600b8111156115a7576115a7612196565b14806115e4575082600b8111156115c0576115c0612196565b5f8281526004602052604090205460ff16600b8111156115e2576115e2612196565b145b156115f2576115f2816112e2565b506115fc81612514565b9050611565565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061164c90831515815260200190565b60405180910390a16107d07feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f83611b4e565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e8947910160405180910390a16107d07f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c825f611b4e565b6008546001600160a01b031661170681611acc565b156117275761172761172260066001600160a01b038416610a7b565b6112e2565b50600880546001600160a01b0319169055565b5f8181526004602052604090208054600182015460ff9091169061175d84611379565b81600b81111561176f5761176f612196565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b5583604051610be691815260200190565b5f610400825111156117d457815160405163021c07bb60e01b8152600481019190915261040060248201526044016105ea565b6117de8484611c90565b6117e88484610a7b565b5f818152600660205260409020549091501561186d575f81815260046020526040902054600160881b90046001600160401b03164211611864575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b031660248201526044016105ea565b61186d8161173a565b5f6003544261187c9190612478565b90505f6118a97f000000000000000000000000000000000000000000000000000000000000000083612529565b90506040518060c0016040528087600b8111156118c8576118c8612196565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600b81111561192a5761192a612196565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a082015160028201906119c3908261258c565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600b811115611a1657611a16612196565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad2487858589604051611a4c9493929190612646565b60405180910390a350509392505050565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16107d07f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f83611b4e565b5f6001600160a01b0382161580159061058b5750611af761047960066001600160a01b038516610a7b565b151592915050565b5f6001600160e01b031982166303c0f23360e31b1480611b2f57506001600160e01b0319821663ae082e1760e01b145b8061058b57506301ffc9a760e01b6001600160e01b031983161461058b565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c3237584604051611b8d911515815260200190565b60405180910390a4505050565b600182600b811115611bae57611bae612196565b03611bbc5761060281611d14565b600282600b811115611bd057611bd0612196565b03611bde5761060281611db0565b600382600b811115611bf257611bf2612196565b03611c01576106026001611a5d565b600482600b811115611c1557611c15612196565b03611c23576106025f611603565b600582600b811115611c3757611c37612196565b03611c45576106028161151c565b8181604051636e8c20ed60e01b81526004016105ea9291906124e5565b5f60a082901c15611c8a578282604051636e8c20ed60e01b81526004016105ea9291906124e5565b50919050565b600682600b811115611ca457611ca4612196565b14611cb3576106028282611e47565b5f611cbe8383611c62565b90506001600160a01b038116611ce757604051633e0ad02160e01b815260040160405180910390fd5b6007546001600160a01b0390811690821603611d0f5782600b8111156105c8576105c8612196565b505050565b80611d3257604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af90611d7c9083815260200190565b60405180910390a16107d07f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c826001611b4e565b80611dce57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16107d07f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046826001611b4e565b600182600b811115611e5b57611e5b612196565b03611ecd5780611e7e57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b156106025781600b811115611ea757611ea7612196565b60405163415301b960e01b815260ff9091166004820152602481018290526044016105ea565b600282600b811115611ee157611ee1612196565b03611f1a5780611f0457604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff16611e90565b600382600b811115611f2e57611f2e612196565b03611f3e5760025460ff16611e90565b600482600b811115611f5257611f52612196565b03611f7857600254610100900460ff166106025781600b811115611ea757611ea7612196565b600582600b811115611f8c57611f8c612196565b03611c4557807f0000000000000000000000000000000000000000000000000000000000000000811080611fc257506003548110155b15611d0f57807f00000000000000000000000000000000000000000000000000000000000000006001600354611ff89190612465565b60405163410c09b760e11b81526004810193909352602483019190915260448201526064016105ea565b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b50805461207b906124b3565b5f825580601f1061208a575050565b601f0160209004905f5260205f20908101906107d091905b808211156120b5575f81556001016120a2565b5090565b5f602082840312156120c9575f5ffd5b81356001600160e01b031981168114610f03575f5ffd5b5f602082840312156120f0575f5ffd5b5035919050565b5f60208284031215612107575f5ffd5b81356001600160401b0381111561211c575f5ffd5b82016101208185031215610f03575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f610e43604083018461212e565b5f5f60408385031215612187575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b600c81106121c657634e487b7160e01b5f52602160045260245ffd5b9052565b6121d58282516121aa565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a0850152610e4360c085018261212e565b604080825283519082018190525f9060208501906060840190835b8181101561226b57835183526020938401939092019160010161224d565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b838110156122c457601f198584030186526122ae8383516121ca565b6020968701969093509190910190600101612292565b509098975050505050505050565b5f5f604083850312156122e3575f5ffd5b8235600c81106122f1575f5ffd5b946020939093013593505050565b5f5f83601f84011261230f575f5ffd5b5081356001600160401b03811115612325575f5ffd5b60208301915083602082850101111561233c575f5ffd5b9250929050565b5f5f5f60408486031215612355575f5ffd5b8335925060208401356001600160401b03811115612371575f5ffd5b61237d868287016122ff565b9497909650939450505050565b5f5f6020838503121561239b575f5ffd5b82356001600160401b038111156123b0575f5ffd5b6123bc858286016122ff565b90969095509350505050565b602081525f610f0360208301846121ca565b5f602082840312156123ea575f5ffd5b81356001600160a01b0381168114610f03575f5ffd5b5f5f8335601e19843603018112612415575f5ffd5b8301803591506001600160401b0382111561242e575f5ffd5b60200191503681900382131561233c575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561058b5761058b612451565b8082018082111561058b5761058b612451565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c908216806124c757607f821691505b602082108103611c8a57634e487b7160e01b5f52602260045260245ffd5b604081016124f382856121aa565b8260208301529392505050565b634e487b7160e01b5f52603160045260245ffd5b5f8161252257612522612451565b505f190190565b6001600160401b03818116838216019081111561058b5761058b612451565b601f821115611d0f57805f5260205f20601f840160051c8101602085101561256d5750805b601f840160051c820191505b8181101561145c575f8155600101612579565b81516001600160401b038111156125a5576125a561248b565b6125b9816125b384546124b3565b84612548565b6020601f8211600181146125eb575f83156125d45750848201515b5f19600385901b1c1916600184901b17845561145c565b5f84815260208120601f198516915b8281101561261a57878501518255602094850194600190920191016125fa565b508482101561263757868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f61267c608083018461212e565b969550505050505056fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/VerifiedTimelockAppAuth.sol:VerifiedTimelockAppAuth. */
export const verifiedTimelockAppAuthBytecode =
  '0x60e060405234801561000f575f5ffd5b50604051614cf8380380614cf883398101604081905261002e91610d3c565b808686868686838383835f5b8151518110156100775761006f825f0151828151811061005c5761005c610e4c565b60200260200101516103a660201b60201c565b60010161003a565b505f5b8160200151518110156100bb576100b3826020015182815181106100a0576100a0610e4c565b602002602001015161044560201b60201c565b60010161007a565b508060400151156100d0576100d060016104dc565b8060600151156100e4576100e4600161054b565b508115806100f557506312cc030082115b1561012c5760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061013d57506312cc030083115b1561016f5760405163410c09b760e11b815260048101849052602481018390526312cc03006044820152606401610123565b80158061017f57506301e1338081115b156101a0576040516358456f7360e01b815260048101829052602401610123565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506001600160a01b03851661021257604051633e0ad02160e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0387169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3505050505080604001515f1480610277575062278d008160400151115b156102a7576040808201519051630a41216560e31b8152600481019190915262278d006024820152604401610123565b604081015160c0525f5b81515181101561034d575f6102e7835f015183815181106102d4576102d4610e4c565b60200260200101516105c760201b60201c565b5f818152601b6020526040902054909150156103195760405163b057350d60e01b815260048101829052602401610123565b610344835f0151838151811061033157610331610e4c565b60200260200101516106f860201b60201c565b506001016102b1565b508051516020820151111561038c5760208101518151516040516331fe9c3f60e21b815260048101929092525f60248301526044820152606401610123565b602081015161039a90610886565b50505050505050610f05565b806103c457604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af9061040e9083815260200190565b60405180910390a16104427f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c8260016108d7565b50565b8061046357604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16104427f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a3342330468260016108d7565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16104427f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f836108d7565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061059490831515815260200190565b60405180910390a16104427feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f836108d7565b5f6105d98263b6896fff60e01b610923565b6106015760405163064db52160e11b81526001600160a01b0383166004820152602401610123565b60408051600481526024810182526020810180516001600160e01b03166309c2d37960e11b17905290515f9182916001600160a01b0386169161064391610e60565b5f60405180830381855afa9150503d805f811461067b576040519150601f19603f3d011682016040523d82523d5f602084013e610680565b606091505b509150915081158061069457508051602014155b156106bd57604051630c405f7960e01b81526001600160a01b0385166004820152602401610123565b6106c681610e76565b9250826106f157604051630c405f7960e01b81526001600160a01b0385166004820152602401610123565b5050919050565b5f610702826105c7565b5f818152601b602052604090205490915061071d8382610947565b6009545f8083810361077d575b6107348383610a2f565b156107495761074282610eb0565b915061072a565b610754826001610ec8565b5f868152601b6020526040902055846013836008811061077657610776610e4c565b01556107ab565b610788600185610edb565b9150600b826008811061079d5761079d610e4c565b01546001600160a01b031690505b85600b83600881106107bf576107bf610e4c565b0180546001600160a01b0319166001600160a01b0392909216919091179055600a545f906107ee906001610ec8565b90506107ff60016380000000610edb565b811115610822576040516326a13c8360e21b815260086004820152602401610123565b600a819055610832848483610a61565b600955604080516001600160a01b0384811682526020820184905289169188917f9a2579d01c1aefaf7bcf4c2ecb491f66848bc256130fe4c501336817cdfe3dd2910160405180910390a350505050505050565b6009805460ff19811683179091556040805160ff831680825260208201859052917f746309f02cd284c385c74dd4ef79bb4208c4190c89a8b2e32391d212615a73c8910160405180910390a1505050565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c3237584604051610916911515815260200190565b60405180910390a4505050565b5f61092d83610a9e565b801561093e575061093e8383610aec565b90505b92915050565b6009545f805b60088110156109fb576109608382610a2f565b5f0361096f57600191506109f3565b846001600160a01b0316600b826008811061098c5761098c610e4c565b01546001600160a01b03161480156109ae5750836109ab826001610ec8565b14155b156109f35784601382600881106109c7576109c7610e4c565b0154604051636c45c35b60e11b81526001600160a01b0390921660048301526024820152604401610123565b60010161094d565b5082158015610a08575080155b15610a29576040516326a13c8360e21b815260086004820152602401610123565b50505050565b5f610a3f60016380000000610edb565b610a4a83601f610eee565b610a55906008610ec8565b84901c16905092915050565b5f80610a6e84601f610eee565b610a79906008610ec8565b905082811b81610a8e60016380000000610edb565b901b198616179150509392505050565b5f610ab0826301ffc9a760e01b610aec565b15610ae0575f80610ac9846001600160e01b0319610b10565b91509150818015610ad8575080155b949350505050565b505f919050565b919050565b5f8080610af98585610b10565b91509150818015610b075750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b6001600160a01b0381168114610442575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b0381118282101715610b8e57610b8e610b58565b60405290565b604051608081016001600160401b0381118282101715610b8e57610b8e610b58565b604051601f8201601f191681016001600160401b0381118282101715610bde57610bde610b58565b604052919050565b5f6001600160401b03821115610bfe57610bfe610b58565b5060051b60200190565b5f82601f830112610c17575f5ffd5b8151610c2a610c2582610be6565b610bb6565b8082825260208201915060208360051b860101925085831115610c4b575f5ffd5b602085015b83811015610c68578051835260209283019201610c50565b5095945050505050565b80518015158114610ae7575f5ffd5b5f60608284031215610c91575f5ffd5b610c99610b6c565b82519091506001600160401b03811115610cb1575f5ffd5b8201601f81018413610cc1575f5ffd5b8051610ccf610c2582610be6565b8082825260208201915060208360051b850101925086831115610cf0575f5ffd5b6020840193505b82841015610d1b578351610d0a81610b44565b825260209384019390910190610cf7565b84525050506020828101519082015260409182015191810191909152919050565b5f5f5f5f5f5f60c08789031215610d51575f5ffd5b8651610d5c81610b44565b6020880151604089015160608a015160808b0151939950919750955093506001600160401b03811115610d8d575f5ffd5b87016080818a031215610d9e575f5ffd5b610da6610b94565b81516001600160401b03811115610dbb575f5ffd5b610dc78b828501610c08565b82525060208201516001600160401b03811115610de2575f5ffd5b610dee8b828501610c08565b602083015250610e0060408301610c72565b6040820152610e1160608301610c72565b606082015260a089015190935090506001600160401b03811115610e33575f5ffd5b610e3f89828a01610c81565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b5f82518060208501845e5f920191825250919050565b80516020808301519190811015610e96575f198160200360031b1b821691505b50919050565b634e487b7160e01b5f52601160045260245ffd5b5f60018201610ec157610ec1610e9c565b5060010190565b8082018082111561094157610941610e9c565b8181038181111561094157610941610e9c565b808202811582820484141761094157610941610e9c565b60805160a05160c051613dad610f4b5f395f81816103730152610dbb01525f81816105b7015261241f01525f818161066d01528181613325015261335b0152613dad5ff3fe608060405234801561000f575f5ffd5b50600436106102ff575f3560e01c80637c9fb25811610195578063bf8b211b116100e4578063dcade3d31161009e578063e427605b11610079578063e427605b1461070b578063e5392c8e14610713578063f0f470cf14610726578063f2fde38b1461072e575f5ffd5b8063dcade3d3146106dd578063dec7713b146106f0578063e30c397814610703575f5ffd5b8063bf8b211b14610649578063cd15a16c1461066b578063cfa4534414610691578063d008b750146106a4578063d5606db8146106b7578063dc04e893146106ca575f5ffd5b80639ca7acea1161014f578063a6e386151161012a578063a6e38615146105db578063aab5a8771461060a578063ae7d757d14610613578063b501912614610629575f5ffd5b80639ca7acea146105975780639ced689f146105a2578063a06db7dc146105b5575f5ffd5b80637c9fb258146105235780638da5cb5b1461055057806397357dd214610561578063998aada8146105745780639b14d4c61461057c5780639bdc86ff14610584575f5ffd5b80634b28160b1161025157806367b3f22c1161020b578063715018a6116101e6578063715018a6146104f6578063721857ea146104fe57806372dd6dd31461050857806379ba50971461051b575f5ffd5b806367b3f22c146104bd578063682f555c146104d057806368542ab5146104e3575f5ffd5b80634b28160b1461045e578063535167b51461047157806359db6e851461047c5780635a8cd9f71461048f5780635c40d7b2146104a25780635c695a07146104b5575f5ffd5b80632f6622e5116102bc57806337376ca81161029757806337376ca81461040c578063466196491461041f578063467fc1db1461042a57806349d185b01461044b575f5ffd5b80632f6622e5146103b45780633440a16a146103d657806335e7ce84146103e1575f5ffd5b806301ffc9a7146103035780630aa58c831461032b5780631d2662001461033b5780631e07919814610350578063283e55e91461037157806328e7654f146103a1575b5f5ffd5b61031661031136600461351c565b610741565b60405190151581526020015b60405180910390f35b600254610100900460ff16610316565b61034e610349366004613543565b610751565b005b61036361035e36600461355a565b6107c6565b6040516103229291906135bf565b7f00000000000000000000000000000000000000000000000000000000000000005b604051908152602001610322565b61034e6103af366004613543565b610975565b6103166103c2366004613543565b5f9081526020819052604090205460ff1690565b60025460ff16610316565b6103f46103ef366004613543565b610986565b6040516001600160a01b039091168152602001610322565b61034e61041a366004613543565b6109d0565b6103936301e1338081565b61043d6104383660046135d9565b6109e1565b6040516103229291906136c3565b610393610459366004613792565b610c78565b61039361046c3660046137fc565b610e8f565b6103936312cc030081565b61034e61048a366004613543565b610ec1565b61039361049d366004613829565b611008565b61034e6104b0366004613543565b611084565b61034e6110f4565b61034e6104cb366004613543565b611140565b6103936104de366004613829565b61118a565b61034e6104f1366004613543565b61122b565b61034e61132a565b61039362278d0081565b61034e610516366004613543565b611390565b61034e611419565b610393610531366004613543565b5f9081526004602052604090205461010090046001600160401b031690565b6007546001600160a01b03166103f4565b61039361056f366004613859565b611427565b61034e61147b565b600354610393565b610393610592366004613859565b61149d565b60095460ff16610393565b6103936105b03660046138a0565b6114e7565b7f0000000000000000000000000000000000000000000000000000000000000000610393565b6103936105e9366004613543565b5f90815260046020526040902054600160481b90046001600160401b031690565b61039361040081565b61061b611533565b6040516103229291906138de565b61063c610637366004613543565b6116aa565b604051610322919061393f565b610316610657366004613543565b5f9081526001602052604090205460ff1690565b7f0000000000000000000000000000000000000000000000000000000000000000610393565b61034e61069f366004613543565b6117fd565b6103936106b2366004613951565b611866565b6103936106c5366004613859565b6118bb565b6103936106d8366004613543565b611905565b6103936106eb3660046138a0565b61192d565b6103936106fe366004613859565b611979565b6103f46119c5565b610393600881565b610393610721366004613986565b6119ee565b600554610393565b61034e61073c3660046139a0565b611a85565b5f61074b82611b0a565b92915050565b610759611b2e565b5f8181526001602052604090205460ff16610775600283611b70565b158015610780575080155b156107b35760025b60405163415301b960e01b815260ff9091166004820152602481018390526044015b60405180910390fd5b80156107c2576107c282611bae565b5050565b5f6060306107d760208501856139a0565b6001600160a01b03161461081457505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff16801561086d57507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61085460e08501856139b9565b6040516108629291906139fb565b604051809103902014155b156108af57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff1661090657505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff1615801561092c575060608301355f9081526001602052604090205460ff16155b1561096357505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b61096c83611c28565b91509150915091565b61098361048a600183610e8f565b50565b5f818152601b602052604081205480156109c757600b6109a7600183613a1e565b600881106109b7576109b7613a31565b01546001600160a01b03166109c9565b5f5b9392505050565b6109d8611b2e565b61098381611c34565b60055460609081905f81861015610a17576109fc8683613a1e565b8511610a1157610a0c8587613a45565b610a19565b81610a19565b855b90505f610a268783613a1e565b9050806001600160401b03811115610a4057610a40613a58565b604051908082528060200260200182016040528015610a69578160200160208202803683370190505b509450806001600160401b03811115610a8457610a84613a58565b604051908082528060200260200182016040528015610abd57816020015b610aaa613451565b815260200190600190039081610aa25790505b5093505f5b81811015610c6d576005610ad6828a613a45565b81548110610ae657610ae6613a31565b905f5260205f200154868281518110610b0157610b01613a31565b60200260200101818152505060045f878381518110610b2257610b22613a31565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600b811115610b6457610b64613633565b600b811115610b7557610b75613633565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610bc890613a6c565b80601f0160208091040260200160405190810160405280929190818152602001828054610bf490613a6c565b8015610c3f5780601f10610c1657610100808354040283529160200191610c3f565b820191905f5260205f20905b815481529060010190602001808311610c2257829003601f168201915b505050505081525050858281518110610c5a57610c5a613a31565b6020908102919091010152600101610ac2565b505050509250929050565b5f868152601b6020526040812054808203610ca957604051631fddc7a360e21b8152600481018990526024016107aa565b5f610cb5600183613a1e565b90505f600b8260088110610ccb57610ccb613a31565b01546009546001600160a01b0390911691505f90610ce99084611ccb565b90505f610cf7898989611008565b90505f610d05848d8d611cfd565b80519091508d14610d455780516040516331302ca160e01b81526001600160a01b0386166004820152602481018f905260448101919091526064016107aa565b81816020015114610d79576020810151604051630605ab1960e21b81526107aa918491600401918252602082015260400190565b5f81606001516003811115610d9057610d90613633565b14610db557606081015160405163835f8a8160e01b81526107aa918f91600401613a9e565b5f610de07f000000000000000000000000000000000000000000000000000000000000000042613a45565b9050610e05610def8c8c611e8a565b876020846001600160401b0316901b8717611ead565b8d8a8c6001600160a01b03167f01889aca8b2610371e2093b09e580c86f34c01c0f735d0dc3c90060194a2878c88866040015186604051610e6d939291906001600160a01b0393909316835260208301919091526001600160401b0316604082015260600190565b60405180910390a46001600160401b03169d9c50505050505050505050505050565b5f8282604051602001610ea3929190613ac2565b60405160208183030381529060405280519060200120905092915050565b5f8181526004602090815260408083206006909252822054909103610efc57604051631e2ef17160e01b8152600481018390526024016107aa565b8054600160481b90046001600160401b0316421015610f4957805460405163afff056960e01b815260048101849052600160481b9091046001600160401b031660248201526044016107aa565b8054600160881b90046001600160401b0316421115610f9657805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b031660248201526044016107aa565b8054600182015460ff90911690610fac84611f44565b610fb6828261202e565b81600b811115610fc857610fc8613633565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf183604051610ffa91815260200190565b60405180910390a350505050565b5f8140806110325760405163579bb03560e01b8152600481018490524360248201526044016107aa565b6040805146602082015230918101919091526001600160a01b03861660608201526080810185905260a0810182905260c001604051602081830303815290604052805190602001209150509392505050565b61108c611b2e565b600354811115806110a057506312cc030081115b156110e1578060035460016110b59190613a45565b60405163410c09b760e11b8152600481019290925260248201526312cc030060448201526064016107aa565b6110ea81612038565b610983600561207d565b6110fc611b2e565b600254610100900460ff16156111345760045b60405163415301b960e01b815260ff90911660048201525f60248201526044016107aa565b61113e600161211f565b565b611148611b2e565b5f8181526020819052604090205460ff16611164600183611b70565b15801561116f575080155b1561117b576001610788565b80156107c2576107c28261219b565b5f818152601b60205260408120548082036111a8575f9150506109c9565b5f6111b4600183613a1e565b90505f6111f9601c5f6111c78a8a611e8a565b81526020019081526020015f206003846111e19190613ae4565b600381106111f1576111f1613a31565b01548361220d565b90506112108161120b60095485611ccb565b612233565b61121a575f611220565b602081901c5b979650505050505050565b611233611b2e565b5f818152601b60205260408120549081900361126557604051631fddc7a360e21b8152600481018390526024016107aa565b5f611271600183613a1e565b90505f600b826008811061128757611287613a31565b01546009546001600160a01b0390911691506112a490835f61224f565b600955600b82600881106112ba576112ba613a31565b0180546001600160a01b0319169055601382600881106112dc576112dc613a31565b5f9101819055848152601b6020526040808220829055516001600160a01b0383169186917f3d3f5ac13a6e03fa07df2ee7b28e40971c0793034162dfd6728cc3b533c1f6b49190a350505050565b611332611b2e565b61133a61228c565b6113435f61207d565b600780546001600160a01b031981169091556040516001600160a01b03909116905f9082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908390a350565b5f8181526006602052604081205490036113c057604051631e2ef17160e01b8152600481018290526024016107aa565b5f81815260046020526040902054600160881b90046001600160401b0316428110611410576040516315577c9160e31b8152600481018390526001600160401b03821660248201526044016107aa565b6107c2826122d5565b61113e61048a600633610e8f565b5f611430611b2e565b6114736005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061233c92505050565b949350505050565b611483611b2e565b60025460ff1661149457600361110f565b61113e5f6125f8565b5f6114a6611b2e565b61147360018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061233c92505050565b5f6114f0611b2e565b6109c960035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061233c92505050565b60095460609081905f805b600881101561156a576115518382611ccb565b156115625761155f82613af7565b91505b60010161153e565b50806001600160401b0381111561158357611583613a58565b6040519080825280602002602001820160405280156115ac578160200160208202803683370190505b509350806001600160401b038111156115c7576115c7613a58565b6040519080825280602002602001820160405280156115f0578160200160208202803683370190505b5092505f5f5b60088110156116a2576116098482611ccb565b1561169a576013816008811061162157611621613a31565b015486838151811061163557611635613a31565b602002602001018181525050600b816008811061165457611654613a31565b015485516001600160a01b039091169086908490811061167657611676613a31565b6001600160a01b039092166020928302919091019091015261169782613af7565b91505b6001016115f6565b505050509091565b6116b2613451565b5f8281526006602052604081205490036116e257604051631e2ef17160e01b8152600481018390526024016107aa565b5f8281526004602052604090819020815160c081019092528054829060ff16600b81111561171257611712613633565b600b81111561172357611723613633565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a09092019161177690613a6c565b80601f01602080910402602001604051908101604052809291908181526020018280546117a290613a6c565b80156117ed5780601f106117c4576101008083540402835291602001916117ed565b820191905f5260205f20905b8154815290600101906020018083116117d057829003601f168201915b5050505050815250509050919050565b611805611b2e565b5f61181260095460ff1690565b905080821115806118235750600882115b1561185d5781611834826001613a45565b6040516331fe9c3f60e21b815260048101929092526024820152600860448201526064016107aa565b6107c282612667565b5f61186f611b2e565b611473600a856001600160a01b03165f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061233c92505050565b5f6118c4611b2e565b61147360028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061233c92505050565b5f61190e611b2e565b61074b60018360405180602001604052805f81525061233c565b919050565b5f611936611b2e565b6109c960045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061233c92505050565b5f611982611b2e565b611473600b855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061233c92505050565b6008545f906001600160a01b03166119dc816126b8565b6119e6575f6119e8565b805b91505090565b6009545f9081601c81611a018787611e8a565b81526020019081526020015f2090505f5b6008811015611a7c575f611a268483611ccb565b90508015801590611a625750611a62611a5c84611a44600386613ae4565b60038110611a5457611a54613a31565b01548461220d565b82612233565b15611a7357611a7085613af7565b94505b50600101611a12565b50505092915050565b611a8d611b2e565b611a9561228c565b611ab860066001600160a01b03831660405180602001604052805f81525061233c565b50600880546001600160a01b0319166001600160a01b03838116918217909255600754604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f6001600160e01b03198216637e285c5760e11b148061074b575061074b826126eb565b6007546001600160a01b03163381141580611b5057506001600160a01b038116155b15610983576040516331d69cb360e11b81523360048201526024016107aa565b5f5f611b7c8484610e8f565b5f8181526006602052604081205491925003611b9b575f91505061074b565b611ba481611c34565b5060019392505050565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c90611bf59083815260200190565b60405180910390a16109837f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046825f61270f565b5f606061096c8361275b565b5f818152600660205260408120549003611c6457604051631e2ef17160e01b8152600481018290526024016107aa565b5f8181526004602052604090208054600182015460ff90911690611c8784611f44565b81600b811115611c9957611c99613633565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da487683604051610ffa91815260200190565b5f611cdb60016380000000613a1e565b611ce683601f613b0f565b611cf1906008613a45565b84901c16905092915050565b611d0561349e565b5f5f856001600160a01b03168585604051602401611d24929190613b26565b60408051601f198184030181529181526020820180516001600160e01b031663473b057f60e11b17905251611d599190613b54565b5f604051808303815f865af19150503d805f8114611d92576040519150601f19603f3d011682016040523d82523d5f602084013e611d97565b606091505b509150915081611dbe57858160405163497fa9d960e01b81526004016107aa929190613b6a565b8051608014611deb57604051630152a8fd60e21b81526001600160a01b03871660048201526024016107aa565b5f5f5f5f84806020019051810190611e039190613b8d565b929650909450925090506003811115611e3a57604051630152a8fd60e21b81526001600160a01b038b1660048201526024016107aa565b6040518060800160405280858152602001848152602001838152602001826003811115611e6957611e69613633565b6003811115611e7a57611e7a613633565b90529a9950505050505050505050565b604080516001600160a01b03841660208201529081018290525f90606001610ea3565b5f838152601c6020526040812090611ec6600385613bc0565b611ed1906050613b0f565b90505f81611ee46001600160501b613a1e565b901b1983611ef3600388613ae4565b60038110611f0357611f03613a31565b015416905081611f186001600160501b613a1e565b8516901b811783611f2a600388613ae4565b60038110611f3a57611f3a613a31565b0155505050505050565b5f81815260066020526040902054600554808214611fc4575f6005611f6a600184613a1e565b81548110611f7a57611f7a613a31565b905f5260205f2001549050806005600185611f959190613a1e565b81548110611fa557611fa5613a31565b5f91825260208083209091019290925591825260069052604090208290555b6005805480611fd557611fd5613bd3565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b0319168155600181018290559061202760028301826134d2565b5050505050565b6107c2828261288e565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050565b6005545b80156107c2575f6005612095600184613a1e565b815481106120a5576120a5613a31565b5f918252602082200154915083600b8111156120c3576120c3613633565b1480612100575082600b8111156120dc576120dc613633565b5f8281526004602052604090205460ff16600b8111156120fe576120fe613633565b145b1561210e5761210e81611c34565b5061211881613be7565b9050612081565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061216890831515815260200190565b60405180910390a16109837feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f8361270f565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e8947910160405180910390a16109837f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c825f61270f565b5f61221d6001600160501b613a1e565b612228600384613bc0565b611cf1906050613b0f565b5f63ffffffff8316821480156109c95750505060201c42111590565b5f8061225c84601f613b0f565b612267906008613a45565b905082811b8161227c60016380000000613a1e565b901b198616179150509392505050565b6008546001600160a01b03166122a1816126b8565b156122c2576122c26122bd60066001600160a01b038416610e8f565b611c34565b50600880546001600160a01b0319169055565b5f8181526004602052604090208054600182015460ff909116906122f884611f44565b81600b81111561230a5761230a613633565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b5583604051610ffa91815260200190565b5f6104008251111561236f57815160405163021c07bb60e01b8152600481019190915261040060248201526044016107aa565b61237984846128e5565b6123838484610e8f565b5f8181526006602052604090205490915015612408575f81815260046020526040902054600160881b90046001600160401b031642116123ff575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b031660248201526044016107aa565b612408816122d5565b5f600354426124179190613a45565b90505f6124447f000000000000000000000000000000000000000000000000000000000000000083613bfc565b90506040518060c0016040528087600b81111561246357612463613633565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600b8111156124c5576124c5613633565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a0820151600282019061255e9082613c5f565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600b8111156125b1576125b1613633565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad24878585896040516125e79493929190613d19565b60405180910390a350509392505050565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16109837f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f8361270f565b6009805460ff19811683179091556040805160ff831680825260208201859052917f746309f02cd284c385c74dd4ef79bb4208c4190c89a8b2e32391d212615a73c8910160405180910390a1505050565b5f6001600160a01b0382161580159061074b57506126e36105e960066001600160a01b038516610e8f565b151592915050565b5f6001600160e01b031982166394be599960e01b148061074b575061074b826128ef565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c323758460405161274e911515815260200190565b60405180910390a4505050565b6009545f9060609060ff8116801561286d575f601c8161278e61278460608a0160408b016139a0565b8960200135611e8a565b81526020019081526020015f2090505f5f5f5f1990505f5b6008811015612836575f6127ba8883611ccb565b9050805f036127c9575061282e565b826127d5600384613ae4565b146127fe576127e5600383613ae4565b92508583600381106127f9576127f9613a31565b015493505b61280b611a5c858461220d565b801561282157508661281c86613af7565b955085145b1561282c5750612836565b505b6001016127a6565b5084831015612868575f604051806060016040528060248152602001613d7d6024913997509750505050505050915091565b505050505b61288360408051602081019091525f8152600191565b935093505050915091565b600a82600b8111156128a2576128a2613633565b036128b9576107c26128b48383612913565b612941565b600b82600b8111156128cd576128cd613633565b036128db576107c281612667565b6107c28282612acf565b6107c28282612b88565b5f6001600160e01b03198216631ed3f1f960e31b148061074b575061074b82612cdb565b5f60a082901c1561293b578282604051636e8c20ed60e01b81526004016107aa929190613ac2565b50919050565b5f61294b82612d2a565b5f818152601b60205260409020549091506129668382612e5b565b6009545f808381036129c6575b61297d8383611ccb565b156129925761298b82613af7565b9150612973565b61299d826001613a45565b5f868152601b602052604090205584601383600881106129bf576129bf613a31565b01556129f4565b6129d1600185613a1e565b9150600b82600881106129e6576129e6613a31565b01546001600160a01b031690505b85600b8360088110612a0857612a08613a31565b0180546001600160a01b0319166001600160a01b0392909216919091179055600a545f90612a37906001613a45565b9050612a4860016380000000613a1e565b811115612a6b576040516326a13c8360e21b8152600860048201526024016107aa565b600a819055612a7b84848361224f565b600955604080516001600160a01b0384811682526020820184905289169188917f9a2579d01c1aefaf7bcf4c2ecb491f66848bc256130fe4c501336817cdfe3dd2910160405180910390a350505050505050565b600682600b811115612ae357612ae3613633565b14612af2576107c28282612f43565b5f612afd8383612913565b9050336001600160a01b03821614612b2a576040516331d69cb360e11b81523360048201526024016107aa565b600780546001600160a01b038381166001600160a01b03198084168217909455600880549094169093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a350505050565b600a82600b811115612b9c57612b9c613633565b03612c4e575f612bac8383612913565b90505f612bb882612d2a565b5f818152601b60205260409020549091508015801590612c0757506001600160a01b038316600b612bea600184613a1e565b60088110612bfa57612bfa613a31565b01546001600160a01b0316145b15612c445784600b811115612c1e57612c1e613633565b60405163415301b960e01b815260ff9091166004820152602481018590526044016107aa565b6120278382612e5b565b600b82600b811115612c6257612c62613633565b03612cd1575f612c7460095460ff1690565b9050801580612c835750808210155b15612ccc57815f8215612ca057612c9b600184613a1e565b612ca2565b5f5b6040516331fe9c3f60e21b81526004810193909352602483019190915260448201526064016107aa565b505050565b6107c2828261300b565b5f6001600160e01b031982166303c0f23360e31b1480612d0b57506001600160e01b0319821663ae082e1760e01b145b8061074b57506301ffc9a760e01b6001600160e01b031983161461074b565b5f612d3c8263b6896fff60e01b61308a565b612d645760405163064db52160e11b81526001600160a01b03831660048201526024016107aa565b60408051600481526024810182526020810180516001600160e01b03166309c2d37960e11b17905290515f9182916001600160a01b03861691612da691613b54565b5f60405180830381855afa9150503d805f8114612dde576040519150601f19603f3d011682016040523d82523d5f602084013e612de3565b606091505b5091509150811580612df757508051602014155b15612e2057604051630c405f7960e01b81526001600160a01b03851660048201526024016107aa565b612e2981613d59565b925082612e5457604051630c405f7960e01b81526001600160a01b03851660048201526024016107aa565b5050919050565b6009545f805b6008811015612f0f57612e748382611ccb565b5f03612e835760019150612f07565b846001600160a01b0316600b8260088110612ea057612ea0613a31565b01546001600160a01b0316148015612ec2575083612ebf826001613a45565b14155b15612f07578460138260088110612edb57612edb613a31565b0154604051636c45c35b60e11b81526001600160a01b03909216600483015260248201526044016107aa565b600101612e61565b5082158015612f1c575080155b15612f3d576040516326a13c8360e21b8152600860048201526024016107aa565b50505050565b600182600b811115612f5757612f57613633565b03612f65576107c2816130a5565b600282600b811115612f7957612f79613633565b03612f87576107c281613141565b600382600b811115612f9b57612f9b613633565b03612faa576107c260016125f8565b600482600b811115612fbe57612fbe613633565b03612fcc576107c25f61211f565b600582600b811115612fe057612fe0613633565b03612fee576107c281612038565b8181604051636e8c20ed60e01b81526004016107aa929190613ac2565b600682600b81111561301f5761301f613633565b1461302e576107c282826131d8565b5f6130398383612913565b90506001600160a01b03811661306257604051633e0ad02160e01b815260040160405180910390fd5b6007546001600160a01b0390811690821603612ccc5782600b81111561078857610788613633565b5f613094836133b3565b80156109c957506109c983836133f9565b806130c357604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af9061310d9083815260200190565b60405180910390a16109837f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c82600161270f565b8061315f57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16109837f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a33423304682600161270f565b600182600b8111156131ec576131ec613633565b0361325e578061320f57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b156107c25781600b81111561323857613238613633565b60405163415301b960e01b815260ff9091166004820152602481018290526044016107aa565b600282600b81111561327257613272613633565b036132ab578061329557604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff16613221565b600382600b8111156132bf576132bf613633565b036132cf5760025460ff16613221565b600482600b8111156132e3576132e3613633565b0361330957600254610100900460ff166107c25781600b81111561323857613238613633565b600582600b81111561331d5761331d613633565b03612fee57807f000000000000000000000000000000000000000000000000000000000000000081108061335357506003548110155b15612ccc57807f000000000000000000000000000000000000000000000000000000000000000060016003546133899190613a1e565b60405163410c09b760e11b81526004810193909352602483019190915260448201526064016107aa565b5f6133c5826301ffc9a760e01b6133f9565b156133f2575f806133de846001600160e01b031961341d565b915091508180156114735750159392505050565b505f919050565b5f5f5f613406858561341d565b915091508180156134145750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b60405180608001604052805f81526020015f81526020015f81526020015f60038111156134cd576134cd613633565b905290565b5080546134de90613a6c565b5f825580601f106134ed575050565b601f0160209004905f5260205f209081019061098391905b80821115613518575f8155600101613505565b5090565b5f6020828403121561352c575f5ffd5b81356001600160e01b0319811681146109c9575f5ffd5b5f60208284031215613553575f5ffd5b5035919050565b5f6020828403121561356a575f5ffd5b81356001600160401b0381111561357f575f5ffd5b820161012081850312156109c9575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f6114736040830184613591565b5f5f604083850312156135ea575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b8281101561362957815186526020958601959091019060010161360b565b5093949350505050565b634e487b7160e01b5f52602160045260245ffd5b600c811061365757613657613633565b9052565b613666828251613647565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a085015261147360c0850182613591565b604081525f6136d560408301856135f9565b828103602084015280845180835260208301915060208160051b840101602087015f5b8381101561372a57601f1986840301855261371483835161365b565b60209586019590935091909101906001016136f8565b509098975050505050505050565b5f5f83601f840112613748575f5ffd5b5081356001600160401b0381111561375e575f5ffd5b602083019150836020828501011115613775575f5ffd5b9250929050565b80356001600160a01b0381168114611928575f5ffd5b5f5f5f5f5f5f60a087890312156137a7575f5ffd5b8635955060208701356001600160401b038111156137c3575f5ffd5b6137cf89828a01613738565b90965094506137e290506040880161377c565b959894975092956060810135946080909101359350915050565b5f5f6040838503121561380d575f5ffd5b8235600c811061381b575f5ffd5b946020939093013593505050565b5f5f5f6060848603121561383b575f5ffd5b6138448461377c565b95602085013595506040909401359392505050565b5f5f5f6040848603121561386b575f5ffd5b8335925060208401356001600160401b03811115613887575f5ffd5b61389386828701613738565b9497909650939450505050565b5f5f602083850312156138b1575f5ffd5b82356001600160401b038111156138c6575f5ffd5b6138d285828601613738565b90969095509350505050565b604081525f6138f060408301856135f9565b82810360208401528084518083526020830191506020860192505f5b818110156139335783516001600160a01b031683526020938401939092019160010161390c565b50909695505050505050565b602081525f6109c9602083018461365b565b5f5f5f60408486031215613963575f5ffd5b61396c8461377c565b925060208401356001600160401b03811115613887575f5ffd5b5f5f60408385031215613997575f5ffd5b61381b8361377c565b5f602082840312156139b0575f5ffd5b6109c98261377c565b5f5f8335601e198436030181126139ce575f5ffd5b8301803591506001600160401b038211156139e7575f5ffd5b602001915036819003821315613775575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561074b5761074b613a0a565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561074b5761074b613a0a565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680613a8057607f821691505b60208210810361293b57634e487b7160e01b5f52602260045260245ffd5b8281526040810160048310613ab557613ab5613633565b8260208301529392505050565b60408101613ab58285613647565b634e487b7160e01b5f52601260045260245ffd5b5f82613af257613af2613ad0565b500490565b5f60018201613b0857613b08613a0a565b5060010190565b808202811582820484141761074b5761074b613a0a565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f82518060208501845e5f920191825250919050565b6001600160a01b03831681526040602082018190525f9061147390830184613591565b5f5f5f5f60808587031215613ba0575f5ffd5b505082516020840151604085015160609095015191969095509092509050565b5f82613bce57613bce613ad0565b500690565b634e487b7160e01b5f52603160045260245ffd5b5f81613bf557613bf5613a0a565b505f190190565b6001600160401b03818116838216019081111561074b5761074b613a0a565b601f821115612ccc57805f5260205f20601f840160051c81016020851015613c405750805b601f840160051c820191505b81811015612027575f8155600101613c4c565b81516001600160401b03811115613c7857613c78613a58565b613c8c81613c868454613a6c565b84613c1b565b6020601f821160018114613cbe575f8315613ca75750848201515b5f19600385901b1c1916600184901b178455612027565b5f84815260208120601f198516915b82811015613ced5787850151825560209485019460019092019101613ccd565b5084821015613d0a57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f613d4f6080830184613591565b9695505050505050565b8051602080830151919081101561293b575f1960209190910360031b1b1691905056fe496e73756666696369656e74205445452076656e646f72206174746573746174696f6e73a164736f6c634300081c000a' as const
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
