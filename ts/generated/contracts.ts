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
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
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
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
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
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
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
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
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
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
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
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
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
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
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
// StaticCallBatch
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const staticCallBatchAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'gasPerCall', internalType: 'uint256', type: 'uint256' },
      { name: 'calls', internalType: 'bytes[]', type: 'bytes[]' },
    ],
    name: 'staticCalls',
    outputs: [
      { name: 'ok', internalType: 'bool[]', type: 'bool[]' },
      { name: 'results', internalType: 'bytes[]', type: 'bytes[]' },
    ],
    stateMutability: 'view',
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
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
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
      {
        name: 'kind',
        internalType: 'enum IAppAuthNotice.ChangeKind',
        type: 'uint8',
      },
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
  '0x608060405234801561000f575f5ffd5b5060405161114f38038061114f83398101604081905261002e916104fb565b81815f5b81515181101561006f57610067825f01518281518110610054576100546105d2565b602002602001015161011b60201b60201c565b600101610032565b505f5b8160200151518110156100b3576100ab82602001518281518110610098576100986105d2565b60200260200101516101ba60201b60201c565b600101610072565b508060400151156100c8576100c86001610251565b8060600151156100dc576100dc60016102c0565b506001600160a01b03811661010a57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6101138161033c565b5050506105e6565b8061013957604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906101839083815260200190565b60405180910390a16101b77f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c826001610355565b50565b806101d857604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16101b77f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046826001610355565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16101b77f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f83610355565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061030990831515815260200190565b60405180910390a16101b77feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f83610355565b600380546001600160a01b03191690556101b7816103a1565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c3237584604051610394911515815260200190565b60405180910390a4505050565b600280546001600160a01b038381166201000081810262010000600160b01b031985161790945560405193909204169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b0381118282101715610432576104326103fc565b60405290565b604051601f8201601f191681016001600160401b0381118282101715610460576104606103fc565b604052919050565b5f82601f830112610477575f5ffd5b81516001600160401b03811115610490576104906103fc565b8060051b6104a060208201610438565b918252602081850181019290810190868411156104bb575f5ffd5b6020860192505b838310156104dd5782518252602092830192909101906104c2565b9695505050505050565b805180151581146104f6575f5ffd5b919050565b5f5f6040838503121561050c575f5ffd5b82516001600160a01b0381168114610522575f5ffd5b60208401519092506001600160401b0381111561053d575f5ffd5b83016080818603121561054e575f5ffd5b610556610410565b81516001600160401b0381111561056b575f5ffd5b61057787828501610468565b82525060208201516001600160401b03811115610592575f5ffd5b61059e87828501610468565b6020830152506105b0604083016104e7565b60408201526105c1606083016104e7565b606082015280925050509250929050565b634e487b7160e01b5f52603260045260245ffd5b610b5c806105f35f395ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c80636e4c74221161009e5780638da5cb5b1161006e5780638da5cb5b14610201578063bf8b211b1461022c578063dfc772231461024e578063e30c397814610261578063f2fde38b14610272575f5ffd5b80636e4c7422146101cb578063715018a6146101de57806379ba5097146101e65780637c4beeb8146101ee575f5ffd5b80632a819728116100d95780632a819728146101785780632f6622e51461018b5780633440a16a146101ad57806367b3f22c146101b8575f5ffd5b806301ffc9a71461010a5780630aa58c83146101325780631d266200146101425780631e07919814610157575b5f5ffd5b61011d6101183660046109f6565b610285565b60405190151581526020015b60405180910390f35b600254610100900460ff1661011d565b610155610150366004610a24565b6102af565b005b61016a610165366004610a3b565b6102c3565b604051610129929190610a73565b610155610186366004610a24565b61047f565b61011d610199366004610a24565b5f9081526020819052604090205460ff1690565b60025460ff1661011d565b6101556101c6366004610a24565b610490565b6101556101d9366004610ab1565b6104a1565b6101556104b2565b6101556104c5565b6101556101fc366004610ab1565b61050b565b6002546201000090046001600160a01b03165b6040516001600160a01b039091168152602001610129565b61011d61023a366004610a24565b5f9081526001602052604090205460ff1690565b61015561025c366004610a24565b61051c565b6003546001600160a01b0316610214565b610155610280366004610ad0565b61052d565b5f6001600160e01b03198216638fd3752760e01b14806102a957506102a9826105a5565b92915050565b6102b76105f4565b6102c0816105fc565b50565b5f6060306102d46020850185610ad0565b6001600160a01b03161461031157505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff16801561036a57507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61035160e0850185610af6565b60405161035f929190610b40565b604051809103902014155b156103ac57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff1661040357505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff16158015610429575060608301355f9081526001602052604090205460ff16155b1561046057505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b61047660408051602081019091525f8152600191565b91509150915091565b6104876105f4565b6102c081610676565b6104986105f4565b6102c08161070d565b6104a96105f4565b6102c08161077f565b6104ba6107fb565b6104c35f61082f565b565b60035433906001600160a01b031681146105025760405163118cdaa760e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6102c08161082f565b6105136105f4565b6102c081610848565b6105246105f4565b6102c0816108b7565b6105356107fb565b600380546001600160a01b0383166001600160a01b0319909116811790915561056d6002546001600160a01b03620100009091041690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f6001600160e01b031982166303c0f23360e31b14806105d557506001600160e01b0319821663ae082e1760e01b145b806102a957506301ffc9a760e01b6001600160e01b03198316146102a9565b6104c36107fb565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906106439083815260200190565b60405180910390a16102c07f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046825f61094f565b8061069457604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16102c07f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a33423304682600161094f565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e8947910160405180910390a16102c07f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c825f61094f565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa1906107c890831515815260200190565b60405180910390a16102c07feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f8361094f565b6002546001600160a01b03620100009091041633146104c35760405163118cdaa760e01b81523360048201526024016104f9565b600380546001600160a01b03191690556102c08161099b565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16102c07f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f8361094f565b806108d557604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af9061091f9083815260200190565b60405180910390a16102c07f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c8260015b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c323758460405161098e911515815260200190565b60405180910390a4505050565b600280546001600160a01b038381166201000081810262010000600160b01b031985161790945560405193909204169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f60208284031215610a06575f5ffd5b81356001600160e01b031981168114610a1d575f5ffd5b9392505050565b5f60208284031215610a34575f5ffd5b5035919050565b5f60208284031215610a4b575f5ffd5b813567ffffffffffffffff811115610a61575f5ffd5b82016101208185031215610a1d575f5ffd5b8215158152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f60208284031215610ac1575f5ffd5b81358015158114610a1d575f5ffd5b5f60208284031215610ae0575f5ffd5b81356001600160a01b0381168114610a1d575f5ffd5b5f5f8335601e19843603018112610b0b575f5ffd5b83018035915067ffffffffffffffff821115610b25575f5ffd5b602001915036819003821315610b39575f5ffd5b9250929050565b818382375f910190815291905056fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/governance/GovernedAppAuthDeployment.sol:GovernedAppAuthDeployment. */
export const governedAppAuthDeploymentBytecode =
  '0x60e060405234801561000f575f5ffd5b5060405161aedf38038061aedf83398101604081905261002e91610744565b5f8061003c878787876100f2565b915091505f81845f01518560200151866040015187606001516040516100619061046c565b61006f95949392919061086b565b604051809103905ff080158015610088573d5f5f3e3d5ffd5b506001600160a01b0383811660c081905285821660a08190528383166080819052604051938d168452939450909290917fb57e5e5fa20a7bb3afd7b7fa62ddaec44efb66b75ceac319ba23d91011c5b9969060200160405180910390a450505050505050506109fb565b60408051606b60f91b602080830191909152602560fa1b60218301523060601b6001600160601b0319166022830152600160f91b603683015282516017818403018152603790920190925280519101205f9081908587828760405161015690610479565b61016394939291906108ee565b604051809103905ff08015801561017c573d5f5f3e3d5ffd5b509250838560a001518460405161019290610486565b92835263ffffffff90911660208301526001600160a01b03166040820152606001604051809103905ff0801580156101cc573d5f5f3e3d5ffd5b509150806001600160a01b0316826001600160a01b03161461021957604051636865cca360e11b81526001600160a01b038083166004830152831660248201526044015b60405180910390fd5b610223878361022d565b5094509492505050565b60408051600481526024810182526020810180516001600160e01b03166349a0590f60e11b17905290515f9182916001600160a01b0386169161026f9161099d565b5f60405180830381855afa9150503d805f81146102a7576040519150601f19603f3d011682016040523d82523d5f602084013e6102ac565b606091505b50915091508115806102c057508051602014155b806102d6575060a06102d1826109b3565b901c15155b156102ff576040516310f5aaab60e21b81526001600160a01b0385166004820152602401610210565b5f8180602001905181019061031491906109d9565b90506001600160a01b038116158015906103405750836001600160a01b0316816001600160a01b031614155b156103695760405163d3186dc560e01b81526001600160a01b0382166004820152602401610210565b60408051600481526024810182526020810180516001600160e01b0316638da5cb5b60e01b17905290516001600160a01b038716916103a79161099d565b5f60405180830381855afa9150503d805f81146103df576040519150601f19603f3d011682016040523d82523d5f602084013e6103e4565b606091505b5090935091508215806103f957508151602014155b15610405575050505050565b5f61040f836109b3565b90506001600160a01b0381161580159061043b5750846001600160a01b0316816001600160a01b031614155b156104645760405163755fa4a160e01b81526001600160a01b0382166004820152602401610210565b505050505050565b612dad80610af383390190565b61573b806138a083390190565b611f0480618fdb83390190565b6001600160a01b03811681146104a7575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156104e0576104e06104aa565b60405290565b604051601f8201601f191681016001600160401b038111828210171561050e5761050e6104aa565b604052919050565b805165ffffffffffff8116811461052b575f5ffd5b919050565b805163ffffffff8116811461052b575f5ffd5b5f60c08284031215610553575f5ffd5b60405160c081016001600160401b0381118282101715610575576105756104aa565b60405290508061058483610516565b815261059260208401610530565b602082015260408381015190820152606080840151908201526105b760808401610516565b60808201526105c860a08401610530565b60a08201525092915050565b5f82601f8301126105e3575f5ffd5b81516001600160401b038111156105fc576105fc6104aa565b8060051b61060c602082016104e6565b91825260208185018101929081019086841115610627575f5ffd5b6020860192505b8383101561064957825182526020928301929091019061062e565b9695505050505050565b8051801515811461052b575f5ffd5b5f60808284031215610672575f5ffd5b61067a6104be565b82518152602080840151908201526040808401519082015260608301519091506001600160401b038111156106ad575f5ffd5b8201608081850312156106be575f5ffd5b6106c66104be565b81516001600160401b038111156106db575f5ffd5b6106e7868285016105d4565b82525060208201516001600160401b03811115610702575f5ffd5b61070e868285016105d4565b60208301525061072060408301610653565b604082015261073160608301610653565b6060820152806060840152505092915050565b5f5f5f5f5f6101408688031215610759575f5ffd5b855161076481610493565b60208701519095506001600160401b0381111561077f575f5ffd5b8601601f8101881361078f575f5ffd5b80516001600160401b038111156107a8576107a86104aa565b6107bb601f8201601f19166020016104e6565b8181528960208385010111156107cf575f5ffd5b8160208401602083015e5f602083830101528096505050506107f48760408801610543565b61010087015161012088015191945092506001600160401b03811115610818575f5ffd5b61082488828901610662565b9150509295509295909350565b5f8151808452602084019350602083015f5b82811015610861578151865260209586019590910190600101610843565b5093949350505050565b60018060a01b038616815284602082015283604082015282606082015260a060808201525f8251608060a08401526108a7610120840182610831565b90506020840151609f198483030160c08501526108c48282610831565b9150506040840151151560e084015260608401511515610100840152809150509695505050505050565b61012081525f855180610120840152806020880161014085015e5f6101408285010152610140601f19601f83011684010191505060018060a01b038516602083015260018060a01b038416604083015265ffffffffffff835116606083015263ffffffff6020840151166080830152604083015160a0830152606083015160c083015265ffffffffffff60808401511660e083015263ffffffff60a08401511661010083015295945050505050565b5f82518060208501845e5f920191825250919050565b805160208083015191908110156109d3575f198160200360031b1b821691505b50919050565b5f602082840312156109e9575f5ffd5b81516109f481610493565b9392505050565b60805160a05160c05160d3610a205f395f60a301525f604001525f607e015260d35ff3fe6080604052348015600e575f5ffd5b5060043610603a575f3560e01c80630c340a2414603e578063b76564bd14607c578063d33219b41460a1575b5f5ffd5b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b03909116815260200160405180910390f35b7f00000000000000000000000000000000000000000000000000000000000000006060565b7f0000000000000000000000000000000000000000000000000000000000000000606056fea164736f6c634300081c000a60c060405234801561000f575f5ffd5b50604051612dad380380612dad83398101604081905261002e916105c6565b838383835f5b81515181101561007157610069825f01518281518110610056576100566106b9565b602002602001015161025e60201b60201c565b600101610034565b505f5b8160200151518110156100b5576100ad8260200151828151811061009a5761009a6106b9565b60200260200101516102fd60201b60201c565b600101610074565b508060400151156100ca576100ca6001610394565b8060600151156100de576100de6001610403565b508115806100ef57506312cc030082115b156101265760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061013757506312cc030083115b156101695760405163410c09b760e11b815260048101849052602481018390526312cc0300604482015260640161011d565b80158061017957506301e1338081115b1561019a576040516358456f7360e01b81526004810182905260240161011d565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506001600160a01b03851661020c57604051633e0ad02160e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0387169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a350505050506106cd565b8061027c57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906102c69083815260200190565b60405180910390a16102fa7f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c82600161047b565b50565b8061031b57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16102fa7f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a33423304682600161047b565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16102fa7f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f8361047b565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061044c90831515815260200190565b60405180910390a16102fa7feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f835b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c32375846040516104ba911515815260200190565b60405180910390a4505050565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156104fd576104fd6104c7565b60405290565b604051601f8201601f191681016001600160401b038111828210171561052b5761052b6104c7565b604052919050565b5f82601f830112610542575f5ffd5b81516001600160401b0381111561055b5761055b6104c7565b8060051b61056b60208201610503565b91825260208185018101929081019086841115610586575f5ffd5b6020860192505b838310156105a857825182526020928301929091019061058d565b9695505050505050565b805180151581146105c1575f5ffd5b919050565b5f5f5f5f5f60a086880312156105da575f5ffd5b85516001600160a01b03811681146105f0575f5ffd5b60208701516040880151606089015160808a0151939850919650945092506001600160401b03811115610621575f5ffd5b860160808189031215610632575f5ffd5b61063a6104db565b81516001600160401b0381111561064f575f5ffd5b61065b8a828501610533565b82525060208201516001600160401b03811115610676575f5ffd5b6106828a828501610533565b602083015250610694604083016105b2565b60408201526106a5606083016105b2565b606082015280925050509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b60805160a0516126aa6107035f395f818161044701526118a001525f81816104e701528181611fab0152611fe101526126aa5ff3fe608060405234801561000f575f5ffd5b5060043610610229575f3560e01c80637c9fb2581161012a578063aab5a877116100b4578063dc04e89311610079578063dc04e8931461051e578063dcade3d314610531578063e30c397814610544578063f0f470cf1461054c578063f2fde38b14610554575f5ffd5b8063aab5a8771461049a578063b5019126146104a3578063bf8b211b146104c3578063cd15a16c146104e5578063d5606db81461050b575f5ffd5b80639b14d4c6116100fa5780639b14d4c6146104175780639bdc86ff1461041f5780639ced689f14610432578063a06db7dc14610445578063a6e386151461046b575f5ffd5b80637c9fb258146103aa5780638da5cb5b146103d757806397357dd2146103fc578063998aada81461040f575f5ffd5b8063467fc1db116101b65780635c695a071161017b5780635c695a071461036c57806367b3f22c14610374578063715018a61461038757806372dd6dd31461038f57806379ba5097146103a2575f5ffd5b8063467fc1db146103075780634b28160b14610328578063535167b51461033b57806359db6e85146103465780635c40d7b214610359575f5ffd5b806328e7654f116101fc57806328e7654f1461029b5780632f6622e5146102ae5780633440a16a146102d057806337376ca8146102db57806346619649146102ee575f5ffd5b806301ffc9a71461022d5780630aa58c83146102555780631d266200146102655780631e0791981461027a575b5f5ffd5b61024061023b3660046120d0565b610567565b60405190151581526020015b60405180910390f35b600254610100900460ff16610240565b6102786102733660046120f7565b610591565b005b61028d61028836600461210e565b6105ff565b60405161024c929190612173565b6102786102a93660046120f7565b6107bb565b6102406102bc3660046120f7565b5f9081526020819052604090205460ff1690565b60025460ff16610240565b6102786102e93660046120f7565b6107cc565b6102f96301e1338081565b60405190815260200161024c565b61031a61031536600461218d565b6107dd565b60405161024c929190612249565b6102f96103363660046122e9565b610a74565b6102f96312cc030081565b6102786103543660046120f7565b610aa6565b6102786103673660046120f7565b610bed565b610278610c5d565b6102786103823660046120f7565b610c9e565b610278610cff565b61027861039d3660046120f7565b610d65565b610278610dee565b6102f96103b83660046120f7565b5f9081526004602052604090205461010090046001600160401b031690565b6007546001600160a01b03165b6040516001600160a01b03909116815260200161024c565b6102f961040a36600461235a565b610dfc565b610278610e50565b6003546102f9565b6102f961042d36600461235a565b610e89565b6102f96104403660046123a1565b610ed3565b7f00000000000000000000000000000000000000000000000000000000000000006102f9565b6102f96104793660046120f7565b5f90815260046020526040902054600160481b90046001600160401b031690565b6102f961040081565b6104b66104b13660046120f7565b610f26565b60405161024c91906123df565b6102406104d13660046120f7565b5f9081526001602052604090205460ff1690565b7f00000000000000000000000000000000000000000000000000000000000000006102f9565b6102f961051936600461235a565b611079565b6102f961052c3660046120f7565b6110c3565b6102f961053f3660046123a1565b6110e6565b6103e4611132565b6005546102f9565b6102786105623660046123f1565b61115b565b5f6001600160e01b031982166394be599960e01b148061058b575061058b826111e0565b92915050565b610599611204565b5f8181526001602052604090205460ff166105b5600283611246565b1580156105c0575080155b156105ec5760028260405163415301b960e01b81526004016105e3929190612417565b60405180910390fd5b80156105fb576105fb82611284565b5050565b5f60603061061060208501856123f1565b6001600160a01b03161461064d57505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff1680156106a657507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61068d60e0850185612432565b60405161069b929190612474565b604051809103902014155b156106e857505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff1661073f57505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff16158015610765575060608301355f9081526001602052604090205460ff16155b1561079c57505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b6107b260408051602081019091525f8152600191565b91509150915091565b6107c9610354600183610a74565b50565b6107d4611204565b6107c9816112fe565b60055460609081905f81861015610813576107f88683612497565b851161080d5761080885876124aa565b610815565b81610815565b855b90505f6108228783612497565b9050806001600160401b0381111561083c5761083c6124bd565b604051908082528060200260200182016040528015610865578160200160208202803683370190505b509450806001600160401b03811115610880576108806124bd565b6040519080825280602002602001820160405280156108b957816020015b6108a6612039565b81526020019060019003908161089e5790505b5093505f5b81811015610a695760056108d2828a6124aa565b815481106108e2576108e26124d1565b905f5260205f2001548682815181106108fd576108fd6124d1565b60200260200101818152505060045f87838151811061091e5761091e6124d1565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600c811115610960576109606121ad565b600c811115610971576109716121ad565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a0909201916109c4906124e5565b80601f01602080910402602001604051908101604052809291908181526020018280546109f0906124e5565b8015610a3b5780601f10610a1257610100808354040283529160200191610a3b565b820191905f5260205f20905b815481529060010190602001808311610a1e57829003601f168201915b505050505081525050858281518110610a5657610a566124d1565b60209081029190910101526001016108be565b505050509250929050565b5f8282604051602001610a88929190612417565b60405160208183030381529060405280519060200120905092915050565b5f8181526004602090815260408083206006909252822054909103610ae157604051631e2ef17160e01b8152600481018390526024016105e3565b8054600160481b90046001600160401b0316421015610b2e57805460405163afff056960e01b815260048101849052600160481b9091046001600160401b031660248201526044016105e3565b8054600160881b90046001600160401b0316421115610b7b57805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b031660248201526044016105e3565b8054600182015460ff90911690610b9184611395565b610b9b828261147f565b81600c811115610bad57610bad6121ad565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf183604051610bdf91815260200190565b60405180910390a350505050565b610bf5611204565b60035481111580610c0957506312cc030081115b15610c4a57806003546001610c1e91906124aa565b60405163410c09b760e11b8152600481019290925260248201526312cc030060448201526064016105e3565b610c5381611538565b6107c9600561157d565b610c65611204565b600254610100900460ff1615610c925760405163415301b960e01b81526105e3906004905f908201612417565b610c9c600161161f565b565b610ca6611204565b5f8181526020819052604090205460ff16610cc2600183611246565b158015610ccd575080155b15610cf05760018260405163415301b960e01b81526004016105e3929190612417565b80156105fb576105fb8261169b565b610d07611204565b610d0f61170d565b610d185f61157d565b600780546001600160a01b031981169091556040516001600160a01b03909116905f9082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908390a350565b5f818152600660205260408120549003610d9557604051631e2ef17160e01b8152600481018290526024016105e3565b5f81815260046020526040902054600160881b90046001600160401b0316428110610de5576040516315577c9160e31b8152600481018390526001600160401b03821660248201526044016105e3565b6105fb82611756565b610c9c610354600633610a74565b5f610e05611204565b610e486005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117bd92505050565b949350505050565b610e58611204565b60025460ff16610e805760405163415301b960e01b81526105e3906003905f90600401612417565b610c9c5f611a79565b5f610e92611204565b610e4860018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117bd92505050565b5f610edc611204565b610f1f60035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117bd92505050565b9392505050565b610f2e612039565b5f828152600660205260408120549003610f5e57604051631e2ef17160e01b8152600481018390526024016105e3565b5f8281526004602052604090819020815160c081019092528054829060ff16600c811115610f8e57610f8e6121ad565b600c811115610f9f57610f9f6121ad565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610ff2906124e5565b80601f016020809104026020016040519081016040528092919081815260200182805461101e906124e5565b80156110695780601f1061104057610100808354040283529160200191611069565b820191905f5260205f20905b81548152906001019060200180831161104c57829003601f168201915b5050505050815250509050919050565b5f611082611204565b610e4860028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117bd92505050565b5f6110cc611204565b61058b60018360405180602001604052805f8152506117bd565b5f6110ef611204565b610f1f60045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117bd92505050565b6008545f906001600160a01b031661114981611ae8565b611153575f611155565b805b91505090565b611163611204565b61116b61170d565b61118e60066001600160a01b03831660405180602001604052805f8152506117bd565b50600880546001600160a01b0319166001600160a01b03838116918217909255600754604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f6001600160e01b03198216631ed3f1f960e31b148061058b575061058b82611b1b565b6007546001600160a01b0316338114158061122657506001600160a01b038116155b156107c9576040516331d69cb360e11b81523360048201526024016105e3565b5f5f6112528484610a74565b5f8181526006602052604081205491925003611271575f91505061058b565b61127a816112fe565b5060019392505050565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906112cb9083815260200190565b60405180910390a16107c97f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046825f611b6a565b5f81815260066020526040812054900361132e57604051631e2ef17160e01b8152600481018290526024016105e3565b5f8181526004602052604090208054600182015460ff9091169061135184611395565b81600c811115611363576113636121ad565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da487683604051610bdf91815260200190565b5f81815260066020526040902054600554808214611415575f60056113bb600184612497565b815481106113cb576113cb6124d1565b905f5260205f20015490508060056001856113e69190612497565b815481106113f6576113f66124d1565b5f91825260208083209091019290925591825260069052604090208290555b600580548061142657611426612517565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b031916815560018101829055906114786002830182612086565b5050505050565b600682600c811115611493576114936121ad565b146114a2576105fb8282611bb6565b5f6114ad8383611c7e565b9050336001600160a01b038216146114da576040516331d69cb360e11b81523360048201526024016105e3565b600780546001600160a01b038381166001600160a01b03198084168217909455600880549094169093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a350505050565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050565b6005545b80156105fb575f6005611595600184612497565b815481106115a5576115a56124d1565b5f918252602082200154915083600c8111156115c3576115c36121ad565b1480611600575082600c8111156115dc576115dc6121ad565b5f8281526004602052604090205460ff16600c8111156115fe576115fe6121ad565b145b1561160e5761160e816112fe565b506116188161252b565b9050611581565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061166890831515815260200190565b60405180910390a16107c97feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f83611b6a565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e8947910160405180910390a16107c97f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c825f611b6a565b6008546001600160a01b031661172281611ae8565b156117435761174361173e60066001600160a01b038416610a74565b6112fe565b50600880546001600160a01b0319169055565b5f8181526004602052604090208054600182015460ff9091169061177984611395565b81600c81111561178b5761178b6121ad565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b5583604051610bdf91815260200190565b5f610400825111156117f057815160405163021c07bb60e01b8152600481019190915261040060248201526044016105e3565b6117fa8484611cac565b6118048484610a74565b5f8181526006602052604090205490915015611889575f81815260046020526040902054600160881b90046001600160401b03164211611880575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b031660248201526044016105e3565b61188981611756565b5f6003544261189891906124aa565b90505f6118c57f000000000000000000000000000000000000000000000000000000000000000083612540565b90506040518060c0016040528087600c8111156118e4576118e46121ad565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600c811115611946576119466121ad565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a082015160028201906119df90826125a3565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600c811115611a3257611a326121ad565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad2487858589604051611a68949392919061265d565b60405180910390a350509392505050565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16107c97f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f83611b6a565b5f6001600160a01b0382161580159061058b5750611b1361047960066001600160a01b038516610a74565b151592915050565b5f6001600160e01b031982166303c0f23360e31b1480611b4b57506001600160e01b0319821663ae082e1760e01b145b8061058b57506301ffc9a760e01b6001600160e01b031983161461058b565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c3237584604051611ba9911515815260200190565b60405180910390a4505050565b600182600c811115611bca57611bca6121ad565b03611bd8576105fb81611d3b565b600282600c811115611bec57611bec6121ad565b03611bfa576105fb81611dd7565b600382600c811115611c0e57611c0e6121ad565b03611c1d576105fb6001611a79565b600482600c811115611c3157611c316121ad565b03611c3f576105fb5f61161f565b600582600c811115611c5357611c536121ad565b03611c61576105fb81611538565b8181604051636e8c20ed60e01b81526004016105e3929190612417565b5f60a082901c15611ca6578282604051636e8c20ed60e01b81526004016105e3929190612417565b50919050565b600682600c811115611cc057611cc06121ad565b14611ccf576105fb8282611e6e565b5f611cda8383611c7e565b90506001600160a01b038116611d0357604051633e0ad02160e01b815260040160405180910390fd5b6007546001600160a01b0390811690821603611d3657828260405163415301b960e01b81526004016105e3929190612417565b505050565b80611d5957604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af90611da39083815260200190565b60405180910390a16107c97f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c826001611b6a565b80611df557604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16107c97f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046826001611b6a565b600182600c811115611e8257611e826121ad565b03611ed95780611ea557604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b156105fb57818160405163415301b960e01b81526004016105e3929190612417565b600282600c811115611eed57611eed6121ad565b03611f265780611f1057604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff16611eb7565b600382600c811115611f3a57611f3a6121ad565b03611f4a5760025460ff16611eb7565b600482600c811115611f5e57611f5e6121ad565b03611f8f57600254610100900460ff166105fb57818160405163415301b960e01b81526004016105e3929190612417565b600582600c811115611fa357611fa36121ad565b03611c6157807f0000000000000000000000000000000000000000000000000000000000000000811080611fd957506003548110155b15611d3657807f0000000000000000000000000000000000000000000000000000000000000000600160035461200f9190612497565b60405163410c09b760e11b81526004810193909352602483019190915260448201526064016105e3565b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b508054612092906124e5565b5f825580601f106120a1575050565b601f0160209004905f5260205f20908101906107c991905b808211156120cc575f81556001016120b9565b5090565b5f602082840312156120e0575f5ffd5b81356001600160e01b031981168114610f1f575f5ffd5b5f60208284031215612107575f5ffd5b5035919050565b5f6020828403121561211e575f5ffd5b81356001600160401b03811115612133575f5ffd5b82016101208185031215610f1f575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f610e486040830184612145565b5f5f6040838503121561219e575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b600d81106121dd57634e487b7160e01b5f52602160045260245ffd5b9052565b6121ec8282516121c1565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a0850152610e4860c0850182612145565b604080825283519082018190525f9060208501906060840190835b81811015612282578351835260209384019390920191600101612264565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b838110156122db57601f198584030186526122c58383516121e1565b60209687019690935091909101906001016122a9565b509098975050505050505050565b5f5f604083850312156122fa575f5ffd5b8235600d8110612308575f5ffd5b946020939093013593505050565b5f5f83601f840112612326575f5ffd5b5081356001600160401b0381111561233c575f5ffd5b602083019150836020828501011115612353575f5ffd5b9250929050565b5f5f5f6040848603121561236c575f5ffd5b8335925060208401356001600160401b03811115612388575f5ffd5b61239486828701612316565b9497909650939450505050565b5f5f602083850312156123b2575f5ffd5b82356001600160401b038111156123c7575f5ffd5b6123d385828601612316565b90969095509350505050565b602081525f610f1f60208301846121e1565b5f60208284031215612401575f5ffd5b81356001600160a01b0381168114610f1f575f5ffd5b6040810161242582856121c1565b8260208301529392505050565b5f5f8335601e19843603018112612447575f5ffd5b8301803591506001600160401b03821115612460575f5ffd5b602001915036819003821315612353575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561058b5761058b612483565b8082018082111561058b5761058b612483565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c908216806124f957607f821691505b602082108103611ca657634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b5f8161253957612539612483565b505f190190565b6001600160401b03818116838216019081111561058b5761058b612483565b601f821115611d3657805f5260205f20601f840160051c810160208510156125845750805b601f840160051c820191505b81811015611478575f8155600101612590565b81516001600160401b038111156125bc576125bc6124bd565b6125d0816125ca84546124e5565b8461255f565b6020601f821160018114612602575f83156125eb5750848201515b5f19600385901b1c1916600184901b178455611478565b5f84815260208120601f198516915b828110156126315787850151825560209485019460019092019101612611565b508482101561264e57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f6126936080830184612145565b969550505050505056fea164736f6c634300081c000a6101a0604052348015610010575f5ffd5b5060405161573b38038061573b83398101604081905261002f91610b4e565b818160800151826060015185845f0151856020015186604001518a8061005961022b60201b60201c565b61006282610246565b6101205261006f81610246565b61014052815160208084019190912060e052815190820120610100524660a0526100fb60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05260036101108282610ca6565b5061011c905083610283565b610125826102c6565b61012e81610306565b5050506001600160a01b03166101605261014781610347565b5061015181610382565b5061015b8161042e565b505f610165610497565b90507ff5b078ad22f37ec6a1ef7bb7557a33caf5438015a34794acb2076082df8e563f8180519060200120146101b95780604051630b21302d60e21b81526004016101b09190610d8e565b60405180910390fd5b60a082015163ffffffff1615806101dd57506301e133808260a0015163ffffffff16115b156102135760a08201516040516365f2026d60e01b815263ffffffff90911660048201526301e1338060248201526044016101b0565b5060a0015163ffffffff166101805250610e58915050565b6040805180820190915260018152603160f81b602082015290565b5f5f829050601f81511115610270578260405163305a27a960e01b81526004016101b09190610d8e565b805161027b82610da0565b179392505050565b60408051808201909152600b81526a766f74696e6744656c617960a81b60208201526102ba9065ffffffffffff8316610e1061051f565b6102c38161054b565b50565b60408051808201909152600c81526b1d9bdd1a5b99d4195c9a5bd960a21b60208201526102fd9063ffffffff83166201518061051f565b6102c3816105b1565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b60408051808201909152600f81526e38bab7b93ab6a73ab6b2b930ba37b960891b60208201526103799082600161051f565b6102c381610650565b5f61038b6106e5565b9050808265ffffffffffff1611156103c757604051633211876d60e11b815265ffffffffffff83166004820152602481018290526044016101b0565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b60606104a36101605190565b6001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa9250505080156104ff57506040513d5f823e601f3d908101601f191682016040526104fc9190810190610dc3565b60015b61051a576105156114346106ee60201b1761075e565b905090565b919050565b8082101561054657828282604051639bfc75e960e01b81526004016101b093929190610dfc565b505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036105d95760405163f1cfbf0560e01b81525f60048201526024016101b0565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60648082111561067d5760405163243e544560e01b815260048101839052602481018290526044016101b0565b5f610686610777565b90506106a56106936106ee565b61069c85610790565b600a91906107c7565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f6105156107e1565b5f6106f96101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610752575060408051601f3d908101601f1916820190925261074f91810190610e20565b60015b61051a576105156107fb565b606061077161076c8360201c565b610805565b92915050565b5f610782600a610877565b6001600160d01b0316905090565b5f6001600160d01b038211156107c3576040516306dfcc6560e41b815260d06004820152602481018390526044016101b0565b5090565b5f806107d48585856108bf565b915091505b935093915050565b5f6105156008546601000000000000900463ffffffff1690565b5f61051543610a1b565b606061080f6107fb565b65ffffffffffff168265ffffffffffff161461083e576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b80545f9080156108b65761089d83610890600184610e39565b5f91825260209091200190565b54660100000000000090046001600160d01b03166108b8565b5f5b9392505050565b82545f90819080156109be575f6108db87610890600185610e39565b805490915065ffffffffffff80821691660100000000000090046001600160d01b031690881682111561092157604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361095d57825465ffffffffffff1666010000000000006001600160d01b038916021783556109b0565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506107d992505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816107d9565b5f65ffffffffffff8211156107c3576040516306dfcc6560e41b815260306004820152602481018390526044016101b0565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b0381118282101715610a8357610a83610a4d565b60405290565b5f82601f830112610a98575f5ffd5b81516001600160401b03811115610ab157610ab1610a4d565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610adf57610adf610a4d565b604052818152838201602001851015610af6575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b6001600160a01b03811681146102c3575f5ffd5b805165ffffffffffff8116811461051a575f5ffd5b805163ffffffff8116811461051a575f5ffd5b5f5f5f5f848603610120811215610b63575f5ffd5b85516001600160401b03811115610b78575f5ffd5b610b8488828901610a89565b9550506020860151610b9581610b12565b6040870151909450610ba681610b12565b925060c0605f1982011215610bb9575f5ffd5b50610bc2610a61565b610bce60608701610b26565b8152610bdc60808701610b3b565b602082015260a0860151604082015260c08601516060820152610c0160e08701610b26565b6080820152610c136101008701610b3b565b60a0820152939692955090935050565b600181811c90821680610c3757607f821691505b602082108103610c5557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561054657805f5260205f20601f840160051c81016020851015610c805750805b601f840160051c820191505b81811015610c9f575f8155600101610c8c565b5050505050565b81516001600160401b03811115610cbf57610cbf610a4d565b610cd381610ccd8454610c23565b84610c5b565b6020601f821160018114610d05575f8315610cee5750848201515b5f19600385901b1c1916600184901b178455610c9f565b5f84815260208120601f198516915b82811015610d345787850151825560209485019460019092019101610d14565b5084821015610d5157868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6108b86020830184610d60565b80516020808301519190811015610c55575f1960209190910360031b1b16919050565b5f60208284031215610dd3575f5ffd5b81516001600160401b03811115610de8575f5ffd5b610df484828501610a89565b949350505050565b606081525f610e0e6060830186610d60565b60208301949094525060400152919050565b5f60208284031215610e30575f5ffd5b6108b882610b26565b8181038181111561077157634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e0516101005161012051610140516101605161018051614854610ee75f395f81816104e901528181610f600152610fe601525f8181610b360152818161109701528181611437015281816116c4015261213301525f61207901525f61204e01525f61319f01525f61317701525f6130d201525f6130fc01525f61312601526148545ff3fe60806040526004361061035e575f3560e01c80637ecebe00116101bd578063c28bc2fa116100f2578063e540d01d11610092578063ed26cf901161006d578063ed26cf9014610ad6578063f23a6e6114610aea578063f8ce560a14610b09578063fc0c546a14610b28575f5ffd5b8063e540d01d14610a79578063eb9019d414610a98578063ece40cc114610ab7575f5ffd5b8063d33219b4116100cd578063d33219b4146109cf578063dd4e2ba5146109ec578063deaaa7cc14610a31578063e48083fe14610a64575f5ffd5b8063c28bc2fa14610986578063c2ca64ef14610999578063c59057e4146109b0575f5ffd5b8063a890c9101161015d578063ab58fb8e11610138578063ab58fb8e146108fe578063b58131b014610934578063bc197c8114610948578063c01f9e3714610967575f5ffd5b8063a890c910146108a1578063a8f8a668146108c0578063a9a95294146108df575f5ffd5b806391ddadf41161019857806391ddadf41461084757806397c3d3341461085b5780639a802a6d1461086e578063a7713a701461088d575f5ffd5b80637ecebe00146107cd57806384b0196e146108015780638ff262e314610828575f5ffd5b80633932abb111610293578063567813881161023357806360c4247f1161020e57806360c4247f1461075157806379051887146107705780637b3c71d31461078f5780637d5e81e2146107ae575f5ffd5b806356781388146106f45780635b8d0e0d146107135780635f398a1414610732575f5ffd5b8063452115d61161026e578063452115d61461065e5780634bf5d7e91461067d578063544ffc9c1461069157806354fd4d50146106cb575f5ffd5b80633932abb1146105d65780633e4f49e6146105ea5780634385963214610616575f5ffd5b806317c5993a116102fe5780632d63f693116102d95780632d63f693146105365780632fe3e2611461055557806332b8113e14610588578063330df7ff146105b7575f5ffd5b806317c5993a146104db578063215809ca1461050d5780632656227d14610523575f5ffd5b806306fdde031161033957806306fdde0314610417578063143489d014610438578063150b7a0214610484578063160cbed7146104bc575f5ffd5b806301ffc9a71461039957806302a251a3146103cd57806306f3f9e6146103f8575f5ffd5b36610395573061036c610b5a565b6001600160a01b03161461039357604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b3480156103a4575f5ffd5b506103b86103b3366004613897565b610b72565b60405190151581526020015b60405180910390f35b3480156103d8575f5ffd5b50600854600160301b900463ffffffff165b6040519081526020016103c4565b348015610403575f5ffd5b506103936104123660046138be565b610b9c565b348015610422575f5ffd5b5061042b610bb0565b6040516103c49190613903565b348015610443575f5ffd5b5061046c6104523660046138be565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b0390911681526020016103c4565b34801561048f575f5ffd5b506104a361049e3660046139ec565b610c40565b6040516001600160e01b031990911681526020016103c4565b3480156104c7575f5ffd5b506103ea6104d6366004613bb2565b610c82565b3480156104e6575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000006103ea565b348015610518575f5ffd5b506103ea6201518081565b6103ea610531366004613bb2565b610d85565b348015610541575f5ffd5b506103ea6105503660046138be565b610ef5565b348015610560575f5ffd5b506103ea7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b348015610593575f5ffd5b50600b5465ffffffffffff165b60405165ffffffffffff90911681526020016103c4565b3480156105c2575f5ffd5b506103936105d1366004613c58565b610f15565b3480156105e1575f5ffd5b506103ea610f26565b3480156105f5575f5ffd5b506106096106043660046138be565b610f38565b6040516103c49190613ca7565b348015610621575f5ffd5b506103b8610630366004613cb5565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b348015610669575f5ffd5b506103ea610678366004613bb2565b611032565b348015610688575f5ffd5b5061042b611093565b34801561069c575f5ffd5b506106b06106ab3660046138be565b611126565b604080519384526020840192909252908201526060016103c4565b3480156106d6575f5ffd5b506040805180820190915260018152603160f81b602082015261042b565b3480156106ff575f5ffd5b506103ea61070e366004613cf3565b61114b565b34801561071e575f5ffd5b506103ea61072d366004613d61565b611172565b34801561073d575f5ffd5b506103ea61074c366004613e1d565b61122f565b34801561075c575f5ffd5b506103ea61076b3660046138be565b611277565b34801561077b575f5ffd5b5061039361078a366004613c58565b611283565b34801561079a575f5ffd5b506103ea6107a9366004613e9e565b611294565b3480156107b9575f5ffd5b506103ea6107c8366004613ef3565b6112e4565b3480156107d8575f5ffd5b506103ea6107e7366004613faf565b6001600160a01b03165f9081526002602052604090205490565b34801561080c575f5ffd5b5061081561139a565b6040516103c49796959493929190614004565b348015610833575f5ffd5b506103ea610842366004614073565b6113dc565b348015610852575f5ffd5b506105a0611434565b348015610866575f5ffd5b5060646103ea565b348015610879575f5ffd5b506103ea6108883660046140c0565b6114bb565b348015610898575f5ffd5b506103ea6114d1565b3480156108ac575f5ffd5b506103936108bb366004613faf565b6114ea565b3480156108cb575f5ffd5b506103ea6108da366004613bb2565b6114fb565b3480156108ea575f5ffd5b506103b86108f93660046138be565b611508565b348015610909575f5ffd5b506103ea6109183660046138be565b5f9081526004602052604090206001015465ffffffffffff1690565b34801561093f575f5ffd5b506103ea611510565b348015610953575f5ffd5b506104a3610962366004614114565b61151a565b348015610972575f5ffd5b506103ea6109813660046138be565b61155d565b6103936109943660046141ab565b611567565b3480156109a4575f5ffd5b506103ea6301e1338081565b3480156109bb575f5ffd5b506103ea6109ca366004613bb2565b6115e3565b3480156109da575f5ffd5b50600d546001600160a01b031661046c565b3480156109f7575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e9082015261042b565b348015610a3c575f5ffd5b506103ea7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610a6f575f5ffd5b506103ea610e1081565b348015610a84575f5ffd5b50610393610a933660046141ea565b61161c565b348015610aa3575f5ffd5b506103ea610ab236600461420d565b61162d565b348015610ac2575f5ffd5b50610393610ad13660046138be565b61164c565b348015610ae1575f5ffd5b506103ea600181565b348015610af5575f5ffd5b506104a3610b04366004614237565b61165d565b348015610b14575f5ffd5b506103ea610b233660046138be565b6116a0565b348015610b33575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061046c565b5f610b6d600d546001600160a01b031690565b905090565b5f6001600160e01b03198216630be2cc9d60e11b1480610b965750610b968261173d565b92915050565b610ba46117a7565b610bad81611820565b50565b606060038054610bbf9061428e565b80601f0160208091040260200160405190810160405280929190818152602001828054610beb9061428e565b8015610c365780601f10610c0d57610100808354040283529160200191610c36565b820191905f5260205f20905b815481529060010190602001808311610c1957829003601f168201915b5050505050905090565b5f30610c4a610b5a565b6001600160a01b031614610c7157604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610c90868686866114fb565b90505f610c9c82611508565b9050610cb182610cac600461185c565b61187e565b5080610cd85760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610ce683898989896118bb565b905065ffffffffffff811615610d5d575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610d79565b60405163ab2d031160e01b815260048101849052602401610ccf565b50909695505050505050565b5f5f610d93868686866114fb565b90505f610d9f82611508565b9050610dbb82610cac83610db457600461185c565b600561185c565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610de3610b5a565b6001600160a01b031614610e6c575f5b8751811015610e6a57306001600160a01b0316888281518110610e1857610e186142c6565b60200260200101516001600160a01b031603610e6257610e62868281518110610e4357610e436142c6565b60200260200101518051906020012060056118c990919063ffffffff16565b600101610df3565b505b610e7982888888886118ea565b30610e82610b5a565b6001600160a01b031614158015610eae57506005546001600160801b03808216600160801b9092041614155b15610eb8575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b610f1d6117a7565b610bad816118fe565b5f610b6d60085465ffffffffffff1690565b5f5f610f43836119af565b90506004816007811115610f5957610f59613c73565b03610fb6577f0000000000000000000000000000000000000000000000000000000000000000610f888461155d565b610f9291906142ee565b610f9a611434565b65ffffffffffff161115610fb15750600692915050565b610b96565b6005816007811115610fca57610fca613c73565b03610b96575f83815260046020526040902060010154611013907f00000000000000000000000000000000000000000000000000000000000000009065ffffffffffff166142ee565b61101b611434565b65ffffffffffff161115610b965750600692915050565b5f5f611040868686866114fb565b90503361104d8282611ae8565b61107c57604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610ccf565b61108887878787611b2d565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa92505050801561111257506040513d5f823e601f3d908101601f1916820160405261110f9190810190614301565b60015b61112157610b6d611434611b3a565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f8033905061116a84828560405180602001604052805f815250611b50565b949350505050565b5f6111b888888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611b719050565b6111e0576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610ccf565b61122388878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c3e915050565b98975050505050505050565b5f8033905061108887828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c3e915050565b5f610b96600a83611d1b565b61128b6117a7565b610bad81611d68565b5f803390506112da86828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611b5092505050565b9695505050505050565b5f336112f08184611da9565b6113185760405163d9b3955760e01b81526001600160a01b0382166004820152602401610ccf565b5f611321611510565b9050801561138d575f61134f836001611338611434565b6113429190614375565b65ffffffffffff1661162d565b90508181101561138b57604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610ccf565b505b6110888787878786611e2d565b5f6060805f5f5f60606113ab612047565b6113b3612072565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6113e98585858561209d565b611411576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610ccf565b61142b85848660405180602001604052805f815250611b50565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156114af575060408051601f3d908101601f191682019092526114ac91810190614393565b60015b61112157610b6d612126565b5f6114c7848484612130565b90505b9392505050565b5f6114dc600a6121c3565b6001600160d01b0316905090565b6114f26117a7565b610bad81612207565b5f61142b858585856115e3565b5f6001610b96565b5f610b6d60075490565b5f30611524610b5a565b6001600160a01b03161461154b57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f610b9682612270565b61156f6117a7565b5f5f856001600160a01b031685858560405161158c9291906143ae565b5f6040518083038185875af1925050503d805f81146115c6576040519150601f19603f3d011682016040523d82523d5f602084013e6115cb565b606091505b50915091506115da8282612298565b50505050505050565b5f848484846040516020016115fb9493929190614444565b60408051601f19818403018152919052805160209091012095945050505050565b6116246117a7565b610bad816122d0565b5f6114ca838361164760408051602081019091525f815290565b612130565b6116546117a7565b610bad81612311565b5f30611667610b5a565b6001600160a01b03161461168e57604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b604051632394e7a360e21b8152600481018290525f90610b96906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa158015611709573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061172d919061448e565b61173684611277565b6064612352565b5f6001600160e01b031982166366defe7760e11b148061176d57506001600160e01b031982166332a2ad4360e11b145b8061178857506001600160e01b03198216630271189760e51b145b80610b9657506301ffc9a760e01b6001600160e01b0319831614610b96565b336117b0610b5a565b6001600160a01b0316146117d9576040516347096e4760e01b8152336004820152602401610ccf565b306117e2610b5a565b6001600160a01b03161461181e575f80366040516118019291906143ae565b604051809103902090505b806118176005612402565b0361180c57505b565b6118536040518060400160405280600f81526020016e38bab7b93ab6a73ab6b2b930ba37b960891b815250826001612421565b610bad81612448565b5f81600781111561186f5761186f613c73565b600160ff919091161b92915050565b5f5f61188984610f38565b90505f836118968361185c565b16036114ca578381846040516331b75e4d60e01b8152600401610ccf939291906144a5565b5f6112da86868686866124dd565b5f6118d4838361266e565b9050806118e5576118e560416126d3565b505050565b6118f785858585856126e4565b5050505050565b600854600160301b900463ffffffff1665ffffffffffff821681101561194857604051633211876d60e11b815265ffffffffffff8316600482015260248101829052604401610ccf565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f6119ba83612774565b905060058160078111156119d0576119d0613c73565b146119db5792915050565b5f838152600e60205260409081902054600d549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa158015611a31573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a5591906144c7565b15611a64575060059392505050565b600d54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611aab573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611acf91906144c7565b15611ade575060079392505050565b5060029392505050565b5f80611af384610f38565b6007811115611b0457611b04613c73565b1480156114ca5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f61142b858585856128a5565b6060610b96611b4b8363ffffffff16565b61293c565b5f61142b85858585611b6c60408051602081019091525f815290565b611c3e565b5f61108885611c387f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611bc38c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611c1d98979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b604051602081830303815290604052805190602001206129ae565b846129da565b5f611c4d86610cac600161185c565b505f611c6286611c5c89610ef5565b85612130565b90505f611c728888888588612a4a565b905083515f03611cc857866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611cbb94939291906144e6565b60405180910390a2611d12565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611d0995949392919061450d565b60405180910390a25b61108888612b46565b5f5f5f611d2785612b4f565b9250925050838265ffffffffffff161115611d5457611d4f611d4885612ba7565b8690612bdd565b611d56565b805b6001600160d01b031695945050505050565b611da06040518060400160405280600b81526020016a766f74696e6744656c617960a81b8152508265ffffffffffff16610e10612421565b610bad81612c7f565b80515f906034811015611dc0576001915050610b96565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611df157600192505050610b96565b5f5f611e0186602a860386612ce5565b915091508115806110885750866001600160a01b0316816001600160a01b031614979650505050505050565b5f611e4186868686805190602001206114fb565b905084518651141580611e5657508351865114155b80611e6057508551155b15611e9557855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610ccf565b5f81815260046020526040902054600160a01b900465ffffffffffff1615611ede5780611ec182610f38565b6040516331b75e4d60e01b8152610ccf9291905f906004016144a5565b5f611ee7610f26565b611eef611434565b65ffffffffffff16611f0191906142ee565b90505f611f1b60085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150611f4d83612ba7565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155611f7a82612d92565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115611fdd57611fdd613929565b60405190808252806020026020018201604052801561201057816020015b6060815260200190600190039081611ffb5790505b508c8961201d8a826142ee565b8e60405161203399989796959493929190614546565b60405180910390a150505095945050505050565b6060610b6d7f0000000000000000000000000000000000000000000000000000000000000000612dc2565b6060610b6d7f0000000000000000000000000000000000000000000000000000000000000000612dc2565b5f61142b83611c387ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78888886120ef8a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611c1d565b5f610b6d43612ba7565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa15801561219f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114c7919061448e565b80545f9080156121ff576121e9836121dc600184614621565b5f91825260209091200190565b54600160301b90046001600160d01b03166114ca565b5f9392505050565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b5f610b9661227d83612dff565b5f848152600c602052604090205465ffffffffffff16612e41565b606082156122a7575080610b96565b8151156122b757610fb182612e50565b60405163d6bda27560e01b815260040160405180910390fd5b6123086040518060400160405280600c81526020016b1d9bdd1a5b99d4195c9a5bd960a21b8152508263ffffffff1662015180612421565b610bad81612e58565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b5f5f5f61235f8686612ef4565b91509150815f036123835783818161237957612379614634565b04925050506114ca565b81841161239a5761239a60038515026011186126d3565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f61240e84612f10565b91509150816114ca576114ca60316126d3565b808210156118e557828282604051639bfc75e960e01b8152600401610ccf93929190614648565b6064808211156124755760405163243e544560e01b81526004810183905260248101829052604401610ccf565b5f61247e6114d1565b905061249d61248b611434565b61249485612f84565b600a9190612fb7565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f5f600d5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa15801561252f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612553919061448e565b90505f3060601b6bffffffffffffffffffffffff19168418600d5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f427906125a4908a908a908a905f90889060040161466c565b602060405180830381865afa1580156125bf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125e3919061448e565b5f898152600e602052604080822092909255600d5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb09161262d918b918b918b919088908a906004016146b9565b5f604051808303815f87803b158015612644575f5ffd5b505af1158015612656573d5f5f3e3d5ffd5b50505050611223824261266991906142ee565b612ba7565b81545f906001600160801b03600160801b82048116918116600183019091160361269b575f915050610b96565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600d546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b815260040161272f95949392919061466c565b5f604051808303818588803b158015612746575f5ffd5b505af1158015612758573d5f5f3e3d5ffd5b5050505f9687525050600e602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b90041681156127a857506007949350505050565b80156127b957506002949350505050565b5f6127c386610ef5565b9050805f036127e857604051636ad0607560e01b815260048101879052602401610ccf565b5f6127f1611434565b65ffffffffffff16905080821061280e57505f9695505050505050565b5f6128188861155d565b905081811061282f57506001979650505050505050565b61283888612fd0565b158061285757505f888152600960205260409020805460019091015411155b1561286a57506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f0361289757506004979650505050505050565b506005979650505050505050565b5f5f6128b386868686613006565b5f818152600e6020526040902054909150801561293257600d5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b15801561290d575f5ffd5b505af115801561291f573d5f5f3e3d5ffd5b5050505f838152600e6020526040812055505b5095945050505050565b6060612946612126565b65ffffffffffff168265ffffffffffff1614612975576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610b966129ba6130c6565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612a38575f5f6129f885856131ef565b5090925090505f816003811115612a1157612a11613c73565b148015612a2f5750856001600160a01b0316826001600160a01b0316145b925050506114ca565b612a43848484613238565b90506114ca565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff1615612a9c576040516371c6af4960e01b81526001600160a01b0387166004820152602401610ccf565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff8516612ae55783815f015f828254612ada91906142ee565b90915550612b3b9050565b5f1960ff861601612b035783816001015f828254612ada91906142ee565b60011960ff861601612b225783816002015f828254612ada91906142ee565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b610bad8161329d565b80545f9081908190808203612b6d575f5f5f93509350935050611144565b5f612b7d866121dc600185614621565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250611144915050565b5f65ffffffffffff821115612bd9576040516306dfcc6560e41b81526030600482015260248101839052604401610ccf565b5090565b81545f9081816005811115612c39575f612bf684613371565b612c009085614621565b5f8881526020902090915081015465ffffffffffff9081169087161015612c2957809150612c37565b612c348160016142ee565b92505b505b5f612c46878785856134c9565b90508015612c7357612c5d876121dc600184614621565b54600160301b90046001600160d01b0316611088565b505f9695505050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f8451831180612cf557508284115b15612d0457505f905080612d8a565b5f612d108560016142ee565b84118015612d38575061060f60f31b612d2c8787016020015190565b6001600160f01b031916145b90505f612d488215156002614710565b612d539060286142ee565b905080612d608787614621565b03612d81575f5f612d7289898961351f565b9096509450612d8a9350505050565b5f5f9350935050505b935093915050565b5f63ffffffff821115612bd9576040516306dfcc6560e41b81526020600482015260248101839052604401610ccf565b60605f612dce836135e0565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f81815260046020526040812054612e3390600160d01b810463ffffffff1690600160a01b900465ffffffffffff16614727565b65ffffffffffff1692915050565b5f8282188284110282186114ca565b805160208201fd5b8063ffffffff165f03612e805760405163f1cfbf0560e01b81525f6004820152602401610ccf565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b5f805f1983850993909202808410938190039390930393915050565b80545f9081906001600160801b0380821691600160801b9004168103612f3b57505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b5f6001600160d01b03821115612bd9576040516306dfcc6560e41b815260d0600482015260248101839052604401610ccf565b5f80612fc4858585613607565b91509150935093915050565b5f81815260096020526040812060028101546001820154612ff191906142ee565b612ffd610b2385610ef5565b11159392505050565b5f5f613014868686866114fb565b905061306281613024600761185c565b61302e600661185c565b613038600261185c565b6001613045600782614745565b613050906002614839565b61305a9190614621565b18181861187e565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c906130b59083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561311e57507f000000000000000000000000000000000000000000000000000000000000000046145b1561314857507f000000000000000000000000000000000000000000000000000000000000000090565b610b6d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103613226576020840151604085015160608601515f1a61321888828585613757565b955095509550505050613231565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f818152600c602052604090205465ffffffffffff161580156132c457506132c481612fd0565b15610bad575f6132db600b5465ffffffffffff1690565b6132e3611434565b6132ed9190614727565b90506132f88261155d565b8165ffffffffffff1611156133455760405165ffffffffffff8216815282907f541f725fb9f7c98a30cc9c0ff32fbb14358cd7159c847a3aa20a2bdc442ba5119060200160405180910390a25b5f918252600c6020526040909120805465ffffffffffff191665ffffffffffff92909216919091179055565b5f6001821161337e575090565b816001600160801b82106133975760809190911c9060401b5b6801000000000000000082106133b25760409190911c9060201b5b64010000000082106133c95760209190911c9060101b5b6201000082106133de5760109190911c9060081b5b61010082106133f25760089190911c9060041b5b601082106134055760049190911c9060021b5b600482106134115760011b5b600302600190811c9081858161342957613429614634565b048201901c9050600181858161344157613441614634565b048201901c9050600181858161345957613459614634565b048201901c9050600181858161347157613471614634565b048201901c9050600181858161348957613489614634565b048201901c905060018185816134a1576134a1614634565b048201901c90506134c08185816134ba576134ba614634565b04821190565b90039392505050565b5f5b81831015613517575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561350357809250613511565b61350e8160016142ee565b93505b506134cb565b509392505050565b5f80848161352e8660016142ee565b85118015613556575061060f60f31b61354a8388016020015190565b6001600160f01b031916145b90505f6135668215156002614710565b90505f80613574838a6142ee565b90505b878110156135cf575f6135956135908784016020015190565b61381f565b9050600f8160ff1611156135b4575f5f97509750505050505050612d8a565b6135bf601084614710565b60ff909116019150600101613577565b506001999098509650505050505050565b5f60ff8216601f811115610b9657604051632cd44ac360e21b815260040160405180910390fd5b82545f90819080156136fd575f613623876121dc600185614621565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561366657604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361369f57825465ffffffffffff16600160301b6001600160d01b038916021783556136ef565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b9450859350612d8a92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612d8a565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561379057505f91506003905082613815565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156137e1573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661380c57505f925060019150829050613815565b92505f91508190505b9450945094915050565b5f60f882901c602f811180156138385750603a8160ff16105b1561384657602f1901610b96565b60608160ff1611801561385c575060678160ff16105b1561386a5760561901610b96565b60408160ff16118015613880575060478160ff16105b1561388e5760361901610b96565b5060ff92915050565b5f602082840312156138a7575f5ffd5b81356001600160e01b0319811681146114ca575f5ffd5b5f602082840312156138ce575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6114ca60208301846138d5565b6001600160a01b0381168114610bad575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561396557613965613929565b604052919050565b5f6001600160401b0382111561398557613985613929565b50601f01601f191660200190565b5f6139a56139a08461396d565b61393d565b90508281528383830111156139b8575f5ffd5b828260208301375f602084830101529392505050565b5f82601f8301126139dd575f5ffd5b6114ca83833560208501613993565b5f5f5f5f608085870312156139ff575f5ffd5b8435613a0a81613915565b93506020850135613a1a81613915565b92506040850135915060608501356001600160401b03811115613a3b575f5ffd5b613a47878288016139ce565b91505092959194509250565b5f6001600160401b03821115613a6b57613a6b613929565b5060051b60200190565b5f82601f830112613a84575f5ffd5b8135613a926139a082613a53565b8082825260208201915060208360051b860101925085831115613ab3575f5ffd5b602085015b83811015612932578035613acb81613915565b835260209283019201613ab8565b5f82601f830112613ae8575f5ffd5b8135613af66139a082613a53565b8082825260208201915060208360051b860101925085831115613b17575f5ffd5b602085015b83811015612932578035835260209283019201613b1c565b5f82601f830112613b43575f5ffd5b8135613b516139a082613a53565b8082825260208201915060208360051b860101925085831115613b72575f5ffd5b602085015b838110156129325780356001600160401b03811115613b94575f5ffd5b613ba3886020838a01016139ce565b84525060209283019201613b77565b5f5f5f5f60808587031215613bc5575f5ffd5b84356001600160401b03811115613bda575f5ffd5b613be687828801613a75565b94505060208501356001600160401b03811115613c01575f5ffd5b613c0d87828801613ad9565b93505060408501356001600160401b03811115613c28575f5ffd5b613c3487828801613b34565b949793965093946060013593505050565b65ffffffffffff81168114610bad575f5ffd5b5f60208284031215613c68575f5ffd5b81356114ca81613c45565b634e487b7160e01b5f52602160045260245ffd5b60088110613ca357634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610b968284613c87565b5f5f60408385031215613cc6575f5ffd5b823591506020830135613cd881613915565b809150509250929050565b803560ff81168114611121575f5ffd5b5f5f60408385031215613d04575f5ffd5b82359150613d1460208401613ce3565b90509250929050565b5f5f83601f840112613d2d575f5ffd5b5081356001600160401b03811115613d43575f5ffd5b602083019150836020828501011115613d5a575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215613d77575f5ffd5b87359650613d8760208901613ce3565b95506040880135613d9781613915565b945060608801356001600160401b03811115613db1575f5ffd5b613dbd8a828b01613d1d565b90955093505060808801356001600160401b03811115613ddb575f5ffd5b613de78a828b016139ce565b92505060a08801356001600160401b03811115613e02575f5ffd5b613e0e8a828b016139ce565b91505092959891949750929550565b5f5f5f5f5f60808688031215613e31575f5ffd5b85359450613e4160208701613ce3565b935060408601356001600160401b03811115613e5b575f5ffd5b613e6788828901613d1d565b90945092505060608601356001600160401b03811115613e85575f5ffd5b613e91888289016139ce565b9150509295509295909350565b5f5f5f5f60608587031215613eb1575f5ffd5b84359350613ec160208601613ce3565b925060408501356001600160401b03811115613edb575f5ffd5b613ee787828801613d1d565b95989497509550505050565b5f5f5f5f60808587031215613f06575f5ffd5b84356001600160401b03811115613f1b575f5ffd5b613f2787828801613a75565b94505060208501356001600160401b03811115613f42575f5ffd5b613f4e87828801613ad9565b93505060408501356001600160401b03811115613f69575f5ffd5b613f7587828801613b34565b92505060608501356001600160401b03811115613f90575f5ffd5b8501601f81018713613fa0575f5ffd5b613a4787823560208401613993565b5f60208284031215613fbf575f5ffd5b81356114ca81613915565b5f8151808452602084019350602083015f5b82811015613ffa578151865260209586019590910190600101613fdc565b5093949350505050565b60ff60f81b8816815260e060208201525f61402260e08301896138d5565b828103604084015261403481896138d5565b606084018890526001600160a01b038716608085015260a0840186905283810360c085015290506140658185613fca565b9a9950505050505050505050565b5f5f5f5f60808587031215614086575f5ffd5b8435935061409660208601613ce3565b925060408501356140a681613915565b915060608501356001600160401b03811115613a3b575f5ffd5b5f5f5f606084860312156140d2575f5ffd5b83356140dd81613915565b92506020840135915060408401356001600160401b038111156140fe575f5ffd5b61410a868287016139ce565b9150509250925092565b5f5f5f5f5f60a08688031215614128575f5ffd5b853561413381613915565b9450602086013561414381613915565b935060408601356001600160401b0381111561415d575f5ffd5b61416988828901613ad9565b93505060608601356001600160401b03811115614184575f5ffd5b61419088828901613ad9565b92505060808601356001600160401b03811115613e85575f5ffd5b5f5f5f5f606085870312156141be575f5ffd5b84356141c981613915565b93506020850135925060408501356001600160401b03811115613edb575f5ffd5b5f602082840312156141fa575f5ffd5b813563ffffffff811681146114ca575f5ffd5b5f5f6040838503121561421e575f5ffd5b823561422981613915565b946020939093013593505050565b5f5f5f5f5f60a0868803121561424b575f5ffd5b853561425681613915565b9450602086013561426681613915565b9350604086013592506060860135915060808601356001600160401b03811115613e85575f5ffd5b600181811c908216806142a257607f821691505b6020821081036142c057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610b9657610b966142da565b5f60208284031215614311575f5ffd5b81516001600160401b03811115614326575f5ffd5b8201601f81018413614336575f5ffd5b80516143446139a08261396d565b818152856020838501011115614358575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b65ffffffffffff8281168282160390811115610b9657610b966142da565b5f602082840312156143a3575f5ffd5b81516114ca81613c45565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613ffa5781516001600160a01b03168652602095860195909101906001016143cf565b5f82825180855260208501945060208160051b830101602085015f5b83811015610d7957601f1985840301885261442e8383516138d5565b6020988901989093509190910190600101614412565b608081525f61445660808301876143bd565b82810360208401526144688187613fca565b9050828103604084015261447c81866143f6565b91505082606083015295945050505050565b5f6020828403121561449e575f5ffd5b5051919050565b838152606081016144b96020830185613c87565b826040830152949350505050565b5f602082840312156144d7575f5ffd5b815180151581146114ca575f5ffd5b84815260ff84166020820152826040820152608060608201525f6112da60808301846138d5565b85815260ff8516602082015283604082015260a060608201525f61453460a08301856138d5565b828103608084015261122381856138d5565b8981526001600160a01b0389166020820152610120604082018190525f906145709083018a6143bd565b8281036060840152614582818a613fca565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b838110156145d957601f198684030185526145c38383516138d5565b60209586019590935091909101906001016145a7565b505085810360a08701526145ed818b6143f6565b93505050508560c08401528460e084015282810361010084015261461181856138d5565b9c9b505050505050505050505050565b81810381811115610b9657610b966142da565b634e487b7160e01b5f52601260045260245ffd5b606081525f61465a60608301866138d5565b60208301949094525060400152919050565b60a081525f61467e60a08301886143bd565b82810360208401526146908188613fca565b905082810360408401526146a481876143f6565b60608401959095525050608001529392505050565b60c081525f6146cb60c08301896143bd565b82810360208401526146dd8189613fca565b905082810360408401526146f181886143f6565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610b9657610b966142da565b65ffffffffffff8181168382160190811115610b9657610b966142da565b60ff8181168382160190811115610b9657610b966142da565b6001815b6001841115612d8a5780850481111561477d5761477d6142da565b600184161561478b57908102905b60019390931c928002614762565b5f826147a757506001610b96565b816147b357505f610b96565b81600181146147c957600281146147d3576147ef565b6001915050610b96565b60ff8411156147e4576147e46142da565b50506001821b610b96565b5060208310610133831016604e8410600b8410161715614812575081810a610b96565b61481e5f19848461475e565b805f1904821115614831576148316142da565b029392505050565b5f6114ca60ff84168361479956fea164736f6c634300081c000a60a060405234801561000f575f5ffd5b50604051611f04380380611f0483398101604081905261002e91610305565b8261003882610202565b61004183610202565b5f61004c813061025c565b506001600160a01b03811615610068576100665f8261025c565b505b5f5b83518110156100fc576100bc7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc18583815181106100a9576100a9610347565b602002602001015161025c60201b60201c565b506100f37ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7838583815181106100a9576100a9610347565b5060010161006a565b505f5b82518110156101475761013e7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e638483815181106100a9576100a9610347565b506001016100ff565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150505050610e108310156101bd57604051632b51f98b60e21b815260048101849052610e1060248201526044015b60405180910390fd5b8115806101cd57506301e1338082115b156101f85760405163022a09bf60e11b8152600481018390526301e1338060248201526044016101b4565b506080525061035b565b6040805160018082528183019092526060916020808301908036833701905050905081815f8151811061023757610237610347565b60200260200101906001600160a01b031690816001600160a01b031681525050919050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102fc575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102b43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102ff565b505f5b92915050565b5f5f5f60608486031215610317575f5ffd5b83516020850151604086015191945092506001600160a01b038116811461033c575f5ffd5b809150509250925092565b634e487b7160e01b5f52603260045260245ffd5b608051611b836103815f395f81816102ef01528181610b130152610da90152611b835ff3fe6080604052600436106101de575f3560e01c80638f2a0bb0116100fd578063bc197c8111610092578063d547741f11610062578063d547741f146105dc578063e38335e5146105fb578063f23a6e611461060e578063f27a0c9214610639575f5ffd5b8063bc197c8114610550578063c2ca64ef1461057b578063c4d252f514610592578063d45c4435146105b1575f5ffd5b80639f81aed7116100cd5780639f81aed7146104d6578063a217fddf146104eb578063b08e51c0146104fe578063b1c5f42714610531575f5ffd5b80638f2a0bb0146104465780638f61f4f51461046557806391d148541461049857806393988770146104b7575f5ffd5b80632ab0f52911610173578063584b153e11610143578063584b153e146103bd57806364d62353146103dc5780637958004c146103fb5780638065657f14610427575f5ffd5b80632ab0f529146103415780632f2ff15d1461036057806331d507501461037f57806336568abe1461039e575f5ffd5b806313bc9f20116101ae57806313bc9f201461027f578063150b7a021461029e57806317c5993a146102e1578063248a9ca314610313575f5ffd5b806301d5062a146101e957806301ffc9a71461020a57806307bd02651461023e578063134008d31461026c575f5ffd5b366101e557005b5f5ffd5b3480156101f4575f5ffd5b50610208610203366004611359565b61064d565b005b348015610215575f5ffd5b506102296102243660046113c7565b610721565b60405190151581526020015b60405180910390f35b348015610249575f5ffd5b5061025e5f516020611b575f395f51905f5281565b604051908152602001610235565b61020861027a3660046113ee565b610731565b34801561028a575f5ffd5b50610229610299366004611454565b610784565b3480156102a9575f5ffd5b506102c86102b836600461151a565b630a85bd0160e11b949350505050565b6040516001600160e01b03199091168152602001610235565b3480156102ec575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061025e565b34801561031e575f5ffd5b5061025e61032d366004611454565b5f9081526020819052604090206001015490565b34801561034c575f5ffd5b5061022961035b366004611454565b6107a9565b34801561036b575f5ffd5b5061020861037a36600461157d565b6107b1565b34801561038a575f5ffd5b50610229610399366004611454565b6107db565b3480156103a9575f5ffd5b506102086103b836600461157d565b6107ff565b3480156103c8575f5ffd5b506102296103d7366004611454565b610837565b3480156103e7575f5ffd5b506102086103f6366004611454565b61087c565b348015610406575f5ffd5b5061041a610415366004611454565b6108bb565b60405161023591906115bb565b348015610432575f5ffd5b5061025e6104413660046113ee565b610903565b348015610451575f5ffd5b50610208610460366004611621565b610941565b348015610470575f5ffd5b5061025e7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b3480156104a3575f5ffd5b506102296104b236600461157d565b610acd565b3480156104c2575f5ffd5b506102296104d1366004611454565b610af5565b3480156104e1575f5ffd5b5061025e610e1081565b3480156104f6575f5ffd5b5061025e5f81565b348015610509575f5ffd5b5061025e7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b34801561053c575f5ffd5b5061025e61054b3660046116d3565b610b41565b34801561055b575f5ffd5b506102c861056a3660046117fc565b63bc197c8160e01b95945050505050565b348015610586575f5ffd5b5061025e6301e1338081565b34801561059d575f5ffd5b506102086105ac366004611454565b610b85565b3480156105bc575f5ffd5b5061025e6105cb366004611454565b5f9081526001602052604090205490565b3480156105e7575f5ffd5b506102086105f636600461157d565b610c2f565b6102086106093660046116d3565b610c53565b348015610619575f5ffd5b506102c86106283660046118a8565b63f23a6e6160e01b95945050505050565b348015610644575f5ffd5b5060025461025e565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161067781610c9c565b5f610686898989898989610903565b90506106928184610ca6565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516106cd96959493929190611923565b60405180910390a3831561071657807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161070d91815260200190565b60405180910390a25b505050505050505050565b5f61072b82610d37565b92915050565b5f516020611b575f395f51905f52610749815f610acd565b610757576107578133610d5b565b61076d610768888888888888610903565b610d98565b61077b878787878787610e08565b50505050505050565b5f60025b610791836108bb565b60038111156107a2576107a26115a7565b1492915050565b5f6003610788565b5f828152602081905260409020600101546107cb81610c9c565b6107d58383610ea7565b50505050565b5f806107e6836108bb565b60038111156107f7576107f76115a7565b141592915050565b6001600160a01b03811633146108285760405163334bd91960e11b815260040160405180910390fd5b6108328282610f36565b505050565b5f5f610842836108bb565b90506001816003811115610858576108586115a7565b148061087557506002816003811115610873576108736115a7565b145b9392505050565b610e108110156108af57604051632b51f98b60e21b815260048101829052610e1060248201526044015b60405180910390fd5b6108b881610f9f565b50565b5f81815260016020526040812054805f036108d857505f92915050565b600181036108e95750600392915050565b428111156108fa5750600192915050565b50600292915050565b5f86868686868660405160200161091f96959493929190611923565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161096b81610c9c565b888714158061097a5750888514155b156109ac576040516001624fcdef60e01b03198152600481018a905260248101869052604481018890526064016108a6565b5f6109bd8b8b8b8b8b8b8b8b610b41565b90506109c98184610ca6565b5f5b8a811015610a7e5780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610a0857610a0861195f565b9050602002016020810190610a1d9190611973565b8d8d86818110610a2f57610a2f61195f565b905060200201358c8c87818110610a4857610a4861195f565b9050602002810190610a5a919061198c565b8c8b604051610a6e96959493929190611923565b60405180910390a36001016109cb565b508315610ac057807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610ab791815260200190565b60405180910390a25b5050505050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f818152600160205260408120546001811180156108755750610b387f0000000000000000000000000000000000000000000000000000000000000000826119ce565b42119392505050565b5f8888888888888888604051602001610b61989796959493929190611a81565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610baf81610c9c565b610bb882610837565b610bf45781610bc7600261100d565b610bd1600161100d565b604051635ead8eb560e01b815260048101939093521760248201526044016108a6565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610c4981610c9c565b6107d58383610f36565b5f516020611b575f395f51905f52610c6b815f610acd565b610c7957610c798133610d5b565b610c8c6107688a8a8a8a8a8a8a8a610b41565b610716898989898989898961102f565b6108b88133610d5b565b610caf826107db565b15610ce05781610cbe5f61100d565b604051635ead8eb560e01b8152600481019290925260248201526044016108a6565b5f610cea60025490565b905080821015610d1757604051635433660960e01b815260048101839052602481018290526044016108a6565b610d2182426119ce565b5f93845260016020526040909320929092555050565b5f6001600160e01b03198216630271189760e51b148061072b575061072b8261119d565b610d658282610acd565b610d945760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108a6565b5050565b610da181610af5565b156108b857807f0000000000000000000000000000000000000000000000000000000000000000610ddd835f9081526001602052604090205490565b610de791906119ce565b604051625a3c8160e81b8152600481019290925260248201526044016108a6565b5f516020611b575f395f51905f52610e20815f610acd565b610e2e57610e2e8133610d5b565b5f610e3d888888888888610903565b9050610e4981856111d1565b610e558888888861121f565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a604051610e8c9493929190611b20565b60405180910390a3610e9d8161128a565b5050505050505050565b5f610eb28383610acd565b610f2f575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610ee73390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161072b565b505f61072b565b5f610f418383610acd565b15610f2f575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161072b565b33308114610fcb5760405163e2850c5960e01b81526001600160a01b03821660048201526024016108a6565b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f816003811115611020576110206115a7565b600160ff919091161b92915050565b5f516020611b575f395f51905f52611047815f610acd565b611055576110558133610d5b565b87861415806110645750878414155b15611096576040516001624fcdef60e01b031981526004810189905260248101859052604481018790526064016108a6565b5f6110a78a8a8a8a8a8a8a8a610b41565b90506110b381856111d1565b5f5b89811015611187575f8b8b838181106110d0576110d061195f565b90506020020160208101906110e59190611973565b90505f8a8a848181106110fa576110fa61195f565b905060200201359050365f8a8a868181106111175761111761195f565b9050602002810190611129919061198c565b915091506111398484848461121f565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b58868686866040516111709493929190611b20565b60405180910390a3505050508060010190506110b5565b506111918161128a565b50505050505050505050565b5f6001600160e01b03198216637965db0b60e01b148061072b57506301ffc9a760e01b6001600160e01b031983161461072b565b6111da82610784565b6111e95781610cbe600261100d565b80158015906111fe57506111fc816107a9565b155b15610d945760405163121534c360e31b8152600481018290526024016108a6565b5f5f856001600160a01b031685858560405161123c929190611b47565b5f6040518083038185875af1925050503d805f8114611276576040519150601f19603f3d011682016040523d82523d5f602084013e61127b565b606091505b509150915061077b82826112b5565b61129381610784565b6112a25780610cbe600261100d565b5f90815260016020819052604090912055565b606082156112c457508061072b565b8151156112d9576112d4826112f2565b61072b565b60405163d6bda27560e01b815260040160405180910390fd5b805160208201fd5b80356001600160a01b0381168114611310575f5ffd5b919050565b5f5f83601f840112611325575f5ffd5b5081356001600160401b0381111561133b575f5ffd5b602083019150836020828501011115611352575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a03121561136f575f5ffd5b611378886112fa565b96506020880135955060408801356001600160401b03811115611399575f5ffd5b6113a58a828b01611315565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f602082840312156113d7575f5ffd5b81356001600160e01b031981168114610875575f5ffd5b5f5f5f5f5f5f60a08789031215611403575f5ffd5b61140c876112fa565b95506020870135945060408701356001600160401b0381111561142d575f5ffd5b61143989828a01611315565b979a9699509760608101359660809091013595509350505050565b5f60208284031215611464575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156114a7576114a761146b565b604052919050565b5f82601f8301126114be575f5ffd5b81356001600160401b038111156114d7576114d761146b565b6114ea601f8201601f191660200161147f565b8181528460208386010111156114fe575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f6080858703121561152d575f5ffd5b611536856112fa565b9350611544602086016112fa565b92506040850135915060608501356001600160401b03811115611565575f5ffd5b611571878288016114af565b91505092959194509250565b5f5f6040838503121561158e575f5ffd5b8235915061159e602084016112fa565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b60208101600483106115db57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f8401126115f1575f5ffd5b5081356001600160401b03811115611607575f5ffd5b6020830191508360208260051b8501011115611352575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611639575f5ffd5b89356001600160401b0381111561164e575f5ffd5b61165a8c828d016115e1565b909a5098505060208a01356001600160401b03811115611678575f5ffd5b6116848c828d016115e1565b90985096505060408a01356001600160401b038111156116a2575f5ffd5b6116ae8c828d016115e1565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b0312156116ea575f5ffd5b88356001600160401b038111156116ff575f5ffd5b61170b8b828c016115e1565b90995097505060208901356001600160401b03811115611729575f5ffd5b6117358b828c016115e1565b90975095505060408901356001600160401b03811115611753575f5ffd5b61175f8b828c016115e1565b999c989b509699959896976060870135966080013595509350505050565b5f82601f83011261178c575f5ffd5b81356001600160401b038111156117a5576117a561146b565b8060051b6117b56020820161147f565b918252602081850181019290810190868411156117d0575f5ffd5b6020860192505b838310156117f25782358252602092830192909101906117d7565b9695505050505050565b5f5f5f5f5f60a08688031215611810575f5ffd5b611819866112fa565b9450611827602087016112fa565b935060408601356001600160401b03811115611841575f5ffd5b61184d8882890161177d565b93505060608601356001600160401b03811115611868575f5ffd5b6118748882890161177d565b92505060808601356001600160401b0381111561188f575f5ffd5b61189b888289016114af565b9150509295509295909350565b5f5f5f5f5f60a086880312156118bc575f5ffd5b6118c5866112fa565b94506118d3602087016112fa565b9350604086013592506060860135915060808601356001600160401b0381111561188f575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b038716815285602082015260a060408201525f61194a60a0830186886118fb565b60608301949094525060800152949350505050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611983575f5ffd5b610875826112fa565b5f5f8335601e198436030181126119a1575f5ffd5b8301803591506001600160401b038211156119ba575f5ffd5b602001915036819003821315611352575f5ffd5b8082018082111561072b57634e487b7160e01b5f52601160045260245ffd5b5f8383855260208501945060208460051b820101835f5b86811015611a7557838303601f19018852813536879003601e19018112611a29575f5ffd5b86016020810190356001600160401b03811115611a44575f5ffd5b803603821315611a52575f5ffd5b611a5d8582846118fb565b60209a8b019a90955093909301925050600101611a04565b50909695505050505050565b60a080825281018890525f8960c08301825b8b811015611ac1576001600160a01b03611aac846112fa565b16825260209283019290910190600101611a93565b5083810360208501528881526001600160fb1b03891115611ae0575f5ffd5b8860051b9150818a60208301370182810360209081016040850152611b0890820187896119ed565b60608401959095525050608001529695505050505050565b60018060a01b0385168152836020820152606060408201525f6117f26060830184866118fb565b818382375f910190815291905056fed8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63a164736f6c634300081c000a' as const
/** Creation bytecode of contracts/governance/GovernedVerifiedAppAuthDeployment.sol:GovernedVerifiedAppAuthDeployment. */
export const governedVerifiedAppAuthDeploymentBytecode =
  '0x610100604052348015610010575f5ffd5b5060405161850638038061850683398101604081905261002f91610a19565b5f8061003d898989896101d1565b915091505f836001600160a01b0316632abf91ee8388886040518463ffffffff1660e01b815260040161007293929190610be0565b6020604051808303815f875af115801561008e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100b29190610c89565b90505f816001600160a01b0316638da5cb5b6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100f1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101159190610c89565b9050826001600160a01b0316816001600160a01b03161461016157604051635a97ab5360e01b81526001600160a01b038084166004830152821660248201526044015b60405180910390fd5b6001600160a01b0380861660e05280841660c081905281861660a08190528285166080819052604051938f16845291929091907fb57e5e5fa20a7bb3afd7b7fa62ddaec44efb66b75ceac319ba23d91011c5b9969060200160405180910390a45050505050505050505050610d96565b60408051606b60f91b602080830191909152602560fa1b60218301523060601b6001600160601b0319166022830152600160f91b603683015282516017818403018152603790920190925280519101205f9081908587828760405161023590610546565b6102429493929190610cab565b604051809103905ff08015801561025b573d5f5f3e3d5ffd5b509250838560a001518460405161027190610553565b92835263ffffffff90911660208301526001600160a01b03166040820152606001604051809103905ff0801580156102ab573d5f5f3e3d5ffd5b509150806001600160a01b0316826001600160a01b0316146102f357604051636865cca360e11b81526001600160a01b03808316600483015283166024820152604401610158565b6102fd8783610307565b5094509492505050565b60408051600481526024810182526020810180516001600160e01b03166349a0590f60e11b17905290515f9182916001600160a01b0386169161034991610d5a565b5f60405180830381855afa9150503d805f8114610381576040519150601f19603f3d011682016040523d82523d5f602084013e610386565b606091505b509150915081158061039a57508051602014155b806103b0575060a06103ab82610d70565b901c15155b156103d9576040516310f5aaab60e21b81526001600160a01b0385166004820152602401610158565b5f818060200190518101906103ee9190610c89565b90506001600160a01b0381161580159061041a5750836001600160a01b0316816001600160a01b031614155b156104435760405163d3186dc560e01b81526001600160a01b0382166004820152602401610158565b60408051600481526024810182526020810180516001600160e01b0316638da5cb5b60e01b17905290516001600160a01b0387169161048191610d5a565b5f60405180830381855afa9150503d805f81146104b9576040519150601f19603f3d011682016040523d82523d5f602084013e6104be565b606091505b5090935091508215806104d357508151602014155b156104df575050505050565b5f6104e983610d70565b90506001600160a01b038116158015906105155750846001600160a01b0316816001600160a01b031614155b1561053e5760405163755fa4a160e01b81526001600160a01b0382166004820152602401610158565b505050505050565b61573b80610ec783390190565b611f048061660283390190565b6001600160a01b0381168114610574575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156105ad576105ad610577565b60405290565b604080519081016001600160401b03811182821017156105ad576105ad610577565b604051601f8201601f191681016001600160401b03811182821017156105fd576105fd610577565b604052919050565b5f82601f830112610614575f5ffd5b81516001600160401b0381111561062d5761062d610577565b610640601f8201601f19166020016105d5565b818152846020838601011115610654575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b805165ffffffffffff81168114610685575f5ffd5b919050565b805163ffffffff81168114610685575f5ffd5b5f60c082840312156106ad575f5ffd5b60405160c081016001600160401b03811182821017156106cf576106cf610577565b6040529050806106de83610670565b81526106ec6020840161068a565b6020820152604083810151908201526060808401519082015261071160808401610670565b608082015261072260a0840161068a565b60a08201525092915050565b5f6001600160401b0382111561074657610746610577565b5060051b60200190565b5f82601f83011261075f575f5ffd5b815161077261076d8261072e565b6105d5565b8082825260208201915060208360051b860101925085831115610793575f5ffd5b602085015b838110156107b0578051835260209283019201610798565b5095945050505050565b80518015158114610685575f5ffd5b5f608082840312156107d9575f5ffd5b6107e161058b565b82518152602080840151908201526040808401519082015260608301519091506001600160401b03811115610814575f5ffd5b820160808185031215610825575f5ffd5b61082d61058b565b81516001600160401b03811115610842575f5ffd5b61084e86828501610750565b82525060208201516001600160401b03811115610869575f5ffd5b61087586828501610750565b602083015250610887604083016107ba565b6040820152610898606083016107ba565b6060820152806060840152505092915050565b5f82601f8301126108ba575f5ffd5b81516108c861076d8261072e565b8082825260208201915060208360061b8601019250858311156108e9575f5ffd5b602085015b838110156107b05760408188031215610905575f5ffd5b61090d6105b3565b815181526020808301518183015290845292909201916040016108ee565b5f6080828403121561093b575f5ffd5b61094361058b565b82519091506001600160401b0381111561095b575f5ffd5b8201601f8101841361096b575f5ffd5b805161097961076d8261072e565b8082825260208201915060208360051b85010192508683111561099a575f5ffd5b6020840193505b828410156109c55783516109b481610560565b8252602093840193909101906109a1565b8452505050602082810151908201526040808301519082015260608201516001600160401b038111156109f6575f5ffd5b610a02848285016108ab565b60608301525092915050565b805161068581610560565b5f5f5f5f5f5f5f610180888a031215610a30575f5ffd5b8751610a3b81610560565b60208901519097506001600160401b03811115610a56575f5ffd5b610a628a828b01610605565b965050610a728960408a0161069d565b6101008901516101208a015191965094506001600160401b03811115610a96575f5ffd5b610aa28a828b016107c9565b6101408a015190945090506001600160401b03811115610ac0575f5ffd5b610acc8a828b0161092b565b925050610adc6101608901610a0e565b905092959891949750929550565b5f8151808452602084019350602083015f5b82811015610b1a578151865260209586019590910190600101610afc565b5093949350505050565b5f8151808452602084019350602083015f5b82811015610b1a578151805187526020908101518188015260409096019590910190600101610b36565b8051608080845281519084018190525f9160200190829060a08601905b80831015610ba85783516001600160a01b031682526020938401936001939093019290910190610b7d565b506020850151602087015260408501516040870152606085015192508581036060870152610bd68184610b24565b9695505050505050565b60018060a01b0384168152606060208201528251606082015260208301516080820152604083015160a08201525f6060840151608060c08401528051608060e0850152610c31610160850182610aea565b9050602082015160df1985830301610100860152610c4f8282610aea565b91505060408201511515610120850152606082015115156101408501528381036040850152610c7e8186610b60565b979650505050505050565b5f60208284031215610c99575f5ffd5b8151610ca481610560565b9392505050565b61012081525f855180610120840152806020880161014085015e5f6101408285010152610140601f19601f83011684010191505060018060a01b038516602083015260018060a01b038416604083015265ffffffffffff835116606083015263ffffffff6020840151166080830152604083015160a0830152606083015160c083015265ffffffffffff60808401511660e083015263ffffffff60a08401511661010083015295945050505050565b5f82518060208501845e5f920191825250919050565b80516020808301519190811015610d90575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610102610dc55f395f608801525f60d201525f604a01525f60ad01526101025ff3fe6080604052348015600e575f5ffd5b50600436106044575f3560e01c80630c340a2414604857806386c4f07c146086578063b76564bd1460ab578063d33219b41460d0575b5f5ffd5b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b03909116815260200160405180910390f35b7f0000000000000000000000000000000000000000000000000000000000000000606a565b7f0000000000000000000000000000000000000000000000000000000000000000606a565b7f0000000000000000000000000000000000000000000000000000000000000000606a56fea164736f6c634300081c000a6101a0604052348015610010575f5ffd5b5060405161573b38038061573b83398101604081905261002f91610b4e565b818160800151826060015185845f0151856020015186604001518a8061005961022b60201b60201c565b61006282610246565b6101205261006f81610246565b61014052815160208084019190912060e052815190820120610100524660a0526100fb60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05260036101108282610ca6565b5061011c905083610283565b610125826102c6565b61012e81610306565b5050506001600160a01b03166101605261014781610347565b5061015181610382565b5061015b8161042e565b505f610165610497565b90507ff5b078ad22f37ec6a1ef7bb7557a33caf5438015a34794acb2076082df8e563f8180519060200120146101b95780604051630b21302d60e21b81526004016101b09190610d8e565b60405180910390fd5b60a082015163ffffffff1615806101dd57506301e133808260a0015163ffffffff16115b156102135760a08201516040516365f2026d60e01b815263ffffffff90911660048201526301e1338060248201526044016101b0565b5060a0015163ffffffff166101805250610e58915050565b6040805180820190915260018152603160f81b602082015290565b5f5f829050601f81511115610270578260405163305a27a960e01b81526004016101b09190610d8e565b805161027b82610da0565b179392505050565b60408051808201909152600b81526a766f74696e6744656c617960a81b60208201526102ba9065ffffffffffff8316610e1061051f565b6102c38161054b565b50565b60408051808201909152600c81526b1d9bdd1a5b99d4195c9a5bd960a21b60208201526102fd9063ffffffff83166201518061051f565b6102c3816105b1565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b60408051808201909152600f81526e38bab7b93ab6a73ab6b2b930ba37b960891b60208201526103799082600161051f565b6102c381610650565b5f61038b6106e5565b9050808265ffffffffffff1611156103c757604051633211876d60e11b815265ffffffffffff83166004820152602481018290526044016101b0565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b60606104a36101605190565b6001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa9250505080156104ff57506040513d5f823e601f3d908101601f191682016040526104fc9190810190610dc3565b60015b61051a576105156114346106ee60201b1761075e565b905090565b919050565b8082101561054657828282604051639bfc75e960e01b81526004016101b093929190610dfc565b505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036105d95760405163f1cfbf0560e01b81525f60048201526024016101b0565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60648082111561067d5760405163243e544560e01b815260048101839052602481018290526044016101b0565b5f610686610777565b90506106a56106936106ee565b61069c85610790565b600a91906107c7565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f6105156107e1565b5f6106f96101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610752575060408051601f3d908101601f1916820190925261074f91810190610e20565b60015b61051a576105156107fb565b606061077161076c8360201c565b610805565b92915050565b5f610782600a610877565b6001600160d01b0316905090565b5f6001600160d01b038211156107c3576040516306dfcc6560e41b815260d06004820152602481018390526044016101b0565b5090565b5f806107d48585856108bf565b915091505b935093915050565b5f6105156008546601000000000000900463ffffffff1690565b5f61051543610a1b565b606061080f6107fb565b65ffffffffffff168265ffffffffffff161461083e576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b80545f9080156108b65761089d83610890600184610e39565b5f91825260209091200190565b54660100000000000090046001600160d01b03166108b8565b5f5b9392505050565b82545f90819080156109be575f6108db87610890600185610e39565b805490915065ffffffffffff80821691660100000000000090046001600160d01b031690881682111561092157604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361095d57825465ffffffffffff1666010000000000006001600160d01b038916021783556109b0565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506107d992505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816107d9565b5f65ffffffffffff8211156107c3576040516306dfcc6560e41b815260306004820152602481018390526044016101b0565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b0381118282101715610a8357610a83610a4d565b60405290565b5f82601f830112610a98575f5ffd5b81516001600160401b03811115610ab157610ab1610a4d565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610adf57610adf610a4d565b604052818152838201602001851015610af6575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b6001600160a01b03811681146102c3575f5ffd5b805165ffffffffffff8116811461051a575f5ffd5b805163ffffffff8116811461051a575f5ffd5b5f5f5f5f848603610120811215610b63575f5ffd5b85516001600160401b03811115610b78575f5ffd5b610b8488828901610a89565b9550506020860151610b9581610b12565b6040870151909450610ba681610b12565b925060c0605f1982011215610bb9575f5ffd5b50610bc2610a61565b610bce60608701610b26565b8152610bdc60808701610b3b565b602082015260a0860151604082015260c08601516060820152610c0160e08701610b26565b6080820152610c136101008701610b3b565b60a0820152939692955090935050565b600181811c90821680610c3757607f821691505b602082108103610c5557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561054657805f5260205f20601f840160051c81016020851015610c805750805b601f840160051c820191505b81811015610c9f575f8155600101610c8c565b5050505050565b81516001600160401b03811115610cbf57610cbf610a4d565b610cd381610ccd8454610c23565b84610c5b565b6020601f821160018114610d05575f8315610cee5750848201515b5f19600385901b1c1916600184901b178455610c9f565b5f84815260208120601f198516915b82811015610d345787850151825560209485019460019092019101610d14565b5084821015610d5157868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6108b86020830184610d60565b80516020808301519190811015610c55575f1960209190910360031b1b16919050565b5f60208284031215610dd3575f5ffd5b81516001600160401b03811115610de8575f5ffd5b610df484828501610a89565b949350505050565b606081525f610e0e6060830186610d60565b60208301949094525060400152919050565b5f60208284031215610e30575f5ffd5b6108b882610b26565b8181038181111561077157634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e0516101005161012051610140516101605161018051614854610ee75f395f81816104e901528181610f600152610fe601525f8181610b360152818161109701528181611437015281816116c4015261213301525f61207901525f61204e01525f61319f01525f61317701525f6130d201525f6130fc01525f61312601526148545ff3fe60806040526004361061035e575f3560e01c80637ecebe00116101bd578063c28bc2fa116100f2578063e540d01d11610092578063ed26cf901161006d578063ed26cf9014610ad6578063f23a6e6114610aea578063f8ce560a14610b09578063fc0c546a14610b28575f5ffd5b8063e540d01d14610a79578063eb9019d414610a98578063ece40cc114610ab7575f5ffd5b8063d33219b4116100cd578063d33219b4146109cf578063dd4e2ba5146109ec578063deaaa7cc14610a31578063e48083fe14610a64575f5ffd5b8063c28bc2fa14610986578063c2ca64ef14610999578063c59057e4146109b0575f5ffd5b8063a890c9101161015d578063ab58fb8e11610138578063ab58fb8e146108fe578063b58131b014610934578063bc197c8114610948578063c01f9e3714610967575f5ffd5b8063a890c910146108a1578063a8f8a668146108c0578063a9a95294146108df575f5ffd5b806391ddadf41161019857806391ddadf41461084757806397c3d3341461085b5780639a802a6d1461086e578063a7713a701461088d575f5ffd5b80637ecebe00146107cd57806384b0196e146108015780638ff262e314610828575f5ffd5b80633932abb111610293578063567813881161023357806360c4247f1161020e57806360c4247f1461075157806379051887146107705780637b3c71d31461078f5780637d5e81e2146107ae575f5ffd5b806356781388146106f45780635b8d0e0d146107135780635f398a1414610732575f5ffd5b8063452115d61161026e578063452115d61461065e5780634bf5d7e91461067d578063544ffc9c1461069157806354fd4d50146106cb575f5ffd5b80633932abb1146105d65780633e4f49e6146105ea5780634385963214610616575f5ffd5b806317c5993a116102fe5780632d63f693116102d95780632d63f693146105365780632fe3e2611461055557806332b8113e14610588578063330df7ff146105b7575f5ffd5b806317c5993a146104db578063215809ca1461050d5780632656227d14610523575f5ffd5b806306fdde031161033957806306fdde0314610417578063143489d014610438578063150b7a0214610484578063160cbed7146104bc575f5ffd5b806301ffc9a71461039957806302a251a3146103cd57806306f3f9e6146103f8575f5ffd5b36610395573061036c610b5a565b6001600160a01b03161461039357604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b3480156103a4575f5ffd5b506103b86103b3366004613897565b610b72565b60405190151581526020015b60405180910390f35b3480156103d8575f5ffd5b50600854600160301b900463ffffffff165b6040519081526020016103c4565b348015610403575f5ffd5b506103936104123660046138be565b610b9c565b348015610422575f5ffd5b5061042b610bb0565b6040516103c49190613903565b348015610443575f5ffd5b5061046c6104523660046138be565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b0390911681526020016103c4565b34801561048f575f5ffd5b506104a361049e3660046139ec565b610c40565b6040516001600160e01b031990911681526020016103c4565b3480156104c7575f5ffd5b506103ea6104d6366004613bb2565b610c82565b3480156104e6575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000006103ea565b348015610518575f5ffd5b506103ea6201518081565b6103ea610531366004613bb2565b610d85565b348015610541575f5ffd5b506103ea6105503660046138be565b610ef5565b348015610560575f5ffd5b506103ea7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b348015610593575f5ffd5b50600b5465ffffffffffff165b60405165ffffffffffff90911681526020016103c4565b3480156105c2575f5ffd5b506103936105d1366004613c58565b610f15565b3480156105e1575f5ffd5b506103ea610f26565b3480156105f5575f5ffd5b506106096106043660046138be565b610f38565b6040516103c49190613ca7565b348015610621575f5ffd5b506103b8610630366004613cb5565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b348015610669575f5ffd5b506103ea610678366004613bb2565b611032565b348015610688575f5ffd5b5061042b611093565b34801561069c575f5ffd5b506106b06106ab3660046138be565b611126565b604080519384526020840192909252908201526060016103c4565b3480156106d6575f5ffd5b506040805180820190915260018152603160f81b602082015261042b565b3480156106ff575f5ffd5b506103ea61070e366004613cf3565b61114b565b34801561071e575f5ffd5b506103ea61072d366004613d61565b611172565b34801561073d575f5ffd5b506103ea61074c366004613e1d565b61122f565b34801561075c575f5ffd5b506103ea61076b3660046138be565b611277565b34801561077b575f5ffd5b5061039361078a366004613c58565b611283565b34801561079a575f5ffd5b506103ea6107a9366004613e9e565b611294565b3480156107b9575f5ffd5b506103ea6107c8366004613ef3565b6112e4565b3480156107d8575f5ffd5b506103ea6107e7366004613faf565b6001600160a01b03165f9081526002602052604090205490565b34801561080c575f5ffd5b5061081561139a565b6040516103c49796959493929190614004565b348015610833575f5ffd5b506103ea610842366004614073565b6113dc565b348015610852575f5ffd5b506105a0611434565b348015610866575f5ffd5b5060646103ea565b348015610879575f5ffd5b506103ea6108883660046140c0565b6114bb565b348015610898575f5ffd5b506103ea6114d1565b3480156108ac575f5ffd5b506103936108bb366004613faf565b6114ea565b3480156108cb575f5ffd5b506103ea6108da366004613bb2565b6114fb565b3480156108ea575f5ffd5b506103b86108f93660046138be565b611508565b348015610909575f5ffd5b506103ea6109183660046138be565b5f9081526004602052604090206001015465ffffffffffff1690565b34801561093f575f5ffd5b506103ea611510565b348015610953575f5ffd5b506104a3610962366004614114565b61151a565b348015610972575f5ffd5b506103ea6109813660046138be565b61155d565b6103936109943660046141ab565b611567565b3480156109a4575f5ffd5b506103ea6301e1338081565b3480156109bb575f5ffd5b506103ea6109ca366004613bb2565b6115e3565b3480156109da575f5ffd5b50600d546001600160a01b031661046c565b3480156109f7575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e9082015261042b565b348015610a3c575f5ffd5b506103ea7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610a6f575f5ffd5b506103ea610e1081565b348015610a84575f5ffd5b50610393610a933660046141ea565b61161c565b348015610aa3575f5ffd5b506103ea610ab236600461420d565b61162d565b348015610ac2575f5ffd5b50610393610ad13660046138be565b61164c565b348015610ae1575f5ffd5b506103ea600181565b348015610af5575f5ffd5b506104a3610b04366004614237565b61165d565b348015610b14575f5ffd5b506103ea610b233660046138be565b6116a0565b348015610b33575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061046c565b5f610b6d600d546001600160a01b031690565b905090565b5f6001600160e01b03198216630be2cc9d60e11b1480610b965750610b968261173d565b92915050565b610ba46117a7565b610bad81611820565b50565b606060038054610bbf9061428e565b80601f0160208091040260200160405190810160405280929190818152602001828054610beb9061428e565b8015610c365780601f10610c0d57610100808354040283529160200191610c36565b820191905f5260205f20905b815481529060010190602001808311610c1957829003601f168201915b5050505050905090565b5f30610c4a610b5a565b6001600160a01b031614610c7157604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610c90868686866114fb565b90505f610c9c82611508565b9050610cb182610cac600461185c565b61187e565b5080610cd85760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610ce683898989896118bb565b905065ffffffffffff811615610d5d575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610d79565b60405163ab2d031160e01b815260048101849052602401610ccf565b50909695505050505050565b5f5f610d93868686866114fb565b90505f610d9f82611508565b9050610dbb82610cac83610db457600461185c565b600561185c565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610de3610b5a565b6001600160a01b031614610e6c575f5b8751811015610e6a57306001600160a01b0316888281518110610e1857610e186142c6565b60200260200101516001600160a01b031603610e6257610e62868281518110610e4357610e436142c6565b60200260200101518051906020012060056118c990919063ffffffff16565b600101610df3565b505b610e7982888888886118ea565b30610e82610b5a565b6001600160a01b031614158015610eae57506005546001600160801b03808216600160801b9092041614155b15610eb8575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b610f1d6117a7565b610bad816118fe565b5f610b6d60085465ffffffffffff1690565b5f5f610f43836119af565b90506004816007811115610f5957610f59613c73565b03610fb6577f0000000000000000000000000000000000000000000000000000000000000000610f888461155d565b610f9291906142ee565b610f9a611434565b65ffffffffffff161115610fb15750600692915050565b610b96565b6005816007811115610fca57610fca613c73565b03610b96575f83815260046020526040902060010154611013907f00000000000000000000000000000000000000000000000000000000000000009065ffffffffffff166142ee565b61101b611434565b65ffffffffffff161115610b965750600692915050565b5f5f611040868686866114fb565b90503361104d8282611ae8565b61107c57604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610ccf565b61108887878787611b2d565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa92505050801561111257506040513d5f823e601f3d908101601f1916820160405261110f9190810190614301565b60015b61112157610b6d611434611b3a565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f8033905061116a84828560405180602001604052805f815250611b50565b949350505050565b5f6111b888888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611b719050565b6111e0576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610ccf565b61122388878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c3e915050565b98975050505050505050565b5f8033905061108887828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611c3e915050565b5f610b96600a83611d1b565b61128b6117a7565b610bad81611d68565b5f803390506112da86828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611b5092505050565b9695505050505050565b5f336112f08184611da9565b6113185760405163d9b3955760e01b81526001600160a01b0382166004820152602401610ccf565b5f611321611510565b9050801561138d575f61134f836001611338611434565b6113429190614375565b65ffffffffffff1661162d565b90508181101561138b57604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610ccf565b505b6110888787878786611e2d565b5f6060805f5f5f60606113ab612047565b6113b3612072565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6113e98585858561209d565b611411576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610ccf565b61142b85848660405180602001604052805f815250611b50565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156114af575060408051601f3d908101601f191682019092526114ac91810190614393565b60015b61112157610b6d612126565b5f6114c7848484612130565b90505b9392505050565b5f6114dc600a6121c3565b6001600160d01b0316905090565b6114f26117a7565b610bad81612207565b5f61142b858585856115e3565b5f6001610b96565b5f610b6d60075490565b5f30611524610b5a565b6001600160a01b03161461154b57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f610b9682612270565b61156f6117a7565b5f5f856001600160a01b031685858560405161158c9291906143ae565b5f6040518083038185875af1925050503d805f81146115c6576040519150601f19603f3d011682016040523d82523d5f602084013e6115cb565b606091505b50915091506115da8282612298565b50505050505050565b5f848484846040516020016115fb9493929190614444565b60408051601f19818403018152919052805160209091012095945050505050565b6116246117a7565b610bad816122d0565b5f6114ca838361164760408051602081019091525f815290565b612130565b6116546117a7565b610bad81612311565b5f30611667610b5a565b6001600160a01b03161461168e57604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b604051632394e7a360e21b8152600481018290525f90610b96906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa158015611709573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061172d919061448e565b61173684611277565b6064612352565b5f6001600160e01b031982166366defe7760e11b148061176d57506001600160e01b031982166332a2ad4360e11b145b8061178857506001600160e01b03198216630271189760e51b145b80610b9657506301ffc9a760e01b6001600160e01b0319831614610b96565b336117b0610b5a565b6001600160a01b0316146117d9576040516347096e4760e01b8152336004820152602401610ccf565b306117e2610b5a565b6001600160a01b03161461181e575f80366040516118019291906143ae565b604051809103902090505b806118176005612402565b0361180c57505b565b6118536040518060400160405280600f81526020016e38bab7b93ab6a73ab6b2b930ba37b960891b815250826001612421565b610bad81612448565b5f81600781111561186f5761186f613c73565b600160ff919091161b92915050565b5f5f61188984610f38565b90505f836118968361185c565b16036114ca578381846040516331b75e4d60e01b8152600401610ccf939291906144a5565b5f6112da86868686866124dd565b5f6118d4838361266e565b9050806118e5576118e560416126d3565b505050565b6118f785858585856126e4565b5050505050565b600854600160301b900463ffffffff1665ffffffffffff821681101561194857604051633211876d60e11b815265ffffffffffff8316600482015260248101829052604401610ccf565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f6119ba83612774565b905060058160078111156119d0576119d0613c73565b146119db5792915050565b5f838152600e60205260409081902054600d549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa158015611a31573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a5591906144c7565b15611a64575060059392505050565b600d54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611aab573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611acf91906144c7565b15611ade575060079392505050565b5060029392505050565b5f80611af384610f38565b6007811115611b0457611b04613c73565b1480156114ca5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f61142b858585856128a5565b6060610b96611b4b8363ffffffff16565b61293c565b5f61142b85858585611b6c60408051602081019091525f815290565b611c3e565b5f61108885611c387f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611bc38c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611c1d98979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b604051602081830303815290604052805190602001206129ae565b846129da565b5f611c4d86610cac600161185c565b505f611c6286611c5c89610ef5565b85612130565b90505f611c728888888588612a4a565b905083515f03611cc857866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611cbb94939291906144e6565b60405180910390a2611d12565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611d0995949392919061450d565b60405180910390a25b61108888612b46565b5f5f5f611d2785612b4f565b9250925050838265ffffffffffff161115611d5457611d4f611d4885612ba7565b8690612bdd565b611d56565b805b6001600160d01b031695945050505050565b611da06040518060400160405280600b81526020016a766f74696e6744656c617960a81b8152508265ffffffffffff16610e10612421565b610bad81612c7f565b80515f906034811015611dc0576001915050610b96565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611df157600192505050610b96565b5f5f611e0186602a860386612ce5565b915091508115806110885750866001600160a01b0316816001600160a01b031614979650505050505050565b5f611e4186868686805190602001206114fb565b905084518651141580611e5657508351865114155b80611e6057508551155b15611e9557855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610ccf565b5f81815260046020526040902054600160a01b900465ffffffffffff1615611ede5780611ec182610f38565b6040516331b75e4d60e01b8152610ccf9291905f906004016144a5565b5f611ee7610f26565b611eef611434565b65ffffffffffff16611f0191906142ee565b90505f611f1b60085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150611f4d83612ba7565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155611f7a82612d92565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115611fdd57611fdd613929565b60405190808252806020026020018201604052801561201057816020015b6060815260200190600190039081611ffb5790505b508c8961201d8a826142ee565b8e60405161203399989796959493929190614546565b60405180910390a150505095945050505050565b6060610b6d7f0000000000000000000000000000000000000000000000000000000000000000612dc2565b6060610b6d7f0000000000000000000000000000000000000000000000000000000000000000612dc2565b5f61142b83611c387ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78888886120ef8a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611c1d565b5f610b6d43612ba7565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa15801561219f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114c7919061448e565b80545f9080156121ff576121e9836121dc600184614621565b5f91825260209091200190565b54600160301b90046001600160d01b03166114ca565b5f9392505050565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b5f610b9661227d83612dff565b5f848152600c602052604090205465ffffffffffff16612e41565b606082156122a7575080610b96565b8151156122b757610fb182612e50565b60405163d6bda27560e01b815260040160405180910390fd5b6123086040518060400160405280600c81526020016b1d9bdd1a5b99d4195c9a5bd960a21b8152508263ffffffff1662015180612421565b610bad81612e58565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b5f5f5f61235f8686612ef4565b91509150815f036123835783818161237957612379614634565b04925050506114ca565b81841161239a5761239a60038515026011186126d3565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f61240e84612f10565b91509150816114ca576114ca60316126d3565b808210156118e557828282604051639bfc75e960e01b8152600401610ccf93929190614648565b6064808211156124755760405163243e544560e01b81526004810183905260248101829052604401610ccf565b5f61247e6114d1565b905061249d61248b611434565b61249485612f84565b600a9190612fb7565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f5f600d5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa15801561252f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612553919061448e565b90505f3060601b6bffffffffffffffffffffffff19168418600d5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f427906125a4908a908a908a905f90889060040161466c565b602060405180830381865afa1580156125bf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125e3919061448e565b5f898152600e602052604080822092909255600d5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb09161262d918b918b918b919088908a906004016146b9565b5f604051808303815f87803b158015612644575f5ffd5b505af1158015612656573d5f5f3e3d5ffd5b50505050611223824261266991906142ee565b612ba7565b81545f906001600160801b03600160801b82048116918116600183019091160361269b575f915050610b96565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600d546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b815260040161272f95949392919061466c565b5f604051808303818588803b158015612746575f5ffd5b505af1158015612758573d5f5f3e3d5ffd5b5050505f9687525050600e602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b90041681156127a857506007949350505050565b80156127b957506002949350505050565b5f6127c386610ef5565b9050805f036127e857604051636ad0607560e01b815260048101879052602401610ccf565b5f6127f1611434565b65ffffffffffff16905080821061280e57505f9695505050505050565b5f6128188861155d565b905081811061282f57506001979650505050505050565b61283888612fd0565b158061285757505f888152600960205260409020805460019091015411155b1561286a57506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f0361289757506004979650505050505050565b506005979650505050505050565b5f5f6128b386868686613006565b5f818152600e6020526040902054909150801561293257600d5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b15801561290d575f5ffd5b505af115801561291f573d5f5f3e3d5ffd5b5050505f838152600e6020526040812055505b5095945050505050565b6060612946612126565b65ffffffffffff168265ffffffffffff1614612975576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610b966129ba6130c6565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612a38575f5f6129f885856131ef565b5090925090505f816003811115612a1157612a11613c73565b148015612a2f5750856001600160a01b0316826001600160a01b0316145b925050506114ca565b612a43848484613238565b90506114ca565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff1615612a9c576040516371c6af4960e01b81526001600160a01b0387166004820152602401610ccf565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff8516612ae55783815f015f828254612ada91906142ee565b90915550612b3b9050565b5f1960ff861601612b035783816001015f828254612ada91906142ee565b60011960ff861601612b225783816002015f828254612ada91906142ee565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b610bad8161329d565b80545f9081908190808203612b6d575f5f5f93509350935050611144565b5f612b7d866121dc600185614621565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250611144915050565b5f65ffffffffffff821115612bd9576040516306dfcc6560e41b81526030600482015260248101839052604401610ccf565b5090565b81545f9081816005811115612c39575f612bf684613371565b612c009085614621565b5f8881526020902090915081015465ffffffffffff9081169087161015612c2957809150612c37565b612c348160016142ee565b92505b505b5f612c46878785856134c9565b90508015612c7357612c5d876121dc600184614621565b54600160301b90046001600160d01b0316611088565b505f9695505050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f8451831180612cf557508284115b15612d0457505f905080612d8a565b5f612d108560016142ee565b84118015612d38575061060f60f31b612d2c8787016020015190565b6001600160f01b031916145b90505f612d488215156002614710565b612d539060286142ee565b905080612d608787614621565b03612d81575f5f612d7289898961351f565b9096509450612d8a9350505050565b5f5f9350935050505b935093915050565b5f63ffffffff821115612bd9576040516306dfcc6560e41b81526020600482015260248101839052604401610ccf565b60605f612dce836135e0565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f81815260046020526040812054612e3390600160d01b810463ffffffff1690600160a01b900465ffffffffffff16614727565b65ffffffffffff1692915050565b5f8282188284110282186114ca565b805160208201fd5b8063ffffffff165f03612e805760405163f1cfbf0560e01b81525f6004820152602401610ccf565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b5f805f1983850993909202808410938190039390930393915050565b80545f9081906001600160801b0380821691600160801b9004168103612f3b57505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b5f6001600160d01b03821115612bd9576040516306dfcc6560e41b815260d0600482015260248101839052604401610ccf565b5f80612fc4858585613607565b91509150935093915050565b5f81815260096020526040812060028101546001820154612ff191906142ee565b612ffd610b2385610ef5565b11159392505050565b5f5f613014868686866114fb565b905061306281613024600761185c565b61302e600661185c565b613038600261185c565b6001613045600782614745565b613050906002614839565b61305a9190614621565b18181861187e565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c906130b59083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561311e57507f000000000000000000000000000000000000000000000000000000000000000046145b1561314857507f000000000000000000000000000000000000000000000000000000000000000090565b610b6d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103613226576020840151604085015160608601515f1a61321888828585613757565b955095509550505050613231565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f818152600c602052604090205465ffffffffffff161580156132c457506132c481612fd0565b15610bad575f6132db600b5465ffffffffffff1690565b6132e3611434565b6132ed9190614727565b90506132f88261155d565b8165ffffffffffff1611156133455760405165ffffffffffff8216815282907f541f725fb9f7c98a30cc9c0ff32fbb14358cd7159c847a3aa20a2bdc442ba5119060200160405180910390a25b5f918252600c6020526040909120805465ffffffffffff191665ffffffffffff92909216919091179055565b5f6001821161337e575090565b816001600160801b82106133975760809190911c9060401b5b6801000000000000000082106133b25760409190911c9060201b5b64010000000082106133c95760209190911c9060101b5b6201000082106133de5760109190911c9060081b5b61010082106133f25760089190911c9060041b5b601082106134055760049190911c9060021b5b600482106134115760011b5b600302600190811c9081858161342957613429614634565b048201901c9050600181858161344157613441614634565b048201901c9050600181858161345957613459614634565b048201901c9050600181858161347157613471614634565b048201901c9050600181858161348957613489614634565b048201901c905060018185816134a1576134a1614634565b048201901c90506134c08185816134ba576134ba614634565b04821190565b90039392505050565b5f5b81831015613517575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561350357809250613511565b61350e8160016142ee565b93505b506134cb565b509392505050565b5f80848161352e8660016142ee565b85118015613556575061060f60f31b61354a8388016020015190565b6001600160f01b031916145b90505f6135668215156002614710565b90505f80613574838a6142ee565b90505b878110156135cf575f6135956135908784016020015190565b61381f565b9050600f8160ff1611156135b4575f5f97509750505050505050612d8a565b6135bf601084614710565b60ff909116019150600101613577565b506001999098509650505050505050565b5f60ff8216601f811115610b9657604051632cd44ac360e21b815260040160405180910390fd5b82545f90819080156136fd575f613623876121dc600185614621565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561366657604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361369f57825465ffffffffffff16600160301b6001600160d01b038916021783556136ef565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b9450859350612d8a92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612d8a565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561379057505f91506003905082613815565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156137e1573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661380c57505f925060019150829050613815565b92505f91508190505b9450945094915050565b5f60f882901c602f811180156138385750603a8160ff16105b1561384657602f1901610b96565b60608160ff1611801561385c575060678160ff16105b1561386a5760561901610b96565b60408160ff16118015613880575060478160ff16105b1561388e5760361901610b96565b5060ff92915050565b5f602082840312156138a7575f5ffd5b81356001600160e01b0319811681146114ca575f5ffd5b5f602082840312156138ce575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6114ca60208301846138d5565b6001600160a01b0381168114610bad575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561396557613965613929565b604052919050565b5f6001600160401b0382111561398557613985613929565b50601f01601f191660200190565b5f6139a56139a08461396d565b61393d565b90508281528383830111156139b8575f5ffd5b828260208301375f602084830101529392505050565b5f82601f8301126139dd575f5ffd5b6114ca83833560208501613993565b5f5f5f5f608085870312156139ff575f5ffd5b8435613a0a81613915565b93506020850135613a1a81613915565b92506040850135915060608501356001600160401b03811115613a3b575f5ffd5b613a47878288016139ce565b91505092959194509250565b5f6001600160401b03821115613a6b57613a6b613929565b5060051b60200190565b5f82601f830112613a84575f5ffd5b8135613a926139a082613a53565b8082825260208201915060208360051b860101925085831115613ab3575f5ffd5b602085015b83811015612932578035613acb81613915565b835260209283019201613ab8565b5f82601f830112613ae8575f5ffd5b8135613af66139a082613a53565b8082825260208201915060208360051b860101925085831115613b17575f5ffd5b602085015b83811015612932578035835260209283019201613b1c565b5f82601f830112613b43575f5ffd5b8135613b516139a082613a53565b8082825260208201915060208360051b860101925085831115613b72575f5ffd5b602085015b838110156129325780356001600160401b03811115613b94575f5ffd5b613ba3886020838a01016139ce565b84525060209283019201613b77565b5f5f5f5f60808587031215613bc5575f5ffd5b84356001600160401b03811115613bda575f5ffd5b613be687828801613a75565b94505060208501356001600160401b03811115613c01575f5ffd5b613c0d87828801613ad9565b93505060408501356001600160401b03811115613c28575f5ffd5b613c3487828801613b34565b949793965093946060013593505050565b65ffffffffffff81168114610bad575f5ffd5b5f60208284031215613c68575f5ffd5b81356114ca81613c45565b634e487b7160e01b5f52602160045260245ffd5b60088110613ca357634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610b968284613c87565b5f5f60408385031215613cc6575f5ffd5b823591506020830135613cd881613915565b809150509250929050565b803560ff81168114611121575f5ffd5b5f5f60408385031215613d04575f5ffd5b82359150613d1460208401613ce3565b90509250929050565b5f5f83601f840112613d2d575f5ffd5b5081356001600160401b03811115613d43575f5ffd5b602083019150836020828501011115613d5a575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215613d77575f5ffd5b87359650613d8760208901613ce3565b95506040880135613d9781613915565b945060608801356001600160401b03811115613db1575f5ffd5b613dbd8a828b01613d1d565b90955093505060808801356001600160401b03811115613ddb575f5ffd5b613de78a828b016139ce565b92505060a08801356001600160401b03811115613e02575f5ffd5b613e0e8a828b016139ce565b91505092959891949750929550565b5f5f5f5f5f60808688031215613e31575f5ffd5b85359450613e4160208701613ce3565b935060408601356001600160401b03811115613e5b575f5ffd5b613e6788828901613d1d565b90945092505060608601356001600160401b03811115613e85575f5ffd5b613e91888289016139ce565b9150509295509295909350565b5f5f5f5f60608587031215613eb1575f5ffd5b84359350613ec160208601613ce3565b925060408501356001600160401b03811115613edb575f5ffd5b613ee787828801613d1d565b95989497509550505050565b5f5f5f5f60808587031215613f06575f5ffd5b84356001600160401b03811115613f1b575f5ffd5b613f2787828801613a75565b94505060208501356001600160401b03811115613f42575f5ffd5b613f4e87828801613ad9565b93505060408501356001600160401b03811115613f69575f5ffd5b613f7587828801613b34565b92505060608501356001600160401b03811115613f90575f5ffd5b8501601f81018713613fa0575f5ffd5b613a4787823560208401613993565b5f60208284031215613fbf575f5ffd5b81356114ca81613915565b5f8151808452602084019350602083015f5b82811015613ffa578151865260209586019590910190600101613fdc565b5093949350505050565b60ff60f81b8816815260e060208201525f61402260e08301896138d5565b828103604084015261403481896138d5565b606084018890526001600160a01b038716608085015260a0840186905283810360c085015290506140658185613fca565b9a9950505050505050505050565b5f5f5f5f60808587031215614086575f5ffd5b8435935061409660208601613ce3565b925060408501356140a681613915565b915060608501356001600160401b03811115613a3b575f5ffd5b5f5f5f606084860312156140d2575f5ffd5b83356140dd81613915565b92506020840135915060408401356001600160401b038111156140fe575f5ffd5b61410a868287016139ce565b9150509250925092565b5f5f5f5f5f60a08688031215614128575f5ffd5b853561413381613915565b9450602086013561414381613915565b935060408601356001600160401b0381111561415d575f5ffd5b61416988828901613ad9565b93505060608601356001600160401b03811115614184575f5ffd5b61419088828901613ad9565b92505060808601356001600160401b03811115613e85575f5ffd5b5f5f5f5f606085870312156141be575f5ffd5b84356141c981613915565b93506020850135925060408501356001600160401b03811115613edb575f5ffd5b5f602082840312156141fa575f5ffd5b813563ffffffff811681146114ca575f5ffd5b5f5f6040838503121561421e575f5ffd5b823561422981613915565b946020939093013593505050565b5f5f5f5f5f60a0868803121561424b575f5ffd5b853561425681613915565b9450602086013561426681613915565b9350604086013592506060860135915060808601356001600160401b03811115613e85575f5ffd5b600181811c908216806142a257607f821691505b6020821081036142c057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610b9657610b966142da565b5f60208284031215614311575f5ffd5b81516001600160401b03811115614326575f5ffd5b8201601f81018413614336575f5ffd5b80516143446139a08261396d565b818152856020838501011115614358575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b65ffffffffffff8281168282160390811115610b9657610b966142da565b5f602082840312156143a3575f5ffd5b81516114ca81613c45565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613ffa5781516001600160a01b03168652602095860195909101906001016143cf565b5f82825180855260208501945060208160051b830101602085015f5b83811015610d7957601f1985840301885261442e8383516138d5565b6020988901989093509190910190600101614412565b608081525f61445660808301876143bd565b82810360208401526144688187613fca565b9050828103604084015261447c81866143f6565b91505082606083015295945050505050565b5f6020828403121561449e575f5ffd5b5051919050565b838152606081016144b96020830185613c87565b826040830152949350505050565b5f602082840312156144d7575f5ffd5b815180151581146114ca575f5ffd5b84815260ff84166020820152826040820152608060608201525f6112da60808301846138d5565b85815260ff8516602082015283604082015260a060608201525f61453460a08301856138d5565b828103608084015261122381856138d5565b8981526001600160a01b0389166020820152610120604082018190525f906145709083018a6143bd565b8281036060840152614582818a613fca565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b838110156145d957601f198684030185526145c38383516138d5565b60209586019590935091909101906001016145a7565b505085810360a08701526145ed818b6143f6565b93505050508560c08401528460e084015282810361010084015261461181856138d5565b9c9b505050505050505050505050565b81810381811115610b9657610b966142da565b634e487b7160e01b5f52601260045260245ffd5b606081525f61465a60608301866138d5565b60208301949094525060400152919050565b60a081525f61467e60a08301886143bd565b82810360208401526146908188613fca565b905082810360408401526146a481876143f6565b60608401959095525050608001529392505050565b60c081525f6146cb60c08301896143bd565b82810360208401526146dd8189613fca565b905082810360408401526146f181886143f6565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610b9657610b966142da565b65ffffffffffff8181168382160190811115610b9657610b966142da565b60ff8181168382160190811115610b9657610b966142da565b6001815b6001841115612d8a5780850481111561477d5761477d6142da565b600184161561478b57908102905b60019390931c928002614762565b5f826147a757506001610b96565b816147b357505f610b96565b81600181146147c957600281146147d3576147ef565b6001915050610b96565b60ff8411156147e4576147e46142da565b50506001821b610b96565b5060208310610133831016604e8410600b8410161715614812575081810a610b96565b61481e5f19848461475e565b805f1904821115614831576148316142da565b029392505050565b5f6114ca60ff84168361479956fea164736f6c634300081c000a60a060405234801561000f575f5ffd5b50604051611f04380380611f0483398101604081905261002e91610305565b8261003882610202565b61004183610202565b5f61004c813061025c565b506001600160a01b03811615610068576100665f8261025c565b505b5f5b83518110156100fc576100bc7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc18583815181106100a9576100a9610347565b602002602001015161025c60201b60201c565b506100f37ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7838583815181106100a9576100a9610347565b5060010161006a565b505f5b82518110156101475761013e7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e638483815181106100a9576100a9610347565b506001016100ff565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150505050610e108310156101bd57604051632b51f98b60e21b815260048101849052610e1060248201526044015b60405180910390fd5b8115806101cd57506301e1338082115b156101f85760405163022a09bf60e11b8152600481018390526301e1338060248201526044016101b4565b506080525061035b565b6040805160018082528183019092526060916020808301908036833701905050905081815f8151811061023757610237610347565b60200260200101906001600160a01b031690816001600160a01b031681525050919050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102fc575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102b43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102ff565b505f5b92915050565b5f5f5f60608486031215610317575f5ffd5b83516020850151604086015191945092506001600160a01b038116811461033c575f5ffd5b809150509250925092565b634e487b7160e01b5f52603260045260245ffd5b608051611b836103815f395f81816102ef01528181610b130152610da90152611b835ff3fe6080604052600436106101de575f3560e01c80638f2a0bb0116100fd578063bc197c8111610092578063d547741f11610062578063d547741f146105dc578063e38335e5146105fb578063f23a6e611461060e578063f27a0c9214610639575f5ffd5b8063bc197c8114610550578063c2ca64ef1461057b578063c4d252f514610592578063d45c4435146105b1575f5ffd5b80639f81aed7116100cd5780639f81aed7146104d6578063a217fddf146104eb578063b08e51c0146104fe578063b1c5f42714610531575f5ffd5b80638f2a0bb0146104465780638f61f4f51461046557806391d148541461049857806393988770146104b7575f5ffd5b80632ab0f52911610173578063584b153e11610143578063584b153e146103bd57806364d62353146103dc5780637958004c146103fb5780638065657f14610427575f5ffd5b80632ab0f529146103415780632f2ff15d1461036057806331d507501461037f57806336568abe1461039e575f5ffd5b806313bc9f20116101ae57806313bc9f201461027f578063150b7a021461029e57806317c5993a146102e1578063248a9ca314610313575f5ffd5b806301d5062a146101e957806301ffc9a71461020a57806307bd02651461023e578063134008d31461026c575f5ffd5b366101e557005b5f5ffd5b3480156101f4575f5ffd5b50610208610203366004611359565b61064d565b005b348015610215575f5ffd5b506102296102243660046113c7565b610721565b60405190151581526020015b60405180910390f35b348015610249575f5ffd5b5061025e5f516020611b575f395f51905f5281565b604051908152602001610235565b61020861027a3660046113ee565b610731565b34801561028a575f5ffd5b50610229610299366004611454565b610784565b3480156102a9575f5ffd5b506102c86102b836600461151a565b630a85bd0160e11b949350505050565b6040516001600160e01b03199091168152602001610235565b3480156102ec575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061025e565b34801561031e575f5ffd5b5061025e61032d366004611454565b5f9081526020819052604090206001015490565b34801561034c575f5ffd5b5061022961035b366004611454565b6107a9565b34801561036b575f5ffd5b5061020861037a36600461157d565b6107b1565b34801561038a575f5ffd5b50610229610399366004611454565b6107db565b3480156103a9575f5ffd5b506102086103b836600461157d565b6107ff565b3480156103c8575f5ffd5b506102296103d7366004611454565b610837565b3480156103e7575f5ffd5b506102086103f6366004611454565b61087c565b348015610406575f5ffd5b5061041a610415366004611454565b6108bb565b60405161023591906115bb565b348015610432575f5ffd5b5061025e6104413660046113ee565b610903565b348015610451575f5ffd5b50610208610460366004611621565b610941565b348015610470575f5ffd5b5061025e7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b3480156104a3575f5ffd5b506102296104b236600461157d565b610acd565b3480156104c2575f5ffd5b506102296104d1366004611454565b610af5565b3480156104e1575f5ffd5b5061025e610e1081565b3480156104f6575f5ffd5b5061025e5f81565b348015610509575f5ffd5b5061025e7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b34801561053c575f5ffd5b5061025e61054b3660046116d3565b610b41565b34801561055b575f5ffd5b506102c861056a3660046117fc565b63bc197c8160e01b95945050505050565b348015610586575f5ffd5b5061025e6301e1338081565b34801561059d575f5ffd5b506102086105ac366004611454565b610b85565b3480156105bc575f5ffd5b5061025e6105cb366004611454565b5f9081526001602052604090205490565b3480156105e7575f5ffd5b506102086105f636600461157d565b610c2f565b6102086106093660046116d3565b610c53565b348015610619575f5ffd5b506102c86106283660046118a8565b63f23a6e6160e01b95945050505050565b348015610644575f5ffd5b5060025461025e565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161067781610c9c565b5f610686898989898989610903565b90506106928184610ca6565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516106cd96959493929190611923565b60405180910390a3831561071657807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161070d91815260200190565b60405180910390a25b505050505050505050565b5f61072b82610d37565b92915050565b5f516020611b575f395f51905f52610749815f610acd565b610757576107578133610d5b565b61076d610768888888888888610903565b610d98565b61077b878787878787610e08565b50505050505050565b5f60025b610791836108bb565b60038111156107a2576107a26115a7565b1492915050565b5f6003610788565b5f828152602081905260409020600101546107cb81610c9c565b6107d58383610ea7565b50505050565b5f806107e6836108bb565b60038111156107f7576107f76115a7565b141592915050565b6001600160a01b03811633146108285760405163334bd91960e11b815260040160405180910390fd5b6108328282610f36565b505050565b5f5f610842836108bb565b90506001816003811115610858576108586115a7565b148061087557506002816003811115610873576108736115a7565b145b9392505050565b610e108110156108af57604051632b51f98b60e21b815260048101829052610e1060248201526044015b60405180910390fd5b6108b881610f9f565b50565b5f81815260016020526040812054805f036108d857505f92915050565b600181036108e95750600392915050565b428111156108fa5750600192915050565b50600292915050565b5f86868686868660405160200161091f96959493929190611923565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161096b81610c9c565b888714158061097a5750888514155b156109ac576040516001624fcdef60e01b03198152600481018a905260248101869052604481018890526064016108a6565b5f6109bd8b8b8b8b8b8b8b8b610b41565b90506109c98184610ca6565b5f5b8a811015610a7e5780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610a0857610a0861195f565b9050602002016020810190610a1d9190611973565b8d8d86818110610a2f57610a2f61195f565b905060200201358c8c87818110610a4857610a4861195f565b9050602002810190610a5a919061198c565b8c8b604051610a6e96959493929190611923565b60405180910390a36001016109cb565b508315610ac057807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610ab791815260200190565b60405180910390a25b5050505050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f818152600160205260408120546001811180156108755750610b387f0000000000000000000000000000000000000000000000000000000000000000826119ce565b42119392505050565b5f8888888888888888604051602001610b61989796959493929190611a81565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610baf81610c9c565b610bb882610837565b610bf45781610bc7600261100d565b610bd1600161100d565b604051635ead8eb560e01b815260048101939093521760248201526044016108a6565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610c4981610c9c565b6107d58383610f36565b5f516020611b575f395f51905f52610c6b815f610acd565b610c7957610c798133610d5b565b610c8c6107688a8a8a8a8a8a8a8a610b41565b610716898989898989898961102f565b6108b88133610d5b565b610caf826107db565b15610ce05781610cbe5f61100d565b604051635ead8eb560e01b8152600481019290925260248201526044016108a6565b5f610cea60025490565b905080821015610d1757604051635433660960e01b815260048101839052602481018290526044016108a6565b610d2182426119ce565b5f93845260016020526040909320929092555050565b5f6001600160e01b03198216630271189760e51b148061072b575061072b8261119d565b610d658282610acd565b610d945760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108a6565b5050565b610da181610af5565b156108b857807f0000000000000000000000000000000000000000000000000000000000000000610ddd835f9081526001602052604090205490565b610de791906119ce565b604051625a3c8160e81b8152600481019290925260248201526044016108a6565b5f516020611b575f395f51905f52610e20815f610acd565b610e2e57610e2e8133610d5b565b5f610e3d888888888888610903565b9050610e4981856111d1565b610e558888888861121f565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a604051610e8c9493929190611b20565b60405180910390a3610e9d8161128a565b5050505050505050565b5f610eb28383610acd565b610f2f575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610ee73390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161072b565b505f61072b565b5f610f418383610acd565b15610f2f575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161072b565b33308114610fcb5760405163e2850c5960e01b81526001600160a01b03821660048201526024016108a6565b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f816003811115611020576110206115a7565b600160ff919091161b92915050565b5f516020611b575f395f51905f52611047815f610acd565b611055576110558133610d5b565b87861415806110645750878414155b15611096576040516001624fcdef60e01b031981526004810189905260248101859052604481018790526064016108a6565b5f6110a78a8a8a8a8a8a8a8a610b41565b90506110b381856111d1565b5f5b89811015611187575f8b8b838181106110d0576110d061195f565b90506020020160208101906110e59190611973565b90505f8a8a848181106110fa576110fa61195f565b905060200201359050365f8a8a868181106111175761111761195f565b9050602002810190611129919061198c565b915091506111398484848461121f565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b58868686866040516111709493929190611b20565b60405180910390a3505050508060010190506110b5565b506111918161128a565b50505050505050505050565b5f6001600160e01b03198216637965db0b60e01b148061072b57506301ffc9a760e01b6001600160e01b031983161461072b565b6111da82610784565b6111e95781610cbe600261100d565b80158015906111fe57506111fc816107a9565b155b15610d945760405163121534c360e31b8152600481018290526024016108a6565b5f5f856001600160a01b031685858560405161123c929190611b47565b5f6040518083038185875af1925050503d805f8114611276576040519150601f19603f3d011682016040523d82523d5f602084013e61127b565b606091505b509150915061077b82826112b5565b61129381610784565b6112a25780610cbe600261100d565b5f90815260016020819052604090912055565b606082156112c457508061072b565b8151156112d9576112d4826112f2565b61072b565b60405163d6bda27560e01b815260040160405180910390fd5b805160208201fd5b80356001600160a01b0381168114611310575f5ffd5b919050565b5f5f83601f840112611325575f5ffd5b5081356001600160401b0381111561133b575f5ffd5b602083019150836020828501011115611352575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a03121561136f575f5ffd5b611378886112fa565b96506020880135955060408801356001600160401b03811115611399575f5ffd5b6113a58a828b01611315565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f602082840312156113d7575f5ffd5b81356001600160e01b031981168114610875575f5ffd5b5f5f5f5f5f5f60a08789031215611403575f5ffd5b61140c876112fa565b95506020870135945060408701356001600160401b0381111561142d575f5ffd5b61143989828a01611315565b979a9699509760608101359660809091013595509350505050565b5f60208284031215611464575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156114a7576114a761146b565b604052919050565b5f82601f8301126114be575f5ffd5b81356001600160401b038111156114d7576114d761146b565b6114ea601f8201601f191660200161147f565b8181528460208386010111156114fe575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f6080858703121561152d575f5ffd5b611536856112fa565b9350611544602086016112fa565b92506040850135915060608501356001600160401b03811115611565575f5ffd5b611571878288016114af565b91505092959194509250565b5f5f6040838503121561158e575f5ffd5b8235915061159e602084016112fa565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b60208101600483106115db57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f8401126115f1575f5ffd5b5081356001600160401b03811115611607575f5ffd5b6020830191508360208260051b8501011115611352575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611639575f5ffd5b89356001600160401b0381111561164e575f5ffd5b61165a8c828d016115e1565b909a5098505060208a01356001600160401b03811115611678575f5ffd5b6116848c828d016115e1565b90985096505060408a01356001600160401b038111156116a2575f5ffd5b6116ae8c828d016115e1565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b0312156116ea575f5ffd5b88356001600160401b038111156116ff575f5ffd5b61170b8b828c016115e1565b90995097505060208901356001600160401b03811115611729575f5ffd5b6117358b828c016115e1565b90975095505060408901356001600160401b03811115611753575f5ffd5b61175f8b828c016115e1565b999c989b509699959896976060870135966080013595509350505050565b5f82601f83011261178c575f5ffd5b81356001600160401b038111156117a5576117a561146b565b8060051b6117b56020820161147f565b918252602081850181019290810190868411156117d0575f5ffd5b6020860192505b838310156117f25782358252602092830192909101906117d7565b9695505050505050565b5f5f5f5f5f60a08688031215611810575f5ffd5b611819866112fa565b9450611827602087016112fa565b935060408601356001600160401b03811115611841575f5ffd5b61184d8882890161177d565b93505060608601356001600160401b03811115611868575f5ffd5b6118748882890161177d565b92505060808601356001600160401b0381111561188f575f5ffd5b61189b888289016114af565b9150509295509295909350565b5f5f5f5f5f60a086880312156118bc575f5ffd5b6118c5866112fa565b94506118d3602087016112fa565b9350604086013592506060860135915060808601356001600160401b0381111561188f575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b038716815285602082015260a060408201525f61194a60a0830186886118fb565b60608301949094525060800152949350505050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611983575f5ffd5b610875826112fa565b5f5f8335601e198436030181126119a1575f5ffd5b8301803591506001600160401b038211156119ba575f5ffd5b602001915036819003821315611352575f5ffd5b8082018082111561072b57634e487b7160e01b5f52601160045260245ffd5b5f8383855260208501945060208460051b820101835f5b86811015611a7557838303601f19018852813536879003601e19018112611a29575f5ffd5b86016020810190356001600160401b03811115611a44575f5ffd5b803603821315611a52575f5ffd5b611a5d8582846118fb565b60209a8b019a90955093909301925050600101611a04565b50909695505050505050565b60a080825281018890525f8960c08301825b8b811015611ac1576001600160a01b03611aac846112fa565b16825260209283019290910190600101611a93565b5083810360208501528881526001600160fb1b03891115611ae0575f5ffd5b8860051b9150818a60208301370182810360209081016040850152611b0890820187896119ed565b60608401959095525050608001529695505050505050565b60018060a01b0385168152836020820152606060408201525f6117f26060830184866118fb565b818382375f910190815291905056fed8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63a164736f6c634300081c000a' as const
/** Creation bytecode of contracts/kms/LocalKms.sol:LocalKms. */
export const localKmsBytecode =
  '0x6080604052348015600e575f5ffd5b5060405161143c38038061143c833981016040819052602b9160b4565b806001600160a01b038116605857604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b605f816065565b505060df565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6020828403121560c3575f5ffd5b81516001600160a01b038116811460d8575f5ffd5b9392505050565b611350806100ec5f395ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c80634d5922a1116100b45780639a4e1d18116100795780639a4e1d181461028d5780639e6f3114146102af578063a6c4cce9146102c2578063e067ec9d146102ed578063f2fde38b14610300578063f6fe4f4014610313575f5ffd5b80634d5922a11461023a578063715018a61461024d5780638da5cb5b146102555780639425bac61461026557806395f5193114610278575f5ffd5b806325a992da116100fa57806325a992da146101c95780632adee48d146101ee5780633971db27146102015780633ceaaa11146102145780633e32d34614610227575f5ffd5b806301ffc9a71461013657806306a3ae961461015e57806313eb97701461017357806317a1d80f146101955780631e079198146101a8575b5f5ffd5b610149610144366004610d07565b610335565b60405190151581526020015b60405180910390f35b61017161016c366004610d35565b61036b565b005b610149610181366004610d35565b5f9081526004602052604090205460ff1690565b6101716101a3366004610d67565b6103f4565b6101bb6101b6366004610d80565b6104a7565b604051610155929190610de6565b6006546001600160a01b03165b6040516001600160a01b039091168152602001610155565b6101716101fc366004610d35565b61061f565b61017161020f366004610e08565b6106a1565b610171610222366004610d67565b610739565b610171610235366004610d35565b6107c8565b610171610248366004610d35565b61084e565b6101716108d4565b5f546001600160a01b03166101d6565b610171610273366004610d35565b6108e7565b610280610969565b6040516101559190610e76565b61014961029b366004610d35565b5f9081526002602052604090205460ff1690565b6101716102bd366004610d35565b6109f9565b6101496102d0366004610d67565b6001600160a01b03165f9081526001602052604090205460ff1690565b6101bb6102fb366004610d80565b610a7b565b61017161030e366004610d67565b610c01565b610149610321366004610d35565b5f9081526003602052604090205460ff1690565b5f6001600160e01b031982166303c0f23360e31b148061036557506301ffc9a760e01b6001600160e01b03198316145b92915050565b610373610c40565b5f8181526002602052604090819020805460ff19166001179055517f4911843506849c85a5ca6e6e2c01eed2d3ab86baba619517a2aad9d5ab2aeff2906103bd9083815260200190565b60405180910390a16103f17fbc0346dd2a1caffcfdf89515e8a3ad921515d32b39d8e28334b87bd5a1bdb6aa826001610c6c565b50565b6001600160a01b03811661041b57604051631112a24160e01b815260040160405180910390fd5b6001600160a01b0381165f81815260016020818152604092839020805460ff191690921790915590519182527f0d540ad8f39e07d19909687352b9fa017405d93c91a6760981fbae9cf28bfef7910160405180910390a16103f17f1a61f88f2e67632c1bf4321c88aec40bbf788e2b1a14b69f1186e6a3a31d90286001600160a01b0383166001610c6c565b5f60606001826104ba6020860186610d67565b6001600160a01b0316815260208101919091526040015f205460ff1661050c575050604080518082019091526012815271105c1c081b9bdd081c9959da5cdd195c995960721b60208201525f92909150565b60c08301355f9081526002602052604090205460ff1661055d57505060408051808201909152601781527613d4c81a5b5859d9481a5cc81b9bdd08185b1b1bddd959604a1b60208201525f92909150565b61056a6020840184610d67565b6001600160a01b03163b5f0361059d575f6040518060600160405280602381526020016113216023913991509150915091565b6105aa6020840184610d67565b6001600160a01b0316631e079198846040518263ffffffff1660e01b81526004016105d59190610f9f565b5f60405180830381865afa1580156105ef573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526106169190810190611089565b91509150915091565b610627610c40565b5f8181526003602052604090819020805460ff19169055517f54cd662e41eec7ddf0f32f034b2533e481b471dd3ea978222d609ec8fffb1bb09061066e9083815260200190565b60405180910390a16103f17f22cfb8b3fc209be958082ecee5badccf8f7ab55e79ec93f5ac413a164feb98ea825f610c6c565b6106a9610c40565b60056106b68284836111d8565b507f5b2b64f770ea5266055ebd3ebf205ef06cbfa738e62684edf0e28356e34acf0682826040516106e8929190611292565b60405180910390a16107357f6061a738ec69c97ed6ae96633751763d1291f32a6ef6515845ad8ddefda35ec683836040516107249291906112a5565b604051908190039020831515610c6c565b5050565b610741610c40565b600680546001600160a01b0319166001600160a01b0383169081179091556040519081527f08bb433f12b5fd81d2d5e0deeb3b4d28371781ddbd80e9d053e7468d2b1aa82d9060200160405180910390a16103f17feec6b85dea30e3cb63f324855a4722f1bf23ddd4c142a551610e18744a1937346001600160a01b038316801515610c6c565b6107d0610c40565b5f8181526003602052604090819020805460ff19166001179055517f68615a0b92795750b3d180ff73429e1291d225e449eee954a567b91104fd98379061081a9083815260200190565b60405180910390a16103f17f22cfb8b3fc209be958082ecee5badccf8f7ab55e79ec93f5ac413a164feb98ea826001610c6c565b610856610c40565b5f8181526004602052604090819020805460ff19166001179055517ff2b290637b1193e12eb38ab32b986303639b1687cc2cd1e25f993e6eae2f4041906108a09083815260200190565b60405180910390a16103f17f1a2d46e254225ae2e84638f6fcb742191317930982ce206e0917877506edc3a0826001610c6c565b6108dc610c40565b6108e55f610cb8565b565b6108ef610c40565b5f8181526002602052604090819020805460ff19169055517f99b3cee95daf3138d0c982299cd0264f5b7a61aa629b42b92f3ec8966aa7f6fe906109369083815260200190565b60405180910390a16103f17fbc0346dd2a1caffcfdf89515e8a3ad921515d32b39d8e28334b87bd5a1bdb6aa825f610c6c565b60606005805461097890611154565b80601f01602080910402602001604051908101604052809291908181526020018280546109a490611154565b80156109ef5780601f106109c6576101008083540402835291602001916109ef565b820191905f5260205f20905b8154815290600101906020018083116109d257829003601f168201915b5050505050905090565b610a01610c40565b5f8181526004602052604090819020805460ff19169055517f1a9888a45e3df8b7e6bb3090747d598d2a0d78e61388161a90799f54df8f443490610a489083815260200190565b60405180910390a16103f17f1a2d46e254225ae2e84638f6fcb742191317930982ce206e0917877506edc3a0825f610c6c565b5f60607f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c610aac60e08501856112b4565b604051610aba9291906112a5565b604051809103902014610b0457505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b60c08301355f9081526002602052604090205460ff16610b5557505060408051808201909152601781527613d4c81a5b5859d9481a5cc81b9bdd08185b1b1bddd959604a1b60208201525f92909150565b60808301355f9081526003602052604090205460ff16610bac57505060408051808201909152601981527f41676772656761746564204d52206e6f7420616c6c6f7765640000000000000060208201525f92909150565b60608301355f9081526004602052604090205460ff16610be9575f6040518060600160405280602981526020016112f86029913991509150915091565b505060408051602081019091525f8152600192909150565b610c09610c40565b6001600160a01b038116610c3757604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6103f181610cb8565b5f546001600160a01b031633146108e55760405163118cdaa760e01b8152336004820152602401610c2e565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c3237584604051610cab911515815260200190565b60405180910390a4505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f60208284031215610d17575f5ffd5b81356001600160e01b031981168114610d2e575f5ffd5b9392505050565b5f60208284031215610d45575f5ffd5b5035919050565b80356001600160a01b0381168114610d62575f5ffd5b919050565b5f60208284031215610d77575f5ffd5b610d2e82610d4c565b5f60208284031215610d90575f5ffd5b813567ffffffffffffffff811115610da6575f5ffd5b82016101208185031215610d2e575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f610e006040830184610db8565b949350505050565b5f5f60208385031215610e19575f5ffd5b823567ffffffffffffffff811115610e2f575f5ffd5b8301601f81018513610e3f575f5ffd5b803567ffffffffffffffff811115610e55575f5ffd5b856020828401011115610e66575f5ffd5b6020919091019590945092505050565b602081525f610d2e6020830184610db8565b5f5f8335601e19843603018112610e9d575f5ffd5b830160208101925035905067ffffffffffffffff811115610ebc575f5ffd5b803603821315610eca575f5ffd5b9250929050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112610f0e575f5ffd5b830160208101925035905067ffffffffffffffff811115610f2d575f5ffd5b8060051b3603821315610eca575f5ffd5b5f8383855260208501945060208460051b820101835f5b86811015610f9357838303601f19018852610f708287610e88565b610f7b858284610ed1565b60209a8b019a90955093909301925050600101610f55565b50909695505050505050565b60208152610fc060208201610fb384610d4c565b6001600160a01b03169052565b5f5f6020840135905080604084015250610fdc60408401610d4c565b6001600160a01b038116606084015250606083013560808381019190915283013560a08084019190915283013560c08084019190915283013560e08084019190915261102a90840184610e88565b61012061010085015261104261014085018284610ed1565b915050611053610100850185610ef9565b848303601f190161012086015261106b838284610f3e565b9695505050505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561109a575f5ffd5b825180151581146110a9575f5ffd5b602084015190925067ffffffffffffffff8111156110c5575f5ffd5b8301601f810185136110d5575f5ffd5b805167ffffffffffffffff8111156110ef576110ef611075565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561111e5761111e611075565b604052818152828201602001871015611135575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b600181811c9082168061116857607f821691505b60208210810361118657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156111d357805f5260205f20601f840160051c810160208510156111b15750805b601f840160051c820191505b818110156111d0575f81556001016111bd565b50505b505050565b67ffffffffffffffff8311156111f0576111f0611075565b611204836111fe8354611154565b8361118c565b5f601f841160018114611235575f851561121e5750838201355b5f19600387901b1c1916600186901b1783556111d0565b5f83815260208120601f198716915b828110156112645786850135825560209485019460019092019101611244565b5086821015611280575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b602081525f610e00602083018486610ed1565b818382375f9101908152919050565b5f5f8335601e198436030181126112c9575f5ffd5b83018035915067ffffffffffffffff8211156112e3575f5ffd5b602001915036819003821315610eca575f5ffdfe4b4d53206973206e6f7420616c6c6f77656420746f20626f6f74206f6e207468697320646576696365417070206e6f74206465706c6f796564206f7220696e76616c69642061646472657373a164736f6c634300081c000a' as const
/** Creation bytecode of contracts/MultisigAppAuth.sol:MultisigAppAuth. */
export const multisigAppAuthBytecode =
  '0x6101a0604052348015610010575f5ffd5b5060405161466838038061466883398101604081905261002f9161098e565b85856040518060400160405280600f81526020016e417070417574684d756c746973696760881b815250604051806040016040528060018152602001603160f81b815250878787875f5b8151518110156100b6576100ae825f0151828151811061009b5761009b610a83565b60200260200101516103eb60201b60201c565b600101610079565b505f5b8160200151518110156100fa576100f2826020015182815181106100df576100df610a83565b602002602001015161048a60201b60201c565b6001016100b9565b5080604001511561010f5761010f6001610521565b806060015115610123576101236001610590565b5081158061013457506312cc030082115b1561016b5760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061017c57506312cc030083115b156101ae5760405163410c09b760e11b815260048101849052602481018390526312cc03006044820152606401610162565b8015806101be57506301e1338081115b156101df576040516358456f7360e01b815260048101829052602401610162565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506102398261060c60201b60201c565b610160526102468161060c565b61018052815160208084019190912061012052815190820120610140524660e0526102d46101205161014051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60c0525050306101005281516020101561030e578151604051637d465d6f60e11b8152600481019190915260206024820152604401610162565b5f5b82518110156103c3575f83828151811061032c5761032c610a83565b602002602001015190505f6001600160a01b0316816001600160a01b0316148061035e57506001600160a01b03811630145b8061038857506001600160a01b0381165f908152600a60205260409020546001600160801b031615155b156103b157604051630ef5ef5160e11b81526001600160a01b0382166004820152602401610162565b6103ba81610649565b50600101610310565b506103d581835161073060201b60201c565b6103de81610768565b5050505050505050610b29565b8061040957604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906104539083815260200190565b60405180910390a16104877f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c8260016107ad565b50565b806104a857604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16104877f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a3342330468260016107ad565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16104877f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f836107ad565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa1906105d990831515815260200190565b60405180910390a16104877feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f836107ad565b5f5f829050601f81511115610636578260405163305a27a960e01b81526004016101629190610a97565b805161064182610acc565b179392505050565b600980546001810182557f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af0180546001600160a01b0319166001600160a01b0384169081179091555f908152600a60205260409020905481546001600160801b0319166001600160801b039182161780835582916010916106d291600160801b90910416610af2565b91906101000a8154816001600160801b0302191690836001600160801b03160217905550816001600160a01b03167f47d1c22a25bb3a5d4e481b9b1e6944c2eade3181a0a20b495ed61d35b5323f2460405160405180910390a25050565b81158061073c57508082115b1561076457604051637c81aeab60e11b81526004810183905260248101829052604401610162565b5050565b600b80549082905560408051828152602081018490527f3164947cf0f49f08dd0cd80e671535b1e11590d347c55dcaa97ba3c24a96b33a910160405180910390a15050565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c32375846040516107ec911515815260200190565b60405180910390a4505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715610835576108356107f9565b604052919050565b5f6001600160401b03821115610855576108556107f9565b5060051b60200190565b5f82601f83011261086e575f5ffd5b815161088161087c8261083d565b61080d565b8082825260208201915060208360051b8601019250858311156108a2575f5ffd5b602085015b838110156108bf5780518352602092830192016108a7565b5095945050505050565b805180151581146108d8575f5ffd5b919050565b5f608082840312156108ed575f5ffd5b604051608081016001600160401b038111828210171561090f5761090f6107f9565b604052825190915081906001600160401b0381111561092c575f5ffd5b6109388582860161085f565b82525060208301516001600160401b03811115610953575f5ffd5b61095f8582860161085f565b602083015250610971604084016108c9565b6040820152610982606084016108c9565b60608201525092915050565b5f5f5f5f5f5f60c087890312156109a3575f5ffd5b86516001600160401b038111156109b8575f5ffd5b8701601f810189136109c8575f5ffd5b80516109d661087c8261083d565b8082825260208201915060208360051b85010192508b8311156109f7575f5ffd5b6020840193505b82841015610a2d5783516001600160a01b0381168114610a1c575f5ffd5b8252602093840193909101906109fe565b60208b015160408c015160608d015160808e015160a08f0151949d50929b5090995097509550925050506001600160401b03811115610a6a575f5ffd5b610a7689828a016108dd565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610aec575f198160200360031b1b821691505b50919050565b5f6001600160801b0382166002600160801b03198101610b2057634e487b7160e01b5f52601160045260245ffd5b60010192915050565b60805160a05160c05160e0516101005161012051610140516101605161018051613ac5610ba35f395f61245c01525f61242c01525f61272201525f6126fa01525f61265501525f61267f01525f6126a901525f81816105f50152611aa801525f818161069d01528181612eaf0152612ee50152613ac55ff3fe608060405234801561000f575f5ffd5b50600436106102e5575f3560e01c80635c695a0711610195578063a06db7dc116100e4578063cd15a16c1161009e578063d56834a511610079578063d56834a5146106e7578063dc04e893146106fa578063dcade3d31461070d578063f0f470cf14610720575f5ffd5b8063cd15a16c1461069b578063cd8d522b146106c1578063d5606db8146106d4575f5ffd5b8063a06db7dc146105f3578063a6e3861514610619578063aab5a87714610648578063affed0e014610651578063b501912614610659578063bf8b211b14610679575f5ffd5b806384b0196e1161014f578063999c87051161012a578063999c8705146105b25780639b14d4c6146105c55780639bdc86ff146105cd5780639ced689f146105e0575f5ffd5b806384b0196e1461057c57806397357dd214610597578063998aada8146105aa575f5ffd5b80635c695a07146104e757806360d2f33d146104ef57806367b3f22c1461051657806372dd6dd3146105295780637c9fb2581461053c5780637df73e2714610569575f5ffd5b80633d10feb71161025157806346f0975a1161020b578063535167b5116101e6578063535167b5146104ae57806359db6e85146104b957806359ecd657146104cc5780635c40d7b2146104d4575f5ffd5b806346f0975a1461047357806347144421146104885780634b28160b1461049b575f5ffd5b80633d10feb7146104115780634205f6fb1461042457806342cde4e814610437578063457b87131461043f5780634661964914610447578063467fc1db14610452575f5ffd5b80632f6622e5116102a25780632f6622e51461038b57806333d4c80c146103ad5780633440a16a146103c0578063349a2529146103cb57806336ed6828146103de57806337376ca8146103fe575f5ffd5b806301ffc9a7146102e95780630aa58c83146103115780631d266200146103215780631e079198146103365780631eee48891461035757806328e7654f14610378575b5f5ffd5b6102fc6102f7366004613264565b610728565b60405190151581526020015b60405180910390f35b600254610100900460ff166102fc565b61033461032f36600461328b565b610752565b005b6103496103443660046132a2565b6107c0565b604051610308929190613307565b61036a610365366004613321565b61097c565b604051908152602001610308565b61033461038636600461328b565b6109a6565b6102fc61039936600461328b565b5f9081526020819052604090205460ff1690565b61036a6103bb36600461339b565b6109b7565b60025460ff166102fc565b61036a6103d9366004613321565b610a13565b6103f16103ec3660046133f0565b610a6e565b6040516103089190613494565b61033461040c36600461328b565b610b6c565b61036a61041f3660046134a6565b610b7d565b610334610432366004613321565b610bab565b600b5461036a565b61036a600881565b61036a6301e1338081565b610465610460366004613321565b610c44565b60405161030892919061356a565b61047b610edb565b604051610308919061360a565b610334610496366004613321565b610f3b565b61036a6104a9366004613655565b6110cc565b61036a6312cc030081565b6103346104c736600461328b565b6110fe565b61036a602081565b6103346104e236600461328b565b611245565b6103346112b5565b61036a7f0bf66ca5b19ff5ca518532a9f45f895df7bc74e56261d0b17115287e094f67b881565b61033461052436600461328b565b6112f6565b61033461053736600461328b565b611357565b61036a61054a36600461328b565b5f9081526004602052604090205461010090046001600160401b031690565b6102fc610577366004613674565b6113e0565b610584611405565b604051610308979695949392919061368d565b61036a6105a5366004613723565b611447565b61033461149b565b6102fc6105c036600461376a565b6114d4565b60035461036a565b61036a6105db366004613723565b6114e8565b61036a6105ee36600461379a565b611532565b7f000000000000000000000000000000000000000000000000000000000000000061036a565b61036a61062736600461328b565b5f90815260046020526040902054600160481b90046001600160401b031690565b61036a61040081565b600c5461036a565b61066c61066736600461328b565b61157e565b60405161030891906137d8565b6102fc61068736600461328b565b5f9081526001602052604090205460ff1690565b7f000000000000000000000000000000000000000000000000000000000000000061036a565b61036a6106cf366004613723565b6116d1565b61036a6106e2366004613723565b61171d565b61036a6106f536600461339b565b611767565b61036a61070836600461328b565b61177f565b61036a61071b36600461379a565b6117a7565b60055461036a565b5f6001600160e01b03198216631e222fb760e11b148061074c575061074c826117f3565b92915050565b61075a611817565b5f8181526001602052604090205460ff16610776600283611839565b158015610781575080155b156107ad5760028260405163415301b960e01b81526004016107a49291906137ea565b60405180910390fd5b80156107bc576107bc82611877565b5050565b5f6060306107d16020850185613674565b6001600160a01b03161461080e57505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff16801561086757507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61084e60e0850185613805565b60405161085c929190613847565b604051809103902014155b156108a957505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff1661090057505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff16158015610926575060608301355f9081526001602052604090205460ff16155b1561095d57505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b61097360408051602081019091525f8152600191565b91509150915091565b5f61099f61098a8484610a13565b604080515f81526020808201909252906118f1565b9392505050565b6109b46104c76001836110cc565b50565b5f6109c0611817565b610a0a60086109cf8787610b7d565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506119c592505050565b95945050505050565b604080517f0bf66ca5b19ff5ca518532a9f45f895df7bc74e56261d0b17115287e094f67b86020820152908101839052606081018290525f9061099f9060800160405160208183030381529060405280519060200120611c81565b600c54606090848114610a9e5760405163e4792fa160e01b815260048101869052602481018290526044016107a4565b5f8787604051610aaf929190613847565b604051809103902090505f610ac48288610a13565b9050610ad1818787611cad565b610adc83600161387e565b600c556040518281523390829089907f07accd75ddf946a725eb9f0eef9b431d96371a13ac787e42a03e95aba0b5de299060200160405180910390a48715610b6057610b5d308a8a8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611e7b92505050565b93505b50505095945050505050565b610b74611817565b6109b481611e88565b5f826001600160a01b031660a0610b9384611f1f565b6bffffffffffffffffffffffff16901b179392505050565b5f610bb68383610a13565b9050610bc28133611f5b565b610be857604051635bee8be360e11b8152336004820152602481018290526044016107a4565b5f818152600d60209081526040808320338085529083528184209390935580518681529182018590528392917fac00fe14069965aa9594a0930f065afddcdcbf701a1ec97dc27a9c2b3317572e910160405180910390a3505050565b60055460609081905f81861015610c7a57610c5f8683613891565b8511610c7457610c6f858761387e565b610c7c565b81610c7c565b855b90505f610c898783613891565b9050806001600160401b03811115610ca357610ca3613856565b604051908082528060200260200182016040528015610ccc578160200160208202803683370190505b509450806001600160401b03811115610ce757610ce7613856565b604051908082528060200260200182016040528015610d2057816020015b610d0d6131d1565b815260200190600190039081610d055790505b5093505f5b81811015610ed0576005610d39828a61387e565b81548110610d4957610d496138a4565b905f5260205f200154868281518110610d6457610d646138a4565b60200260200101818152505060045f878381518110610d8557610d856138a4565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600c811115610dc757610dc76134ce565b600c811115610dd857610dd86134ce565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610e2b906138b8565b80601f0160208091040260200160405190810160405280929190818152602001828054610e57906138b8565b8015610ea25780601f10610e7957610100808354040283529160200191610ea2565b820191905f5260205f20905b815481529060010190602001808311610e8557829003601f168201915b505050505081525050858281518110610ebd57610ebd6138a4565b6020908102919091010152600101610d25565b505050509250929050565b60606009805480602002602001604051908101604052809291908181526020018280548015610f3157602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610f13575b5050505050905090565b335f908152600a602090815260408083208151808301909252546001600160801b03808216808452600160801b90920416928201929092529103610f9457604051633dfa147360e01b81523360048201526024016107a4565b600c5480831015610fc25760405163e4792fa160e01b815260048101849052602481018290526044016107a4565b6008610fce8285613891565b11156110025782610fe060088361387e565b60405163a143571560e01b8152600481019290925260248201526044016107a4565b5f61100d8585610a13565b6020808501515f838152600d8352604080822033835290935291909120549192506001600160801b0316900361105f5760405163283df93b60e01b8152336004820152602481018290526044016107a4565b6020838101515f838152600d8352604080822033808452908552918190206001600160801b039093169092558151888152928301879052839290917f07f7024ca4883db3d1644440d6ec0559ec3b038f1363580654ad73f996d03186910160405180910390a35050505050565b5f82826040516020016110e09291906137ea565b60405160208183030381529060405280519060200120905092915050565b5f818152600460209081526040808320600690925282205490910361113957604051631e2ef17160e01b8152600481018390526024016107a4565b8054600160481b90046001600160401b031642101561118657805460405163afff056960e01b815260048101849052600160481b9091046001600160401b031660248201526044016107a4565b8054600160881b90046001600160401b03164211156111d357805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b031660248201526044016107a4565b8054600182015460ff909116906111e984611fe1565b6111f382826120cb565b81600c811115611205576112056134ce565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf18360405161123791815260200190565b60405180910390a350505050565b61124d611817565b6003548111158061126157506312cc030081115b156112a257806003546001611276919061387e565b60405163410c09b760e11b8152600481019290925260248201526312cc030060448201526064016107a4565b6112ab816121e8565b6109b4600561222e565b6112bd611817565b600254610100900460ff16156112ea5760405163415301b960e01b81526107a4906004905f9082016137ea565b6112f460016122d0565b565b6112fe611817565b5f8181526020819052604090205460ff1661131a600183611839565b158015611325575080155b156113485760018260405163415301b960e01b81526004016107a49291906137ea565b80156107bc576107bc8261234c565b5f81815260066020526040812054900361138757604051631e2ef17160e01b8152600481018290526024016107a4565b5f81815260046020526040902054600160881b90046001600160401b03164281106113d7576040516315577c9160e31b8152600481018390526001600160401b03821660248201526044016107a4565b6107bc826123be565b6001600160a01b03165f908152600a60205260409020546001600160801b0316151590565b5f6060805f5f5f6060611416612425565b61141e612455565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f611450611817565b6114936005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506119c592505050565b949350505050565b6114a3611817565b60025460ff166114cb5760405163415301b960e01b81526107a4906003905f906004016137ea565b6112f45f612480565b5f6114936114e28484610a13565b85611f5b565b5f6114f1611817565b61149360018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506119c592505050565b5f61153b611817565b61099f60035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506119c592505050565b6115866131d1565b5f8281526006602052604081205490036115b657604051631e2ef17160e01b8152600481018390526024016107a4565b5f8281526004602052604090819020815160c081019092528054829060ff16600c8111156115e6576115e66134ce565b600c8111156115f7576115f76134ce565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a09092019161164a906138b8565b80601f0160208091040260200160405190810160405280929190818152602001828054611676906138b8565b80156116c15780601f10611698576101008083540402835291602001916116c1565b820191905f5260205f20905b8154815290600101906020018083116116a457829003601f168201915b5050505050815250509050919050565b5f6116da611817565b6114936009855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506119c592505050565b5f611726611817565b61149360028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506119c592505050565b5f611770611817565b610a0a60076109cf8787610b7d565b5f611788611817565b61074c60018360405180602001604052805f8152506119c5565b919050565b5f6117b0611817565b61099f60045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506119c592505050565b5f6001600160e01b03198216631ed3f1f960e31b148061074c575061074c826124ef565b3330146112f4576040516381f1c9db60e01b81523360048201526024016107a4565b5f5f61184584846110cc565b5f8181526006602052604081205491925003611864575f91505061074c565b61186d81611e88565b5060019392505050565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906118be9083815260200190565b60405180910390a16109b47f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046825f61253e565b6009545f90815b818110801561190657508383105b156119bc575f6009828154811061191f5761191f6138a4565b5f918252602080832090910154898352600d825260408084206001600160a01b0390921680855291909252912054909150801580159061198557506001600160a01b0382165f908152600a6020526040902054600160801b90046001600160801b031681145b80156119985750611996878361258a565b155b156119a9576119a6856138f0565b94505b5050806119b5906138f0565b90506118f8565b50509392505050565b5f610400825111156119f857815160405163021c07bb60e01b8152600481019190915261040060248201526044016107a4565b611a0284846125e3565b611a0c84846110cc565b5f8181526006602052604090205490915015611a91575f81815260046020526040902054600160881b90046001600160401b03164211611a88575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b031660248201526044016107a4565b611a91816123be565b5f60035442611aa0919061387e565b90505f611acd7f000000000000000000000000000000000000000000000000000000000000000083613908565b90506040518060c0016040528087600c811115611aec57611aec6134ce565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600c811115611b4e57611b4e6134ce565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a08201516002820190611be7908261396b565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600c811115611c3a57611c3a6134ce565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad2487858589604051611c709493929190613a25565b60405180910390a350509392505050565b5f61074c611c8d612649565b8360405161190160f01b8152600281019290925260228201526042902090565b600b54815f816001600160401b03811115611cca57611cca613856565b604051908082528060200260200182016040528015611cf3578160200160208202803683370190505b5090505f5f5b83811015611e1d575f5f611d308a8a8a86818110611d1957611d196138a4565b9050602002810190611d2b9190613805565b612772565b5090925090505f816003811115611d4957611d496134ce565b14611d6a57604051631a1f5c6760e01b8152600481018490526024016107a4565b611d73826113e0565b611d9b57604051633dfa147360e01b81526001600160a01b03831660048201526024016107a4565b836001600160a01b0316826001600160a01b031611611de757604051631e1dde6960e31b8152600481018490526001600160a01b038084166024830152851660448201526064016107a4565b81858481518110611dfa57611dfa6138a4565b6001600160a01b0390921660209283029190910190910152509150600101611cf9565b5083831015611e4757611e3a8783611e358688613891565b6118f1565b611e44908461387e565b92505b83831015611e7257604051633e0cd9d760e11b815260048101849052602481018590526044016107a4565b50505050505050565b606061099f83835f6127b9565b5f818152600660205260408120549003611eb857604051631e2ef17160e01b8152600481018290526024016107a4565b5f8181526004602052604090208054600182015460ff90911690611edb84611fe1565b81600c811115611eed57611eed6134ce565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da48768360405161123791815260200190565b5f6bffffffffffffffffffffffff821115611f57576040516306dfcc6560e41b815260606004820152602481018390526044016107a4565b5090565b6001600160a01b0381165f908152600a602090815260408083208151808301909252546001600160801b03808216808452600160801b9092041692820192909252901580159061149357506020808201515f868152600d835260408082206001600160a01b038816835290935291909120546001600160801b0390911614949350505050565b5f81815260066020526040902054600554808214612061575f6005612007600184613891565b81548110612017576120176138a4565b905f5260205f20015490508060056001856120329190613891565b81548110612042576120426138a4565b5f91825260208083209091019290925591825260069052604090208290555b600580548061207257612072613a65565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b031916815560018101829055906120c4600283018261321e565b5050505050565b600782600c8111156120df576120df6134ce565b0361214e576120ee8282612885565b8060a081901c6001600160a01b038216331461212d576040516278516360e61b81526001600160a01b03831660048201523360248201526044016107a4565b612136826129f3565b600b5481146121485761214881612ada565b50505050565b600882600c811115612162576121626134ce565b036121b2576121718282612885565b8060a081901c61218082612b18565b600b5481146121925761219281612ada565b600c546080906121a590821c600161387e565b901b600c55506107bc9050565b600982600c8111156121c6576121c66134ce565b036121de576121d58282612885565b6107bc81612ada565b6107bc8282612c6d565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d3526291015b60405180910390a15050565b6005545b80156107bc575f6005612246600184613891565b81548110612256576122566138a4565b5f918252602082200154915083600c811115612274576122746134ce565b14806122b1575082600c81111561228d5761228d6134ce565b5f8281526004602052604090205460ff16600c8111156122af576122af6134ce565b145b156122bf576122bf81611e88565b506122c981613a79565b9050612232565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061231990831515815260200190565b60405180910390a16109b47feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f8361253e565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e8947910160405180910390a16109b47f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c825f61253e565b5f8181526004602052604090208054600182015460ff909116906123e184611fe1565b81600c8111156123f3576123f36134ce565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b558360405161123791815260200190565b60606124507f0000000000000000000000000000000000000000000000000000000000000000612d35565b905090565b60606124507f0000000000000000000000000000000000000000000000000000000000000000612d35565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16109b47f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f8361253e565b5f6001600160e01b031982166303c0f23360e31b148061251f57506001600160e01b0319821663ae082e1760e01b145b8061074c57506301ffc9a760e01b6001600160e01b031983161461074c565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c323758460405161257d911515815260200190565b60405180910390a4505050565b5f5f5b83518110156125da57826001600160a01b03168482815181106125b2576125b26138a4565b60200260200101516001600160a01b0316036125d257600191505061074c565b60010161258d565b505f9392505050565b600782600c8111156125f7576125f76134ce565b14806126145750600882600c811115612612576126126134ce565b145b806126305750600982600c81111561262e5761262e6134ce565b145b1561263f576107bc8282612885565b6107bc8282612d72565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156126a157507f000000000000000000000000000000000000000000000000000000000000000046145b156126cb57507f000000000000000000000000000000000000000000000000000000000000000090565b612450604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f808060418490036127a6578435602086013560408701355f1a61279889828585612f42565b9550955095505050506127b0565b505f915060029050825b93509350939050565b6060814710156127e55760405163cf47918160e01b8152476004820152602481018390526044016107a4565b5f6127f185848661300a565b905080801561281257505f3d118061281257505f856001600160a01b03163b115b156128275761281f61301f565b91505061099f565b801561285157604051639996b31560e01b81526001600160a01b03861660048201526024016107a4565b3d156128645761285f613038565b61287d565b60405163d6bda27560e01b815260040160405180910390fd5b509392505050565b600980549083600c81111561289c5761289c6134ce565b036128d257816128ac8183613043565b600b54810361214857838360405163415301b960e01b81526004016107a49291906137ea565b8160a081901c600785600c8111156128ec576128ec6134ce565b036129b3576001600160a01b038216158061290f57506001600160a01b03821630145b1561293857604051630ef5ef5160e11b81526001600160a01b03831660048201526024016107a4565b612941826113e0565b1561296357848460405163415301b960e01b81526004016107a49291906137ea565b6020830361299a5761297683600161387e565b604051637d465d6f60e11b81526004810191909152602060248201526044016107a4565b6129ae816129a985600161387e565b613043565b6120c4565b6129bc826113e0565b6129e457604051633dfa147360e01b81526001600160a01b03831660048201526024016107a4565b6120c4816129a9600186613891565b600980546001810182557f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af0180546001600160a01b0319166001600160a01b0384169081179091555f908152600a60205260409020905481546001600160801b0319166001600160801b03918216178083558291601091612a7c91600160801b90910416613a8e565b91906101000a8154816001600160801b0302191690836001600160801b03160217905550816001600160a01b03167f47d1c22a25bb3a5d4e481b9b1e6944c2eade3181a0a20b495ed61d35b5323f2460405160405180910390a25050565b600b80549082905560408051828152602081018490527f3164947cf0f49f08dd0cd80e671535b1e11590d347c55dcaa97ba3c24a96b33a9101612222565b6001600160a01b0381165f908152600a60205260409020546009546001600160801b0390911690808214612be8575f6009612b54600184613891565b81548110612b6457612b646138a4565b5f918252602090912001546001600160a01b03169050806009612b88600186613891565b81548110612b9857612b986138a4565b5f91825260208083209190910180546001600160a01b0319166001600160a01b03948516179055929091168152600a9091526040902080546001600160801b0319166001600160801b0384161790555b6009805480612bf957612bf9613a65565b5f828152602080822083015f1990810180546001600160a01b03191690559092019092556001600160a01b038516808352600a909152604080832080546001600160801b03191690555190917f3525e22824a8a7df2c9a6029941c824cf95b6447f1e13d5128fd3826d35afe8b91a2505050565b600182600c811115612c8157612c816134ce565b03612c8f576107bc81613077565b600282600c811115612ca357612ca36134ce565b03612cb1576107bc81613113565b600382600c811115612cc557612cc56134ce565b03612cd4576107bc6001612480565b600482600c811115612ce857612ce86134ce565b03612cf6576107bc5f6122d0565b600582600c811115612d0a57612d0a6134ce565b03612d18576107bc816121e8565b8181604051636e8c20ed60e01b81526004016107a49291906137ea565b60605f612d41836131aa565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b600182600c811115612d8657612d866134ce565b03612ddd5780612da957604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b156107bc57818160405163415301b960e01b81526004016107a49291906137ea565b600282600c811115612df157612df16134ce565b03612e2a5780612e1457604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff16612dbb565b600382600c811115612e3e57612e3e6134ce565b03612e4e5760025460ff16612dbb565b600482600c811115612e6257612e626134ce565b03612e9357600254610100900460ff166107bc57818160405163415301b960e01b81526004016107a49291906137ea565b600582600c811115612ea757612ea76134ce565b03612d1857807f0000000000000000000000000000000000000000000000000000000000000000811080612edd57506003548110155b15612f3d57807f00000000000000000000000000000000000000000000000000000000000000006001600354612f139190613891565b60405163410c09b760e11b81526004810193909352602483019190915260448201526064016107a4565b505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115612f7b57505f91506003905082613000565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612fcc573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116612ff757505f925060019150829050613000565b92505f91508190505b9450945094915050565b5f5f5f83516020850186885af1949350505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b81158061304f57508082115b156107bc57604051637c81aeab60e11b815260048101839052602481018290526044016107a4565b8061309557604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906130df9083815260200190565b60405180910390a16109b47f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c82600161253e565b8061313157604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16109b47f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a33423304682600161253e565b5f60ff8216601f81111561074c57604051632cd44ac360e21b815260040160405180910390fd5b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b50805461322a906138b8565b5f825580601f10613239575050565b601f0160209004905f5260205f20908101906109b491905b80821115611f57575f8155600101613251565b5f60208284031215613274575f5ffd5b81356001600160e01b03198116811461099f575f5ffd5b5f6020828403121561329b575f5ffd5b5035919050565b5f602082840312156132b2575f5ffd5b81356001600160401b038111156132c7575f5ffd5b8201610120818503121561099f575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f61149360408301846132d9565b5f5f60408385031215613332575f5ffd5b50508035926020909101359150565b80356001600160a01b03811681146117a2575f5ffd5b5f5f83601f840112613367575f5ffd5b5081356001600160401b0381111561337d575f5ffd5b602083019150836020828501011115613394575f5ffd5b9250929050565b5f5f5f5f606085870312156133ae575f5ffd5b6133b785613341565b93506020850135925060408501356001600160401b038111156133d8575f5ffd5b6133e487828801613357565b95989497509550505050565b5f5f5f5f5f60608688031215613404575f5ffd5b85356001600160401b03811115613419575f5ffd5b61342588828901613357565b9096509450506020860135925060408601356001600160401b0381111561344a575f5ffd5b8601601f8101881361345a575f5ffd5b80356001600160401b0381111561346f575f5ffd5b8860208260051b8401011115613483575f5ffd5b959894975092955050506020019190565b602081525f61099f60208301846132d9565b5f5f604083850312156134b7575f5ffd5b6134c083613341565b946020939093013593505050565b634e487b7160e01b5f52602160045260245ffd5b600d81106134fe57634e487b7160e01b5f52602160045260245ffd5b9052565b61350d8282516134e2565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a085015261149360c08501826132d9565b604080825283519082018190525f9060208501906060840190835b818110156135a3578351835260209384019390920191600101613585565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b838110156135fc57601f198584030186526135e6838351613502565b60209687019690935091909101906001016135ca565b509098975050505050505050565b602080825282518282018190525f918401906040840190835b8181101561364a5783516001600160a01b0316835260209384019390920191600101613623565b509095945050505050565b5f5f60408385031215613666575f5ffd5b8235600d81106134c0575f5ffd5b5f60208284031215613684575f5ffd5b61099f82613341565b60ff60f81b8816815260e060208201525f6136ab60e08301896132d9565b82810360408401526136bd81896132d9565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156137125783518352602093840193909201916001016136f4565b50909b9a5050505050505050505050565b5f5f5f60408486031215613735575f5ffd5b8335925060208401356001600160401b03811115613751575f5ffd5b61375d86828701613357565b9497909650939450505050565b5f5f5f6060848603121561377c575f5ffd5b61378584613341565b95602085013595506040909401359392505050565b5f5f602083850312156137ab575f5ffd5b82356001600160401b038111156137c0575f5ffd5b6137cc85828601613357565b90969095509350505050565b602081525f61099f6020830184613502565b604081016137f882856134e2565b8260208301529392505050565b5f5f8335601e1984360301811261381a575f5ffd5b8301803591506001600160401b03821115613833575f5ffd5b602001915036819003821315613394575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082018082111561074c5761074c61386a565b8181038181111561074c5761074c61386a565b634e487b7160e01b5f52603260045260245ffd5b600181811c908216806138cc57607f821691505b6020821081036138ea57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f600182016139015761390161386a565b5060010190565b6001600160401b03818116838216019081111561074c5761074c61386a565b601f821115612f3d57805f5260205f20601f840160051c8101602085101561394c5750805b601f840160051c820191505b818110156120c4575f8155600101613958565b81516001600160401b0381111561398457613984613856565b6139988161399284546138b8565b84613927565b6020601f8211600181146139ca575f83156139b35750848201515b5f19600385901b1c1916600184901b1784556120c4565b5f84815260208120601f198516915b828110156139f957878501518255602094850194600190920191016139d9565b5084821015613a1657868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f613a5b60808301846132d9565b9695505050505050565b634e487b7160e01b5f52603160045260245ffd5b5f81613a8757613a8761386a565b505f190190565b5f6001600160801b0382166001600160801b038103613aaf57613aaf61386a565b6001019291505056fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/OptOutRegistry.sol:OptOutRegistry. */
export const optOutRegistryBytecode =
  '0x610180604052348015610010575f5ffd5b506040516118ca3803806118ca83398101604081905261002f91610271565b6040518060400160405280600e81526020016d4f70744f7574526567697374727960901b815250604051806040016040528060018152602001603160f81b81525061007f8261017160201b60201c565b6101205261008c81610171565b61014052815160208084019190912060e052815190820120610100524660a05261011860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05261013281631ed3f1f960e31b6101ae565b61015f576040516304872fa960e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6001600160a01b0316610160526102f2565b5f5f829050601f8151111561019b578260405163305a27a960e01b81526004016101569190610297565b80516101a6826102cc565b179392505050565b5f6101b8836101d0565b80156101c957506101c98383610219565b9392505050565b5f6101e2826301ffc9a760e01b610219565b15610212575f806101fb846001600160e01b031961023d565b9150915081801561020a575080155b949350505050565b505f919050565b5f8080610226858561023d565b915091508180156102345750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b5f60208284031215610281575f5ffd5b81516001600160a01b03811681146101c9575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102ec575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610100516101205161014051610160516115616103695f395f818161030c015281816104620152818161050201528181610c5c0152610d2b01525f6109f201525f6109c201525f610f3e01525f610f1601525f610e7101525f610e9b01525f610ec501526115615ff3fe608060405234801561000f575f5ffd5b5060043610610111575f3560e01c806384b0196e1161009e578063d7363a691161006e578063d7363a69146102ff578063de7454c814610336578063e8fced2014610349578063ed79bef31461035c578063f5d8e05314610392575f5ffd5b806384b0196e146102a957806385771487146102c45780639e6d4119146102d7578063a187a000146102ea575f5ffd5b80633cb352b3116100e45780633cb352b3146101b75780633f7d4a97146101ca5780636da59041146101dd578063785943cb146102765780637892df6914610289575f5ffd5b806301ffc9a71461011557806308551d651461013d578063238afcc51461017d57806333d0b44514610190575b5f5ffd5b61012861012336600461116b565b6103a5565b60405190151581526020015b60405180910390f35b61016f61014b366004611192565b5f90815260026020526040902060010154600160801b90046001600160801b031690565b604051908152602001610134565b61012861018b366004611192565b6103db565b61016f7f967a801c4743850013ce2d4e0f8370c77b610ab883585fe6c9b3bf6cef28447b81565b61016f6101c5366004611192565b61057f565b61016f6101d83660046111a9565b6105a5565b6102436101eb366004611192565b60408051606080820183525f808352602080840182905292840181905293845260028252928290208251938401835280548452600101546001600160401b0380821692850192909252600160401b9004169082015290565b60408051825181526020808401516001600160401b03908116918301919091529282015190921690820152606001610134565b61016f610284366004611237565b610604565b61029c610297366004611267565b610679565b6040516101349190611290565b6102b161079e565b6040516101349796959493929190611309565b6101286102d23660046111a9565b6107e0565b61016f6102e5366004611192565b610827565b6102fd6102f836600461139f565b610842565b005b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610134565b61016f610344366004611192565b610903565b61016f610357366004611192565b61092b565b61012861036a366004611437565b5f9081526004602090815260408083206001600160a01b039490941683529290522054151590565b61016f6103a0366004611475565b610940565b5f6001600160e01b0319821663352d699d60e01b14806103d557506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8181526002602052604081206001810154600160401b90046001600160401b03168083036104255760405163cdf288bb60e01b8152600481018590526024015b60405180910390fd5b806001600160401b0316421061043f575060019392505050565b815460405163a6e3861560e01b8152600481018290526001600160401b038316907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a6e3861590602401602060405180830381865afa1580156104af573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104d391906114ae565b14158061057657506001830154604051630f93f64b60e31b8152600481018390526001600160401b03909116907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637c9fb25890602401602060405180830381865afa15801561054f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061057391906114ae565b14155b95945050505050565b5f81815260026020819052604082200154801561059c578061059e565b825b9392505050565b825f5b828110156105fc576105f2828585848181106105c6576105c66114c5565b90506020020160208101906105db91906114d9565b5f9182526001600160a01b03166020526040902090565b91506001016105a8565b509392505050565b604080517f967a801c4743850013ce2d4e0f8370c77b610ab883585fe6c9b3bf6cef28447b60208201526001600160a01b0385169181019190915260608101839052608081018290525f906106719060a0016040516020818303038152906040528051906020012061098f565b949350505050565b5f83815260026020526040812060010154606091600160801b9091046001600160801b031690818510156106cc576106b18583611506565b84116106c6576106c18486611519565b6106ce565b816106ce565b845b90506106da8582611506565b6001600160401b038111156106f1576106f161152c565b60405190808252806020026020018201604052801561071a578160200160208202803683370190505b505f8781526003602052604081209194505b845181101561079357815f610741838a611519565b81526020019081526020015f205f9054906101000a90046001600160a01b0316858281518110610773576107736114c5565b6001600160a01b039092166020928302919091019091015260010161072c565b505050509392505050565b5f6060805f5f5f60606107af6109bb565b6107b76109eb565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f83815260026020526040812060010154600160801b90046001600160801b03168214801561067157506108138461057f565b61081e8585856105a5565b14949350505050565b5f61083182610a16565b905061083d8133610a70565b919050565b824211156108755760405163020b9cb960e21b81526001600160a01b03871660048201526024810184905260440161041c565b5f61087f86610a16565b90508481146108b257604051632c750e4160e01b815260048101879052602481018690526044810182905260640161041c565b6108c8876108c1898888610604565b8585610bec565b6108f0576040516304c863bb60e41b81526001600160a01b038816600482015260240161041c565b6108fa8588610a70565b50505050505050565b5f5f5f5f61091085610c57565b92509250925061092283868484610db1565b50909392505050565b5f5f61093683610c57565b5090949350505050565b5f838383604051602001610970939291909283526001600160401b03918216602084015216604082015260600190565b6040516020818303038152906040528051906020012090509392505050565b5f6103d561099b610e65565b8360405161190160f01b8152600281019290925260228201526042902090565b60606109e67f0000000000000000000000000000000000000000000000000000000000000000610f8e565b905090565b60606109e67f0000000000000000000000000000000000000000000000000000000000000000610f8e565b5f5f5f5f610a2385610c57565b925092509250806001600160401b03164210610a64576040516355e7964960e11b8152600481018490526001600160401b038216602482015260440161041c565b61092283868484610db1565b5f8281526004602090815260408083206001600160a01b0385168452918290529091205415610ac45760405163f0c65c4960e01b81526001600160a01b03831660048201526024810184905260440161041c565b5f83815260026020819052604082206001810154918101549092600160801b9092046001600160801b03169190610b0d90865f9182526001600160a01b03166020526040902090565b5f878152600360209081526040808320868452909152902080546001600160a01b0319166001600160a01b0388161790559050610b4b826001611519565b6001600160a01b0386165f90815260208690526040902055610b6e826001611519565b6001840180546001600160801b03928316600160801b029216919091179055600283018190556040516001600160a01b0386169087907fd347dcb1c9c8ab463db8f9ab01a7a814cfb2a29809b09f30a631da9303d8854e90610bdc9086908690918252602082015260400190565b60405180910390a3505050505050565b5f846001600160a01b03163b5f03610c4b575f5f610c0b868686610fcb565b5090925090505f816003811115610c2457610c24611540565b148015610c425750866001600160a01b0316826001600160a01b0316145b92505050610671565b61057685858585611012565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a6e38615856040518263ffffffff1660e01b8152600401610ca891815260200190565b602060405180830381865afa158015610cc3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ce791906114ae565b9050806001600160401b03165f03610d155760405163d18e693f60e01b81526004810185905260240161041c565b604051630f93f64b60e31b8152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637c9fb25890602401602060405180830381865afa158015610d78573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d9c91906114ae565b9150610da9848383610940565b949193509150565b5f8481526002602052604090206001810154600160401b90046001600160401b031615610dde5750610e5f565b8381556001810180546001600160401b038581166fffffffffffffffffffffffffffffffff199092168217600160401b9186169182021790925560028301879055604080519182526020820192909252859187917f24211270a180196e0d9609fdff23ed00a242c45154ee1b8404916f9e9268502d910160405180910390a3505b50505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610ebd57507f000000000000000000000000000000000000000000000000000000000000000046145b15610ee757507f000000000000000000000000000000000000000000000000000000000000000090565b6109e6604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60605f610f9a8361107c565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80806041849003610fff578435602086013560408701355f1a610ff1898285856110a3565b955095509550505050611009565b505f915060029050825b93509350939050565b60408051630b135d3f60e11b808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f60ff8216601f8111156103d557604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156110dc57505f91506003905082611161565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561112d573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661115857505f925060019150829050611161565b92505f91508190505b9450945094915050565b5f6020828403121561117b575f5ffd5b81356001600160e01b03198116811461059e575f5ffd5b5f602082840312156111a2575f5ffd5b5035919050565b5f5f5f604084860312156111bb575f5ffd5b8335925060208401356001600160401b038111156111d7575f5ffd5b8401601f810186136111e7575f5ffd5b80356001600160401b038111156111fc575f5ffd5b8660208260051b8401011115611210575f5ffd5b939660209190910195509293505050565b80356001600160a01b038116811461083d575f5ffd5b5f5f5f60608486031215611249575f5ffd5b61125284611221565b95602085013595506040909401359392505050565b5f5f5f60608486031215611279575f5ffd5b505081359360208301359350604090920135919050565b602080825282518282018190525f918401906040840190835b818110156112d05783516001600160a01b03168352602093840193909201916001016112a9565b509095945050505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61132760e08301896112db565b828103604084015261133981896112db565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561138e578351835260209384019390920191600101611370565b50909b9a5050505050505050505050565b5f5f5f5f5f5f60a087890312156113b4575f5ffd5b6113bd87611221565b955060208701359450604087013593506060870135925060808701356001600160401b038111156113ec575f5ffd5b8701601f810189136113fc575f5ffd5b80356001600160401b03811115611411575f5ffd5b896020828401011115611422575f5ffd5b60208201935080925050509295509295509295565b5f5f60408385031215611448575f5ffd5b61145183611221565b946020939093013593505050565b80356001600160401b038116811461083d575f5ffd5b5f5f5f60608486031215611487575f5ffd5b833592506114976020850161145f565b91506114a56040850161145f565b90509250925092565b5f602082840312156114be575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156114e9575f5ffd5b61059e82611221565b634e487b7160e01b5f52601160045260245ffd5b818103818111156103d5576103d56114f2565b808201808211156103d5576103d56114f2565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52602160045260245ffdfea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/utils/StaticCallBatch.sol:StaticCallBatch. */
export const staticCallBatchBytecode =
  '0x6080604052348015600e575f5ffd5b506103a78061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c80631e2cc4731461002d575b5f5ffd5b61004061003b3660046101c4565b610057565b60405161004e929190610257565b60405180910390f35b6060808267ffffffffffffffff81111561007357610073610319565b60405190808252806020026020018201604052801561009c578160200160208202803683370190505b5091508267ffffffffffffffff8111156100b8576100b8610319565b6040519080825280602002602001820160405280156100eb57816020015b60608152602001906001900390816100d65790505b5090505f5b838110156101ba57866001600160a01b0316868686848181106101155761011561032d565b90506020028101906101279190610341565b60405161013592919061038b565b5f604051808303818686fa925050503d805f811461016e576040519150601f19603f3d011682016040523d82523d5f602084013e610173565b606091505b508483815181106101865761018661032d565b6020026020010184848151811061019f5761019f61032d565b602090810291909101019190915290151590526001016100f0565b5094509492505050565b5f5f5f5f606085870312156101d7575f5ffd5b84356001600160a01b03811681146101ed575f5ffd5b935060208501359250604085013567ffffffffffffffff81111561020f575f5ffd5b8501601f8101871361021f575f5ffd5b803567ffffffffffffffff811115610235575f5ffd5b8760208260051b8401011115610249575f5ffd5b949793965060200194505050565b604080825283519082018190525f9060208501906060840190835b818110156102925783511515835260209384019390920191600101610272565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b8381101561030b57601f19858403018652815180518085528060208301602087015e5f602082870101526020601f19601f830116860101945050506020820191506020860195506001810190506102b9565b509098975050505050505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112610356575f5ffd5b83018035915067ffffffffffffffff821115610370575f5ffd5b602001915036819003821315610384575f5ffd5b9250929050565b818382375f910190815291905056fea164736f6c634300081c000a' as const
/** Runtime bytecode of contracts/utils/StaticCallBatch.sol:StaticCallBatch, supplied to eth_call as a state override. */
export const staticCallBatchRuntimeBytecode =
  '0x608060405234801561000f575f5ffd5b5060043610610029575f3560e01c80631e2cc4731461002d575b5f5ffd5b61004061003b3660046101c4565b610057565b60405161004e929190610257565b60405180910390f35b6060808267ffffffffffffffff81111561007357610073610319565b60405190808252806020026020018201604052801561009c578160200160208202803683370190505b5091508267ffffffffffffffff8111156100b8576100b8610319565b6040519080825280602002602001820160405280156100eb57816020015b60608152602001906001900390816100d65790505b5090505f5b838110156101ba57866001600160a01b0316868686848181106101155761011561032d565b90506020028101906101279190610341565b60405161013592919061038b565b5f604051808303818686fa925050503d805f811461016e576040519150601f19603f3d011682016040523d82523d5f602084013e610173565b606091505b508483815181106101865761018661032d565b6020026020010184848151811061019f5761019f61032d565b602090810291909101019190915290151590526001016100f0565b5094509492505050565b5f5f5f5f606085870312156101d7575f5ffd5b84356001600160a01b03811681146101ed575f5ffd5b935060208501359250604085013567ffffffffffffffff81111561020f575f5ffd5b8501601f8101871361021f575f5ffd5b803567ffffffffffffffff811115610235575f5ffd5b8760208260051b8401011115610249575f5ffd5b949793965060200194505050565b604080825283519082018190525f9060208501906060840190835b818110156102925783511515835260209384019390920191600101610272565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b8381101561030b57601f19858403018652815180518085528060208301602087015e5f602082870101526020601f19601f830116860101945050506020820191506020860195506001810190506102b9565b509098975050505050505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112610356575f5ffd5b83018035915067ffffffffffffffff821115610370575f5ffd5b602001915036819003821315610384575f5ffd5b9250929050565b818382375f910190815291905056fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/TimelockAppAuth.sol:TimelockAppAuth. */
export const timelockAppAuthBytecode =
  '0x60c060405234801561000f575f5ffd5b50604051612dad380380612dad83398101604081905261002e916105c6565b838383835f5b81515181101561007157610069825f01518281518110610056576100566106b9565b602002602001015161025e60201b60201c565b600101610034565b505f5b8160200151518110156100b5576100ad8260200151828151811061009a5761009a6106b9565b60200260200101516102fd60201b60201c565b600101610074565b508060400151156100ca576100ca6001610394565b8060600151156100de576100de6001610403565b508115806100ef57506312cc030082115b156101265760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061013757506312cc030083115b156101695760405163410c09b760e11b815260048101849052602481018390526312cc0300604482015260640161011d565b80158061017957506301e1338081115b1561019a576040516358456f7360e01b81526004810182905260240161011d565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506001600160a01b03851661020c57604051633e0ad02160e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0387169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a350505050506106cd565b8061027c57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906102c69083815260200190565b60405180910390a16102fa7f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c82600161047b565b50565b8061031b57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16102fa7f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a33423304682600161047b565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16102fa7f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f8361047b565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061044c90831515815260200190565b60405180910390a16102fa7feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f835b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c32375846040516104ba911515815260200190565b60405180910390a4505050565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156104fd576104fd6104c7565b60405290565b604051601f8201601f191681016001600160401b038111828210171561052b5761052b6104c7565b604052919050565b5f82601f830112610542575f5ffd5b81516001600160401b0381111561055b5761055b6104c7565b8060051b61056b60208201610503565b91825260208185018101929081019086841115610586575f5ffd5b6020860192505b838310156105a857825182526020928301929091019061058d565b9695505050505050565b805180151581146105c1575f5ffd5b919050565b5f5f5f5f5f60a086880312156105da575f5ffd5b85516001600160a01b03811681146105f0575f5ffd5b60208701516040880151606089015160808a0151939850919650945092506001600160401b03811115610621575f5ffd5b860160808189031215610632575f5ffd5b61063a6104db565b81516001600160401b0381111561064f575f5ffd5b61065b8a828501610533565b82525060208201516001600160401b03811115610676575f5ffd5b6106828a828501610533565b602083015250610694604083016105b2565b60408201526106a5606083016105b2565b606082015280925050509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b60805160a0516126aa6107035f395f818161044701526118a001525f81816104e701528181611fab0152611fe101526126aa5ff3fe608060405234801561000f575f5ffd5b5060043610610229575f3560e01c80637c9fb2581161012a578063aab5a877116100b4578063dc04e89311610079578063dc04e8931461051e578063dcade3d314610531578063e30c397814610544578063f0f470cf1461054c578063f2fde38b14610554575f5ffd5b8063aab5a8771461049a578063b5019126146104a3578063bf8b211b146104c3578063cd15a16c146104e5578063d5606db81461050b575f5ffd5b80639b14d4c6116100fa5780639b14d4c6146104175780639bdc86ff1461041f5780639ced689f14610432578063a06db7dc14610445578063a6e386151461046b575f5ffd5b80637c9fb258146103aa5780638da5cb5b146103d757806397357dd2146103fc578063998aada81461040f575f5ffd5b8063467fc1db116101b65780635c695a071161017b5780635c695a071461036c57806367b3f22c14610374578063715018a61461038757806372dd6dd31461038f57806379ba5097146103a2575f5ffd5b8063467fc1db146103075780634b28160b14610328578063535167b51461033b57806359db6e85146103465780635c40d7b214610359575f5ffd5b806328e7654f116101fc57806328e7654f1461029b5780632f6622e5146102ae5780633440a16a146102d057806337376ca8146102db57806346619649146102ee575f5ffd5b806301ffc9a71461022d5780630aa58c83146102555780631d266200146102655780631e0791981461027a575b5f5ffd5b61024061023b3660046120d0565b610567565b60405190151581526020015b60405180910390f35b600254610100900460ff16610240565b6102786102733660046120f7565b610591565b005b61028d61028836600461210e565b6105ff565b60405161024c929190612173565b6102786102a93660046120f7565b6107bb565b6102406102bc3660046120f7565b5f9081526020819052604090205460ff1690565b60025460ff16610240565b6102786102e93660046120f7565b6107cc565b6102f96301e1338081565b60405190815260200161024c565b61031a61031536600461218d565b6107dd565b60405161024c929190612249565b6102f96103363660046122e9565b610a74565b6102f96312cc030081565b6102786103543660046120f7565b610aa6565b6102786103673660046120f7565b610bed565b610278610c5d565b6102786103823660046120f7565b610c9e565b610278610cff565b61027861039d3660046120f7565b610d65565b610278610dee565b6102f96103b83660046120f7565b5f9081526004602052604090205461010090046001600160401b031690565b6007546001600160a01b03165b6040516001600160a01b03909116815260200161024c565b6102f961040a36600461235a565b610dfc565b610278610e50565b6003546102f9565b6102f961042d36600461235a565b610e89565b6102f96104403660046123a1565b610ed3565b7f00000000000000000000000000000000000000000000000000000000000000006102f9565b6102f96104793660046120f7565b5f90815260046020526040902054600160481b90046001600160401b031690565b6102f961040081565b6104b66104b13660046120f7565b610f26565b60405161024c91906123df565b6102406104d13660046120f7565b5f9081526001602052604090205460ff1690565b7f00000000000000000000000000000000000000000000000000000000000000006102f9565b6102f961051936600461235a565b611079565b6102f961052c3660046120f7565b6110c3565b6102f961053f3660046123a1565b6110e6565b6103e4611132565b6005546102f9565b6102786105623660046123f1565b61115b565b5f6001600160e01b031982166394be599960e01b148061058b575061058b826111e0565b92915050565b610599611204565b5f8181526001602052604090205460ff166105b5600283611246565b1580156105c0575080155b156105ec5760028260405163415301b960e01b81526004016105e3929190612417565b60405180910390fd5b80156105fb576105fb82611284565b5050565b5f60603061061060208501856123f1565b6001600160a01b03161461064d57505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff1680156106a657507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c61068d60e0850185612432565b60405161069b929190612474565b604051809103902014155b156106e857505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff1661073f57505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff16158015610765575060608301355f9081526001602052604090205460ff16155b1561079c57505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b6107b260408051602081019091525f8152600191565b91509150915091565b6107c9610354600183610a74565b50565b6107d4611204565b6107c9816112fe565b60055460609081905f81861015610813576107f88683612497565b851161080d5761080885876124aa565b610815565b81610815565b855b90505f6108228783612497565b9050806001600160401b0381111561083c5761083c6124bd565b604051908082528060200260200182016040528015610865578160200160208202803683370190505b509450806001600160401b03811115610880576108806124bd565b6040519080825280602002602001820160405280156108b957816020015b6108a6612039565b81526020019060019003908161089e5790505b5093505f5b81811015610a695760056108d2828a6124aa565b815481106108e2576108e26124d1565b905f5260205f2001548682815181106108fd576108fd6124d1565b60200260200101818152505060045f87838151811061091e5761091e6124d1565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600c811115610960576109606121ad565b600c811115610971576109716121ad565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a0909201916109c4906124e5565b80601f01602080910402602001604051908101604052809291908181526020018280546109f0906124e5565b8015610a3b5780601f10610a1257610100808354040283529160200191610a3b565b820191905f5260205f20905b815481529060010190602001808311610a1e57829003601f168201915b505050505081525050858281518110610a5657610a566124d1565b60209081029190910101526001016108be565b505050509250929050565b5f8282604051602001610a88929190612417565b60405160208183030381529060405280519060200120905092915050565b5f8181526004602090815260408083206006909252822054909103610ae157604051631e2ef17160e01b8152600481018390526024016105e3565b8054600160481b90046001600160401b0316421015610b2e57805460405163afff056960e01b815260048101849052600160481b9091046001600160401b031660248201526044016105e3565b8054600160881b90046001600160401b0316421115610b7b57805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b031660248201526044016105e3565b8054600182015460ff90911690610b9184611395565b610b9b828261147f565b81600c811115610bad57610bad6121ad565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf183604051610bdf91815260200190565b60405180910390a350505050565b610bf5611204565b60035481111580610c0957506312cc030081115b15610c4a57806003546001610c1e91906124aa565b60405163410c09b760e11b8152600481019290925260248201526312cc030060448201526064016105e3565b610c5381611538565b6107c9600561157d565b610c65611204565b600254610100900460ff1615610c925760405163415301b960e01b81526105e3906004905f908201612417565b610c9c600161161f565b565b610ca6611204565b5f8181526020819052604090205460ff16610cc2600183611246565b158015610ccd575080155b15610cf05760018260405163415301b960e01b81526004016105e3929190612417565b80156105fb576105fb8261169b565b610d07611204565b610d0f61170d565b610d185f61157d565b600780546001600160a01b031981169091556040516001600160a01b03909116905f9082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908390a350565b5f818152600660205260408120549003610d9557604051631e2ef17160e01b8152600481018290526024016105e3565b5f81815260046020526040902054600160881b90046001600160401b0316428110610de5576040516315577c9160e31b8152600481018390526001600160401b03821660248201526044016105e3565b6105fb82611756565b610c9c610354600633610a74565b5f610e05611204565b610e486005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117bd92505050565b949350505050565b610e58611204565b60025460ff16610e805760405163415301b960e01b81526105e3906003905f90600401612417565b610c9c5f611a79565b5f610e92611204565b610e4860018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117bd92505050565b5f610edc611204565b610f1f60035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117bd92505050565b9392505050565b610f2e612039565b5f828152600660205260408120549003610f5e57604051631e2ef17160e01b8152600481018390526024016105e3565b5f8281526004602052604090819020815160c081019092528054829060ff16600c811115610f8e57610f8e6121ad565b600c811115610f9f57610f9f6121ad565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610ff2906124e5565b80601f016020809104026020016040519081016040528092919081815260200182805461101e906124e5565b80156110695780601f1061104057610100808354040283529160200191611069565b820191905f5260205f20905b81548152906001019060200180831161104c57829003601f168201915b5050505050815250509050919050565b5f611082611204565b610e4860028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117bd92505050565b5f6110cc611204565b61058b60018360405180602001604052805f8152506117bd565b5f6110ef611204565b610f1f60045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117bd92505050565b6008545f906001600160a01b031661114981611ae8565b611153575f611155565b805b91505090565b611163611204565b61116b61170d565b61118e60066001600160a01b03831660405180602001604052805f8152506117bd565b50600880546001600160a01b0319166001600160a01b03838116918217909255600754604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f6001600160e01b03198216631ed3f1f960e31b148061058b575061058b82611b1b565b6007546001600160a01b0316338114158061122657506001600160a01b038116155b156107c9576040516331d69cb360e11b81523360048201526024016105e3565b5f5f6112528484610a74565b5f8181526006602052604081205491925003611271575f91505061058b565b61127a816112fe565b5060019392505050565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906112cb9083815260200190565b60405180910390a16107c97f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046825f611b6a565b5f81815260066020526040812054900361132e57604051631e2ef17160e01b8152600481018290526024016105e3565b5f8181526004602052604090208054600182015460ff9091169061135184611395565b81600c811115611363576113636121ad565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da487683604051610bdf91815260200190565b5f81815260066020526040902054600554808214611415575f60056113bb600184612497565b815481106113cb576113cb6124d1565b905f5260205f20015490508060056001856113e69190612497565b815481106113f6576113f66124d1565b5f91825260208083209091019290925591825260069052604090208290555b600580548061142657611426612517565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b031916815560018101829055906114786002830182612086565b5050505050565b600682600c811115611493576114936121ad565b146114a2576105fb8282611bb6565b5f6114ad8383611c7e565b9050336001600160a01b038216146114da576040516331d69cb360e11b81523360048201526024016105e3565b600780546001600160a01b038381166001600160a01b03198084168217909455600880549094169093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a350505050565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050565b6005545b80156105fb575f6005611595600184612497565b815481106115a5576115a56124d1565b5f918252602082200154915083600c8111156115c3576115c36121ad565b1480611600575082600c8111156115dc576115dc6121ad565b5f8281526004602052604090205460ff16600c8111156115fe576115fe6121ad565b145b1561160e5761160e816112fe565b506116188161252b565b9050611581565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061166890831515815260200190565b60405180910390a16107c97feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f83611b6a565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e8947910160405180910390a16107c97f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c825f611b6a565b6008546001600160a01b031661172281611ae8565b156117435761174361173e60066001600160a01b038416610a74565b6112fe565b50600880546001600160a01b0319169055565b5f8181526004602052604090208054600182015460ff9091169061177984611395565b81600c81111561178b5761178b6121ad565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b5583604051610bdf91815260200190565b5f610400825111156117f057815160405163021c07bb60e01b8152600481019190915261040060248201526044016105e3565b6117fa8484611cac565b6118048484610a74565b5f8181526006602052604090205490915015611889575f81815260046020526040902054600160881b90046001600160401b03164211611880575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b031660248201526044016105e3565b61188981611756565b5f6003544261189891906124aa565b90505f6118c57f000000000000000000000000000000000000000000000000000000000000000083612540565b90506040518060c0016040528087600c8111156118e4576118e46121ad565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600c811115611946576119466121ad565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a082015160028201906119df90826125a3565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600c811115611a3257611a326121ad565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad2487858589604051611a68949392919061265d565b60405180910390a350509392505050565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16107c97f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f83611b6a565b5f6001600160a01b0382161580159061058b5750611b1361047960066001600160a01b038516610a74565b151592915050565b5f6001600160e01b031982166303c0f23360e31b1480611b4b57506001600160e01b0319821663ae082e1760e01b145b8061058b57506301ffc9a760e01b6001600160e01b031983161461058b565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c3237584604051611ba9911515815260200190565b60405180910390a4505050565b600182600c811115611bca57611bca6121ad565b03611bd8576105fb81611d3b565b600282600c811115611bec57611bec6121ad565b03611bfa576105fb81611dd7565b600382600c811115611c0e57611c0e6121ad565b03611c1d576105fb6001611a79565b600482600c811115611c3157611c316121ad565b03611c3f576105fb5f61161f565b600582600c811115611c5357611c536121ad565b03611c61576105fb81611538565b8181604051636e8c20ed60e01b81526004016105e3929190612417565b5f60a082901c15611ca6578282604051636e8c20ed60e01b81526004016105e3929190612417565b50919050565b600682600c811115611cc057611cc06121ad565b14611ccf576105fb8282611e6e565b5f611cda8383611c7e565b90506001600160a01b038116611d0357604051633e0ad02160e01b815260040160405180910390fd5b6007546001600160a01b0390811690821603611d3657828260405163415301b960e01b81526004016105e3929190612417565b505050565b80611d5957604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af90611da39083815260200190565b60405180910390a16107c97f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c826001611b6a565b80611df557604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16107c97f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046826001611b6a565b600182600c811115611e8257611e826121ad565b03611ed95780611ea557604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b156105fb57818160405163415301b960e01b81526004016105e3929190612417565b600282600c811115611eed57611eed6121ad565b03611f265780611f1057604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff16611eb7565b600382600c811115611f3a57611f3a6121ad565b03611f4a5760025460ff16611eb7565b600482600c811115611f5e57611f5e6121ad565b03611f8f57600254610100900460ff166105fb57818160405163415301b960e01b81526004016105e3929190612417565b600582600c811115611fa357611fa36121ad565b03611c6157807f0000000000000000000000000000000000000000000000000000000000000000811080611fd957506003548110155b15611d3657807f0000000000000000000000000000000000000000000000000000000000000000600160035461200f9190612497565b60405163410c09b760e11b81526004810193909352602483019190915260448201526064016105e3565b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b508054612092906124e5565b5f825580601f106120a1575050565b601f0160209004905f5260205f20908101906107c991905b808211156120cc575f81556001016120b9565b5090565b5f602082840312156120e0575f5ffd5b81356001600160e01b031981168114610f1f575f5ffd5b5f60208284031215612107575f5ffd5b5035919050565b5f6020828403121561211e575f5ffd5b81356001600160401b03811115612133575f5ffd5b82016101208185031215610f1f575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f610e486040830184612145565b5f5f6040838503121561219e575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b600d81106121dd57634e487b7160e01b5f52602160045260245ffd5b9052565b6121ec8282516121c1565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a0850152610e4860c0850182612145565b604080825283519082018190525f9060208501906060840190835b81811015612282578351835260209384019390920191600101612264565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b838110156122db57601f198584030186526122c58383516121e1565b60209687019690935091909101906001016122a9565b509098975050505050505050565b5f5f604083850312156122fa575f5ffd5b8235600d8110612308575f5ffd5b946020939093013593505050565b5f5f83601f840112612326575f5ffd5b5081356001600160401b0381111561233c575f5ffd5b602083019150836020828501011115612353575f5ffd5b9250929050565b5f5f5f6040848603121561236c575f5ffd5b8335925060208401356001600160401b03811115612388575f5ffd5b61239486828701612316565b9497909650939450505050565b5f5f602083850312156123b2575f5ffd5b82356001600160401b038111156123c7575f5ffd5b6123d385828601612316565b90969095509350505050565b602081525f610f1f60208301846121e1565b5f60208284031215612401575f5ffd5b81356001600160a01b0381168114610f1f575f5ffd5b6040810161242582856121c1565b8260208301529392505050565b5f5f8335601e19843603018112612447575f5ffd5b8301803591506001600160401b03821115612460575f5ffd5b602001915036819003821315612353575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561058b5761058b612483565b8082018082111561058b5761058b612483565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c908216806124f957607f821691505b602082108103611ca657634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b5f8161253957612539612483565b505f190190565b6001600160401b03818116838216019081111561058b5761058b612483565b601f821115611d3657805f5260205f20601f840160051c810160208510156125845750805b601f840160051c820191505b81811015611478575f8155600101612590565b81516001600160401b038111156125bc576125bc6124bd565b6125d0816125ca84546124e5565b8461255f565b6020601f821160018114612602575f83156125eb5750848201515b5f19600385901b1c1916600184901b178455611478565b5f84815260208120601f198516915b828110156126315787850151825560209485019460019092019101612611565b508482101561264e57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f6126936080830184612145565b969550505050505056fea164736f6c634300081c000a' as const
/** Creation bytecode of contracts/governance/VerifiedAppAuthDeployer.sol:VerifiedAppAuthDeployer. */
export const verifiedAppAuthDeployerBytecode =
  '0x6080604052348015600e575f5ffd5b50615dc38061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c80632abf91ee1461002d575b5f5ffd5b61004061003b3660046103b4565b61005c565b6040516001600160a01b03909116815260200160405180910390f35b5f83835f01518460200151856040015186606001518660405161007e906100fa565b61008d969594939291906105f3565b604051809103905ff0801580156100a6573d5f5f3e3d5ffd5b509050336001600160a01b0316846001600160a01b0316826001600160a01b03167fd6ef1dc24f26005b6528b02ab27b11c70f194a7bbc4eacf70e56df94b3f0bab660405160405180910390a49392505050565b61572e8061068983390190565b6001600160a01b038116811461011b575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b6040805190810167ffffffffffffffff811182821017156101555761015561011e565b60405290565b6040516080810167ffffffffffffffff811182821017156101555761015561011e565b604051601f8201601f1916810167ffffffffffffffff811182821017156101a7576101a761011e565b604052919050565b5f67ffffffffffffffff8211156101c8576101c861011e565b5060051b60200190565b5f82601f8301126101e1575f5ffd5b81356101f46101ef826101af565b61017e565b8082825260208201915060208360051b860101925085831115610215575f5ffd5b602085015b8381101561023257803583526020928301920161021a565b5095945050505050565b8035801515811461024b575f5ffd5b919050565b5f82601f83011261025f575f5ffd5b813561026d6101ef826101af565b8082825260208201915060208360061b86010192508583111561028e575f5ffd5b602085015b8381101561023257604081880312156102aa575f5ffd5b6102b2610132565b81358152602080830135818301529084529290920191604001610293565b5f608082840312156102e0575f5ffd5b6102e861015b565b9050813567ffffffffffffffff811115610300575f5ffd5b8201601f81018413610310575f5ffd5b803561031e6101ef826101af565b8082825260208201915060208360051b85010192508683111561033f575f5ffd5b6020840193505b8284101561036a57833561035981610107565b825260209384019390910190610346565b84525050506020828101359082015260408083013590820152606082013567ffffffffffffffff81111561039c575f5ffd5b6103a884828501610250565b60608301525092915050565b5f5f5f606084860312156103c6575f5ffd5b83356103d181610107565b9250602084013567ffffffffffffffff8111156103ec575f5ffd5b8401608081870312156103fd575f5ffd5b61040561015b565b813581526020808301359082015260408083013590820152606082013567ffffffffffffffff811115610436575f5ffd5b91909101906080828803121561044a575f5ffd5b61045261015b565b823567ffffffffffffffff811115610468575f5ffd5b610474898286016101d2565b825250602083013567ffffffffffffffff811115610490575f5ffd5b61049c898286016101d2565b6020830152506104ae6040840161023c565b60408201526104bf6060840161023c565b606082810191909152820152925050604084013567ffffffffffffffff8111156104e7575f5ffd5b6104f3868287016102d0565b9150509250925092565b5f8151808452602084019350602083015f5b8281101561052d57815186526020958601959091019060010161050f565b5093949350505050565b5f8151808452602084019350602083015f5b8281101561052d578151805187526020908101518188015260409096019590910190600101610549565b8051608080845281519084018190525f9160200190829060a08601905b808310156105bb5783516001600160a01b031682526020938401936001939093019290910190610590565b5060208501516020870152604085015160408701526060850151925085810360608701526105e98184610537565b9695505050505050565b60018060a01b038716815285602082015284604082015283606082015260c060808201525f8351608060c084015261062f6101408401826104fd565b9050602085015160bf198483030160e085015261064c82826104fd565b915050604085015115156101008401526060850151151561012084015282810360a084015261067b8185610573565b999850505050505050505056fe60e060405234801561000f575f5ffd5b5060405161572e38038061572e83398101604081905261002e91610fe6565b808686868686838383835f5b8151518110156100775761006f825f0151828151811061005c5761005c6110f6565b602002602001015161041f60201b60201c565b60010161003a565b505f5b8160200151518110156100bb576100b3826020015182815181106100a0576100a06110f6565b60200260200101516104be60201b60201c565b60010161007a565b508060400151156100d0576100d06001610555565b8060600151156100e4576100e460016105c4565b508115806100f557506312cc030082115b1561012c5760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061013d57506312cc030083115b1561016f5760405163410c09b760e11b815260048101849052602481018390526312cc03006044820152606401610123565b80158061017f57506301e1338081115b156101a0576040516358456f7360e01b815260048101829052602401610123565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506001600160a01b03851661021257604051633e0ad02160e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0387169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3505050505080604001515f1480610277575062278d008160400151115b156102a7576040808201519051630a41216560e31b8152600481019190915262278d006024820152604401610123565b604081015160c0525f5b81515181101561034d575f6102e7835f015183815181106102d4576102d46110f6565b602002602001015161064060201b60201c565b5f818152601b6020526040902054909150156103195760405163b057350d60e01b815260048101829052602401610123565b610344835f01518381518110610331576103316110f6565b602002602001015161077160201b60201c565b506001016102b1565b508051516020820151111561038c5760208101518151516040516331fe9c3f60e21b815260048101929092525f60248301526044820152606401610123565b602081015161039a906108ff565b5f5b816060015151811015610412575f826060015182815181106103c0576103c06110f6565b602002602001015190505f6103e2825f0151836020015161095060201b60201c565b825160208401519192506103f691836109f1565b81516020830151610408919083610a65565b505060010161039c565b50505050505050506111af565b8061043d57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906104879083815260200190565b60405180910390a16104bb7f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c826001610adb565b50565b806104dc57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16104bb7f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046826001610adb565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16104bb7f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f83610adb565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061060d90831515815260200190565b60405180910390a16104bb7feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f83610adb565b5f6106528263b987e78f60e01b610b27565b61067a5760405163064db52160e11b81526001600160a01b0383166004820152602401610123565b60408051600481526024810182526020810180516001600160e01b03166309c2d37960e11b17905290515f9182916001600160a01b038616916106bc9161110a565b5f60405180830381855afa9150503d805f81146106f4576040519150601f19603f3d011682016040523d82523d5f602084013e6106f9565b606091505b509150915081158061070d57508051602014155b1561073657604051630c405f7960e01b81526001600160a01b0385166004820152602401610123565b61073f81611120565b92508261076a57604051630c405f7960e01b81526001600160a01b0385166004820152602401610123565b5050919050565b5f61077b82610640565b5f818152601b60205260409020549091506107968382610b49565b6009545f808381036107f6575b6107ad8383610c31565b156107c2576107bb8261115a565b91506107a3565b6107cd826001611172565b5f868152601b602052604090205584601383600881106107ef576107ef6110f6565b0155610824565b610801600185611185565b9150600b8260088110610816576108166110f6565b01546001600160a01b031690505b85600b8360088110610838576108386110f6565b0180546001600160a01b0319166001600160a01b0392909216919091179055600a545f90610867906001611172565b905061087860016380000000611185565b81111561089b576040516326a13c8360e21b815260086004820152602401610123565b600a8190556108ab848483610c63565b600955604080516001600160a01b0384811682526020820184905289169188917f9a2579d01c1aefaf7bcf4c2ecb491f66848bc256130fe4c501336817cdfe3dd2910160405180910390a350505050505050565b6009805460ff19811683179091556040805160ff831680825260208201859052917f746309f02cd284c385c74dd4ef79bb4208c4190c89a8b2e32391d212615a73c8910160405180910390a1505050565b5f82158061095c575081155b1561098457604051635ad3cb5560e01b81526004810184905260248101839052604401610123565b604080516020808201869052818301859052825180830384018152606090920190925280519101205f8181526020805260409020549091506109eb5760408051808201825284815260208082018581525f8581529180529290209051815590516001909101555b92915050565b5f818152601f602052604090205415610a2757604051635ad3cb5560e01b81526004810184905260248101839052604401610123565b5f838152601e602090815260409091205410610a60576040516337193ac560e11b81526004810184905260206024820152604401610123565b505050565b5f838152601d60209081526040808320805460ff19166001908117909155601e83528184208054918201815580855283852090910186905554848452601f9092528083209190915551839185917fe14fe62a363f70bbc4cfc23fab7b354a5406a1f95f74af66beb33539f15d22319190a3505050565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c3237584604051610b1a911515815260200190565b60405180910390a4505050565b5f610b3183610ca0565b8015610b425750610b428383610cee565b9392505050565b6009545f805b6008811015610bfd57610b628382610c31565b5f03610b715760019150610bf5565b846001600160a01b0316600b8260088110610b8e57610b8e6110f6565b01546001600160a01b0316148015610bb0575083610bad826001611172565b14155b15610bf5578460138260088110610bc957610bc96110f6565b0154604051636c45c35b60e11b81526001600160a01b0390921660048301526024820152604401610123565b600101610b4f565b5082158015610c0a575080155b15610c2b576040516326a13c8360e21b815260086004820152602401610123565b50505050565b5f610c4160016380000000611185565b610c4c83601f611198565b610c57906008611172565b84901c16905092915050565b5f80610c7084601f611198565b610c7b906008611172565b905082811b81610c9060016380000000611185565b901b198616179150509392505050565b5f610cb2826301ffc9a760e01b610cee565b15610ce2575f80610ccb846001600160e01b0319610d12565b91509150818015610cda575080155b949350505050565b505f919050565b919050565b5f8080610cfb8585610d12565b91509150818015610d095750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b6001600160a01b03811681146104bb575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b0381118282101715610d9057610d90610d5a565b60405290565b604051608081016001600160401b0381118282101715610d9057610d90610d5a565b604051601f8201601f191681016001600160401b0381118282101715610de057610de0610d5a565b604052919050565b5f6001600160401b03821115610e0057610e00610d5a565b5060051b60200190565b5f82601f830112610e19575f5ffd5b8151610e2c610e2782610de8565b610db8565b8082825260208201915060208360051b860101925085831115610e4d575f5ffd5b602085015b83811015610e6a578051835260209283019201610e52565b5095945050505050565b80518015158114610ce9575f5ffd5b5f82601f830112610e92575f5ffd5b8151610ea0610e2782610de8565b8082825260208201915060208360061b860101925085831115610ec1575f5ffd5b602085015b83811015610e6a5760408188031215610edd575f5ffd5b610ee5610d6e565b81518152602080830151818301529084529290920191604001610ec6565b5f60808284031215610f13575f5ffd5b610f1b610d96565b82519091506001600160401b03811115610f33575f5ffd5b8201601f81018413610f43575f5ffd5b8051610f51610e2782610de8565b8082825260208201915060208360051b850101925086831115610f72575f5ffd5b6020840193505b82841015610f9d578351610f8c81610d46565b825260209384019390910190610f79565b8452505050602082810151908201526040808301519082015260608201516001600160401b03811115610fce575f5ffd5b610fda84828501610e83565b60608301525092915050565b5f5f5f5f5f5f60c08789031215610ffb575f5ffd5b865161100681610d46565b6020880151604089015160608a015160808b0151939950919750955093506001600160401b03811115611037575f5ffd5b87016080818a031215611048575f5ffd5b611050610d96565b81516001600160401b03811115611065575f5ffd5b6110718b828501610e0a565b82525060208201516001600160401b0381111561108c575f5ffd5b6110988b828501610e0a565b6020830152506110aa60408301610e74565b60408201526110bb60608301610e74565b606082015260a089015190935090506001600160401b038111156110dd575f5ffd5b6110e989828a01610f03565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b5f82518060208501845e5f920191825250919050565b80516020808301519190811015611140575f198160200360031b1b821691505b50919050565b634e487b7160e01b5f52601160045260245ffd5b5f6001820161116b5761116b611146565b5060010190565b808201808211156109eb576109eb611146565b818103818111156109eb576109eb611146565b80820281158282048414176109eb576109eb611146565b60805160a05160c0516145396111f55f395f8181610407015261112a01525f81816106b901526129ad01525f81816107d201528181613a510152613a8701526145395ff3fe608060405234801561000f575f5ffd5b5060043610610393575f3560e01c80638da5cb5b116101df578063ba72d21c11610109578063dc04e893116100a9578063e427605b11610079578063e427605b14610870578063e5392c8e14610878578063f0f470cf1461088b578063f2fde38b14610893575f5ffd5b8063dc04e8931461082f578063dcade3d314610842578063dec7713b14610855578063e30c397814610868575f5ffd5b8063cd15a16c116100e4578063cd15a16c146107d0578063cfa45344146107f6578063d008b75014610809578063d5606db81461081c575f5ffd5b8063ba72d21c1461076b578063bf8b211b14610773578063c4a8bdbf14610795575f5ffd5b80639ca7acea1161017f578063aab5a8771161014f578063aab5a8771461070c578063ae7d757d14610715578063b50191261461072b578063b8af46091461074b575f5ffd5b80639ca7acea146106995780639ced689f146106a4578063a06db7dc146106b7578063a6e38615146106dd575f5ffd5b806397357dd2116101ba57806397357dd214610663578063998aada8146106765780639b14d4c61461067e5780639bdc86ff14610686575f5ffd5b80638da5cb5b1461062c5780638e9d05961461063d57806394985ddd14610650575f5ffd5b80634b28160b116102c0578063682f555c1161026057806372dd6dd31161023057806372dd6dd3146105c257806379ba5097146105d55780637c9fb258146105dd57806381474cc91461060a575f5ffd5b8063682f555c1461058a57806368542ab51461059d578063715018a6146105b0578063721857ea146105b8575f5ffd5b80635a8cd9f71161029b5780635a8cd9f7146105495780635c40d7b21461055c5780635c695a071461056f57806367b3f22c14610577575f5ffd5b80634b28160b14610518578063535167b51461052b57806359db6e8514610536575f5ffd5b80632f6622e511610336578063466196491161030657806346619649146104c6578063467fc1db146104d157806347ecca51146104f257806349d185b014610505575f5ffd5b80632f6622e51461045b5780633440a16a1461047d57806335e7ce841461048857806337376ca8146104b3575f5ffd5b80631e079198116103715780631e079198146103e4578063283e55e91461040557806328e7654f146104355780632adf3f1514610448575f5ffd5b806301ffc9a7146103975780630aa58c83146103bf5780631d266200146103cf575b5f5ffd5b6103aa6103a5366004613c48565b6108a6565b60405190151581526020015b60405180910390f35b600254610100900460ff166103aa565b6103e26103dd366004613c6f565b6108b6565b005b6103f76103f2366004613c86565b610924565b6040516103b6929190613ceb565b7f00000000000000000000000000000000000000000000000000000000000000005b6040519081526020016103b6565b6103e2610443366004613c6f565b610ad3565b610427610456366004613d05565b610ae4565b6103aa610469366004613c6f565b5f9081526020819052604090205460ff1690565b60025460ff166103aa565b61049b610496366004613c6f565b610b19565b6040516001600160a01b0390911681526020016103b6565b6103e26104c1366004613c6f565b610b63565b6104276301e1338081565b6104e46104df366004613d05565b610b74565b6040516103b6929190613def565b6103e2610500366004613d05565b610e0b565b610427610513366004613ebe565b610f55565b610427610526366004613f28565b6111fe565b6104276312cc030081565b6103e2610544366004613c6f565b611212565b610427610557366004613f55565b611359565b6103e261056a366004613c6f565b6113d5565b6103e2611445565b6103e2610585366004613c6f565b611486565b610427610598366004613f55565b6114e7565b6103e26105ab366004613c6f565b611588565b6103e2611687565b61042762278d0081565b6103e26105d0366004613c6f565b6116ed565b6103e2611776565b6104276105eb366004613c6f565b5f9081526004602052604090205461010090046001600160401b031690565b6103aa610618366004613c6f565b5f908152601d602052604090205460ff1690565b6007546001600160a01b031661049b565b6103aa61064b366004613d05565b611784565b61042761065e366004613f85565b6117ab565b610427610671366004613fd3565b61183c565b6103e2611890565b600354610427565b610427610694366004613fd3565b6118c9565b60095460ff16610427565b6104276106b236600461401a565b611913565b7f0000000000000000000000000000000000000000000000000000000000000000610427565b6104276106eb366004613c6f565b5f90815260046020526040902054600160481b90046001600160401b031690565b61042761040081565b61071d61195f565b6040516103b6929190614058565b61073e610739366004613c6f565b611ad6565b6040516103b691906140b9565b61075e610759366004613c6f565b611c29565b6040516103b691906140cb565b610427602081565b6103aa610781366004613c6f565b5f9081526001602052604090205460ff1690565b6107bb6107a3366004613c6f565b5f908152602080526040902080546001909101549091565b604080519283526020830191909152016103b6565b7f0000000000000000000000000000000000000000000000000000000000000000610427565b6103e2610804366004613c6f565b611c88565b6104276108173660046140dd565b611cf1565b61042761082a366004613fd3565b611d46565b61042761083d366004613c6f565b611d90565b61042761085036600461401a565b611db8565b610427610863366004613fd3565b611e04565b61049b611e50565b610427600881565b610427610886366004614112565b611e79565b600554610427565b6103e26108a136600461412c565b611f10565b5f6108b082611f95565b92915050565b6108be611fb9565b5f8181526001602052604090205460ff166108da600283611ffb565b1580156108e5575080155b156109115760028260405163415301b960e01b8152600401610908929190614145565b60405180910390fd5b80156109205761092082612039565b5050565b5f606030610935602085018561412c565b6001600160a01b03161461097257505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff1680156109cb57507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c6109b260e0850185614160565b6040516109c09291906141a2565b604051809103902014155b15610a0d57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff16610a6457505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff16158015610a8a575060608301355f9081526001602052604090205460ff16155b15610ac157505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b610aca836120b3565b91509150915091565b610ae16105446001836111fe565b50565b60408051602081018490529081018290525f906060015b60405160208183030381529060405280519060200120905092915050565b5f818152601b60205260408120548015610b5a57600b610b3a6001836141c5565b60088110610b4a57610b4a6141d8565b01546001600160a01b0316610b5c565b5f5b9392505050565b610b6b611fb9565b610ae1816120bf565b60055460609081905f81861015610baa57610b8f86836141c5565b8511610ba457610b9f85876141ec565b610bac565b81610bac565b855b90505f610bb987836141c5565b9050806001600160401b03811115610bd357610bd36141ff565b604051908082528060200260200182016040528015610bfc578160200160208202803683370190505b509450806001600160401b03811115610c1757610c176141ff565b604051908082528060200260200182016040528015610c5057816020015b610c3d613b7d565b815260200190600190039081610c355790505b5093505f5b81811015610e00576005610c69828a6141ec565b81548110610c7957610c796141d8565b905f5260205f200154868281518110610c9457610c946141d8565b60200260200101818152505060045f878381518110610cb557610cb56141d8565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600c811115610cf757610cf7613d5f565b600c811115610d0857610d08613d5f565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610d5b90614213565b80601f0160208091040260200160405190810160405280929190818152602001828054610d8790614213565b8015610dd25780601f10610da957610100808354040283529160200191610dd2565b820191905f5260205f20905b815481529060010190602001808311610db557829003601f168201915b505050505081525050858281518110610ded57610ded6141d8565b6020908102919091010152600101610c55565b505050509250929050565b610e13611fb9565b5f610e1e8383610ae4565b5f818152601f6020526040812054919250819003610e5957604051635ad3cb5560e01b81526004810185905260248101849052604401610908565b5f848152601e6020526040812080549091908290610e79906001906141c5565b81548110610e8957610e896141d8565b905f5260205f2001549050848114610ee3578082610ea86001866141c5565b81548110610eb857610eb86141d8565b905f5260205f20018190555082601f5f610ed28985610ae4565b815260208101919091526040015f20555b81805480610ef357610ef3614245565b5f828152602080822083015f19908101839055909201909255858252601f90526040812055610f2186612156565b604051859087907f6cece88498c72b215ab96258a4d085208328f962305ec36b54fa7ce34f0647a9905f90a3505050505050565b5f6001600160a01b038416610f7d57604051630b2d189560e41b815260040160405180910390fd5b5f878152601b602052604081205490819003610faf57604051631fddc7a360e21b815260048101899052602401610908565b5f610fbb6001836141c5565b90505f600b8260088110610fd157610fd16141d8565b01546009546001600160a01b0390911691505f90610fef90846121d9565b90505f610ffd898989611359565b90505f61100b848d8d61220b565b80519091508d1461104b5780516040516331302ca160e01b81526001600160a01b0386166004820152602481018f90526044810191909152606401610908565b8181602001511461107f576020810151604051630605ab1960e21b8152610908918491600401918252602082015260400190565b5f8160600151600381111561109657611096613d5f565b146110bb57606081015160405163835f8a8160e01b8152610908918f91600401614259565b5f8d8152601d602052604090205460ff1680156110f55750601f5f6110e48f8460400151610ae4565b81526020019081526020015f20545f145b15611124578c81604001516040516322c1a15b60e01b8152600401610908929190918252602082015260400190565b5f61114f7f0000000000000000000000000000000000000000000000000000000000000000426141ec565b905061117461115e8c8c612398565b876020846001600160401b0316901b87176123bb565b8d8a8c6001600160a01b03167f01889aca8b2610371e2093b09e580c86f34c01c0f735d0dc3c90060194a2878c888660400151866040516111dc939291906001600160a01b0393909316835260208301919091526001600160401b0316604082015260600190565b60405180910390a46001600160401b03169d9c50505050505050505050505050565b5f8282604051602001610afb929190614145565b5f818152600460209081526040808320600690925282205490910361124d57604051631e2ef17160e01b815260048101839052602401610908565b8054600160481b90046001600160401b031642101561129a57805460405163afff056960e01b815260048101849052600160481b9091046001600160401b03166024820152604401610908565b8054600160881b90046001600160401b03164211156112e757805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b03166024820152604401610908565b8054600182015460ff909116906112fd84612452565b611307828261253c565b81600c81111561131957611319613d5f565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf18360405161134b91815260200190565b60405180910390a350505050565b5f8140806113835760405163579bb03560e01b815260048101849052436024820152604401610908565b6040805146602082015230918101919091526001600160a01b03861660608201526080810185905260a0810182905260c001604051602081830303815290604052805190602001209150509392505050565b6113dd611fb9565b600354811115806113f157506312cc030081115b156114325780600354600161140691906141ec565b60405163410c09b760e11b8152600481019290925260248201526312cc03006044820152606401610908565b61143b81612546565b610ae1600561258b565b61144d611fb9565b600254610100900460ff161561147a5760405163415301b960e01b8152610908906004905f908201614145565b611484600161262d565b565b61148e611fb9565b5f8181526020819052604090205460ff166114aa600183611ffb565b1580156114b5575080155b156114d85760018260405163415301b960e01b8152600401610908929190614145565b801561092057610920826126a9565b5f818152601b6020526040812054808203611505575f915050610b5c565b5f6115116001836141c5565b90505f611556601c5f6115248a8a612398565b81526020019081526020015f2060038461153e9190614284565b6003811061154e5761154e6141d8565b01548361271b565b905061156d81611568600954856121d9565b612741565b611577575f61157d565b602081901c5b979650505050505050565b611590611fb9565b5f818152601b6020526040812054908190036115c257604051631fddc7a360e21b815260048101839052602401610908565b5f6115ce6001836141c5565b90505f600b82600881106115e4576115e46141d8565b01546009546001600160a01b03909116915061160190835f61275d565b600955600b8260088110611617576116176141d8565b0180546001600160a01b031916905560138260088110611639576116396141d8565b5f9101819055848152601b6020526040808220829055516001600160a01b0383169186917f3d3f5ac13a6e03fa07df2ee7b28e40971c0793034162dfd6728cc3b533c1f6b49190a350505050565b61168f611fb9565b61169761279a565b6116a05f61258b565b600780546001600160a01b031981169091556040516001600160a01b03909116905f9082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908390a350565b5f81815260066020526040812054900361171d57604051631e2ef17160e01b815260048101829052602401610908565b5f81815260046020526040902054600160881b90046001600160401b031642811061176d576040516315577c9160e31b8152600481018390526001600160401b0382166024820152604401610908565b610920826127e3565b6114846105446006336111fe565b5f601f5f6117928585610ae4565b81526020019081526020015f20545f1415905092915050565b5f6117b4611fb9565b5f6117bf868661284a565b9050611802600c8286868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b91508486837f6e540cc71c0901c579a6280f78238358a39d6732c950c41cf9ac04b258f8196060405160405180910390a450949350505050565b5f611845611fb9565b6118886005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b949350505050565b611898611fb9565b60025460ff166118c05760405163415301b960e01b8152610908906003905f90600401614145565b6114845f612b86565b5f6118d2611fb9565b61188860018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b5f61191c611fb9565b610b5c60035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b60095460609081905f805b60088110156119965761197d83826121d9565b1561198e5761198b82614297565b91505b60010161196a565b50806001600160401b038111156119af576119af6141ff565b6040519080825280602002602001820160405280156119d8578160200160208202803683370190505b509350806001600160401b038111156119f3576119f36141ff565b604051908082528060200260200182016040528015611a1c578160200160208202803683370190505b5092505f5f5b6008811015611ace57611a3584826121d9565b15611ac65760138160088110611a4d57611a4d6141d8565b0154868381518110611a6157611a616141d8565b602002602001018181525050600b8160088110611a8057611a806141d8565b015485516001600160a01b0390911690869084908110611aa257611aa26141d8565b6001600160a01b0390921660209283029190910190910152611ac382614297565b91505b600101611a22565b505050509091565b611ade613b7d565b5f828152600660205260408120549003611b0e57604051631e2ef17160e01b815260048101839052602401610908565b5f8281526004602052604090819020815160c081019092528054829060ff16600c811115611b3e57611b3e613d5f565b600c811115611b4f57611b4f613d5f565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191611ba290614213565b80601f0160208091040260200160405190810160405280929190818152602001828054611bce90614213565b8015611c195780601f10611bf057610100808354040283529160200191611c19565b820191905f5260205f20905b815481529060010190602001808311611bfc57829003601f168201915b5050505050815250509050919050565b5f818152601e6020908152604091829020805483518184028101840190945280845260609392830182828015611c7c57602002820191905f5260205f20905b815481526020019060010190808311611c68575b50505050509050919050565b611c90611fb9565b5f611c9d60095460ff1690565b90508082111580611cae5750600882115b15611ce85781611cbf8260016141ec565b6040516331fe9c3f60e21b81526004810192909252602482015260086044820152606401610908565b61092082612bf5565b5f611cfa611fb9565b611888600a856001600160a01b03165f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b5f611d4f611fb9565b61188860028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b5f611d99611fb9565b6108b060018360405180602001604052805f8152506128ca565b919050565b5f611dc1611fb9565b610b5c60045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b5f611e0d611fb9565b611888600b855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b6008545f906001600160a01b0316611e6781612c46565b611e71575f611e73565b805b91505090565b6009545f9081601c81611e8c8787612398565b81526020019081526020015f2090505f5b6008811015611f07575f611eb184836121d9565b90508015801590611eed5750611eed611ee784611ecf600386614284565b60038110611edf57611edf6141d8565b01548461271b565b82612741565b15611efe57611efb85614297565b94505b50600101611e9d565b50505092915050565b611f18611fb9565b611f2061279a565b611f4360066001600160a01b03831660405180602001604052805f8152506128ca565b50600880546001600160a01b0319166001600160a01b03838116918217909255600754604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f6001600160e01b0319821663662a386160e11b14806108b057506108b082612c79565b6007546001600160a01b03163381141580611fdb57506001600160a01b038116155b15610ae1576040516331d69cb360e11b8152336004820152602401610908565b5f5f61200784846111fe565b5f8181526006602052604081205491925003612026575f9150506108b0565b61202f816120bf565b5060019392505050565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906120809083815260200190565b60405180910390a1610ae17f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046825f612c9d565b5f6060610aca83612ce9565b5f8181526006602052604081205490036120ef57604051631e2ef17160e01b815260048101829052602401610908565b5f8181526004602052604090208054600182015460ff9091169061211284612452565b81600c81111561212457612124613d5f565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da48768360405161134b91815260200190565b5f818152601b602052604081205490819003612170575050565b5f600a54600161218091906141ec565b9050612191600163800000006141c5565b8111156121b4576040516326a13c8360e21b815260086004820152602401610908565b600a8190556009546121d1906121cb6001856141c5565b8361275d565b600955505050565b5f6121e9600163800000006141c5565b6121f483601f6142af565b6121ff9060086141ec565b84901c16905092915050565b612213613bca565b5f5f856001600160a01b031685856040516024016122329291906142c6565b60408051601f198184030181529181526020820180516001600160e01b031663473b057f60e11b1790525161226791906142f4565b5f604051808303815f865af19150503d805f81146122a0576040519150601f19603f3d011682016040523d82523d5f602084013e6122a5565b606091505b5091509150816122cc57858160405163497fa9d960e01b815260040161090892919061430a565b80516080146122f957604051630152a8fd60e21b81526001600160a01b0387166004820152602401610908565b5f5f5f5f84806020019051810190612311919061432d565b92965090945092509050600381111561234857604051630152a8fd60e21b81526001600160a01b038b166004820152602401610908565b604051806080016040528085815260200184815260200183815260200182600381111561237757612377613d5f565b600381111561238857612388613d5f565b90529a9950505050505050505050565b604080516001600160a01b03841660208201529081018290525f90606001610afb565b5f838152601c60205260408120906123d4600385614360565b6123df9060506142af565b90505f816123f26001600160501b6141c5565b901b1983612401600388614284565b60038110612411576124116141d8565b0154169050816124266001600160501b6141c5565b8516901b811783612438600388614284565b60038110612448576124486141d8565b0155505050505050565b5f818152600660205260409020546005548082146124d2575f60056124786001846141c5565b81548110612488576124886141d8565b905f5260205f20015490508060056001856124a391906141c5565b815481106124b3576124b36141d8565b5f91825260208083209091019290925591825260069052604090208290555b60058054806124e3576124e3614245565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b031916815560018101829055906125356002830182613bfe565b5050505050565b6109208282612e1c565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050565b6005545b8015610920575f60056125a36001846141c5565b815481106125b3576125b36141d8565b5f918252602082200154915083600c8111156125d1576125d1613d5f565b148061260e575082600c8111156125ea576125ea613d5f565b5f8281526004602052604090205460ff16600c81111561260c5761260c613d5f565b145b1561261c5761261c816120bf565b5061262681614373565b905061258f565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061267690831515815260200190565b60405180910390a1610ae17feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f83612c9d565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e8947910160405180910390a1610ae17f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c825f612c9d565b5f61272b6001600160501b6141c5565b612736600384614360565b6121ff9060506142af565b5f63ffffffff831682148015610b5c5750505060201c42111590565b5f8061276a84601f6142af565b6127759060086141ec565b905082811b8161278a600163800000006141c5565b901b198616179150509392505050565b6008546001600160a01b03166127af81612c46565b156127d0576127d06127cb60066001600160a01b0384166111fe565b6120bf565b50600880546001600160a01b0319169055565b5f8181526004602052604090208054600182015460ff9091169061280684612452565b81600c81111561281857612818613d5f565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b558360405161134b91815260200190565b5f821580612856575081155b1561287e57604051635ad3cb5560e01b81526004810184905260248101839052604401610908565b6128888383610ae4565b5f8181526020805260409020549091506108b05760408051808201825293845260208085019384525f8381529080522092518355905160019092019190915590565b5f610400825111156128fd57815160405163021c07bb60e01b815260048101919091526104006024820152604401610908565b6129078484612ef7565b61291184846111fe565b5f8181526006602052604090205490915015612996575f81815260046020526040902054600160881b90046001600160401b0316421161298d575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b03166024820152604401610908565b612996816127e3565b5f600354426129a591906141ec565b90505f6129d27f000000000000000000000000000000000000000000000000000000000000000083614388565b90506040518060c0016040528087600c8111156129f1576129f1613d5f565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600c811115612a5357612a53613d5f565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a08201516002820190612aec90826143eb565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600c811115612b3f57612b3f613d5f565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad2487858589604051612b7594939291906144a5565b60405180910390a350509392505050565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a1610ae17f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f83612c9d565b6009805460ff19811683179091556040805160ff831680825260208201859052917f746309f02cd284c385c74dd4ef79bb4208c4190c89a8b2e32391d212615a73c8910160405180910390a1505050565b5f6001600160a01b038216158015906108b05750612c716106eb60066001600160a01b0385166111fe565b151592915050565b5f6001600160e01b031982166394be599960e01b14806108b057506108b082612f01565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c3237584604051612cdc911515815260200190565b60405180910390a4505050565b6009545f9060609060ff81168015612dfb575f601c81612d1c612d1260608a0160408b0161412c565b8960200135612398565b81526020019081526020015f2090505f5f5f5f1990505f5b6008811015612dc4575f612d4888836121d9565b9050805f03612d575750612dbc565b82612d63600384614284565b14612d8c57612d73600383614284565b9250858360038110612d8757612d876141d8565b015493505b612d99611ee7858461271b565b8015612daf575086612daa86614297565b955085145b15612dba5750612dc4565b505b600101612d34565b5084831015612df6575f6040518060600160405280602481526020016145096024913997509750505050505050915091565b505050505b612e1160408051602081019091525f8152600191565b935093505050915091565b600a82600c811115612e3057612e30613d5f565b03612e4757610920612e428383612f25565b612f53565b600c82600c811115612e5b57612e5b613d5f565b03612ecb575f818152602080805260409182902082518084019093528054808452600190910154918301829052612e9291846130e1565b80515f908152601d602052604090205460ff16612eb4578051612eb490612156565b612ec6815f0151826020015184613150565b505050565b600b82600c811115612edf57612edf613d5f565b03612eed5761092081612bf5565b61092082826131c6565b610920828261327f565b5f6001600160e01b03198216631ed3f1f960e31b14806108b057506108b08261340c565b5f60a082901c15612f4d578282604051636e8c20ed60e01b8152600401610908929190614145565b50919050565b5f612f5d8261345b565b5f818152601b6020526040902054909150612f78838261358c565b6009545f80838103612fd8575b612f8f83836121d9565b15612fa457612f9d82614297565b9150612f85565b612faf8260016141ec565b5f868152601b60205260409020558460138360088110612fd157612fd16141d8565b0155613006565b612fe36001856141c5565b9150600b8260088110612ff857612ff86141d8565b01546001600160a01b031690505b85600b836008811061301a5761301a6141d8565b0180546001600160a01b0319166001600160a01b0392909216919091179055600a545f906130499060016141ec565b905061305a600163800000006141c5565b81111561307d576040516326a13c8360e21b815260086004820152602401610908565b600a81905561308d84848361275d565b600955604080516001600160a01b0384811682526020820184905289169188917f9a2579d01c1aefaf7bcf4c2ecb491f66848bc256130fe4c501336817cdfe3dd2910160405180910390a350505050505050565b5f818152601f60205260409020541561311757604051635ad3cb5560e01b81526004810184905260248101839052604401610908565b5f838152601e602090815260409091205410612ec6576040516337193ac560e11b81526004810184905260206024820152604401610908565b5f838152601d60209081526040808320805460ff19166001908117909155601e83528184208054918201815580855283852090910186905554848452601f9092528083209190915551839185917fe14fe62a363f70bbc4cfc23fab7b354a5406a1f95f74af66beb33539f15d22319190a3505050565b600682600c8111156131da576131da613d5f565b146131e9576109208282613674565b5f6131f48383612f25565b9050336001600160a01b03821614613221576040516331d69cb360e11b8152336004820152602401610908565b600780546001600160a01b038381166001600160a01b03198084168217909455600880549094169093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a350505050565b600a82600c81111561329357613293613d5f565b0361332a575f6132a38383612f25565b90505f6132af8261345b565b5f818152601b602052604090205490915080158015906132fe57506001600160a01b038316600b6132e16001846141c5565b600881106132f1576132f16141d8565b01546001600160a01b0316145b1561332057848460405163415301b960e01b8152600401610908929190614145565b612535838261358c565b600c82600c81111561333e5761333e613d5f565b03613384575f81815260208052604090208054613372578282604051636e8c20ed60e01b8152600401610908929190614145565b612ec6815f01548260010154846130e1565b600b82600c81111561339857613398613d5f565b03613402575f6133aa60095460ff1690565b90508015806133b95750808210155b15612ec657815f82156133d6576133d16001846141c5565b6133d8565b5f5b6040516331fe9c3f60e21b8152600481019390935260248301919091526044820152606401610908565b610920828261373c565b5f6001600160e01b031982166303c0f23360e31b148061343c57506001600160e01b0319821663ae082e1760e01b145b806108b057506301ffc9a760e01b6001600160e01b03198316146108b0565b5f61346d8263b987e78f60e01b6137c6565b6134955760405163064db52160e11b81526001600160a01b0383166004820152602401610908565b60408051600481526024810182526020810180516001600160e01b03166309c2d37960e11b17905290515f9182916001600160a01b038616916134d7916142f4565b5f60405180830381855afa9150503d805f811461350f576040519150601f19603f3d011682016040523d82523d5f602084013e613514565b606091505b509150915081158061352857508051602014155b1561355157604051630c405f7960e01b81526001600160a01b0385166004820152602401610908565b61355a816144e5565b92508261358557604051630c405f7960e01b81526001600160a01b0385166004820152602401610908565b5050919050565b6009545f805b6008811015613640576135a583826121d9565b5f036135b45760019150613638565b846001600160a01b0316600b82600881106135d1576135d16141d8565b01546001600160a01b03161480156135f35750836135f08260016141ec565b14155b1561363857846013826008811061360c5761360c6141d8565b0154604051636c45c35b60e11b81526001600160a01b0390921660048301526024820152604401610908565b600101613592565b508215801561364d575080155b1561366e576040516326a13c8360e21b815260086004820152602401610908565b50505050565b600182600c81111561368857613688613d5f565b0361369657610920816137e1565b600282600c8111156136aa576136aa613d5f565b036136b8576109208161387d565b600382600c8111156136cc576136cc613d5f565b036136db576109206001612b86565b600482600c8111156136ef576136ef613d5f565b036136fd576109205f61262d565b600582600c81111561371157613711613d5f565b0361371f5761092081612546565b8181604051636e8c20ed60e01b8152600401610908929190614145565b600682600c81111561375057613750613d5f565b1461375f576109208282613914565b5f61376a8383612f25565b90506001600160a01b03811661379357604051633e0ad02160e01b815260040160405180910390fd5b6007546001600160a01b0390811690821603612ec657828260405163415301b960e01b8152600401610908929190614145565b5f6137d083613adf565b8015610b5c5750610b5c8383613b25565b806137ff57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906138499083815260200190565b60405180910390a1610ae17f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c826001612c9d565b8061389b57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a1610ae17f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046826001612c9d565b600182600c81111561392857613928613d5f565b0361397f578061394b57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b1561092057818160405163415301b960e01b8152600401610908929190614145565b600282600c81111561399357613993613d5f565b036139cc57806139b657604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff1661395d565b600382600c8111156139e0576139e0613d5f565b036139f05760025460ff1661395d565b600482600c811115613a0457613a04613d5f565b03613a3557600254610100900460ff1661092057818160405163415301b960e01b8152600401610908929190614145565b600582600c811115613a4957613a49613d5f565b0361371f57807f0000000000000000000000000000000000000000000000000000000000000000811080613a7f57506003548110155b15612ec657807f00000000000000000000000000000000000000000000000000000000000000006001600354613ab591906141c5565b60405163410c09b760e11b8152600481019390935260248301919091526044820152606401610908565b5f613af1826301ffc9a760e01b613b25565b15613b1e575f80613b0a846001600160e01b0319613b49565b915091508180156118885750159392505050565b505f919050565b5f5f5f613b328585613b49565b91509150818015613b405750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b60405180608001604052805f81526020015f81526020015f81526020015f6003811115613bf957613bf9613d5f565b905290565b508054613c0a90614213565b5f825580601f10613c19575050565b601f0160209004905f5260205f2090810190610ae191905b80821115613c44575f8155600101613c31565b5090565b5f60208284031215613c58575f5ffd5b81356001600160e01b031981168114610b5c575f5ffd5b5f60208284031215613c7f575f5ffd5b5035919050565b5f60208284031215613c96575f5ffd5b81356001600160401b03811115613cab575f5ffd5b82016101208185031215610b5c575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f6118886040830184613cbd565b5f5f60408385031215613d16575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b82811015613d55578151865260209586019590910190600101613d37565b5093949350505050565b634e487b7160e01b5f52602160045260245ffd5b600d8110613d8357613d83613d5f565b9052565b613d92828251613d73565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a085015261188860c0850182613cbd565b604081525f613e016040830185613d25565b828103602084015280845180835260208301915060208160051b840101602087015f5b83811015613e5657601f19868403018552613e40838351613d87565b6020958601959093509190910190600101613e24565b509098975050505050505050565b5f5f83601f840112613e74575f5ffd5b5081356001600160401b03811115613e8a575f5ffd5b602083019150836020828501011115613ea1575f5ffd5b9250929050565b80356001600160a01b0381168114611db3575f5ffd5b5f5f5f5f5f5f60a08789031215613ed3575f5ffd5b8635955060208701356001600160401b03811115613eef575f5ffd5b613efb89828a01613e64565b9096509450613f0e905060408801613ea8565b959894975092956060810135946080909101359350915050565b5f5f60408385031215613f39575f5ffd5b8235600d8110613f47575f5ffd5b946020939093013593505050565b5f5f5f60608486031215613f67575f5ffd5b613f7084613ea8565b95602085013595506040909401359392505050565b5f5f5f5f60608587031215613f98575f5ffd5b843593506020850135925060408501356001600160401b03811115613fbb575f5ffd5b613fc787828801613e64565b95989497509550505050565b5f5f5f60408486031215613fe5575f5ffd5b8335925060208401356001600160401b03811115614001575f5ffd5b61400d86828701613e64565b9497909650939450505050565b5f5f6020838503121561402b575f5ffd5b82356001600160401b03811115614040575f5ffd5b61404c85828601613e64565b90969095509350505050565b604081525f61406a6040830185613d25565b82810360208401528084518083526020830191506020860192505f5b818110156140ad5783516001600160a01b0316835260209384019390920191600101614086565b50909695505050505050565b602081525f610b5c6020830184613d87565b602081525f610b5c6020830184613d25565b5f5f5f604084860312156140ef575f5ffd5b6140f884613ea8565b925060208401356001600160401b03811115614001575f5ffd5b5f5f60408385031215614123575f5ffd5b613f4783613ea8565b5f6020828403121561413c575f5ffd5b610b5c82613ea8565b604081016141538285613d73565b8260208301529392505050565b5f5f8335601e19843603018112614175575f5ffd5b8301803591506001600160401b0382111561418e575f5ffd5b602001915036819003821315613ea1575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156108b0576108b06141b1565b634e487b7160e01b5f52603260045260245ffd5b808201808211156108b0576108b06141b1565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061422757607f821691505b602082108103612f4d57634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b828152604081016004831061415357614153613d5f565b634e487b7160e01b5f52601260045260245ffd5b5f8261429257614292614270565b500490565b5f600182016142a8576142a86141b1565b5060010190565b80820281158282048414176108b0576108b06141b1565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f82518060208501845e5f920191825250919050565b6001600160a01b03831681526040602082018190525f9061188890830184613cbd565b5f5f5f5f60808587031215614340575f5ffd5b505082516020840151604085015160609095015191969095509092509050565b5f8261436e5761436e614270565b500690565b5f81614381576143816141b1565b505f190190565b6001600160401b0381811683821601908111156108b0576108b06141b1565b601f821115612ec657805f5260205f20601f840160051c810160208510156143cc5750805b601f840160051c820191505b81811015612535575f81556001016143d8565b81516001600160401b03811115614404576144046141ff565b614418816144128454614213565b846143a7565b6020601f82116001811461444a575f83156144335750848201515b5f19600385901b1c1916600184901b178455612535565b5f84815260208120601f198516915b828110156144795787850151825560209485019460019092019101614459565b508482101561449657868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f6144db6080830184613cbd565b9695505050505050565b80516020808301519190811015612f4d575f1960209190910360031b1b1691905056fe496e73756666696369656e74205445452076656e646f72206174746573746174696f6e73a164736f6c634300081c000aa164736f6c634300081c000a' as const
/** Creation bytecode of contracts/VerifiedTimelockAppAuth.sol:VerifiedTimelockAppAuth. */
export const verifiedTimelockAppAuthBytecode =
  '0x60e060405234801561000f575f5ffd5b5060405161572e38038061572e83398101604081905261002e91610fe6565b808686868686838383835f5b8151518110156100775761006f825f0151828151811061005c5761005c6110f6565b602002602001015161041f60201b60201c565b60010161003a565b505f5b8160200151518110156100bb576100b3826020015182815181106100a0576100a06110f6565b60200260200101516104be60201b60201c565b60010161007a565b508060400151156100d0576100d06001610555565b8060600151156100e4576100e460016105c4565b508115806100f557506312cc030082115b1561012c5760405163410c09b760e11b815260048101839052600160248201526312cc030060448201526064015b60405180910390fd5b8183108061013d57506312cc030083115b1561016f5760405163410c09b760e11b815260048101849052602481018390526312cc03006044820152606401610123565b80158061017f57506301e1338081115b156101a0576040516358456f7360e01b815260048101829052602401610123565b608082905260a08190526003839055604080515f8152602081018590527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050506001600160a01b03851661021257604051633e0ad02160e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0387169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3505050505080604001515f1480610277575062278d008160400151115b156102a7576040808201519051630a41216560e31b8152600481019190915262278d006024820152604401610123565b604081015160c0525f5b81515181101561034d575f6102e7835f015183815181106102d4576102d46110f6565b602002602001015161064060201b60201c565b5f818152601b6020526040902054909150156103195760405163b057350d60e01b815260048101829052602401610123565b610344835f01518381518110610331576103316110f6565b602002602001015161077160201b60201c565b506001016102b1565b508051516020820151111561038c5760208101518151516040516331fe9c3f60e21b815260048101929092525f60248301526044820152606401610123565b602081015161039a906108ff565b5f5b816060015151811015610412575f826060015182815181106103c0576103c06110f6565b602002602001015190505f6103e2825f0151836020015161095060201b60201c565b825160208401519192506103f691836109f1565b81516020830151610408919083610a65565b505060010161039c565b50505050505050506111af565b8061043d57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906104879083815260200190565b60405180910390a16104bb7f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c826001610adb565b50565b806104dc57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a16104bb7f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046826001610adb565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a16104bb7f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f83610adb565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061060d90831515815260200190565b60405180910390a16104bb7feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f83610adb565b5f6106528263b987e78f60e01b610b27565b61067a5760405163064db52160e11b81526001600160a01b0383166004820152602401610123565b60408051600481526024810182526020810180516001600160e01b03166309c2d37960e11b17905290515f9182916001600160a01b038616916106bc9161110a565b5f60405180830381855afa9150503d805f81146106f4576040519150601f19603f3d011682016040523d82523d5f602084013e6106f9565b606091505b509150915081158061070d57508051602014155b1561073657604051630c405f7960e01b81526001600160a01b0385166004820152602401610123565b61073f81611120565b92508261076a57604051630c405f7960e01b81526001600160a01b0385166004820152602401610123565b5050919050565b5f61077b82610640565b5f818152601b60205260409020549091506107968382610b49565b6009545f808381036107f6575b6107ad8383610c31565b156107c2576107bb8261115a565b91506107a3565b6107cd826001611172565b5f868152601b602052604090205584601383600881106107ef576107ef6110f6565b0155610824565b610801600185611185565b9150600b8260088110610816576108166110f6565b01546001600160a01b031690505b85600b8360088110610838576108386110f6565b0180546001600160a01b0319166001600160a01b0392909216919091179055600a545f90610867906001611172565b905061087860016380000000611185565b81111561089b576040516326a13c8360e21b815260086004820152602401610123565b600a8190556108ab848483610c63565b600955604080516001600160a01b0384811682526020820184905289169188917f9a2579d01c1aefaf7bcf4c2ecb491f66848bc256130fe4c501336817cdfe3dd2910160405180910390a350505050505050565b6009805460ff19811683179091556040805160ff831680825260208201859052917f746309f02cd284c385c74dd4ef79bb4208c4190c89a8b2e32391d212615a73c8910160405180910390a1505050565b5f82158061095c575081155b1561098457604051635ad3cb5560e01b81526004810184905260248101839052604401610123565b604080516020808201869052818301859052825180830384018152606090920190925280519101205f8181526020805260409020549091506109eb5760408051808201825284815260208082018581525f8581529180529290209051815590516001909101555b92915050565b5f818152601f602052604090205415610a2757604051635ad3cb5560e01b81526004810184905260248101839052604401610123565b5f838152601e602090815260409091205410610a60576040516337193ac560e11b81526004810184905260206024820152604401610123565b505050565b5f838152601d60209081526040808320805460ff19166001908117909155601e83528184208054918201815580855283852090910186905554848452601f9092528083209190915551839185917fe14fe62a363f70bbc4cfc23fab7b354a5406a1f95f74af66beb33539f15d22319190a3505050565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c3237584604051610b1a911515815260200190565b60405180910390a4505050565b5f610b3183610ca0565b8015610b425750610b428383610cee565b9392505050565b6009545f805b6008811015610bfd57610b628382610c31565b5f03610b715760019150610bf5565b846001600160a01b0316600b8260088110610b8e57610b8e6110f6565b01546001600160a01b0316148015610bb0575083610bad826001611172565b14155b15610bf5578460138260088110610bc957610bc96110f6565b0154604051636c45c35b60e11b81526001600160a01b0390921660048301526024820152604401610123565b600101610b4f565b5082158015610c0a575080155b15610c2b576040516326a13c8360e21b815260086004820152602401610123565b50505050565b5f610c4160016380000000611185565b610c4c83601f611198565b610c57906008611172565b84901c16905092915050565b5f80610c7084601f611198565b610c7b906008611172565b905082811b81610c9060016380000000611185565b901b198616179150509392505050565b5f610cb2826301ffc9a760e01b610cee565b15610ce2575f80610ccb846001600160e01b0319610d12565b91509150818015610cda575080155b949350505050565b505f919050565b919050565b5f8080610cfb8585610d12565b91509150818015610d095750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b6001600160a01b03811681146104bb575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b0381118282101715610d9057610d90610d5a565b60405290565b604051608081016001600160401b0381118282101715610d9057610d90610d5a565b604051601f8201601f191681016001600160401b0381118282101715610de057610de0610d5a565b604052919050565b5f6001600160401b03821115610e0057610e00610d5a565b5060051b60200190565b5f82601f830112610e19575f5ffd5b8151610e2c610e2782610de8565b610db8565b8082825260208201915060208360051b860101925085831115610e4d575f5ffd5b602085015b83811015610e6a578051835260209283019201610e52565b5095945050505050565b80518015158114610ce9575f5ffd5b5f82601f830112610e92575f5ffd5b8151610ea0610e2782610de8565b8082825260208201915060208360061b860101925085831115610ec1575f5ffd5b602085015b83811015610e6a5760408188031215610edd575f5ffd5b610ee5610d6e565b81518152602080830151818301529084529290920191604001610ec6565b5f60808284031215610f13575f5ffd5b610f1b610d96565b82519091506001600160401b03811115610f33575f5ffd5b8201601f81018413610f43575f5ffd5b8051610f51610e2782610de8565b8082825260208201915060208360051b850101925086831115610f72575f5ffd5b6020840193505b82841015610f9d578351610f8c81610d46565b825260209384019390910190610f79565b8452505050602082810151908201526040808301519082015260608201516001600160401b03811115610fce575f5ffd5b610fda84828501610e83565b60608301525092915050565b5f5f5f5f5f5f60c08789031215610ffb575f5ffd5b865161100681610d46565b6020880151604089015160608a015160808b0151939950919750955093506001600160401b03811115611037575f5ffd5b87016080818a031215611048575f5ffd5b611050610d96565b81516001600160401b03811115611065575f5ffd5b6110718b828501610e0a565b82525060208201516001600160401b0381111561108c575f5ffd5b6110988b828501610e0a565b6020830152506110aa60408301610e74565b60408201526110bb60608301610e74565b606082015260a089015190935090506001600160401b038111156110dd575f5ffd5b6110e989828a01610f03565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b5f82518060208501845e5f920191825250919050565b80516020808301519190811015611140575f198160200360031b1b821691505b50919050565b634e487b7160e01b5f52601160045260245ffd5b5f6001820161116b5761116b611146565b5060010190565b808201808211156109eb576109eb611146565b818103818111156109eb576109eb611146565b80820281158282048414176109eb576109eb611146565b60805160a05160c0516145396111f55f395f8181610407015261112a01525f81816106b901526129ad01525f81816107d201528181613a510152613a8701526145395ff3fe608060405234801561000f575f5ffd5b5060043610610393575f3560e01c80638da5cb5b116101df578063ba72d21c11610109578063dc04e893116100a9578063e427605b11610079578063e427605b14610870578063e5392c8e14610878578063f0f470cf1461088b578063f2fde38b14610893575f5ffd5b8063dc04e8931461082f578063dcade3d314610842578063dec7713b14610855578063e30c397814610868575f5ffd5b8063cd15a16c116100e4578063cd15a16c146107d0578063cfa45344146107f6578063d008b75014610809578063d5606db81461081c575f5ffd5b8063ba72d21c1461076b578063bf8b211b14610773578063c4a8bdbf14610795575f5ffd5b80639ca7acea1161017f578063aab5a8771161014f578063aab5a8771461070c578063ae7d757d14610715578063b50191261461072b578063b8af46091461074b575f5ffd5b80639ca7acea146106995780639ced689f146106a4578063a06db7dc146106b7578063a6e38615146106dd575f5ffd5b806397357dd2116101ba57806397357dd214610663578063998aada8146106765780639b14d4c61461067e5780639bdc86ff14610686575f5ffd5b80638da5cb5b1461062c5780638e9d05961461063d57806394985ddd14610650575f5ffd5b80634b28160b116102c0578063682f555c1161026057806372dd6dd31161023057806372dd6dd3146105c257806379ba5097146105d55780637c9fb258146105dd57806381474cc91461060a575f5ffd5b8063682f555c1461058a57806368542ab51461059d578063715018a6146105b0578063721857ea146105b8575f5ffd5b80635a8cd9f71161029b5780635a8cd9f7146105495780635c40d7b21461055c5780635c695a071461056f57806367b3f22c14610577575f5ffd5b80634b28160b14610518578063535167b51461052b57806359db6e8514610536575f5ffd5b80632f6622e511610336578063466196491161030657806346619649146104c6578063467fc1db146104d157806347ecca51146104f257806349d185b014610505575f5ffd5b80632f6622e51461045b5780633440a16a1461047d57806335e7ce841461048857806337376ca8146104b3575f5ffd5b80631e079198116103715780631e079198146103e4578063283e55e91461040557806328e7654f146104355780632adf3f1514610448575f5ffd5b806301ffc9a7146103975780630aa58c83146103bf5780631d266200146103cf575b5f5ffd5b6103aa6103a5366004613c48565b6108a6565b60405190151581526020015b60405180910390f35b600254610100900460ff166103aa565b6103e26103dd366004613c6f565b6108b6565b005b6103f76103f2366004613c86565b610924565b6040516103b6929190613ceb565b7f00000000000000000000000000000000000000000000000000000000000000005b6040519081526020016103b6565b6103e2610443366004613c6f565b610ad3565b610427610456366004613d05565b610ae4565b6103aa610469366004613c6f565b5f9081526020819052604090205460ff1690565b60025460ff166103aa565b61049b610496366004613c6f565b610b19565b6040516001600160a01b0390911681526020016103b6565b6103e26104c1366004613c6f565b610b63565b6104276301e1338081565b6104e46104df366004613d05565b610b74565b6040516103b6929190613def565b6103e2610500366004613d05565b610e0b565b610427610513366004613ebe565b610f55565b610427610526366004613f28565b6111fe565b6104276312cc030081565b6103e2610544366004613c6f565b611212565b610427610557366004613f55565b611359565b6103e261056a366004613c6f565b6113d5565b6103e2611445565b6103e2610585366004613c6f565b611486565b610427610598366004613f55565b6114e7565b6103e26105ab366004613c6f565b611588565b6103e2611687565b61042762278d0081565b6103e26105d0366004613c6f565b6116ed565b6103e2611776565b6104276105eb366004613c6f565b5f9081526004602052604090205461010090046001600160401b031690565b6103aa610618366004613c6f565b5f908152601d602052604090205460ff1690565b6007546001600160a01b031661049b565b6103aa61064b366004613d05565b611784565b61042761065e366004613f85565b6117ab565b610427610671366004613fd3565b61183c565b6103e2611890565b600354610427565b610427610694366004613fd3565b6118c9565b60095460ff16610427565b6104276106b236600461401a565b611913565b7f0000000000000000000000000000000000000000000000000000000000000000610427565b6104276106eb366004613c6f565b5f90815260046020526040902054600160481b90046001600160401b031690565b61042761040081565b61071d61195f565b6040516103b6929190614058565b61073e610739366004613c6f565b611ad6565b6040516103b691906140b9565b61075e610759366004613c6f565b611c29565b6040516103b691906140cb565b610427602081565b6103aa610781366004613c6f565b5f9081526001602052604090205460ff1690565b6107bb6107a3366004613c6f565b5f908152602080526040902080546001909101549091565b604080519283526020830191909152016103b6565b7f0000000000000000000000000000000000000000000000000000000000000000610427565b6103e2610804366004613c6f565b611c88565b6104276108173660046140dd565b611cf1565b61042761082a366004613fd3565b611d46565b61042761083d366004613c6f565b611d90565b61042761085036600461401a565b611db8565b610427610863366004613fd3565b611e04565b61049b611e50565b610427600881565b610427610886366004614112565b611e79565b600554610427565b6103e26108a136600461412c565b611f10565b5f6108b082611f95565b92915050565b6108be611fb9565b5f8181526001602052604090205460ff166108da600283611ffb565b1580156108e5575080155b156109115760028260405163415301b960e01b8152600401610908929190614145565b60405180910390fd5b80156109205761092082612039565b5050565b5f606030610935602085018561412c565b6001600160a01b03161461097257505060408051808201909152600f81526e082e0e040928840dad2e6dac2e8c6d608b1b60208201525f92909150565b600254610100900460ff1680156109cb57507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c6109b260e0850185614160565b6040516109c09291906141a2565b604051809103902014155b15610a0d57505060408051808201909152601c81527f54434220737461747573206973206e6f7420757020746f20646174650000000060208201525f92909150565b6020808401355f90815290819052604090205460ff16610a6457505060408051808201909152601881527f436f6d706f73652068617368206e6f7420616c6c6f776564000000000000000060208201525f92909150565b60025460ff16158015610a8a575060608301355f9081526001602052604090205460ff16155b15610ac157505060408051808201909152601281527111195d9a58d9481b9bdd08185b1b1bddd95960721b60208201525f92909150565b610aca836120b3565b91509150915091565b610ae16105446001836111fe565b50565b60408051602081018490529081018290525f906060015b60405160208183030381529060405280519060200120905092915050565b5f818152601b60205260408120548015610b5a57600b610b3a6001836141c5565b60088110610b4a57610b4a6141d8565b01546001600160a01b0316610b5c565b5f5b9392505050565b610b6b611fb9565b610ae1816120bf565b60055460609081905f81861015610baa57610b8f86836141c5565b8511610ba457610b9f85876141ec565b610bac565b81610bac565b855b90505f610bb987836141c5565b9050806001600160401b03811115610bd357610bd36141ff565b604051908082528060200260200182016040528015610bfc578160200160208202803683370190505b509450806001600160401b03811115610c1757610c176141ff565b604051908082528060200260200182016040528015610c5057816020015b610c3d613b7d565b815260200190600190039081610c355790505b5093505f5b81811015610e00576005610c69828a6141ec565b81548110610c7957610c796141d8565b905f5260205f200154868281518110610c9457610c946141d8565b60200260200101818152505060045f878381518110610cb557610cb56141d8565b602002602001015181526020019081526020015f206040518060c00160405290815f82015f9054906101000a900460ff16600c811115610cf757610cf7613d5f565b600c811115610d0857610d08613d5f565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191610d5b90614213565b80601f0160208091040260200160405190810160405280929190818152602001828054610d8790614213565b8015610dd25780601f10610da957610100808354040283529160200191610dd2565b820191905f5260205f20905b815481529060010190602001808311610db557829003601f168201915b505050505081525050858281518110610ded57610ded6141d8565b6020908102919091010152600101610c55565b505050509250929050565b610e13611fb9565b5f610e1e8383610ae4565b5f818152601f6020526040812054919250819003610e5957604051635ad3cb5560e01b81526004810185905260248101849052604401610908565b5f848152601e6020526040812080549091908290610e79906001906141c5565b81548110610e8957610e896141d8565b905f5260205f2001549050848114610ee3578082610ea86001866141c5565b81548110610eb857610eb86141d8565b905f5260205f20018190555082601f5f610ed28985610ae4565b815260208101919091526040015f20555b81805480610ef357610ef3614245565b5f828152602080822083015f19908101839055909201909255858252601f90526040812055610f2186612156565b604051859087907f6cece88498c72b215ab96258a4d085208328f962305ec36b54fa7ce34f0647a9905f90a3505050505050565b5f6001600160a01b038416610f7d57604051630b2d189560e41b815260040160405180910390fd5b5f878152601b602052604081205490819003610faf57604051631fddc7a360e21b815260048101899052602401610908565b5f610fbb6001836141c5565b90505f600b8260088110610fd157610fd16141d8565b01546009546001600160a01b0390911691505f90610fef90846121d9565b90505f610ffd898989611359565b90505f61100b848d8d61220b565b80519091508d1461104b5780516040516331302ca160e01b81526001600160a01b0386166004820152602481018f90526044810191909152606401610908565b8181602001511461107f576020810151604051630605ab1960e21b8152610908918491600401918252602082015260400190565b5f8160600151600381111561109657611096613d5f565b146110bb57606081015160405163835f8a8160e01b8152610908918f91600401614259565b5f8d8152601d602052604090205460ff1680156110f55750601f5f6110e48f8460400151610ae4565b81526020019081526020015f20545f145b15611124578c81604001516040516322c1a15b60e01b8152600401610908929190918252602082015260400190565b5f61114f7f0000000000000000000000000000000000000000000000000000000000000000426141ec565b905061117461115e8c8c612398565b876020846001600160401b0316901b87176123bb565b8d8a8c6001600160a01b03167f01889aca8b2610371e2093b09e580c86f34c01c0f735d0dc3c90060194a2878c888660400151866040516111dc939291906001600160a01b0393909316835260208301919091526001600160401b0316604082015260600190565b60405180910390a46001600160401b03169d9c50505050505050505050505050565b5f8282604051602001610afb929190614145565b5f818152600460209081526040808320600690925282205490910361124d57604051631e2ef17160e01b815260048101839052602401610908565b8054600160481b90046001600160401b031642101561129a57805460405163afff056960e01b815260048101849052600160481b9091046001600160401b03166024820152604401610908565b8054600160881b90046001600160401b03164211156112e757805460405163b1d08e4160e01b815260048101849052600160881b9091046001600160401b03166024820152604401610908565b8054600182015460ff909116906112fd84612452565b611307828261253c565b81600c81111561131957611319613d5f565b847f7624f4c0501fb3a17ed9b69fb3fcc4b98ec7f696ebfd1c54c2998c259e730bf18360405161134b91815260200190565b60405180910390a350505050565b5f8140806113835760405163579bb03560e01b815260048101849052436024820152604401610908565b6040805146602082015230918101919091526001600160a01b03861660608201526080810185905260a0810182905260c001604051602081830303815290604052805190602001209150509392505050565b6113dd611fb9565b600354811115806113f157506312cc030081115b156114325780600354600161140691906141ec565b60405163410c09b760e11b8152600481019290925260248201526312cc03006044820152606401610908565b61143b81612546565b610ae1600561258b565b61144d611fb9565b600254610100900460ff161561147a5760405163415301b960e01b8152610908906004905f908201614145565b611484600161262d565b565b61148e611fb9565b5f8181526020819052604090205460ff166114aa600183611ffb565b1580156114b5575080155b156114d85760018260405163415301b960e01b8152600401610908929190614145565b801561092057610920826126a9565b5f818152601b6020526040812054808203611505575f915050610b5c565b5f6115116001836141c5565b90505f611556601c5f6115248a8a612398565b81526020019081526020015f2060038461153e9190614284565b6003811061154e5761154e6141d8565b01548361271b565b905061156d81611568600954856121d9565b612741565b611577575f61157d565b602081901c5b979650505050505050565b611590611fb9565b5f818152601b6020526040812054908190036115c257604051631fddc7a360e21b815260048101839052602401610908565b5f6115ce6001836141c5565b90505f600b82600881106115e4576115e46141d8565b01546009546001600160a01b03909116915061160190835f61275d565b600955600b8260088110611617576116176141d8565b0180546001600160a01b031916905560138260088110611639576116396141d8565b5f9101819055848152601b6020526040808220829055516001600160a01b0383169186917f3d3f5ac13a6e03fa07df2ee7b28e40971c0793034162dfd6728cc3b533c1f6b49190a350505050565b61168f611fb9565b61169761279a565b6116a05f61258b565b600780546001600160a01b031981169091556040516001600160a01b03909116905f9082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908390a350565b5f81815260066020526040812054900361171d57604051631e2ef17160e01b815260048101829052602401610908565b5f81815260046020526040902054600160881b90046001600160401b031642811061176d576040516315577c9160e31b8152600481018390526001600160401b0382166024820152604401610908565b610920826127e3565b6114846105446006336111fe565b5f601f5f6117928585610ae4565b81526020019081526020015f20545f1415905092915050565b5f6117b4611fb9565b5f6117bf868661284a565b9050611802600c8286868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b91508486837f6e540cc71c0901c579a6280f78238358a39d6732c950c41cf9ac04b258f8196060405160405180910390a450949350505050565b5f611845611fb9565b6118886005855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b949350505050565b611898611fb9565b60025460ff166118c05760405163415301b960e01b8152610908906003905f90600401614145565b6114845f612b86565b5f6118d2611fb9565b61188860018585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b5f61191c611fb9565b610b5c60035f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b60095460609081905f805b60088110156119965761197d83826121d9565b1561198e5761198b82614297565b91505b60010161196a565b50806001600160401b038111156119af576119af6141ff565b6040519080825280602002602001820160405280156119d8578160200160208202803683370190505b509350806001600160401b038111156119f3576119f36141ff565b604051908082528060200260200182016040528015611a1c578160200160208202803683370190505b5092505f5f5b6008811015611ace57611a3584826121d9565b15611ac65760138160088110611a4d57611a4d6141d8565b0154868381518110611a6157611a616141d8565b602002602001018181525050600b8160088110611a8057611a806141d8565b015485516001600160a01b0390911690869084908110611aa257611aa26141d8565b6001600160a01b0390921660209283029190910190910152611ac382614297565b91505b600101611a22565b505050509091565b611ade613b7d565b5f828152600660205260408120549003611b0e57604051631e2ef17160e01b815260048101839052602401610908565b5f8281526004602052604090819020815160c081019092528054829060ff16600c811115611b3e57611b3e613d5f565b600c811115611b4f57611b4f613d5f565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660608201526001820154608082015260028201805460a090920191611ba290614213565b80601f0160208091040260200160405190810160405280929190818152602001828054611bce90614213565b8015611c195780601f10611bf057610100808354040283529160200191611c19565b820191905f5260205f20905b815481529060010190602001808311611bfc57829003601f168201915b5050505050815250509050919050565b5f818152601e6020908152604091829020805483518184028101840190945280845260609392830182828015611c7c57602002820191905f5260205f20905b815481526020019060010190808311611c68575b50505050509050919050565b611c90611fb9565b5f611c9d60095460ff1690565b90508082111580611cae5750600882115b15611ce85781611cbf8260016141ec565b6040516331fe9c3f60e21b81526004810192909252602482015260086044820152606401610908565b61092082612bf5565b5f611cfa611fb9565b611888600a856001600160a01b03165f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b5f611d4f611fb9565b61188860028585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b5f611d99611fb9565b6108b060018360405180602001604052805f8152506128ca565b919050565b5f611dc1611fb9565b610b5c60045f5f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b5f611e0d611fb9565b611888600b855f1b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ca92505050565b6008545f906001600160a01b0316611e6781612c46565b611e71575f611e73565b805b91505090565b6009545f9081601c81611e8c8787612398565b81526020019081526020015f2090505f5b6008811015611f07575f611eb184836121d9565b90508015801590611eed5750611eed611ee784611ecf600386614284565b60038110611edf57611edf6141d8565b01548461271b565b82612741565b15611efe57611efb85614297565b94505b50600101611e9d565b50505092915050565b611f18611fb9565b611f2061279a565b611f4360066001600160a01b03831660405180602001604052805f8152506128ca565b50600880546001600160a01b0319166001600160a01b03838116918217909255600754604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f6001600160e01b0319821663662a386160e11b14806108b057506108b082612c79565b6007546001600160a01b03163381141580611fdb57506001600160a01b038116155b15610ae1576040516331d69cb360e11b8152336004820152602401610908565b5f5f61200784846111fe565b5f8181526006602052604081205491925003612026575f9150506108b0565b61202f816120bf565b5060019392505050565b5f8181526001602052604090819020805460ff19169055517fe0862975ac517b0478d308012afabc4bc37c23874a18144d7f2dfb852ff95c2c906120809083815260200190565b60405180910390a1610ae17f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046825f612c9d565b5f6060610aca83612ce9565b5f8181526006602052604081205490036120ef57604051631e2ef17160e01b815260048101829052602401610908565b5f8181526004602052604090208054600182015460ff9091169061211284612452565b81600c81111561212457612124613d5f565b847f1cff5ac053781b1ed6867e5c671b2d30d9ec1683627676dddd071ff123da48768360405161134b91815260200190565b5f818152601b602052604081205490819003612170575050565b5f600a54600161218091906141ec565b9050612191600163800000006141c5565b8111156121b4576040516326a13c8360e21b815260086004820152602401610908565b600a8190556009546121d1906121cb6001856141c5565b8361275d565b600955505050565b5f6121e9600163800000006141c5565b6121f483601f6142af565b6121ff9060086141ec565b84901c16905092915050565b612213613bca565b5f5f856001600160a01b031685856040516024016122329291906142c6565b60408051601f198184030181529181526020820180516001600160e01b031663473b057f60e11b1790525161226791906142f4565b5f604051808303815f865af19150503d805f81146122a0576040519150601f19603f3d011682016040523d82523d5f602084013e6122a5565b606091505b5091509150816122cc57858160405163497fa9d960e01b815260040161090892919061430a565b80516080146122f957604051630152a8fd60e21b81526001600160a01b0387166004820152602401610908565b5f5f5f5f84806020019051810190612311919061432d565b92965090945092509050600381111561234857604051630152a8fd60e21b81526001600160a01b038b166004820152602401610908565b604051806080016040528085815260200184815260200183815260200182600381111561237757612377613d5f565b600381111561238857612388613d5f565b90529a9950505050505050505050565b604080516001600160a01b03841660208201529081018290525f90606001610afb565b5f838152601c60205260408120906123d4600385614360565b6123df9060506142af565b90505f816123f26001600160501b6141c5565b901b1983612401600388614284565b60038110612411576124116141d8565b0154169050816124266001600160501b6141c5565b8516901b811783612438600388614284565b60038110612448576124486141d8565b0155505050505050565b5f818152600660205260409020546005548082146124d2575f60056124786001846141c5565b81548110612488576124886141d8565b905f5260205f20015490508060056001856124a391906141c5565b815481106124b3576124b36141d8565b5f91825260208083209091019290925591825260069052604090208290555b60058054806124e3576124e3614245565b5f828152602080822083015f199081018390559092019092558482526006815260408083208390556004909152812080546001600160c81b031916815560018101829055906125356002830182613bfe565b5050505050565b6109208282612e1c565b600380549082905560408051828152602081018490527fa18220118da10dc69074a56604f8bc5205afb0a0b6b1694b2264df67f7d35262910160405180910390a15050565b6005545b8015610920575f60056125a36001846141c5565b815481106125b3576125b36141d8565b5f918252602082200154915083600c8111156125d1576125d1613d5f565b148061260e575082600c8111156125ea576125ea613d5f565b5f8281526004602052604090205460ff16600c81111561260c5761260c613d5f565b145b1561261c5761261c816120bf565b5061262681614373565b905061258f565b600280548215156101000261ff00199091161790556040517fafae60561b2481a349b45b3a47357f70eef6ae67e5b6e1749d74de7f19a25aa19061267690831515815260200190565b60405180910390a1610ae17feb206ee4e1c06549322091bfcf2a5ff8658edc40901aa7f3af6f571a159471fb5f83612c9d565b5f8181526020818152604091829020805460ff1916905590518281527f755b79bd4b0eeab344d032284a99003b2ddc018b646752ac72d681593a6e8947910160405180910390a1610ae17f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c825f612c9d565b5f61272b6001600160501b6141c5565b612736600384614360565b6121ff9060506142af565b5f63ffffffff831682148015610b5c5750505060201c42111590565b5f8061276a84601f6142af565b6127759060086141ec565b905082811b8161278a600163800000006141c5565b901b198616179150509392505050565b6008546001600160a01b03166127af81612c46565b156127d0576127d06127cb60066001600160a01b0384166111fe565b6120bf565b50600880546001600160a01b0319169055565b5f8181526004602052604090208054600182015460ff9091169061280684612452565b81600c81111561281857612818613d5f565b847fa3b0a65650f8d4caa88018724192fb8f411e960786aa5c262ce4063d21c49b558360405161134b91815260200190565b5f821580612856575081155b1561287e57604051635ad3cb5560e01b81526004810184905260248101839052604401610908565b6128888383610ae4565b5f8181526020805260409020549091506108b05760408051808201825293845260208085019384525f8381529080522092518355905160019092019190915590565b5f610400825111156128fd57815160405163021c07bb60e01b815260048101919091526104006024820152604401610908565b6129078484612ef7565b61291184846111fe565b5f8181526006602052604090205490915015612996575f81815260046020526040902054600160881b90046001600160401b0316421161298d575f81815260046020819052604091829020549151634d2c6fbd60e11b8152908101839052600160481b9091046001600160401b03166024820152604401610908565b612996816127e3565b5f600354426129a591906141ec565b90505f6129d27f000000000000000000000000000000000000000000000000000000000000000083614388565b90506040518060c0016040528087600c8111156129f1576129f1613d5f565b81526001600160401b0342811660208084019190915285821660408085019190915291851660608401526080830189905260a09092018790525f8681526004909252902081518154829060ff1916600183600c811115612a5357612a53613d5f565b0217905550602082015181546040840151606085015170ffffffffffffffffffffffffffffffff00199092166101006001600160401b039485160270ffffffffffffffff000000000000000000191617600160481b918416919091021767ffffffffffffffff60881b1916600160881b92909116919091021781556080820151600182015560a08201516002820190612aec90826143eb565b5050600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001859055545f858152600660205260409020555085600c811115612b3f57612b3f613d5f565b837f24ddbc56d5dd54d970096733136de6e66984d4d0e67f75f203795662b507ad2487858589604051612b7594939291906144a5565b60405180910390a350509392505050565b6002805460ff19168215159081179091556040519081527fbb2cdb6c7b362202d40373f87bc4788301cca658f91711ac1662e1ad2cba4a209060200160405180910390a1610ae17f560720bbc77afadfad8faeab0a79cf66b13e5433c09dd9182d5d36413084a84e5f83612c9d565b6009805460ff19811683179091556040805160ff831680825260208201859052917f746309f02cd284c385c74dd4ef79bb4208c4190c89a8b2e32391d212615a73c8910160405180910390a1505050565b5f6001600160a01b038216158015906108b05750612c716106eb60066001600160a01b0385166111fe565b151592915050565b5f6001600160e01b031982166394be599960e01b14806108b057506108b082612f01565b8183336001600160a01b03167f341d3bc64e32172fc5bcf27b0f7f69dc5adc19af64b7aa1dee361e5883c3237584604051612cdc911515815260200190565b60405180910390a4505050565b6009545f9060609060ff81168015612dfb575f601c81612d1c612d1260608a0160408b0161412c565b8960200135612398565b81526020019081526020015f2090505f5f5f5f1990505f5b6008811015612dc4575f612d4888836121d9565b9050805f03612d575750612dbc565b82612d63600384614284565b14612d8c57612d73600383614284565b9250858360038110612d8757612d876141d8565b015493505b612d99611ee7858461271b565b8015612daf575086612daa86614297565b955085145b15612dba5750612dc4565b505b600101612d34565b5084831015612df6575f6040518060600160405280602481526020016145096024913997509750505050505050915091565b505050505b612e1160408051602081019091525f8152600191565b935093505050915091565b600a82600c811115612e3057612e30613d5f565b03612e4757610920612e428383612f25565b612f53565b600c82600c811115612e5b57612e5b613d5f565b03612ecb575f818152602080805260409182902082518084019093528054808452600190910154918301829052612e9291846130e1565b80515f908152601d602052604090205460ff16612eb4578051612eb490612156565b612ec6815f0151826020015184613150565b505050565b600b82600c811115612edf57612edf613d5f565b03612eed5761092081612bf5565b61092082826131c6565b610920828261327f565b5f6001600160e01b03198216631ed3f1f960e31b14806108b057506108b08261340c565b5f60a082901c15612f4d578282604051636e8c20ed60e01b8152600401610908929190614145565b50919050565b5f612f5d8261345b565b5f818152601b6020526040902054909150612f78838261358c565b6009545f80838103612fd8575b612f8f83836121d9565b15612fa457612f9d82614297565b9150612f85565b612faf8260016141ec565b5f868152601b60205260409020558460138360088110612fd157612fd16141d8565b0155613006565b612fe36001856141c5565b9150600b8260088110612ff857612ff86141d8565b01546001600160a01b031690505b85600b836008811061301a5761301a6141d8565b0180546001600160a01b0319166001600160a01b0392909216919091179055600a545f906130499060016141ec565b905061305a600163800000006141c5565b81111561307d576040516326a13c8360e21b815260086004820152602401610908565b600a81905561308d84848361275d565b600955604080516001600160a01b0384811682526020820184905289169188917f9a2579d01c1aefaf7bcf4c2ecb491f66848bc256130fe4c501336817cdfe3dd2910160405180910390a350505050505050565b5f818152601f60205260409020541561311757604051635ad3cb5560e01b81526004810184905260248101839052604401610908565b5f838152601e602090815260409091205410612ec6576040516337193ac560e11b81526004810184905260206024820152604401610908565b5f838152601d60209081526040808320805460ff19166001908117909155601e83528184208054918201815580855283852090910186905554848452601f9092528083209190915551839185917fe14fe62a363f70bbc4cfc23fab7b354a5406a1f95f74af66beb33539f15d22319190a3505050565b600682600c8111156131da576131da613d5f565b146131e9576109208282613674565b5f6131f48383612f25565b9050336001600160a01b03821614613221576040516331d69cb360e11b8152336004820152602401610908565b600780546001600160a01b038381166001600160a01b03198084168217909455600880549094169093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a350505050565b600a82600c81111561329357613293613d5f565b0361332a575f6132a38383612f25565b90505f6132af8261345b565b5f818152601b602052604090205490915080158015906132fe57506001600160a01b038316600b6132e16001846141c5565b600881106132f1576132f16141d8565b01546001600160a01b0316145b1561332057848460405163415301b960e01b8152600401610908929190614145565b612535838261358c565b600c82600c81111561333e5761333e613d5f565b03613384575f81815260208052604090208054613372578282604051636e8c20ed60e01b8152600401610908929190614145565b612ec6815f01548260010154846130e1565b600b82600c81111561339857613398613d5f565b03613402575f6133aa60095460ff1690565b90508015806133b95750808210155b15612ec657815f82156133d6576133d16001846141c5565b6133d8565b5f5b6040516331fe9c3f60e21b8152600481019390935260248301919091526044820152606401610908565b610920828261373c565b5f6001600160e01b031982166303c0f23360e31b148061343c57506001600160e01b0319821663ae082e1760e01b145b806108b057506301ffc9a760e01b6001600160e01b03198316146108b0565b5f61346d8263b987e78f60e01b6137c6565b6134955760405163064db52160e11b81526001600160a01b0383166004820152602401610908565b60408051600481526024810182526020810180516001600160e01b03166309c2d37960e11b17905290515f9182916001600160a01b038616916134d7916142f4565b5f60405180830381855afa9150503d805f811461350f576040519150601f19603f3d011682016040523d82523d5f602084013e613514565b606091505b509150915081158061352857508051602014155b1561355157604051630c405f7960e01b81526001600160a01b0385166004820152602401610908565b61355a816144e5565b92508261358557604051630c405f7960e01b81526001600160a01b0385166004820152602401610908565b5050919050565b6009545f805b6008811015613640576135a583826121d9565b5f036135b45760019150613638565b846001600160a01b0316600b82600881106135d1576135d16141d8565b01546001600160a01b03161480156135f35750836135f08260016141ec565b14155b1561363857846013826008811061360c5761360c6141d8565b0154604051636c45c35b60e11b81526001600160a01b0390921660048301526024820152604401610908565b600101613592565b508215801561364d575080155b1561366e576040516326a13c8360e21b815260086004820152602401610908565b50505050565b600182600c81111561368857613688613d5f565b0361369657610920816137e1565b600282600c8111156136aa576136aa613d5f565b036136b8576109208161387d565b600382600c8111156136cc576136cc613d5f565b036136db576109206001612b86565b600482600c8111156136ef576136ef613d5f565b036136fd576109205f61262d565b600582600c81111561371157613711613d5f565b0361371f5761092081612546565b8181604051636e8c20ed60e01b8152600401610908929190614145565b600682600c81111561375057613750613d5f565b1461375f576109208282613914565b5f61376a8383612f25565b90506001600160a01b03811661379357604051633e0ad02160e01b815260040160405180910390fd5b6007546001600160a01b0390811690821603612ec657828260405163415301b960e01b8152600401610908929190614145565b5f6137d083613adf565b8015610b5c5750610b5c8383613b25565b806137ff57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090819020805460ff19166001179055517ffecb34306dd9d8b785b54d65489d06afc8822a0893ddacedff40c50a4942d0af906138499083815260200190565b60405180910390a1610ae17f56bdf4352a9ceb1ba8f5c68066725c095e69c1d3f8a437290f0ac1da8fb4e19c826001612c9d565b8061389b57604051633e0ad02160e01b815260040160405180910390fd5b5f81815260016020818152604092839020805460ff191690921790915590518281527f67fc71ab96fe3fa3c6f78e9a00e635d591b7333ce611c0380bc577aac702243b910160405180910390a1610ae17f8e7eff7e4a57bd436b18f220111863326b17773a8b4460f9fabd87a334233046826001612c9d565b600182600c81111561392857613928613d5f565b0361397f578061394b57604051633e0ad02160e01b815260040160405180910390fd5b5f8181526020819052604090205460ff165b1561092057818160405163415301b960e01b8152600401610908929190614145565b600282600c81111561399357613993613d5f565b036139cc57806139b657604051633e0ad02160e01b815260040160405180910390fd5b5f8181526001602052604090205460ff1661395d565b600382600c8111156139e0576139e0613d5f565b036139f05760025460ff1661395d565b600482600c811115613a0457613a04613d5f565b03613a3557600254610100900460ff1661092057818160405163415301b960e01b8152600401610908929190614145565b600582600c811115613a4957613a49613d5f565b0361371f57807f0000000000000000000000000000000000000000000000000000000000000000811080613a7f57506003548110155b15612ec657807f00000000000000000000000000000000000000000000000000000000000000006001600354613ab591906141c5565b60405163410c09b760e11b8152600481019390935260248301919091526044820152606401610908565b5f613af1826301ffc9a760e01b613b25565b15613b1e575f80613b0a846001600160e01b0319613b49565b915091508180156118885750159392505050565b505f919050565b5f5f5f613b328585613b49565b91509150818015613b405750805b95945050505050565b6301ffc9a760e01b5f818152600483905290819060208260248188617530fa92505f511515601f3d11169150509250929050565b6040805160c08101909152805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081525090565b60405180608001604052805f81526020015f81526020015f81526020015f6003811115613bf957613bf9613d5f565b905290565b508054613c0a90614213565b5f825580601f10613c19575050565b601f0160209004905f5260205f2090810190610ae191905b80821115613c44575f8155600101613c31565b5090565b5f60208284031215613c58575f5ffd5b81356001600160e01b031981168114610b5c575f5ffd5b5f60208284031215613c7f575f5ffd5b5035919050565b5f60208284031215613c96575f5ffd5b81356001600160401b03811115613cab575f5ffd5b82016101208185031215610b5c575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f6118886040830184613cbd565b5f5f60408385031215613d16575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b82811015613d55578151865260209586019590910190600101613d37565b5093949350505050565b634e487b7160e01b5f52602160045260245ffd5b600d8110613d8357613d83613d5f565b9052565b613d92828251613d73565b6001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b036060820151166060830152608081015160808301525f60a082015160c060a085015261188860c0850182613cbd565b604081525f613e016040830185613d25565b828103602084015280845180835260208301915060208160051b840101602087015f5b83811015613e5657601f19868403018552613e40838351613d87565b6020958601959093509190910190600101613e24565b509098975050505050505050565b5f5f83601f840112613e74575f5ffd5b5081356001600160401b03811115613e8a575f5ffd5b602083019150836020828501011115613ea1575f5ffd5b9250929050565b80356001600160a01b0381168114611db3575f5ffd5b5f5f5f5f5f5f60a08789031215613ed3575f5ffd5b8635955060208701356001600160401b03811115613eef575f5ffd5b613efb89828a01613e64565b9096509450613f0e905060408801613ea8565b959894975092956060810135946080909101359350915050565b5f5f60408385031215613f39575f5ffd5b8235600d8110613f47575f5ffd5b946020939093013593505050565b5f5f5f60608486031215613f67575f5ffd5b613f7084613ea8565b95602085013595506040909401359392505050565b5f5f5f5f60608587031215613f98575f5ffd5b843593506020850135925060408501356001600160401b03811115613fbb575f5ffd5b613fc787828801613e64565b95989497509550505050565b5f5f5f60408486031215613fe5575f5ffd5b8335925060208401356001600160401b03811115614001575f5ffd5b61400d86828701613e64565b9497909650939450505050565b5f5f6020838503121561402b575f5ffd5b82356001600160401b03811115614040575f5ffd5b61404c85828601613e64565b90969095509350505050565b604081525f61406a6040830185613d25565b82810360208401528084518083526020830191506020860192505f5b818110156140ad5783516001600160a01b0316835260209384019390920191600101614086565b50909695505050505050565b602081525f610b5c6020830184613d87565b602081525f610b5c6020830184613d25565b5f5f5f604084860312156140ef575f5ffd5b6140f884613ea8565b925060208401356001600160401b03811115614001575f5ffd5b5f5f60408385031215614123575f5ffd5b613f4783613ea8565b5f6020828403121561413c575f5ffd5b610b5c82613ea8565b604081016141538285613d73565b8260208301529392505050565b5f5f8335601e19843603018112614175575f5ffd5b8301803591506001600160401b0382111561418e575f5ffd5b602001915036819003821315613ea1575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156108b0576108b06141b1565b634e487b7160e01b5f52603260045260245ffd5b808201808211156108b0576108b06141b1565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061422757607f821691505b602082108103612f4d57634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b828152604081016004831061415357614153613d5f565b634e487b7160e01b5f52601260045260245ffd5b5f8261429257614292614270565b500490565b5f600182016142a8576142a86141b1565b5060010190565b80820281158282048414176108b0576108b06141b1565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f82518060208501845e5f920191825250919050565b6001600160a01b03831681526040602082018190525f9061188890830184613cbd565b5f5f5f5f60808587031215614340575f5ffd5b505082516020840151604085015160609095015191969095509092509050565b5f8261436e5761436e614270565b500690565b5f81614381576143816141b1565b505f190190565b6001600160401b0381811683821601908111156108b0576108b06141b1565b601f821115612ec657805f5260205f20601f840160051c810160208510156143cc5750805b601f840160051c820191505b81811015612535575f81556001016143d8565b81516001600160401b03811115614404576144046141ff565b614418816144128454614213565b846143a7565b6020601f82116001811461444a575f83156144335750848201515b5f19600385901b1c1916600184901b178455612535565b5f84815260208120601f198516915b828110156144795787850151825560209485019460019092019101614459565b508482101561449657868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8481526001600160401b03841660208201526001600160401b0383166040820152608060608201525f6144db6080830184613cbd565b9695505050505050565b80516020808301519190811015612f4d575f1960209190910360031b1b1691905056fe496e73756666696369656e74205445452076656e646f72206174746573746174696f6e73a164736f6c634300081c000a' as const
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
    18516,
    '0x1aa78fb2e627231463546f173518ac392efbace5dc32e7a69e6da6fede7273fd',
    [
      [1257, 32],
      [2870, 32],
      [3936, 32],
      [4070, 32],
      [4247, 32],
      [5175, 32],
      [5828, 32],
      [8270, 32],
      [8313, 32],
      [8499, 32],
      [12498, 32],
      [12540, 32],
      [12582, 32],
      [12663, 32],
      [12703, 32],
    ],
  ],
  [
    'AppAuthNodeVotes',
    0,
    8605,
    '0xd6f750e0d3ef3e1f8063720ef57d6ea797f6da5f6c6262eb052287ceb33bd465',
    [
      [3074, 32],
      [3117, 32],
      [5274, 32],
      [5316, 32],
      [5358, 32],
      [5439, 32],
      [5479, 32],
    ],
  ],
  [
    'AppAuthTimelock',
    0,
    7043,
    '0xbc6d5cfa77dc8b2c254fbbef5d275050a06a0ef5f0d5a151fad025abcae33c38',
    [
      [751, 32],
      [2835, 32],
      [3497, 32],
    ],
  ],
  [
    'AppAuthVotesToken',
    0,
    7027,
    '0x6547b3da33b2cf2a487186651769018cbce3b043fdd61511858666d8540e5aa5',
    [
      [2292, 32],
      [2334, 32],
      [2376, 32],
      [2457, 32],
      [2497, 32],
      [3013, 32],
      [3056, 32],
    ],
  ],
  [
    'AutomataDcapTdxAdapter',
    0,
    3310,
    '0xafc08000b82d5c67dacc6962cb77bc92f45de6b3721960073787da1dfab9983f',
    [
      [142, 32],
      [247, 32],
      [428, 32],
      [492, 32],
      [829, 32],
      [1269, 32],
      [1397, 32],
      [1507, 32],
    ],
  ],
  [
    'AutomataSevSnpAdapter',
    0,
    2915,
    '0xf246ef07604d9220bc9388b4bf0a6a93888b45cab2f17ad4b8c4bf0bd97429fd',
    [
      [168, 32],
      [273, 32],
      [323, 32],
      [360, 32],
      [400, 32],
      [442, 32],
      [786, 32],
      [961, 32],
      [1089, 32],
      [1199, 32],
      [1489, 32],
      [1551, 32],
      [1617, 32],
      [1683, 32],
    ],
  ],
  [
    'BaseNitroAdapter',
    0,
    2488,
    '0xb2d6503afd98ca38d98b86e9d2699d9b4afaea442245400c80e332ec4486d89e',
    [
      [142, 32],
      [247, 32],
      [1029, 32],
      [1157, 32],
      [1276, 32],
    ],
  ],
  [
    'BaselineAppAuth',
    0,
    2908,
    '0xb9cb9201ebe449a8e64250b42ff2d7df85c7e0e1febdc395f97aca1e2dda8f3b',
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
    'GovernedVerifiedAppAuthDeployment',
    0,
    258,
    '0x2b015f3316bdf5128618b18a32968aad234ba6ef8d88023d84b59a1f76291898',
    [
      [74, 32],
      [136, 32],
      [173, 32],
      [210, 32],
    ],
  ],
  [
    'LocalKms',
    0,
    4944,
    '0xe4e1427591c90adf6a618636f9f9acb16ee2577071b4eebeb117d60b8034857a',
    [],
  ],
  [
    'MultisigAppAuth',
    0,
    15045,
    '0x3926f59a98a66c02fc8b0840c47a3f1e4548489517f4bca18f620bb071cb1a96',
    [
      [1525, 32],
      [1693, 32],
      [6824, 32],
      [9260, 32],
      [9308, 32],
      [9813, 32],
      [9855, 32],
      [9897, 32],
      [9978, 32],
      [10018, 32],
      [11951, 32],
      [12005, 32],
    ],
  ],
  [
    'OptOutRegistry',
    0,
    5473,
    '0x6025426550a58ea51cf399b6aa0c061a070ea90ad9d04063334cb34797ef729d',
    [
      [780, 32],
      [1122, 32],
      [1282, 32],
      [2498, 32],
      [2546, 32],
      [3164, 32],
      [3371, 32],
      [3697, 32],
      [3739, 32],
      [3781, 32],
      [3862, 32],
      [3902, 32],
    ],
  ],
  [
    'StaticCallBatch',
    0,
    935,
    '0x7853966adad5e9ef0f3e2bbfc7aa8d4ebb6844cb3ba437e6d94c7efe395a59c6',
    [],
  ],
  [
    'TimelockAppAuth',
    0,
    9898,
    '0x23e136c0a6311c4a66b0805d6fa4d8db3d8d3145f2b747a4e370e33600f1f5f9',
    [
      [1095, 32],
      [1255, 32],
      [6304, 32],
      [8107, 32],
      [8161, 32],
    ],
  ],
  [
    'VerifiedAppAuthDeployer',
    0,
    24003,
    '0xba4c255360360de50e384fe205be8b9c0bf3d912c3d930aa4eb1af1aea099507',
    [],
  ],
  [
    'VerifiedTimelockAppAuth',
    0,
    17721,
    '0xf76775200b66b8cf2b2b173dd34663b1f123e7c821c74e8f7afc8f6d8667b267',
    [
      [1031, 32],
      [1721, 32],
      [2002, 32],
      [4394, 32],
      [10669, 32],
      [14929, 32],
      [14983, 32],
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
/** The release of the local test builds: the tests' stand-in verifiers, known on the local chain only. */
export const localTestRelease =
  'devproof-appauth 0.1.0 test stand-in (test/verifiers/mocks), local chain only'
/** Local test builds: [name, runtime length, keccak256 of the masked runtime code, immutable ranges]. */
export const localTestBuilds: readonly (readonly [
  string,
  number,
  `0x${string}`,
  readonly (readonly [number, number])[],
])[] = [
  [
    'MockAutomataDcapAttestation',
    2178,
    '0x69a5afb60f2c7b103ccf82ebf99747a600f46426d58021d69df1ea507fc614d4',
    [],
  ],
  [
    'MockAutomataQuoteVerifier',
    3365,
    '0x11e6f55cc5c671f2123da1ef6e64339fa188c4a455c31a53f3a1ed71471c5c1b',
    [],
  ],
  [
    'MockSevSnpAttestation',
    2628,
    '0x49d717fc8f3de00ddcacfd7f21d2c24a87f1f7a02e2021841991edbe73649959',
    [],
  ],
  [
    'MockNitroValidator',
    3058,
    '0x9ab5cfd88f40ecdd6d4441ff6935f4bf859cb322ad34cff43a1159fd5bbcf642',
    [],
  ],
]
/** Creation bytecode of the stand-in verifiers (no constructor arguments), for the local demo. */
export const localTestVerifierBytecode = {
  MockAutomataDcapAttestation:
    '0x60806040526004805466ffffffffffff0019166690c06f000000001790553480156027575f5ffd5b50610882806100355f395ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c8063a0f7d8a911610063578063a0f7d8a914610119578063b2f1284f14610149578063d0ab5b011461015c578063d826f88f14610180578063f42b98d71461019a575f5ffd5b80630eb6ce741461009457806328ec1662146100b857806338d8480a146100e35780637a7c274914610104575b5f5ffd5b6004546100a19060ff1681565b60405160ff90911681526020015b60405180910390f35b6004546100ca90610100900460d01b81565b6040516001600160d01b031990911681526020016100af565b6100f66100f1366004610553565b6101be565b6040516100af9291906105c1565b610117610112366004610553565b6103db565b005b6101176101273660046105ff565b60048054911515600160381b0267ff0000000000000019909216919091179055565b610117610157366004610553565b6103fa565b60045461017090600160381b900460ff1681565b60405190151581526020016100af565b6101175f805460ff19908116909155600280549091169055565b6101176101a8366004610625565b6004805460ff191660ff92909216919091179055565b5f60606101c9610414565b600454600160381b900460ff161561021857505060408051808201909152601b81527f4661696c656420746f20766572696679205835303920436861696e000000000060208201525f906103d4565b6102256102486030610645565b83101561024f575f60405180606001604052806021815260200161085560219139915091506103d4565b5f6008858560018181106102655761026561066a565b919091013560f81c90911b905085855f816102825761028261066a565b9050013560f81c60f81b60f81c60ff161790505f6018868660078181106102ab576102ab61066a565b919091013560f81c90911b90506010878760068181106102cd576102cd61066a565b919091013560f81c90911b90506008888860058181106102ef576102ef61066a565b919091013560f81c90911b90508888600481811061030f5761030f61066a565b9050013560f81c60f81b60f81c60ff1617171760e01b90508161ffff16600414610375575f6040518060400160405280601981526020017f556e737570706f727465642071756f74652076657273696f6e000000000000008152509350935050506103d4565b6004546001908390839060ff811690610100900460d01b8a60308b61039c61024883610645565b926103a99392919061067e565b6040516020016103be969594939291906106a5565b6040516020818303038152906040529350935050505b9250929050565b5f805460ff191660019081179091556103f582848361079a565b505050565b6002805460ff1916600117905560036103f582848361079a565b5f5460ff16156104b2575f6001805461042c90610717565b80601f016020809104026020016040519081016040528092919081815260200182805461045890610717565b80156104a35780601f1061047a576101008083540402835291602001916104a3565b820191905f5260205f20905b81548152906001019060200180831161048657829003601f168201915b50505050509050805160208201fd5b60025460ff1615610551575f600380546104cb90610717565b80601f01602080910402602001604051908101604052809291908181526020018280546104f790610717565b80156105425780601f1061051957610100808354040283529160200191610542565b820191905f5260205f20905b81548152906001019060200180831161052557829003601f168201915b50505050509050805160208201f35b565b5f5f60208385031215610564575f5ffd5b823567ffffffffffffffff81111561057a575f5ffd5b8301601f8101851361058a575f5ffd5b803567ffffffffffffffff8111156105a0575f5ffd5b8560208284010111156105b1575f5ffd5b6020919091019590945092505050565b8215158152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f6020828403121561060f575f5ffd5b8135801515811461061e575f5ffd5b9392505050565b5f60208284031215610635575f5ffd5b813560ff8116811461061e575f5ffd5b8082018082111561066457634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8585111561068c575f5ffd5b83861115610698575f5ffd5b5050820193919092039150565b60f087901b6001600160f01b03191681526001600160e01b03198616600282015260f885901b6001600160f81b03191660068201526001600160d01b0319841660078201528183600d8301375f9101600d0190815295945050505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061072b57607f821691505b60208210810361074957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103f557805f5260205f20601f840160051c810160208510156107745750805b601f840160051c820191505b81811015610793575f8155600101610780565b5050505050565b67ffffffffffffffff8311156107b2576107b2610703565b6107c6836107c08354610717565b8361074f565b5f601f8411600181146107f7575f85156107e05750838201355b5f19600387901b1c1916600186901b178355610793565b5f83815260208120601f198716915b828110156108265786850135825560209485019460019092019101610806565b5086821015610842575f1960f88860031b161c19848701351681555b505060018560011b018355505050505056fe51756f7465206c656e677468206973206c657373207468616e206d696e696d756da164736f6c634300081c000a',
  MockAutomataQuoteVerifier:
    '0x60806040526004805466ffffffffffff0019166690c06f000000001790553480156027575f5ffd5b50610d25806100355f395ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c8063a0f7d8a91161006e578063a0f7d8a91461013e578063b2f1284f1461016e578063d0ab5b0114610181578063d826f88f146101a5578063f1495114146101bf578063f42b98d7146101d2575f5ffd5b806302077837146100aa5780630eb6ce74146100be57806328ec1662146100dd57806338d8480a146101085780637a7c274914610129575b5f5ffd5b604051600481526020015b60405180910390f35b6004546100cb9060ff1681565b60405160ff90911681526020016100b5565b6004546100ef90610100900460d01b81565b6040516001600160d01b031990911681526020016100b5565b61011b6101163660046107d5565b6101f6565b6040516100b5929190610814565b61013c6101373660046107d5565b610413565b005b61013c61014c366004610862565b60048054911515600160381b0267ff0000000000000019909216919091179055565b61013c61017c3660046107d5565b610432565b60045461019590600160381b900460ff1681565b60405190151581526020016100b5565b61013c5f805460ff19908116909155600280549091169055565b61011b6101cd366004610884565b61044c565b61013c6101e03660046108db565b6004805460ff191660ff92909216919091179055565b5f6060610201610658565b600454600160381b900460ff161561025057505060408051808201909152601b81527f4661696c656420746f20766572696679205835303920436861696e000000000060208201525f9061040c565b61025d61024860306108fb565b831015610287575f604051806060016040528060218152602001610cd1602191399150915061040c565b5f60088585600181811061029d5761029d610920565b919091013560f81c90911b905085855f816102ba576102ba610920565b9050013560f81c60f81b60f81c60ff161790505f6018868660078181106102e3576102e3610920565b919091013560f81c90911b905060108787600681811061030557610305610920565b919091013560f81c90911b905060088888600581811061032757610327610920565b919091013560f81c90911b90508888600481811061034757610347610920565b9050013560f81c60f81b60f81c60ff1617171760e01b90508161ffff166004146103ad575f6040518060400160405280601981526020017f556e737570706f727465642071756f74652076657273696f6e0000000000000081525093509350505061040c565b6004546001908390839060ff811690610100900460d01b8a60308b6103d4610248836108fb565b926103e193929190610934565b6040516020016103f69695949392919061095b565b6040516020818303038152906040529350935050505b9250929050565b5f805460ff1916600190811790915561042d828483610a50565b505050565b6002805460ff19166001179055600361042d828483610a50565b5f6060603083101561047b575f604051806060016040528060278152602001610cf26027913991509150610650565b5f600861048b6020880188610b0a565b61ffff16901c60086104a06020890189610b0a565b61ffff16901b1760f01b6104ba6040880160208901610b2b565b6104ca6060890160408a01610b52565b6104da60808a0160608b01610b2b565b6104ea60a08b0160808c01610b2b565b6104fa60c08c0160a08d01610b79565b61050a60e08d0160c08e01610ba0565b6040516001600160f01b0319978816602082015295871660228701526001600160e01b03199094166024860152918516602885015293909316602a8301526001600160801b0319909216602c8201526bffffffffffffffffffffffff19909116603c82015260500160408051601f19818403018152919052905061059160305f8688610934565b60405161059f929190610bcc565b60405180910390208180519060200120146105e457505060408051808201909152600f81526e090cac2c8cae440dad2e6dac2e8c6d608b1b60208201525f9150610650565b604051631c6c240560e11b815230906338d8480a906106099088908890600401610bdb565b5f60405180830381865afa158015610623573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261064a9190810190610c09565b92509250505b935093915050565b5f5460ff16156106f6575f60018054610670906109cd565b80601f016020809104026020016040519081016040528092919081815260200182805461069c906109cd565b80156106e75780601f106106be576101008083540402835291602001916106e7565b820191905f5260205f20905b8154815290600101906020018083116106ca57829003601f168201915b50505050509050805160208201fd5b60025460ff1615610795575f6003805461070f906109cd565b80601f016020809104026020016040519081016040528092919081815260200182805461073b906109cd565b80156107865780601f1061075d57610100808354040283529160200191610786565b820191905f5260205f20905b81548152906001019060200180831161076957829003601f168201915b50505050509050805160208201f35b565b5f5f83601f8401126107a7575f5ffd5b50813567ffffffffffffffff8111156107be575f5ffd5b60208301915083602082850101111561040c575f5ffd5b5f5f602083850312156107e6575f5ffd5b823567ffffffffffffffff8111156107fc575f5ffd5b61080885828601610797565b90969095509350505050565b8215158152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b801515811461085f575f5ffd5b50565b5f60208284031215610872575f5ffd5b813561087d81610852565b9392505050565b5f5f5f838503610100811215610898575f5ffd5b60e08112156108a5575f5ffd5b5083925060e084013567ffffffffffffffff8111156108c2575f5ffd5b6108ce86828701610797565b9497909650939450505050565b5f602082840312156108eb575f5ffd5b813560ff8116811461087d575f5ffd5b8082018082111561091a57634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52603260045260245ffd5b5f5f85851115610942575f5ffd5b8386111561094e575f5ffd5b5050820193919092039150565b60f087901b6001600160f01b03191681526001600160e01b03198616600282015260f885901b6001600160f81b03191660068201526001600160d01b0319841660078201528183600d8301375f9101600d0190815295945050505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806109e157607f821691505b6020821081036109ff57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561042d57805f5260205f20601f840160051c81016020851015610a2a5750805b601f840160051c820191505b81811015610a49575f8155600101610a36565b5050505050565b67ffffffffffffffff831115610a6857610a686109b9565b610a7c83610a7683546109cd565b83610a05565b5f601f841160018114610aad575f8515610a965750838201355b5f19600387901b1c1916600186901b178355610a49565b5f83815260208120601f198716915b82811015610adc5786850135825560209485019460019092019101610abc565b5086821015610af8575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f60208284031215610b1a575f5ffd5b813561ffff8116811461087d575f5ffd5b5f60208284031215610b3b575f5ffd5b81356001600160f01b03198116811461087d575f5ffd5b5f60208284031215610b62575f5ffd5b81356001600160e01b03198116811461087d575f5ffd5b5f60208284031215610b89575f5ffd5b81356001600160801b03198116811461087d575f5ffd5b5f60208284031215610bb0575f5ffd5b81356bffffffffffffffffffffffff198116811461087d575f5ffd5b818382375f9101908152919050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f5f60408385031215610c1a575f5ffd5b8251610c2581610852565b602084015190925067ffffffffffffffff811115610c41575f5ffd5b8301601f81018513610c51575f5ffd5b805167ffffffffffffffff811115610c6b57610c6b6109b9565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610c9a57610c9a6109b9565b604052818152828201602001871015610cb1575f5ffd5b8160208401602083015e5f60208383010152809350505050925092905056fe51756f7465206c656e677468206973206c657373207468616e206d696e696d756d51756f7465206c656e677468206973206c657373207468616e20486561646572206c656e677468a164736f6c634300081c000a',
  MockSevSnpAttestation:
    '0x6080604052348015600e575f5ffd5b50610a448061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80633859d8bb1461006457806357859ce0146100885780637a7c2749146100a857806380ce60d1146100bd578063b2f1284f146100e1578063d826f88f146100f4575b5f5ffd5b6004546100719060ff1681565b60405160ff90911681526020015b60405180910390f35b61009b6100963660046103e8565b61010e565b60405161007f9190610508565b6100bb6100b63660046105b3565b610217565b005b6100bb6100cb3660046105f1565b6004805460ff191660ff92909216919091179055565b6100bb6100ef3660046105b3565b610236565b6100bb5f805460ff19908116909155600280549091169055565b6040805160e0810182525f8082526020820181905291810182905260608082018190526080820181905260a082015260c081019190915261014d610250565b60ff84161580610160575060038460ff16115b156101ab5760405162461bcd60e51b81526020600482015260166024820152752ab735b737bbb72fad35afa1b7b83937b1b2b9b9b7b960511b60448201526064015b60405180910390fd5b5f8290036101eb5760405162461bcd60e51b815260206004820152600d60248201526c34b73b30b634b210383937b7b360991b60448201526064016101a2565b6101f7858701876107f9565b60045490915060ff161561020e5760045460ff1681525b95945050505050565b5f805460ff1916600190811790915561023182848361097e565b505050565b6002805460ff19166001179055600361023182848361097e565b5f5460ff16156102ee575f60018054610268906108fb565b80601f0160208091040260200160405190810160405280929190818152602001828054610294906108fb565b80156102df5780601f106102b6576101008083540402835291602001916102df565b820191905f5260205f20905b8154815290600101906020018083116102c257829003601f168201915b50505050509050805160208201fd5b60025460ff161561038d575f60038054610307906108fb565b80601f0160208091040260200160405190810160405280929190818152602001828054610333906108fb565b801561037e5780601f106103555761010080835404028352916020019161037e565b820191905f5260205f20905b81548152906001019060200180831161036157829003601f168201915b50505050509050805160208201f35b565b5f5f83601f84011261039f575f5ffd5b5081356001600160401b038111156103b5575f5ffd5b6020830191508360208285010111156103cc575f5ffd5b9250929050565b803560ff811681146103e3575f5ffd5b919050565b5f5f5f5f5f606086880312156103fc575f5ffd5b85356001600160401b03811115610411575f5ffd5b61041d8882890161038f565b90965094506104309050602087016103d3565b925060408601356001600160401b0381111561044a575f5ffd5b6104568882890161038f565b969995985093965092949392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f8151808452602084019350602083015f5b828110156104c55781518652602095860195909101906001016104a7565b5093949350505050565b5f8151808452602084019350602083015f5b828110156104c55781516001600160a01b03168652602095860195909101906001016104e1565b6020815260ff82511660208201526001600160401b0360208301511660408201525f604083015161053e606084018260ff169052565b50606083015160e06080840152610559610100840182610467565b90506080840151601f198483030160a08501526105768282610495565b91505060a0840151601f198483030160c085015261059482826104cf565b91505060c08401516105ab60e085018260ff169052565b509392505050565b5f5f602083850312156105c4575f5ffd5b82356001600160401b038111156105d9575f5ffd5b6105e58582860161038f565b90969095509350505050565b5f60208284031215610601575f5ffd5b61060a826103d3565b9392505050565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b038111828210171561064757610647610611565b60405290565b604051601f8201601f191681016001600160401b038111828210171561067557610675610611565b604052919050565b80356001600160401b03811681146103e3575f5ffd5b5f82601f8301126106a2575f5ffd5b81356001600160401b038111156106bb576106bb610611565b6106ce601f8201601f191660200161064d565b8181528460208386010111156106e2575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f6001600160401b0382111561071657610716610611565b5060051b60200190565b5f82601f83011261072f575f5ffd5b813561074261073d826106fe565b61064d565b8082825260208201915060208360051b860101925085831115610763575f5ffd5b602085015b83811015610780578035835260209283019201610768565b5095945050505050565b5f82601f830112610799575f5ffd5b81356107a761073d826106fe565b8082825260208201915060208360051b8601019250858311156107c8575f5ffd5b602085015b838110156107805780356001600160a01b03811681146107eb575f5ffd5b8352602092830192016107cd565b5f60208284031215610809575f5ffd5b81356001600160401b0381111561081e575f5ffd5b820160e0818503121561082f575f5ffd5b610837610625565b610840826103d3565b815261084e6020830161067d565b602082015261085f604083016103d3565b604082015260608201356001600160401b0381111561087c575f5ffd5b61088886828501610693565b60608301525060808201356001600160401b038111156108a6575f5ffd5b6108b286828501610720565b60808301525060a08201356001600160401b038111156108d0575f5ffd5b6108dc8682850161078a565b60a0830152506108ee60c083016103d3565b60c0820152949350505050565b600181811c9082168061090f57607f821691505b60208210810361092d57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561023157805f5260205f20601f840160051c810160208510156109585750805b601f840160051c820191505b81811015610977575f8155600101610964565b5050505050565b6001600160401b0383111561099557610995610611565b6109a9836109a383546108fb565b83610933565b5f601f8411600181146109da575f85156109c35750838201355b5f19600387901b1c1916600186901b178355610977565b5f83815260208120601f198716915b82811015610a0957868501358255602094850194600190920191016109e9565b5086821015610a25575f1960f88860031b161c19848701351681555b505060018560011b018355505050505056fea164736f6c634300081c000a',
  MockNitroValidator:
    '0x6080604052348015600e575f5ffd5b50610bf28061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c806305f7aead146100595780631e372299146100825780637a7c274914610097578063b2f1284f146100aa578063d826f88f146100bd575b5f5ffd5b61006c6100673660046104e7565b6100d7565b6040516100799190610584565b60405180910390f35b610095610090366004610669565b61023d565b005b6100956100a53660046106d7565b610297565b6100956100b83660046106d7565b6102b6565b6100955f805460ff19908116909155600280549091169055565b6101286040518061012001604052805f81526020015f6001600160401b031681526020015f8152602001606081526020015f8152602001606081526020015f81526020015f81526020015f81525090565b6101306102d0565b5f60045f858051906020012081526020019081526020015f20805461015490610715565b80601f016020809104026020016040519081016040528092919081815260200182805461018090610715565b80156101cb5780601f106101a2576101008083540402835291602001916101cb565b820191905f5260205f20905b8154815290600101906020018083116101ae57829003601f168201915b50505050509050825160601480156101e35750805115155b6102215760405162461bcd60e51b815260206004820152600b60248201526a696e76616c69642073696760a81b604482015260640160405180910390fd5b8080602001905181019061023591906107f3565b949350505050565b8060405160200161024e9190610957565b60405160208183030381529060405260045f8585604051610270929190610a18565b604051809103902081526020019081526020015f2090816102919190610a72565b50505050565b5f805460ff191660019081179091556102b1828483610b2c565b505050565b6002805460ff1916600117905560036102b1828483610b2c565b5f5460ff161561036e575f600180546102e890610715565b80601f016020809104026020016040519081016040528092919081815260200182805461031490610715565b801561035f5780601f106103365761010080835404028352916020019161035f565b820191905f5260205f20905b81548152906001019060200180831161034257829003601f168201915b50505050509050805160208201fd5b60025460ff161561040d575f6003805461038790610715565b80601f01602080910402602001604051908101604052809291908181526020018280546103b390610715565b80156103fe5780601f106103d5576101008083540402835291602001916103fe565b820191905f5260205f20905b8154815290600101906020018083116103e157829003601f168201915b50505050509050805160208201f35b565b634e487b7160e01b5f52604160045260245ffd5b60405161012081016001600160401b03811182821017156104465761044661040f565b60405290565b604051601f8201601f191681016001600160401b03811182821017156104745761047461040f565b604052919050565b5f82601f83011261048b575f5ffd5b81356001600160401b038111156104a4576104a461040f565b6104b7601f8201601f191660200161044c565b8181528460208386010111156104cb575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f604083850312156104f8575f5ffd5b82356001600160401b0381111561050d575f5ffd5b6105198582860161047c565b92505060208301356001600160401b03811115610534575f5ffd5b6105408582860161047c565b9150509250929050565b5f8151808452602084019350602083015f5b8281101561057a57815186526020958601959091019060010161055c565b5093949350505050565b60208152815160208201525f60208301516105aa60408401826001600160401b03169052565b5060408301516060830152606083015161012060808401526105d061014084018261054a565b9050608084015160a084015260a0840151601f198483030160c08501526105f7828261054a565b91505060c084015160e084015260e08401516101008401526101008401516101208401528091505092915050565b5f5f83601f840112610635575f5ffd5b5081356001600160401b0381111561064b575f5ffd5b602083019150836020828501011115610662575f5ffd5b9250929050565b5f5f5f6040848603121561067b575f5ffd5b83356001600160401b03811115610690575f5ffd5b61069c86828701610625565b90945092505060208401356001600160401b038111156106ba575f5ffd5b840161012081870312156106cc575f5ffd5b809150509250925092565b5f5f602083850312156106e8575f5ffd5b82356001600160401b038111156106fd575f5ffd5b61070985828601610625565b90969095509350505050565b600181811c9082168061072957607f821691505b60208210810361074757634e487b7160e01b5f52602260045260245ffd5b50919050565b6001600160401b0381168114610761575f5ffd5b50565b805161076f8161074d565b919050565b5f82601f830112610783575f5ffd5b81516001600160401b0381111561079c5761079c61040f565b8060051b6107ac6020820161044c565b918252602081850181019290810190868411156107c7575f5ffd5b6020860192505b838310156107e95782518252602092830192909101906107ce565b9695505050505050565b5f60208284031215610803575f5ffd5b81516001600160401b03811115610818575f5ffd5b8201610120818503121561082a575f5ffd5b610832610423565b8151815261084260208301610764565b60208201526040828101519082015260608201516001600160401b03811115610869575f5ffd5b61087586828501610774565b6060830152506080828101519082015260a08201516001600160401b0381111561089d575f5ffd5b6108a986828501610774565b60a08301525060c0828101519082015260e0808301519082015261010091820151918101919091529392505050565b803561076f8161074d565b5f5f8335601e198436030181126108f8575f5ffd5b83016020810192503590506001600160401b03811115610916575f5ffd5b8060051b3603821315610662575f5ffd5b8183525f6001600160fb1b0383111561093e575f5ffd5b8260051b80836020870137939093016020019392505050565b60208082528235828201525f9061096f9084016108d8565b6001600160401b0381166040840152506040830135606083810191909152610999908401846108e3565b61012060808501526109b061014085018284610927565b9150505f608085013590508060a0850152506109cf60a08501856108e3565b848303601f190160c08601526109e6838284610927565b60c087013560e08781019190915287013561010080880191909152909601356101209095019490945250929392505050565b818382375f9101908152919050565b601f8211156102b157805f5260205f20601f840160051c81016020851015610a4c5750805b601f840160051c820191505b81811015610a6b575f8155600101610a58565b5050505050565b81516001600160401b03811115610a8b57610a8b61040f565b610a9f81610a998454610715565b84610a27565b6020601f821160018114610ad1575f8315610aba5750848201515b5f19600385901b1c1916600184901b178455610a6b565b5f84815260208120601f198516915b82811015610b005787850151825560209485019460019092019101610ae0565b5084821015610b1d57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6001600160401b03831115610b4357610b4361040f565b610b5783610b518354610715565b83610a27565b5f601f841160018114610b88575f8515610b715750838201355b5f19600387901b1c1916600186901b178355610a6b565b5f83815260208120601f198716915b82811015610bb75786850135825560209485019460019092019101610b97565b5086821015610bd3575f1960f88860031b161c19848701351681555b505060018560011b018355505050505056fea164736f6c634300081c000a',
} as const
/** ABI of contracts/access/Ownable2Step.sol:Ownable2Step, from @openzeppelin/contracts/build/contracts. */
export const ownable2StepAbi = [
  {
    inputs: [{ internalType: 'address', name: 'owner', type: 'address' }],
    name: 'OwnableInvalidOwner',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'address', name: 'account', type: 'address' }],
    name: 'OwnableUnauthorizedAccount',
    type: 'error',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'previousOwner',
        type: 'address',
      },
      {
        indexed: true,
        internalType: 'address',
        name: 'newOwner',
        type: 'address',
      },
    ],
    name: 'OwnershipTransferStarted',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'previousOwner',
        type: 'address',
      },
      {
        indexed: true,
        internalType: 'address',
        name: 'newOwner',
        type: 'address',
      },
    ],
    name: 'OwnershipTransferred',
    type: 'event',
  },
  {
    inputs: [],
    name: 'acceptOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [],
    name: 'owner',
    outputs: [{ internalType: 'address', name: '', type: 'address' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'pendingOwner',
    outputs: [{ internalType: 'address', name: '', type: 'address' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'renounceOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'address', name: 'newOwner', type: 'address' }],
    name: 'transferOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
] as const
/** ABI of contracts/governance/extensions/GovernorVotesQuorumFraction.sol:GovernorVotesQuorumFraction, from @openzeppelin/contracts/build/contracts. */
export const governorVotesQuorumFractionAbi = [
  { inputs: [], name: 'CheckpointUnorderedInsertion', type: 'error' },
  { inputs: [], name: 'ERC6372InconsistentClock', type: 'error' },
  { inputs: [], name: 'FailedCall', type: 'error' },
  {
    inputs: [{ internalType: 'address', name: 'voter', type: 'address' }],
    name: 'GovernorAlreadyCastVote',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'GovernorAlreadyQueuedProposal',
    type: 'error',
  },
  { inputs: [], name: 'GovernorDisabledDeposit', type: 'error' },
  {
    inputs: [
      { internalType: 'address', name: 'proposer', type: 'address' },
      { internalType: 'uint256', name: 'votes', type: 'uint256' },
      { internalType: 'uint256', name: 'threshold', type: 'uint256' },
    ],
    name: 'GovernorInsufficientProposerVotes',
    type: 'error',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'targets', type: 'uint256' },
      { internalType: 'uint256', name: 'calldatas', type: 'uint256' },
      { internalType: 'uint256', name: 'values', type: 'uint256' },
    ],
    name: 'GovernorInvalidProposalLength',
    type: 'error',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'quorumNumerator', type: 'uint256' },
      { internalType: 'uint256', name: 'quorumDenominator', type: 'uint256' },
    ],
    name: 'GovernorInvalidQuorumFraction',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'address', name: 'voter', type: 'address' }],
    name: 'GovernorInvalidSignature',
    type: 'error',
  },
  { inputs: [], name: 'GovernorInvalidVoteParams', type: 'error' },
  { inputs: [], name: 'GovernorInvalidVoteType', type: 'error' },
  {
    inputs: [
      { internalType: 'uint256', name: 'votingPeriod', type: 'uint256' },
    ],
    name: 'GovernorInvalidVotingPeriod',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'GovernorNonexistentProposal',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'address', name: 'account', type: 'address' }],
    name: 'GovernorOnlyExecutor',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'GovernorProposalQueueingFailed',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'GovernorProposalQueueingNotRequired',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'address', name: 'proposer', type: 'address' }],
    name: 'GovernorRestrictedProposer',
    type: 'error',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      { internalType: 'address', name: 'account', type: 'address' },
    ],
    name: 'GovernorUnableToCancel',
    type: 'error',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      {
        internalType: 'enum IGovernor.ProposalState',
        name: 'current',
        type: 'uint8',
      },
      { internalType: 'bytes32', name: 'expectedStates', type: 'bytes32' },
    ],
    name: 'GovernorUnexpectedProposalState',
    type: 'error',
  },
  {
    inputs: [
      { internalType: 'address', name: 'account', type: 'address' },
      { internalType: 'uint256', name: 'currentNonce', type: 'uint256' },
    ],
    name: 'InvalidAccountNonce',
    type: 'error',
  },
  { inputs: [], name: 'InvalidShortString', type: 'error' },
  {
    inputs: [
      { internalType: 'uint8', name: 'bits', type: 'uint8' },
      { internalType: 'uint256', name: 'value', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'string', name: 'str', type: 'string' }],
    name: 'StringTooLong',
    type: 'error',
  },
  { anonymous: false, inputs: [], name: 'EIP712DomainChanged', type: 'event' },
  {
    anonymous: false,
    inputs: [
      {
        indexed: false,
        internalType: 'uint256',
        name: 'proposalId',
        type: 'uint256',
      },
    ],
    name: 'ProposalCanceled',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: false,
        internalType: 'uint256',
        name: 'proposalId',
        type: 'uint256',
      },
      {
        indexed: false,
        internalType: 'address',
        name: 'proposer',
        type: 'address',
      },
      {
        indexed: false,
        internalType: 'address[]',
        name: 'targets',
        type: 'address[]',
      },
      {
        indexed: false,
        internalType: 'uint256[]',
        name: 'values',
        type: 'uint256[]',
      },
      {
        indexed: false,
        internalType: 'string[]',
        name: 'signatures',
        type: 'string[]',
      },
      {
        indexed: false,
        internalType: 'bytes[]',
        name: 'calldatas',
        type: 'bytes[]',
      },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'voteStart',
        type: 'uint256',
      },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'voteEnd',
        type: 'uint256',
      },
      {
        indexed: false,
        internalType: 'string',
        name: 'description',
        type: 'string',
      },
    ],
    name: 'ProposalCreated',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: false,
        internalType: 'uint256',
        name: 'proposalId',
        type: 'uint256',
      },
    ],
    name: 'ProposalExecuted',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: false,
        internalType: 'uint256',
        name: 'proposalId',
        type: 'uint256',
      },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'etaSeconds',
        type: 'uint256',
      },
    ],
    name: 'ProposalQueued',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: false,
        internalType: 'uint256',
        name: 'oldQuorumNumerator',
        type: 'uint256',
      },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'newQuorumNumerator',
        type: 'uint256',
      },
    ],
    name: 'QuorumNumeratorUpdated',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'voter',
        type: 'address',
      },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'proposalId',
        type: 'uint256',
      },
      { indexed: false, internalType: 'uint8', name: 'support', type: 'uint8' },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'weight',
        type: 'uint256',
      },
      {
        indexed: false,
        internalType: 'string',
        name: 'reason',
        type: 'string',
      },
    ],
    name: 'VoteCast',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'voter',
        type: 'address',
      },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'proposalId',
        type: 'uint256',
      },
      { indexed: false, internalType: 'uint8', name: 'support', type: 'uint8' },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'weight',
        type: 'uint256',
      },
      {
        indexed: false,
        internalType: 'string',
        name: 'reason',
        type: 'string',
      },
      { indexed: false, internalType: 'bytes', name: 'params', type: 'bytes' },
    ],
    name: 'VoteCastWithParams',
    type: 'event',
  },
  {
    inputs: [],
    name: 'BALLOT_TYPEHASH',
    outputs: [{ internalType: 'bytes32', name: '', type: 'bytes32' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'CLOCK_MODE',
    outputs: [{ internalType: 'string', name: '', type: 'string' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'COUNTING_MODE',
    outputs: [{ internalType: 'string', name: '', type: 'string' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'EXTENDED_BALLOT_TYPEHASH',
    outputs: [{ internalType: 'bytes32', name: '', type: 'bytes32' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address[]', name: 'targets', type: 'address[]' },
      { internalType: 'uint256[]', name: 'values', type: 'uint256[]' },
      { internalType: 'bytes[]', name: 'calldatas', type: 'bytes[]' },
      { internalType: 'bytes32', name: 'descriptionHash', type: 'bytes32' },
    ],
    name: 'cancel',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      { internalType: 'uint8', name: 'support', type: 'uint8' },
    ],
    name: 'castVote',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      { internalType: 'uint8', name: 'support', type: 'uint8' },
      { internalType: 'address', name: 'voter', type: 'address' },
      { internalType: 'bytes', name: 'signature', type: 'bytes' },
    ],
    name: 'castVoteBySig',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      { internalType: 'uint8', name: 'support', type: 'uint8' },
      { internalType: 'string', name: 'reason', type: 'string' },
    ],
    name: 'castVoteWithReason',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      { internalType: 'uint8', name: 'support', type: 'uint8' },
      { internalType: 'string', name: 'reason', type: 'string' },
      { internalType: 'bytes', name: 'params', type: 'bytes' },
    ],
    name: 'castVoteWithReasonAndParams',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      { internalType: 'uint8', name: 'support', type: 'uint8' },
      { internalType: 'address', name: 'voter', type: 'address' },
      { internalType: 'string', name: 'reason', type: 'string' },
      { internalType: 'bytes', name: 'params', type: 'bytes' },
      { internalType: 'bytes', name: 'signature', type: 'bytes' },
    ],
    name: 'castVoteWithReasonAndParamsBySig',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [],
    name: 'clock',
    outputs: [{ internalType: 'uint48', name: '', type: 'uint48' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { internalType: 'bytes1', name: 'fields', type: 'bytes1' },
      { internalType: 'string', name: 'name', type: 'string' },
      { internalType: 'string', name: 'version', type: 'string' },
      { internalType: 'uint256', name: 'chainId', type: 'uint256' },
      { internalType: 'address', name: 'verifyingContract', type: 'address' },
      { internalType: 'bytes32', name: 'salt', type: 'bytes32' },
      { internalType: 'uint256[]', name: 'extensions', type: 'uint256[]' },
    ],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address[]', name: 'targets', type: 'address[]' },
      { internalType: 'uint256[]', name: 'values', type: 'uint256[]' },
      { internalType: 'bytes[]', name: 'calldatas', type: 'bytes[]' },
      { internalType: 'bytes32', name: 'descriptionHash', type: 'bytes32' },
    ],
    name: 'execute',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'payable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address[]', name: 'targets', type: 'address[]' },
      { internalType: 'uint256[]', name: 'values', type: 'uint256[]' },
      { internalType: 'bytes[]', name: 'calldatas', type: 'bytes[]' },
      { internalType: 'bytes32', name: 'descriptionHash', type: 'bytes32' },
    ],
    name: 'getProposalId',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'account', type: 'address' },
      { internalType: 'uint256', name: 'timepoint', type: 'uint256' },
    ],
    name: 'getVotes',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'account', type: 'address' },
      { internalType: 'uint256', name: 'timepoint', type: 'uint256' },
      { internalType: 'bytes', name: 'params', type: 'bytes' },
    ],
    name: 'getVotesWithParams',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      { internalType: 'address', name: 'account', type: 'address' },
    ],
    name: 'hasVoted',
    outputs: [{ internalType: 'bool', name: '', type: 'bool' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address[]', name: 'targets', type: 'address[]' },
      { internalType: 'uint256[]', name: 'values', type: 'uint256[]' },
      { internalType: 'bytes[]', name: 'calldatas', type: 'bytes[]' },
      { internalType: 'bytes32', name: 'descriptionHash', type: 'bytes32' },
    ],
    name: 'hashProposal',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'pure',
    type: 'function',
  },
  {
    inputs: [],
    name: 'name',
    outputs: [{ internalType: 'string', name: '', type: 'string' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'address', name: 'owner', type: 'address' }],
    name: 'nonces',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: '', type: 'address' },
      { internalType: 'address', name: '', type: 'address' },
      { internalType: 'uint256[]', name: '', type: 'uint256[]' },
      { internalType: 'uint256[]', name: '', type: 'uint256[]' },
      { internalType: 'bytes', name: '', type: 'bytes' },
    ],
    name: 'onERC1155BatchReceived',
    outputs: [{ internalType: 'bytes4', name: '', type: 'bytes4' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: '', type: 'address' },
      { internalType: 'address', name: '', type: 'address' },
      { internalType: 'uint256', name: '', type: 'uint256' },
      { internalType: 'uint256', name: '', type: 'uint256' },
      { internalType: 'bytes', name: '', type: 'bytes' },
    ],
    name: 'onERC1155Received',
    outputs: [{ internalType: 'bytes4', name: '', type: 'bytes4' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: '', type: 'address' },
      { internalType: 'address', name: '', type: 'address' },
      { internalType: 'uint256', name: '', type: 'uint256' },
      { internalType: 'bytes', name: '', type: 'bytes' },
    ],
    name: 'onERC721Received',
    outputs: [{ internalType: 'bytes4', name: '', type: 'bytes4' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'proposalDeadline',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'proposalEta',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    name: 'proposalNeedsQueuing',
    outputs: [{ internalType: 'bool', name: '', type: 'bool' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'proposalProposer',
    outputs: [{ internalType: 'address', name: '', type: 'address' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'proposalSnapshot',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'proposalThreshold',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address[]', name: 'targets', type: 'address[]' },
      { internalType: 'uint256[]', name: 'values', type: 'uint256[]' },
      { internalType: 'bytes[]', name: 'calldatas', type: 'bytes[]' },
      { internalType: 'string', name: 'description', type: 'string' },
    ],
    name: 'propose',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address[]', name: 'targets', type: 'address[]' },
      { internalType: 'uint256[]', name: 'values', type: 'uint256[]' },
      { internalType: 'bytes[]', name: 'calldatas', type: 'bytes[]' },
      { internalType: 'bytes32', name: 'descriptionHash', type: 'bytes32' },
    ],
    name: 'queue',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'timepoint', type: 'uint256' }],
    name: 'quorum',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'quorumDenominator',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'timepoint', type: 'uint256' }],
    name: 'quorumNumerator',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'quorumNumerator',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'target', type: 'address' },
      { internalType: 'uint256', name: 'value', type: 'uint256' },
      { internalType: 'bytes', name: 'data', type: 'bytes' },
    ],
    name: 'relay',
    outputs: [],
    stateMutability: 'payable',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'state',
    outputs: [
      { internalType: 'enum IGovernor.ProposalState', name: '', type: 'uint8' },
    ],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'bytes4', name: 'interfaceId', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ internalType: 'bool', name: '', type: 'bool' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'token',
    outputs: [{ internalType: 'contract IERC5805', name: '', type: 'address' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'newQuorumNumerator', type: 'uint256' },
    ],
    name: 'updateQuorumNumerator',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [],
    name: 'version',
    outputs: [{ internalType: 'string', name: '', type: 'string' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'votingDelay',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'votingPeriod',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  { stateMutability: 'payable', type: 'receive' },
] as const
/** ABI of contracts/governance/extensions/GovernorTimelockControl.sol:GovernorTimelockControl, from @openzeppelin/contracts/build/contracts. */
export const governorTimelockControlAbi = [
  { inputs: [], name: 'FailedCall', type: 'error' },
  {
    inputs: [{ internalType: 'address', name: 'voter', type: 'address' }],
    name: 'GovernorAlreadyCastVote',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'GovernorAlreadyQueuedProposal',
    type: 'error',
  },
  { inputs: [], name: 'GovernorDisabledDeposit', type: 'error' },
  {
    inputs: [
      { internalType: 'address', name: 'proposer', type: 'address' },
      { internalType: 'uint256', name: 'votes', type: 'uint256' },
      { internalType: 'uint256', name: 'threshold', type: 'uint256' },
    ],
    name: 'GovernorInsufficientProposerVotes',
    type: 'error',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'targets', type: 'uint256' },
      { internalType: 'uint256', name: 'calldatas', type: 'uint256' },
      { internalType: 'uint256', name: 'values', type: 'uint256' },
    ],
    name: 'GovernorInvalidProposalLength',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'address', name: 'voter', type: 'address' }],
    name: 'GovernorInvalidSignature',
    type: 'error',
  },
  { inputs: [], name: 'GovernorInvalidVoteParams', type: 'error' },
  { inputs: [], name: 'GovernorInvalidVoteType', type: 'error' },
  {
    inputs: [
      { internalType: 'uint256', name: 'votingPeriod', type: 'uint256' },
    ],
    name: 'GovernorInvalidVotingPeriod',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'GovernorNonexistentProposal',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'address', name: 'account', type: 'address' }],
    name: 'GovernorOnlyExecutor',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'GovernorProposalQueueingFailed',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'GovernorProposalQueueingNotRequired',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'address', name: 'proposer', type: 'address' }],
    name: 'GovernorRestrictedProposer',
    type: 'error',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      { internalType: 'address', name: 'account', type: 'address' },
    ],
    name: 'GovernorUnableToCancel',
    type: 'error',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      {
        internalType: 'enum IGovernor.ProposalState',
        name: 'current',
        type: 'uint8',
      },
      { internalType: 'bytes32', name: 'expectedStates', type: 'bytes32' },
    ],
    name: 'GovernorUnexpectedProposalState',
    type: 'error',
  },
  {
    inputs: [
      { internalType: 'address', name: 'account', type: 'address' },
      { internalType: 'uint256', name: 'currentNonce', type: 'uint256' },
    ],
    name: 'InvalidAccountNonce',
    type: 'error',
  },
  { inputs: [], name: 'InvalidShortString', type: 'error' },
  {
    inputs: [
      { internalType: 'uint8', name: 'bits', type: 'uint8' },
      { internalType: 'uint256', name: 'value', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
    type: 'error',
  },
  {
    inputs: [{ internalType: 'string', name: 'str', type: 'string' }],
    name: 'StringTooLong',
    type: 'error',
  },
  { anonymous: false, inputs: [], name: 'EIP712DomainChanged', type: 'event' },
  {
    anonymous: false,
    inputs: [
      {
        indexed: false,
        internalType: 'uint256',
        name: 'proposalId',
        type: 'uint256',
      },
    ],
    name: 'ProposalCanceled',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: false,
        internalType: 'uint256',
        name: 'proposalId',
        type: 'uint256',
      },
      {
        indexed: false,
        internalType: 'address',
        name: 'proposer',
        type: 'address',
      },
      {
        indexed: false,
        internalType: 'address[]',
        name: 'targets',
        type: 'address[]',
      },
      {
        indexed: false,
        internalType: 'uint256[]',
        name: 'values',
        type: 'uint256[]',
      },
      {
        indexed: false,
        internalType: 'string[]',
        name: 'signatures',
        type: 'string[]',
      },
      {
        indexed: false,
        internalType: 'bytes[]',
        name: 'calldatas',
        type: 'bytes[]',
      },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'voteStart',
        type: 'uint256',
      },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'voteEnd',
        type: 'uint256',
      },
      {
        indexed: false,
        internalType: 'string',
        name: 'description',
        type: 'string',
      },
    ],
    name: 'ProposalCreated',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: false,
        internalType: 'uint256',
        name: 'proposalId',
        type: 'uint256',
      },
    ],
    name: 'ProposalExecuted',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: false,
        internalType: 'uint256',
        name: 'proposalId',
        type: 'uint256',
      },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'etaSeconds',
        type: 'uint256',
      },
    ],
    name: 'ProposalQueued',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: false,
        internalType: 'address',
        name: 'oldTimelock',
        type: 'address',
      },
      {
        indexed: false,
        internalType: 'address',
        name: 'newTimelock',
        type: 'address',
      },
    ],
    name: 'TimelockChange',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'voter',
        type: 'address',
      },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'proposalId',
        type: 'uint256',
      },
      { indexed: false, internalType: 'uint8', name: 'support', type: 'uint8' },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'weight',
        type: 'uint256',
      },
      {
        indexed: false,
        internalType: 'string',
        name: 'reason',
        type: 'string',
      },
    ],
    name: 'VoteCast',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'voter',
        type: 'address',
      },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'proposalId',
        type: 'uint256',
      },
      { indexed: false, internalType: 'uint8', name: 'support', type: 'uint8' },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'weight',
        type: 'uint256',
      },
      {
        indexed: false,
        internalType: 'string',
        name: 'reason',
        type: 'string',
      },
      { indexed: false, internalType: 'bytes', name: 'params', type: 'bytes' },
    ],
    name: 'VoteCastWithParams',
    type: 'event',
  },
  {
    inputs: [],
    name: 'BALLOT_TYPEHASH',
    outputs: [{ internalType: 'bytes32', name: '', type: 'bytes32' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'CLOCK_MODE',
    outputs: [{ internalType: 'string', name: '', type: 'string' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'COUNTING_MODE',
    outputs: [{ internalType: 'string', name: '', type: 'string' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'EXTENDED_BALLOT_TYPEHASH',
    outputs: [{ internalType: 'bytes32', name: '', type: 'bytes32' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address[]', name: 'targets', type: 'address[]' },
      { internalType: 'uint256[]', name: 'values', type: 'uint256[]' },
      { internalType: 'bytes[]', name: 'calldatas', type: 'bytes[]' },
      { internalType: 'bytes32', name: 'descriptionHash', type: 'bytes32' },
    ],
    name: 'cancel',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      { internalType: 'uint8', name: 'support', type: 'uint8' },
    ],
    name: 'castVote',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      { internalType: 'uint8', name: 'support', type: 'uint8' },
      { internalType: 'address', name: 'voter', type: 'address' },
      { internalType: 'bytes', name: 'signature', type: 'bytes' },
    ],
    name: 'castVoteBySig',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      { internalType: 'uint8', name: 'support', type: 'uint8' },
      { internalType: 'string', name: 'reason', type: 'string' },
    ],
    name: 'castVoteWithReason',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      { internalType: 'uint8', name: 'support', type: 'uint8' },
      { internalType: 'string', name: 'reason', type: 'string' },
      { internalType: 'bytes', name: 'params', type: 'bytes' },
    ],
    name: 'castVoteWithReasonAndParams',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      { internalType: 'uint8', name: 'support', type: 'uint8' },
      { internalType: 'address', name: 'voter', type: 'address' },
      { internalType: 'string', name: 'reason', type: 'string' },
      { internalType: 'bytes', name: 'params', type: 'bytes' },
      { internalType: 'bytes', name: 'signature', type: 'bytes' },
    ],
    name: 'castVoteWithReasonAndParamsBySig',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [],
    name: 'clock',
    outputs: [{ internalType: 'uint48', name: '', type: 'uint48' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { internalType: 'bytes1', name: 'fields', type: 'bytes1' },
      { internalType: 'string', name: 'name', type: 'string' },
      { internalType: 'string', name: 'version', type: 'string' },
      { internalType: 'uint256', name: 'chainId', type: 'uint256' },
      { internalType: 'address', name: 'verifyingContract', type: 'address' },
      { internalType: 'bytes32', name: 'salt', type: 'bytes32' },
      { internalType: 'uint256[]', name: 'extensions', type: 'uint256[]' },
    ],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address[]', name: 'targets', type: 'address[]' },
      { internalType: 'uint256[]', name: 'values', type: 'uint256[]' },
      { internalType: 'bytes[]', name: 'calldatas', type: 'bytes[]' },
      { internalType: 'bytes32', name: 'descriptionHash', type: 'bytes32' },
    ],
    name: 'execute',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'payable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address[]', name: 'targets', type: 'address[]' },
      { internalType: 'uint256[]', name: 'values', type: 'uint256[]' },
      { internalType: 'bytes[]', name: 'calldatas', type: 'bytes[]' },
      { internalType: 'bytes32', name: 'descriptionHash', type: 'bytes32' },
    ],
    name: 'getProposalId',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'account', type: 'address' },
      { internalType: 'uint256', name: 'timepoint', type: 'uint256' },
    ],
    name: 'getVotes',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'account', type: 'address' },
      { internalType: 'uint256', name: 'timepoint', type: 'uint256' },
      { internalType: 'bytes', name: 'params', type: 'bytes' },
    ],
    name: 'getVotesWithParams',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'proposalId', type: 'uint256' },
      { internalType: 'address', name: 'account', type: 'address' },
    ],
    name: 'hasVoted',
    outputs: [{ internalType: 'bool', name: '', type: 'bool' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address[]', name: 'targets', type: 'address[]' },
      { internalType: 'uint256[]', name: 'values', type: 'uint256[]' },
      { internalType: 'bytes[]', name: 'calldatas', type: 'bytes[]' },
      { internalType: 'bytes32', name: 'descriptionHash', type: 'bytes32' },
    ],
    name: 'hashProposal',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'pure',
    type: 'function',
  },
  {
    inputs: [],
    name: 'name',
    outputs: [{ internalType: 'string', name: '', type: 'string' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'address', name: 'owner', type: 'address' }],
    name: 'nonces',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: '', type: 'address' },
      { internalType: 'address', name: '', type: 'address' },
      { internalType: 'uint256[]', name: '', type: 'uint256[]' },
      { internalType: 'uint256[]', name: '', type: 'uint256[]' },
      { internalType: 'bytes', name: '', type: 'bytes' },
    ],
    name: 'onERC1155BatchReceived',
    outputs: [{ internalType: 'bytes4', name: '', type: 'bytes4' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: '', type: 'address' },
      { internalType: 'address', name: '', type: 'address' },
      { internalType: 'uint256', name: '', type: 'uint256' },
      { internalType: 'uint256', name: '', type: 'uint256' },
      { internalType: 'bytes', name: '', type: 'bytes' },
    ],
    name: 'onERC1155Received',
    outputs: [{ internalType: 'bytes4', name: '', type: 'bytes4' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: '', type: 'address' },
      { internalType: 'address', name: '', type: 'address' },
      { internalType: 'uint256', name: '', type: 'uint256' },
      { internalType: 'bytes', name: '', type: 'bytes' },
    ],
    name: 'onERC721Received',
    outputs: [{ internalType: 'bytes4', name: '', type: 'bytes4' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'proposalDeadline',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'proposalEta',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    name: 'proposalNeedsQueuing',
    outputs: [{ internalType: 'bool', name: '', type: 'bool' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'proposalProposer',
    outputs: [{ internalType: 'address', name: '', type: 'address' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'proposalSnapshot',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'proposalThreshold',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address[]', name: 'targets', type: 'address[]' },
      { internalType: 'uint256[]', name: 'values', type: 'uint256[]' },
      { internalType: 'bytes[]', name: 'calldatas', type: 'bytes[]' },
      { internalType: 'string', name: 'description', type: 'string' },
    ],
    name: 'propose',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address[]', name: 'targets', type: 'address[]' },
      { internalType: 'uint256[]', name: 'values', type: 'uint256[]' },
      { internalType: 'bytes[]', name: 'calldatas', type: 'bytes[]' },
      { internalType: 'bytes32', name: 'descriptionHash', type: 'bytes32' },
    ],
    name: 'queue',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'timepoint', type: 'uint256' }],
    name: 'quorum',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'target', type: 'address' },
      { internalType: 'uint256', name: 'value', type: 'uint256' },
      { internalType: 'bytes', name: 'data', type: 'bytes' },
    ],
    name: 'relay',
    outputs: [],
    stateMutability: 'payable',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: 'proposalId', type: 'uint256' }],
    name: 'state',
    outputs: [
      { internalType: 'enum IGovernor.ProposalState', name: '', type: 'uint8' },
    ],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'bytes4', name: 'interfaceId', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ internalType: 'bool', name: '', type: 'bool' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'timelock',
    outputs: [{ internalType: 'address', name: '', type: 'address' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      {
        internalType: 'contract TimelockController',
        name: 'newTimelock',
        type: 'address',
      },
    ],
    name: 'updateTimelock',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [],
    name: 'version',
    outputs: [{ internalType: 'string', name: '', type: 'string' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'votingDelay',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'votingPeriod',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  { stateMutability: 'payable', type: 'receive' },
] as const
/** ABI of contracts/proxy/utils/UUPSUpgradeable.sol:UUPSUpgradeable, from @openzeppelin/contracts/build/contracts. */
export const uupsUpgradeableAbi = [
  {
    inputs: [{ internalType: 'address', name: 'target', type: 'address' }],
    name: 'AddressEmptyCode',
    type: 'error',
  },
  {
    inputs: [
      { internalType: 'address', name: 'implementation', type: 'address' },
    ],
    name: 'ERC1967InvalidImplementation',
    type: 'error',
  },
  { inputs: [], name: 'ERC1967NonPayable', type: 'error' },
  { inputs: [], name: 'FailedCall', type: 'error' },
  { inputs: [], name: 'UUPSUnauthorizedCallContext', type: 'error' },
  {
    inputs: [{ internalType: 'bytes32', name: 'slot', type: 'bytes32' }],
    name: 'UUPSUnsupportedProxiableUUID',
    type: 'error',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'implementation',
        type: 'address',
      },
    ],
    name: 'Upgraded',
    type: 'event',
  },
  {
    inputs: [],
    name: 'UPGRADE_INTERFACE_VERSION',
    outputs: [{ internalType: 'string', name: '', type: 'string' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'proxiableUUID',
    outputs: [{ internalType: 'bytes32', name: '', type: 'bytes32' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'newImplementation', type: 'address' },
      { internalType: 'bytes', name: 'data', type: 'bytes' },
    ],
    name: 'upgradeToAndCall',
    outputs: [],
    stateMutability: 'payable',
    type: 'function',
  },
] as const
/** ABI of contracts/proxy/beacon/IBeacon.sol:IBeacon, from @openzeppelin/contracts/build/contracts. */
export const iBeaconAbi = [
  {
    inputs: [],
    name: 'implementation',
    outputs: [{ internalType: 'address', name: '', type: 'address' }],
    stateMutability: 'view',
    type: 'function',
  },
] as const
/** ABI of contracts/Safe.sol:Safe, from @safe-global/safe-contracts/build/artifacts/contracts. */
export const safeAbi = [
  { inputs: [], stateMutability: 'nonpayable', type: 'constructor' },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'owner',
        type: 'address',
      },
    ],
    name: 'AddedOwner',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'bytes32',
        name: 'approvedHash',
        type: 'bytes32',
      },
      {
        indexed: true,
        internalType: 'address',
        name: 'owner',
        type: 'address',
      },
    ],
    name: 'ApproveHash',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'handler',
        type: 'address',
      },
    ],
    name: 'ChangedFallbackHandler',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'guard',
        type: 'address',
      },
    ],
    name: 'ChangedGuard',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: false,
        internalType: 'uint256',
        name: 'threshold',
        type: 'uint256',
      },
    ],
    name: 'ChangedThreshold',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'module',
        type: 'address',
      },
    ],
    name: 'DisabledModule',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'module',
        type: 'address',
      },
    ],
    name: 'EnabledModule',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'bytes32',
        name: 'txHash',
        type: 'bytes32',
      },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'payment',
        type: 'uint256',
      },
    ],
    name: 'ExecutionFailure',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'module',
        type: 'address',
      },
    ],
    name: 'ExecutionFromModuleFailure',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'module',
        type: 'address',
      },
    ],
    name: 'ExecutionFromModuleSuccess',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'bytes32',
        name: 'txHash',
        type: 'bytes32',
      },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'payment',
        type: 'uint256',
      },
    ],
    name: 'ExecutionSuccess',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'owner',
        type: 'address',
      },
    ],
    name: 'RemovedOwner',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'sender',
        type: 'address',
      },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'value',
        type: 'uint256',
      },
    ],
    name: 'SafeReceived',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'address',
        name: 'initiator',
        type: 'address',
      },
      {
        indexed: false,
        internalType: 'address[]',
        name: 'owners',
        type: 'address[]',
      },
      {
        indexed: false,
        internalType: 'uint256',
        name: 'threshold',
        type: 'uint256',
      },
      {
        indexed: false,
        internalType: 'address',
        name: 'initializer',
        type: 'address',
      },
      {
        indexed: false,
        internalType: 'address',
        name: 'fallbackHandler',
        type: 'address',
      },
    ],
    name: 'SafeSetup',
    type: 'event',
  },
  {
    anonymous: false,
    inputs: [
      {
        indexed: true,
        internalType: 'bytes32',
        name: 'msgHash',
        type: 'bytes32',
      },
    ],
    name: 'SignMsg',
    type: 'event',
  },
  { stateMutability: 'nonpayable', type: 'fallback' },
  {
    inputs: [],
    name: 'VERSION',
    outputs: [{ internalType: 'string', name: '', type: 'string' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'owner', type: 'address' },
      { internalType: 'uint256', name: '_threshold', type: 'uint256' },
    ],
    name: 'addOwnerWithThreshold',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'bytes32', name: 'hashToApprove', type: 'bytes32' },
    ],
    name: 'approveHash',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: '', type: 'address' },
      { internalType: 'bytes32', name: '', type: 'bytes32' },
    ],
    name: 'approvedHashes',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'uint256', name: '_threshold', type: 'uint256' }],
    name: 'changeThreshold',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'bytes32', name: 'dataHash', type: 'bytes32' },
      { internalType: 'bytes', name: 'data', type: 'bytes' },
      { internalType: 'bytes', name: 'signatures', type: 'bytes' },
      { internalType: 'uint256', name: 'requiredSignatures', type: 'uint256' },
    ],
    name: 'checkNSignatures',
    outputs: [],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'bytes32', name: 'dataHash', type: 'bytes32' },
      { internalType: 'bytes', name: 'data', type: 'bytes' },
      { internalType: 'bytes', name: 'signatures', type: 'bytes' },
    ],
    name: 'checkSignatures',
    outputs: [],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'prevModule', type: 'address' },
      { internalType: 'address', name: 'module', type: 'address' },
    ],
    name: 'disableModule',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [],
    name: 'domainSeparator',
    outputs: [{ internalType: 'bytes32', name: '', type: 'bytes32' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'address', name: 'module', type: 'address' }],
    name: 'enableModule',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'to', type: 'address' },
      { internalType: 'uint256', name: 'value', type: 'uint256' },
      { internalType: 'bytes', name: 'data', type: 'bytes' },
      { internalType: 'enum Enum.Operation', name: 'operation', type: 'uint8' },
      { internalType: 'uint256', name: 'safeTxGas', type: 'uint256' },
      { internalType: 'uint256', name: 'baseGas', type: 'uint256' },
      { internalType: 'uint256', name: 'gasPrice', type: 'uint256' },
      { internalType: 'address', name: 'gasToken', type: 'address' },
      { internalType: 'address', name: 'refundReceiver', type: 'address' },
      { internalType: 'uint256', name: '_nonce', type: 'uint256' },
    ],
    name: 'encodeTransactionData',
    outputs: [{ internalType: 'bytes', name: '', type: 'bytes' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'to', type: 'address' },
      { internalType: 'uint256', name: 'value', type: 'uint256' },
      { internalType: 'bytes', name: 'data', type: 'bytes' },
      { internalType: 'enum Enum.Operation', name: 'operation', type: 'uint8' },
      { internalType: 'uint256', name: 'safeTxGas', type: 'uint256' },
      { internalType: 'uint256', name: 'baseGas', type: 'uint256' },
      { internalType: 'uint256', name: 'gasPrice', type: 'uint256' },
      { internalType: 'address', name: 'gasToken', type: 'address' },
      {
        internalType: 'address payable',
        name: 'refundReceiver',
        type: 'address',
      },
      { internalType: 'bytes', name: 'signatures', type: 'bytes' },
    ],
    name: 'execTransaction',
    outputs: [{ internalType: 'bool', name: 'success', type: 'bool' }],
    stateMutability: 'payable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'to', type: 'address' },
      { internalType: 'uint256', name: 'value', type: 'uint256' },
      { internalType: 'bytes', name: 'data', type: 'bytes' },
      { internalType: 'enum Enum.Operation', name: 'operation', type: 'uint8' },
    ],
    name: 'execTransactionFromModule',
    outputs: [{ internalType: 'bool', name: 'success', type: 'bool' }],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'to', type: 'address' },
      { internalType: 'uint256', name: 'value', type: 'uint256' },
      { internalType: 'bytes', name: 'data', type: 'bytes' },
      { internalType: 'enum Enum.Operation', name: 'operation', type: 'uint8' },
    ],
    name: 'execTransactionFromModuleReturnData',
    outputs: [
      { internalType: 'bool', name: 'success', type: 'bool' },
      { internalType: 'bytes', name: 'returnData', type: 'bytes' },
    ],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [],
    name: 'getChainId',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'start', type: 'address' },
      { internalType: 'uint256', name: 'pageSize', type: 'uint256' },
    ],
    name: 'getModulesPaginated',
    outputs: [
      { internalType: 'address[]', name: 'array', type: 'address[]' },
      { internalType: 'address', name: 'next', type: 'address' },
    ],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'getOwners',
    outputs: [{ internalType: 'address[]', name: '', type: 'address[]' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'uint256', name: 'offset', type: 'uint256' },
      { internalType: 'uint256', name: 'length', type: 'uint256' },
    ],
    name: 'getStorageAt',
    outputs: [{ internalType: 'bytes', name: '', type: 'bytes' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'getThreshold',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'to', type: 'address' },
      { internalType: 'uint256', name: 'value', type: 'uint256' },
      { internalType: 'bytes', name: 'data', type: 'bytes' },
      { internalType: 'enum Enum.Operation', name: 'operation', type: 'uint8' },
      { internalType: 'uint256', name: 'safeTxGas', type: 'uint256' },
      { internalType: 'uint256', name: 'baseGas', type: 'uint256' },
      { internalType: 'uint256', name: 'gasPrice', type: 'uint256' },
      { internalType: 'address', name: 'gasToken', type: 'address' },
      { internalType: 'address', name: 'refundReceiver', type: 'address' },
      { internalType: 'uint256', name: '_nonce', type: 'uint256' },
    ],
    name: 'getTransactionHash',
    outputs: [{ internalType: 'bytes32', name: '', type: 'bytes32' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'address', name: 'module', type: 'address' }],
    name: 'isModuleEnabled',
    outputs: [{ internalType: 'bool', name: '', type: 'bool' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'address', name: 'owner', type: 'address' }],
    name: 'isOwner',
    outputs: [{ internalType: 'bool', name: '', type: 'bool' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [],
    name: 'nonce',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'prevOwner', type: 'address' },
      { internalType: 'address', name: 'owner', type: 'address' },
      { internalType: 'uint256', name: '_threshold', type: 'uint256' },
    ],
    name: 'removeOwner',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'address', name: 'handler', type: 'address' }],
    name: 'setFallbackHandler',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'address', name: 'guard', type: 'address' }],
    name: 'setGuard',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address[]', name: '_owners', type: 'address[]' },
      { internalType: 'uint256', name: '_threshold', type: 'uint256' },
      { internalType: 'address', name: 'to', type: 'address' },
      { internalType: 'bytes', name: 'data', type: 'bytes' },
      { internalType: 'address', name: 'fallbackHandler', type: 'address' },
      { internalType: 'address', name: 'paymentToken', type: 'address' },
      { internalType: 'uint256', name: 'payment', type: 'uint256' },
      {
        internalType: 'address payable',
        name: 'paymentReceiver',
        type: 'address',
      },
    ],
    name: 'setup',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [{ internalType: 'bytes32', name: '', type: 'bytes32' }],
    name: 'signedMessages',
    outputs: [{ internalType: 'uint256', name: '', type: 'uint256' }],
    stateMutability: 'view',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'targetContract', type: 'address' },
      { internalType: 'bytes', name: 'calldataPayload', type: 'bytes' },
    ],
    name: 'simulateAndRevert',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  {
    inputs: [
      { internalType: 'address', name: 'prevOwner', type: 'address' },
      { internalType: 'address', name: 'oldOwner', type: 'address' },
      { internalType: 'address', name: 'newOwner', type: 'address' },
    ],
    name: 'swapOwner',
    outputs: [],
    stateMutability: 'nonpayable',
    type: 'function',
  },
  { stateMutability: 'payable', type: 'receive' },
] as const
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
