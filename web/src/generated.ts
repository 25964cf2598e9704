import {
  createUseReadContract,
  createUseWriteContract,
  createUseSimulateContract,
  createUseWatchContractEvent,
} from 'wagmi/codegen'

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
// React
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__
 */
export const useReadAppAuthGovernor = /*#__PURE__*/ createUseReadContract({
  abi: appAuthGovernorAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"BALLOT_TYPEHASH"`
 */
export const useReadAppAuthGovernorBallotTypehash =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'BALLOT_TYPEHASH',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"CLOCK_MODE"`
 */
export const useReadAppAuthGovernorClockMode =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'CLOCK_MODE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"COUNTING_MODE"`
 */
export const useReadAppAuthGovernorCountingMode =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'COUNTING_MODE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"EXTENDED_BALLOT_TYPEHASH"`
 */
export const useReadAppAuthGovernorExtendedBallotTypehash =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'EXTENDED_BALLOT_TYPEHASH',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"MAX_EXECUTION_WINDOW"`
 */
export const useReadAppAuthGovernorMaxExecutionWindow =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'MAX_EXECUTION_WINDOW',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"MIN_QUORUM_NUMERATOR"`
 */
export const useReadAppAuthGovernorMinQuorumNumerator =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'MIN_QUORUM_NUMERATOR',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"MIN_VOTING_DELAY"`
 */
export const useReadAppAuthGovernorMinVotingDelay =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'MIN_VOTING_DELAY',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"MIN_VOTING_PERIOD"`
 */
export const useReadAppAuthGovernorMinVotingPeriod =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'MIN_VOTING_PERIOD',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"clock"`
 */
export const useReadAppAuthGovernorClock = /*#__PURE__*/ createUseReadContract({
  abi: appAuthGovernorAbi,
  functionName: 'clock',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"eip712Domain"`
 */
export const useReadAppAuthGovernorEip712Domain =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'eip712Domain',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"executionWindow"`
 */
export const useReadAppAuthGovernorExecutionWindow =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'executionWindow',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"getProposalId"`
 */
export const useReadAppAuthGovernorGetProposalId =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'getProposalId',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"getVotes"`
 */
export const useReadAppAuthGovernorGetVotes =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'getVotes',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"getVotesWithParams"`
 */
export const useReadAppAuthGovernorGetVotesWithParams =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'getVotesWithParams',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"hasVoted"`
 */
export const useReadAppAuthGovernorHasVoted =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'hasVoted',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"hashProposal"`
 */
export const useReadAppAuthGovernorHashProposal =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'hashProposal',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"lateQuorumVoteExtension"`
 */
export const useReadAppAuthGovernorLateQuorumVoteExtension =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'lateQuorumVoteExtension',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"name"`
 */
export const useReadAppAuthGovernorName = /*#__PURE__*/ createUseReadContract({
  abi: appAuthGovernorAbi,
  functionName: 'name',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"nonces"`
 */
export const useReadAppAuthGovernorNonces = /*#__PURE__*/ createUseReadContract(
  { abi: appAuthGovernorAbi, functionName: 'nonces' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"proposalDeadline"`
 */
export const useReadAppAuthGovernorProposalDeadline =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'proposalDeadline',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"proposalEta"`
 */
export const useReadAppAuthGovernorProposalEta =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'proposalEta',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"proposalNeedsQueuing"`
 */
export const useReadAppAuthGovernorProposalNeedsQueuing =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'proposalNeedsQueuing',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"proposalProposer"`
 */
export const useReadAppAuthGovernorProposalProposer =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'proposalProposer',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"proposalSnapshot"`
 */
export const useReadAppAuthGovernorProposalSnapshot =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'proposalSnapshot',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"proposalThreshold"`
 */
export const useReadAppAuthGovernorProposalThreshold =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'proposalThreshold',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"proposalVotes"`
 */
export const useReadAppAuthGovernorProposalVotes =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'proposalVotes',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"quorum"`
 */
export const useReadAppAuthGovernorQuorum = /*#__PURE__*/ createUseReadContract(
  { abi: appAuthGovernorAbi, functionName: 'quorum' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"quorumDenominator"`
 */
export const useReadAppAuthGovernorQuorumDenominator =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'quorumDenominator',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"quorumNumerator"`
 */
export const useReadAppAuthGovernorQuorumNumerator =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'quorumNumerator',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"state"`
 */
export const useReadAppAuthGovernorState = /*#__PURE__*/ createUseReadContract({
  abi: appAuthGovernorAbi,
  functionName: 'state',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"supportsInterface"`
 */
export const useReadAppAuthGovernorSupportsInterface =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'supportsInterface',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"timelock"`
 */
export const useReadAppAuthGovernorTimelock =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'timelock',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"token"`
 */
export const useReadAppAuthGovernorToken = /*#__PURE__*/ createUseReadContract({
  abi: appAuthGovernorAbi,
  functionName: 'token',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"version"`
 */
export const useReadAppAuthGovernorVersion =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'version',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"votingDelay"`
 */
export const useReadAppAuthGovernorVotingDelay =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'votingDelay',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"votingPeriod"`
 */
export const useReadAppAuthGovernorVotingPeriod =
  /*#__PURE__*/ createUseReadContract({
    abi: appAuthGovernorAbi,
    functionName: 'votingPeriod',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__
 */
export const useWriteAppAuthGovernor = /*#__PURE__*/ createUseWriteContract({
  abi: appAuthGovernorAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"cancel"`
 */
export const useWriteAppAuthGovernorCancel =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'cancel',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"castVote"`
 */
export const useWriteAppAuthGovernorCastVote =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'castVote',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"castVoteBySig"`
 */
export const useWriteAppAuthGovernorCastVoteBySig =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'castVoteBySig',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"castVoteWithReason"`
 */
export const useWriteAppAuthGovernorCastVoteWithReason =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'castVoteWithReason',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"castVoteWithReasonAndParams"`
 */
export const useWriteAppAuthGovernorCastVoteWithReasonAndParams =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'castVoteWithReasonAndParams',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"castVoteWithReasonAndParamsBySig"`
 */
export const useWriteAppAuthGovernorCastVoteWithReasonAndParamsBySig =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'castVoteWithReasonAndParamsBySig',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"execute"`
 */
export const useWriteAppAuthGovernorExecute =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'execute',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"onERC1155BatchReceived"`
 */
export const useWriteAppAuthGovernorOnErc1155BatchReceived =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'onERC1155BatchReceived',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"onERC1155Received"`
 */
export const useWriteAppAuthGovernorOnErc1155Received =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'onERC1155Received',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"onERC721Received"`
 */
export const useWriteAppAuthGovernorOnErc721Received =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'onERC721Received',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"propose"`
 */
export const useWriteAppAuthGovernorPropose =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'propose',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"queue"`
 */
export const useWriteAppAuthGovernorQueue =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'queue',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"relay"`
 */
export const useWriteAppAuthGovernorRelay =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'relay',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"setLateQuorumVoteExtension"`
 */
export const useWriteAppAuthGovernorSetLateQuorumVoteExtension =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'setLateQuorumVoteExtension',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"setProposalThreshold"`
 */
export const useWriteAppAuthGovernorSetProposalThreshold =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'setProposalThreshold',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"setVotingDelay"`
 */
export const useWriteAppAuthGovernorSetVotingDelay =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'setVotingDelay',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"setVotingPeriod"`
 */
export const useWriteAppAuthGovernorSetVotingPeriod =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'setVotingPeriod',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"updateQuorumNumerator"`
 */
export const useWriteAppAuthGovernorUpdateQuorumNumerator =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'updateQuorumNumerator',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"updateTimelock"`
 */
export const useWriteAppAuthGovernorUpdateTimelock =
  /*#__PURE__*/ createUseWriteContract({
    abi: appAuthGovernorAbi,
    functionName: 'updateTimelock',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__
 */
export const useSimulateAppAuthGovernor =
  /*#__PURE__*/ createUseSimulateContract({ abi: appAuthGovernorAbi })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"cancel"`
 */
export const useSimulateAppAuthGovernorCancel =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'cancel',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"castVote"`
 */
export const useSimulateAppAuthGovernorCastVote =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'castVote',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"castVoteBySig"`
 */
export const useSimulateAppAuthGovernorCastVoteBySig =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'castVoteBySig',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"castVoteWithReason"`
 */
export const useSimulateAppAuthGovernorCastVoteWithReason =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'castVoteWithReason',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"castVoteWithReasonAndParams"`
 */
export const useSimulateAppAuthGovernorCastVoteWithReasonAndParams =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'castVoteWithReasonAndParams',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"castVoteWithReasonAndParamsBySig"`
 */
export const useSimulateAppAuthGovernorCastVoteWithReasonAndParamsBySig =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'castVoteWithReasonAndParamsBySig',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"execute"`
 */
export const useSimulateAppAuthGovernorExecute =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'execute',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"onERC1155BatchReceived"`
 */
export const useSimulateAppAuthGovernorOnErc1155BatchReceived =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'onERC1155BatchReceived',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"onERC1155Received"`
 */
export const useSimulateAppAuthGovernorOnErc1155Received =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'onERC1155Received',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"onERC721Received"`
 */
export const useSimulateAppAuthGovernorOnErc721Received =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'onERC721Received',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"propose"`
 */
export const useSimulateAppAuthGovernorPropose =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'propose',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"queue"`
 */
export const useSimulateAppAuthGovernorQueue =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'queue',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"relay"`
 */
export const useSimulateAppAuthGovernorRelay =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'relay',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"setLateQuorumVoteExtension"`
 */
export const useSimulateAppAuthGovernorSetLateQuorumVoteExtension =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'setLateQuorumVoteExtension',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"setProposalThreshold"`
 */
export const useSimulateAppAuthGovernorSetProposalThreshold =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'setProposalThreshold',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"setVotingDelay"`
 */
export const useSimulateAppAuthGovernorSetVotingDelay =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'setVotingDelay',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"setVotingPeriod"`
 */
export const useSimulateAppAuthGovernorSetVotingPeriod =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'setVotingPeriod',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"updateQuorumNumerator"`
 */
export const useSimulateAppAuthGovernorUpdateQuorumNumerator =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'updateQuorumNumerator',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `functionName` set to `"updateTimelock"`
 */
export const useSimulateAppAuthGovernorUpdateTimelock =
  /*#__PURE__*/ createUseSimulateContract({
    abi: appAuthGovernorAbi,
    functionName: 'updateTimelock',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link appAuthGovernorAbi}__
 */
export const useWatchAppAuthGovernorEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: appAuthGovernorAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `eventName` set to `"EIP712DomainChanged"`
 */
export const useWatchAppAuthGovernorEip712DomainChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: appAuthGovernorAbi,
    eventName: 'EIP712DomainChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `eventName` set to `"LateQuorumVoteExtensionSet"`
 */
export const useWatchAppAuthGovernorLateQuorumVoteExtensionSetEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: appAuthGovernorAbi,
    eventName: 'LateQuorumVoteExtensionSet',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `eventName` set to `"ProposalCanceled"`
 */
export const useWatchAppAuthGovernorProposalCanceledEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: appAuthGovernorAbi,
    eventName: 'ProposalCanceled',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `eventName` set to `"ProposalCreated"`
 */
export const useWatchAppAuthGovernorProposalCreatedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: appAuthGovernorAbi,
    eventName: 'ProposalCreated',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `eventName` set to `"ProposalExecuted"`
 */
export const useWatchAppAuthGovernorProposalExecutedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: appAuthGovernorAbi,
    eventName: 'ProposalExecuted',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `eventName` set to `"ProposalExtended"`
 */
export const useWatchAppAuthGovernorProposalExtendedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: appAuthGovernorAbi,
    eventName: 'ProposalExtended',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `eventName` set to `"ProposalQueued"`
 */
export const useWatchAppAuthGovernorProposalQueuedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: appAuthGovernorAbi,
    eventName: 'ProposalQueued',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `eventName` set to `"ProposalThresholdSet"`
 */
export const useWatchAppAuthGovernorProposalThresholdSetEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: appAuthGovernorAbi,
    eventName: 'ProposalThresholdSet',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `eventName` set to `"QuorumNumeratorUpdated"`
 */
export const useWatchAppAuthGovernorQuorumNumeratorUpdatedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: appAuthGovernorAbi,
    eventName: 'QuorumNumeratorUpdated',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `eventName` set to `"TimelockChange"`
 */
export const useWatchAppAuthGovernorTimelockChangeEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: appAuthGovernorAbi,
    eventName: 'TimelockChange',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `eventName` set to `"VoteCast"`
 */
export const useWatchAppAuthGovernorVoteCastEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: appAuthGovernorAbi,
    eventName: 'VoteCast',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `eventName` set to `"VoteCastWithParams"`
 */
export const useWatchAppAuthGovernorVoteCastWithParamsEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: appAuthGovernorAbi,
    eventName: 'VoteCastWithParams',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `eventName` set to `"VotingDelaySet"`
 */
export const useWatchAppAuthGovernorVotingDelaySetEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: appAuthGovernorAbi,
    eventName: 'VotingDelaySet',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link appAuthGovernorAbi}__ and `eventName` set to `"VotingPeriodSet"`
 */
export const useWatchAppAuthGovernorVotingPeriodSetEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: appAuthGovernorAbi,
    eventName: 'VotingPeriodSet',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link localKmsAbi}__
 */
export const useReadLocalKms = /*#__PURE__*/ createUseReadContract({
  abi: localKmsAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"allowedOsImages"`
 */
export const useReadLocalKmsAllowedOsImages =
  /*#__PURE__*/ createUseReadContract({
    abi: localKmsAbi,
    functionName: 'allowedOsImages',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"appImplementation"`
 */
export const useReadLocalKmsAppImplementation =
  /*#__PURE__*/ createUseReadContract({
    abi: localKmsAbi,
    functionName: 'appImplementation',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"gatewayAppId"`
 */
export const useReadLocalKmsGatewayAppId = /*#__PURE__*/ createUseReadContract({
  abi: localKmsAbi,
  functionName: 'gatewayAppId',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"isAppAllowed"`
 */
export const useReadLocalKmsIsAppAllowed = /*#__PURE__*/ createUseReadContract({
  abi: localKmsAbi,
  functionName: 'isAppAllowed',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"isKmsAllowed"`
 */
export const useReadLocalKmsIsKmsAllowed = /*#__PURE__*/ createUseReadContract({
  abi: localKmsAbi,
  functionName: 'isKmsAllowed',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"kmsAllowedAggregatedMrs"`
 */
export const useReadLocalKmsKmsAllowedAggregatedMrs =
  /*#__PURE__*/ createUseReadContract({
    abi: localKmsAbi,
    functionName: 'kmsAllowedAggregatedMrs',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"kmsAllowedDeviceIds"`
 */
export const useReadLocalKmsKmsAllowedDeviceIds =
  /*#__PURE__*/ createUseReadContract({
    abi: localKmsAbi,
    functionName: 'kmsAllowedDeviceIds',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"owner"`
 */
export const useReadLocalKmsOwner = /*#__PURE__*/ createUseReadContract({
  abi: localKmsAbi,
  functionName: 'owner',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"registeredApps"`
 */
export const useReadLocalKmsRegisteredApps =
  /*#__PURE__*/ createUseReadContract({
    abi: localKmsAbi,
    functionName: 'registeredApps',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"supportsInterface"`
 */
export const useReadLocalKmsSupportsInterface =
  /*#__PURE__*/ createUseReadContract({
    abi: localKmsAbi,
    functionName: 'supportsInterface',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link localKmsAbi}__
 */
export const useWriteLocalKms = /*#__PURE__*/ createUseWriteContract({
  abi: localKmsAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"addKmsAggregatedMr"`
 */
export const useWriteLocalKmsAddKmsAggregatedMr =
  /*#__PURE__*/ createUseWriteContract({
    abi: localKmsAbi,
    functionName: 'addKmsAggregatedMr',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"addKmsDevice"`
 */
export const useWriteLocalKmsAddKmsDevice =
  /*#__PURE__*/ createUseWriteContract({
    abi: localKmsAbi,
    functionName: 'addKmsDevice',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"addOsImageHash"`
 */
export const useWriteLocalKmsAddOsImageHash =
  /*#__PURE__*/ createUseWriteContract({
    abi: localKmsAbi,
    functionName: 'addOsImageHash',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"registerApp"`
 */
export const useWriteLocalKmsRegisterApp = /*#__PURE__*/ createUseWriteContract(
  { abi: localKmsAbi, functionName: 'registerApp' },
)

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"removeKmsAggregatedMr"`
 */
export const useWriteLocalKmsRemoveKmsAggregatedMr =
  /*#__PURE__*/ createUseWriteContract({
    abi: localKmsAbi,
    functionName: 'removeKmsAggregatedMr',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"removeKmsDevice"`
 */
export const useWriteLocalKmsRemoveKmsDevice =
  /*#__PURE__*/ createUseWriteContract({
    abi: localKmsAbi,
    functionName: 'removeKmsDevice',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"removeOsImageHash"`
 */
export const useWriteLocalKmsRemoveOsImageHash =
  /*#__PURE__*/ createUseWriteContract({
    abi: localKmsAbi,
    functionName: 'removeOsImageHash',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"renounceOwnership"`
 */
export const useWriteLocalKmsRenounceOwnership =
  /*#__PURE__*/ createUseWriteContract({
    abi: localKmsAbi,
    functionName: 'renounceOwnership',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"setAppImplementation"`
 */
export const useWriteLocalKmsSetAppImplementation =
  /*#__PURE__*/ createUseWriteContract({
    abi: localKmsAbi,
    functionName: 'setAppImplementation',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"setGatewayAppId"`
 */
export const useWriteLocalKmsSetGatewayAppId =
  /*#__PURE__*/ createUseWriteContract({
    abi: localKmsAbi,
    functionName: 'setGatewayAppId',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"transferOwnership"`
 */
export const useWriteLocalKmsTransferOwnership =
  /*#__PURE__*/ createUseWriteContract({
    abi: localKmsAbi,
    functionName: 'transferOwnership',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link localKmsAbi}__
 */
export const useSimulateLocalKms = /*#__PURE__*/ createUseSimulateContract({
  abi: localKmsAbi,
})

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"addKmsAggregatedMr"`
 */
export const useSimulateLocalKmsAddKmsAggregatedMr =
  /*#__PURE__*/ createUseSimulateContract({
    abi: localKmsAbi,
    functionName: 'addKmsAggregatedMr',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"addKmsDevice"`
 */
export const useSimulateLocalKmsAddKmsDevice =
  /*#__PURE__*/ createUseSimulateContract({
    abi: localKmsAbi,
    functionName: 'addKmsDevice',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"addOsImageHash"`
 */
export const useSimulateLocalKmsAddOsImageHash =
  /*#__PURE__*/ createUseSimulateContract({
    abi: localKmsAbi,
    functionName: 'addOsImageHash',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"registerApp"`
 */
export const useSimulateLocalKmsRegisterApp =
  /*#__PURE__*/ createUseSimulateContract({
    abi: localKmsAbi,
    functionName: 'registerApp',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"removeKmsAggregatedMr"`
 */
export const useSimulateLocalKmsRemoveKmsAggregatedMr =
  /*#__PURE__*/ createUseSimulateContract({
    abi: localKmsAbi,
    functionName: 'removeKmsAggregatedMr',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"removeKmsDevice"`
 */
export const useSimulateLocalKmsRemoveKmsDevice =
  /*#__PURE__*/ createUseSimulateContract({
    abi: localKmsAbi,
    functionName: 'removeKmsDevice',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"removeOsImageHash"`
 */
export const useSimulateLocalKmsRemoveOsImageHash =
  /*#__PURE__*/ createUseSimulateContract({
    abi: localKmsAbi,
    functionName: 'removeOsImageHash',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"renounceOwnership"`
 */
export const useSimulateLocalKmsRenounceOwnership =
  /*#__PURE__*/ createUseSimulateContract({
    abi: localKmsAbi,
    functionName: 'renounceOwnership',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"setAppImplementation"`
 */
export const useSimulateLocalKmsSetAppImplementation =
  /*#__PURE__*/ createUseSimulateContract({
    abi: localKmsAbi,
    functionName: 'setAppImplementation',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"setGatewayAppId"`
 */
export const useSimulateLocalKmsSetGatewayAppId =
  /*#__PURE__*/ createUseSimulateContract({
    abi: localKmsAbi,
    functionName: 'setGatewayAppId',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link localKmsAbi}__ and `functionName` set to `"transferOwnership"`
 */
export const useSimulateLocalKmsTransferOwnership =
  /*#__PURE__*/ createUseSimulateContract({
    abi: localKmsAbi,
    functionName: 'transferOwnership',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link localKmsAbi}__
 */
export const useWatchLocalKmsEvent = /*#__PURE__*/ createUseWatchContractEvent({
  abi: localKmsAbi,
})

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link localKmsAbi}__ and `eventName` set to `"AppImplementationSet"`
 */
export const useWatchLocalKmsAppImplementationSetEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: localKmsAbi,
    eventName: 'AppImplementationSet',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link localKmsAbi}__ and `eventName` set to `"AppRegistered"`
 */
export const useWatchLocalKmsAppRegisteredEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: localKmsAbi,
    eventName: 'AppRegistered',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link localKmsAbi}__ and `eventName` set to `"GatewayAppIdSet"`
 */
export const useWatchLocalKmsGatewayAppIdSetEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: localKmsAbi,
    eventName: 'GatewayAppIdSet',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link localKmsAbi}__ and `eventName` set to `"KmsAggregatedMrAdded"`
 */
export const useWatchLocalKmsKmsAggregatedMrAddedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: localKmsAbi,
    eventName: 'KmsAggregatedMrAdded',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link localKmsAbi}__ and `eventName` set to `"KmsAggregatedMrRemoved"`
 */
export const useWatchLocalKmsKmsAggregatedMrRemovedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: localKmsAbi,
    eventName: 'KmsAggregatedMrRemoved',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link localKmsAbi}__ and `eventName` set to `"KmsDeviceAdded"`
 */
export const useWatchLocalKmsKmsDeviceAddedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: localKmsAbi,
    eventName: 'KmsDeviceAdded',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link localKmsAbi}__ and `eventName` set to `"KmsDeviceRemoved"`
 */
export const useWatchLocalKmsKmsDeviceRemovedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: localKmsAbi,
    eventName: 'KmsDeviceRemoved',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link localKmsAbi}__ and `eventName` set to `"OsImageHashAdded"`
 */
export const useWatchLocalKmsOsImageHashAddedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: localKmsAbi,
    eventName: 'OsImageHashAdded',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link localKmsAbi}__ and `eventName` set to `"OsImageHashRemoved"`
 */
export const useWatchLocalKmsOsImageHashRemovedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: localKmsAbi,
    eventName: 'OsImageHashRemoved',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link localKmsAbi}__ and `eventName` set to `"OwnershipTransferred"`
 */
export const useWatchLocalKmsOwnershipTransferredEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: localKmsAbi,
    eventName: 'OwnershipTransferred',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link localKmsAbi}__ and `eventName` set to `"PolicyChanged"`
 */
export const useWatchLocalKmsPolicyChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: localKmsAbi,
    eventName: 'PolicyChanged',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__
 */
export const useReadMultisigAppAuth = /*#__PURE__*/ createUseReadContract({
  abi: multisigAppAuthAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"EXECUTE_TYPEHASH"`
 */
export const useReadMultisigAppAuthExecuteTypehash =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'EXECUTE_TYPEHASH',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"MAX_GRACE_PERIOD"`
 */
export const useReadMultisigAppAuthMaxGracePeriod =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'MAX_GRACE_PERIOD',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"MAX_NONCE_AHEAD"`
 */
export const useReadMultisigAppAuthMaxNonceAhead =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'MAX_NONCE_AHEAD',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"MAX_NOTICE_PERIOD"`
 */
export const useReadMultisigAppAuthMaxNoticePeriod =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'MAX_NOTICE_PERIOD',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"MAX_SIGNERS"`
 */
export const useReadMultisigAppAuthMaxSigners =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'MAX_SIGNERS',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"MAX_URI_LENGTH"`
 */
export const useReadMultisigAppAuthMaxUriLength =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'MAX_URI_LENGTH',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"activatesAt"`
 */
export const useReadMultisigAppAuthActivatesAt =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'activatesAt',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"allowAnyDevice"`
 */
export const useReadMultisigAppAuthAllowAnyDevice =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'allowAnyDevice',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"allowedComposeHashes"`
 */
export const useReadMultisigAppAuthAllowedComposeHashes =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'allowedComposeHashes',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"allowedDeviceIds"`
 */
export const useReadMultisigAppAuthAllowedDeviceIds =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'allowedDeviceIds',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"approvalCount"`
 */
export const useReadMultisigAppAuthApprovalCount =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'approvalCount',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"changeId"`
 */
export const useReadMultisigAppAuthChangeId =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'changeId',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"eip712Domain"`
 */
export const useReadMultisigAppAuthEip712Domain =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'eip712Domain',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"executeHash"`
 */
export const useReadMultisigAppAuthExecuteHash =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'executeHash',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"getChange"`
 */
export const useReadMultisigAppAuthGetChange =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'getChange',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"gracePeriod"`
 */
export const useReadMultisigAppAuthGracePeriod =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'gracePeriod',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"hasApproved"`
 */
export const useReadMultisigAppAuthHasApproved =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'hasApproved',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"isAppAllowed"`
 */
export const useReadMultisigAppAuthIsAppAllowed =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'isAppAllowed',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"isSigner"`
 */
export const useReadMultisigAppAuthIsSigner =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'isSigner',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"minNoticePeriod"`
 */
export const useReadMultisigAppAuthMinNoticePeriod =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'minNoticePeriod',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"nonce"`
 */
export const useReadMultisigAppAuthNonce = /*#__PURE__*/ createUseReadContract({
  abi: multisigAppAuthAbi,
  functionName: 'nonce',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"noticePeriod"`
 */
export const useReadMultisigAppAuthNoticePeriod =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'noticePeriod',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"pendingChangeCount"`
 */
export const useReadMultisigAppAuthPendingChangeCount =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'pendingChangeCount',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"pendingChanges"`
 */
export const useReadMultisigAppAuthPendingChanges =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'pendingChanges',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposedAt"`
 */
export const useReadMultisigAppAuthProposedAt =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposedAt',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"requireTcbUpToDate"`
 */
export const useReadMultisigAppAuthRequireTcbUpToDate =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'requireTcbUpToDate',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"signerChangeValue"`
 */
export const useReadMultisigAppAuthSignerChangeValue =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'signerChangeValue',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"signers"`
 */
export const useReadMultisigAppAuthSigners =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'signers',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"supportsInterface"`
 */
export const useReadMultisigAppAuthSupportsInterface =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'supportsInterface',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"threshold"`
 */
export const useReadMultisigAppAuthThreshold =
  /*#__PURE__*/ createUseReadContract({
    abi: multisigAppAuthAbi,
    functionName: 'threshold',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__
 */
export const useWriteMultisigAppAuth = /*#__PURE__*/ createUseWriteContract({
  abi: multisigAppAuthAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"activate"`
 */
export const useWriteMultisigAppAuthActivate =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'activate',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"activateComposeHash"`
 */
export const useWriteMultisigAppAuthActivateComposeHash =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'activateComposeHash',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"approve"`
 */
export const useWriteMultisigAppAuthApprove =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'approve',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"cancelProposal"`
 */
export const useWriteMultisigAppAuthCancelProposal =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'cancelProposal',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"clearExpired"`
 */
export const useWriteMultisigAppAuthClearExpired =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'clearExpired',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"disallowAnyDevice"`
 */
export const useWriteMultisigAppAuthDisallowAnyDevice =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'disallowAnyDevice',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"execute"`
 */
export const useWriteMultisigAppAuthExecute =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'execute',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"lengthenNoticePeriod"`
 */
export const useWriteMultisigAppAuthLengthenNoticePeriod =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'lengthenNoticePeriod',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeAddSigner"`
 */
export const useWriteMultisigAppAuthProposeAddSigner =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeAddSigner',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeAllowAnyDevice"`
 */
export const useWriteMultisigAppAuthProposeAllowAnyDevice =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeAllowAnyDevice',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeComposeHash"`
 */
export const useWriteMultisigAppAuthProposeComposeHash =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeComposeHash',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeDevice"`
 */
export const useWriteMultisigAppAuthProposeDevice =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeDevice',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeNoticePeriod"`
 */
export const useWriteMultisigAppAuthProposeNoticePeriod =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeNoticePeriod',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeRemoveSigner"`
 */
export const useWriteMultisigAppAuthProposeRemoveSigner =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeRemoveSigner',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeTcbNotRequired"`
 */
export const useWriteMultisigAppAuthProposeTcbNotRequired =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeTcbNotRequired',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeThreshold"`
 */
export const useWriteMultisigAppAuthProposeThreshold =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeThreshold',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"removeComposeHash"`
 */
export const useWriteMultisigAppAuthRemoveComposeHash =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'removeComposeHash',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"removeDevice"`
 */
export const useWriteMultisigAppAuthRemoveDevice =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'removeDevice',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"requireUpToDateTcb"`
 */
export const useWriteMultisigAppAuthRequireUpToDateTcb =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'requireUpToDateTcb',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"revokeApproval"`
 */
export const useWriteMultisigAppAuthRevokeApproval =
  /*#__PURE__*/ createUseWriteContract({
    abi: multisigAppAuthAbi,
    functionName: 'revokeApproval',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__
 */
export const useSimulateMultisigAppAuth =
  /*#__PURE__*/ createUseSimulateContract({ abi: multisigAppAuthAbi })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"activate"`
 */
export const useSimulateMultisigAppAuthActivate =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'activate',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"activateComposeHash"`
 */
export const useSimulateMultisigAppAuthActivateComposeHash =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'activateComposeHash',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"approve"`
 */
export const useSimulateMultisigAppAuthApprove =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'approve',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"cancelProposal"`
 */
export const useSimulateMultisigAppAuthCancelProposal =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'cancelProposal',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"clearExpired"`
 */
export const useSimulateMultisigAppAuthClearExpired =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'clearExpired',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"disallowAnyDevice"`
 */
export const useSimulateMultisigAppAuthDisallowAnyDevice =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'disallowAnyDevice',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"execute"`
 */
export const useSimulateMultisigAppAuthExecute =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'execute',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"lengthenNoticePeriod"`
 */
export const useSimulateMultisigAppAuthLengthenNoticePeriod =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'lengthenNoticePeriod',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeAddSigner"`
 */
export const useSimulateMultisigAppAuthProposeAddSigner =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeAddSigner',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeAllowAnyDevice"`
 */
export const useSimulateMultisigAppAuthProposeAllowAnyDevice =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeAllowAnyDevice',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeComposeHash"`
 */
export const useSimulateMultisigAppAuthProposeComposeHash =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeComposeHash',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeDevice"`
 */
export const useSimulateMultisigAppAuthProposeDevice =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeDevice',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeNoticePeriod"`
 */
export const useSimulateMultisigAppAuthProposeNoticePeriod =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeNoticePeriod',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeRemoveSigner"`
 */
export const useSimulateMultisigAppAuthProposeRemoveSigner =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeRemoveSigner',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeTcbNotRequired"`
 */
export const useSimulateMultisigAppAuthProposeTcbNotRequired =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeTcbNotRequired',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"proposeThreshold"`
 */
export const useSimulateMultisigAppAuthProposeThreshold =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'proposeThreshold',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"removeComposeHash"`
 */
export const useSimulateMultisigAppAuthRemoveComposeHash =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'removeComposeHash',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"removeDevice"`
 */
export const useSimulateMultisigAppAuthRemoveDevice =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'removeDevice',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"requireUpToDateTcb"`
 */
export const useSimulateMultisigAppAuthRequireUpToDateTcb =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'requireUpToDateTcb',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `functionName` set to `"revokeApproval"`
 */
export const useSimulateMultisigAppAuthRevokeApproval =
  /*#__PURE__*/ createUseSimulateContract({
    abi: multisigAppAuthAbi,
    functionName: 'revokeApproval',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__
 */
export const useWatchMultisigAppAuthEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: multisigAppAuthAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"AllowAnyDeviceSet"`
 */
export const useWatchMultisigAppAuthAllowAnyDeviceSetEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'AllowAnyDeviceSet',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"ApprovalRevoked"`
 */
export const useWatchMultisigAppAuthApprovalRevokedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'ApprovalRevoked',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"Approved"`
 */
export const useWatchMultisigAppAuthApprovedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'Approved',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"ChangeActivated"`
 */
export const useWatchMultisigAppAuthChangeActivatedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'ChangeActivated',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"ChangeCancelled"`
 */
export const useWatchMultisigAppAuthChangeCancelledEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'ChangeCancelled',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"ChangeExpired"`
 */
export const useWatchMultisigAppAuthChangeExpiredEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'ChangeExpired',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"ChangeProposed"`
 */
export const useWatchMultisigAppAuthChangeProposedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'ChangeProposed',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"ComposeHashAdded"`
 */
export const useWatchMultisigAppAuthComposeHashAddedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'ComposeHashAdded',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"ComposeHashRemoved"`
 */
export const useWatchMultisigAppAuthComposeHashRemovedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'ComposeHashRemoved',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"DeviceAdded"`
 */
export const useWatchMultisigAppAuthDeviceAddedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'DeviceAdded',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"DeviceRemoved"`
 */
export const useWatchMultisigAppAuthDeviceRemovedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'DeviceRemoved',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"EIP712DomainChanged"`
 */
export const useWatchMultisigAppAuthEip712DomainChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'EIP712DomainChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"Executed"`
 */
export const useWatchMultisigAppAuthExecutedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'Executed',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"NoticePeriodSet"`
 */
export const useWatchMultisigAppAuthNoticePeriodSetEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'NoticePeriodSet',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"PolicyChanged"`
 */
export const useWatchMultisigAppAuthPolicyChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'PolicyChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"RequireTcbUpToDateSet"`
 */
export const useWatchMultisigAppAuthRequireTcbUpToDateSetEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'RequireTcbUpToDateSet',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"SignerAdded"`
 */
export const useWatchMultisigAppAuthSignerAddedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'SignerAdded',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"SignerRemoved"`
 */
export const useWatchMultisigAppAuthSignerRemovedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'SignerRemoved',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link multisigAppAuthAbi}__ and `eventName` set to `"ThresholdChanged"`
 */
export const useWatchMultisigAppAuthThresholdChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: multisigAppAuthAbi,
    eventName: 'ThresholdChanged',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__
 */
export const useReadOptOutRegistry = /*#__PURE__*/ createUseReadContract({
  abi: optOutRegistryAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"OPT_OUT_TYPEHASH"`
 */
export const useReadOptOutRegistryOptOutTypehash =
  /*#__PURE__*/ createUseReadContract({
    abi: optOutRegistryAbi,
    functionName: 'OPT_OUT_TYPEHASH',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"appAuth"`
 */
export const useReadOptOutRegistryAppAuth = /*#__PURE__*/ createUseReadContract(
  { abi: optOutRegistryAbi, functionName: 'appAuth' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"computeDigest"`
 */
export const useReadOptOutRegistryComputeDigest =
  /*#__PURE__*/ createUseReadContract({
    abi: optOutRegistryAbi,
    functionName: 'computeDigest',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"currentProposalKey"`
 */
export const useReadOptOutRegistryCurrentProposalKey =
  /*#__PURE__*/ createUseReadContract({
    abi: optOutRegistryAbi,
    functionName: 'currentProposalKey',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"digest"`
 */
export const useReadOptOutRegistryDigest = /*#__PURE__*/ createUseReadContract({
  abi: optOutRegistryAbi,
  functionName: 'digest',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"eip712Domain"`
 */
export const useReadOptOutRegistryEip712Domain =
  /*#__PURE__*/ createUseReadContract({
    abi: optOutRegistryAbi,
    functionName: 'eip712Domain',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"hashOptOut"`
 */
export const useReadOptOutRegistryHashOptOut =
  /*#__PURE__*/ createUseReadContract({
    abi: optOutRegistryAbi,
    functionName: 'hashOptOut',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"isFrozen"`
 */
export const useReadOptOutRegistryIsFrozen =
  /*#__PURE__*/ createUseReadContract({
    abi: optOutRegistryAbi,
    functionName: 'isFrozen',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"isOptedOut"`
 */
export const useReadOptOutRegistryIsOptedOut =
  /*#__PURE__*/ createUseReadContract({
    abi: optOutRegistryAbi,
    functionName: 'isOptedOut',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"optOutCount"`
 */
export const useReadOptOutRegistryOptOutCount =
  /*#__PURE__*/ createUseReadContract({
    abi: optOutRegistryAbi,
    functionName: 'optOutCount',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"optOuts"`
 */
export const useReadOptOutRegistryOptOuts = /*#__PURE__*/ createUseReadContract(
  { abi: optOutRegistryAbi, functionName: 'optOuts' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"proposal"`
 */
export const useReadOptOutRegistryProposal =
  /*#__PURE__*/ createUseReadContract({
    abi: optOutRegistryAbi,
    functionName: 'proposal',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"proposalKey"`
 */
export const useReadOptOutRegistryProposalKey =
  /*#__PURE__*/ createUseReadContract({
    abi: optOutRegistryAbi,
    functionName: 'proposalKey',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"supportsInterface"`
 */
export const useReadOptOutRegistrySupportsInterface =
  /*#__PURE__*/ createUseReadContract({
    abi: optOutRegistryAbi,
    functionName: 'supportsInterface',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"verifyDigest"`
 */
export const useReadOptOutRegistryVerifyDigest =
  /*#__PURE__*/ createUseReadContract({
    abi: optOutRegistryAbi,
    functionName: 'verifyDigest',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link optOutRegistryAbi}__
 */
export const useWriteOptOutRegistry = /*#__PURE__*/ createUseWriteContract({
  abi: optOutRegistryAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"optOut"`
 */
export const useWriteOptOutRegistryOptOut =
  /*#__PURE__*/ createUseWriteContract({
    abi: optOutRegistryAbi,
    functionName: 'optOut',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"optOutBySig"`
 */
export const useWriteOptOutRegistryOptOutBySig =
  /*#__PURE__*/ createUseWriteContract({
    abi: optOutRegistryAbi,
    functionName: 'optOutBySig',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"track"`
 */
export const useWriteOptOutRegistryTrack = /*#__PURE__*/ createUseWriteContract(
  { abi: optOutRegistryAbi, functionName: 'track' },
)

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link optOutRegistryAbi}__
 */
export const useSimulateOptOutRegistry =
  /*#__PURE__*/ createUseSimulateContract({ abi: optOutRegistryAbi })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"optOut"`
 */
export const useSimulateOptOutRegistryOptOut =
  /*#__PURE__*/ createUseSimulateContract({
    abi: optOutRegistryAbi,
    functionName: 'optOut',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"optOutBySig"`
 */
export const useSimulateOptOutRegistryOptOutBySig =
  /*#__PURE__*/ createUseSimulateContract({
    abi: optOutRegistryAbi,
    functionName: 'optOutBySig',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link optOutRegistryAbi}__ and `functionName` set to `"track"`
 */
export const useSimulateOptOutRegistryTrack =
  /*#__PURE__*/ createUseSimulateContract({
    abi: optOutRegistryAbi,
    functionName: 'track',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link optOutRegistryAbi}__
 */
export const useWatchOptOutRegistryEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: optOutRegistryAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link optOutRegistryAbi}__ and `eventName` set to `"EIP712DomainChanged"`
 */
export const useWatchOptOutRegistryEip712DomainChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: optOutRegistryAbi,
    eventName: 'EIP712DomainChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link optOutRegistryAbi}__ and `eventName` set to `"OptedOut"`
 */
export const useWatchOptOutRegistryOptedOutEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: optOutRegistryAbi,
    eventName: 'OptedOut',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link optOutRegistryAbi}__ and `eventName` set to `"ProposalTracked"`
 */
export const useWatchOptOutRegistryProposalTrackedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: optOutRegistryAbi,
    eventName: 'ProposalTracked',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__
 */
export const useReadTimelockAppAuth = /*#__PURE__*/ createUseReadContract({
  abi: timelockAppAuthAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"MAX_GRACE_PERIOD"`
 */
export const useReadTimelockAppAuthMaxGracePeriod =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'MAX_GRACE_PERIOD',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"MAX_NOTICE_PERIOD"`
 */
export const useReadTimelockAppAuthMaxNoticePeriod =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'MAX_NOTICE_PERIOD',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"MAX_URI_LENGTH"`
 */
export const useReadTimelockAppAuthMaxUriLength =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'MAX_URI_LENGTH',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"activatesAt"`
 */
export const useReadTimelockAppAuthActivatesAt =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'activatesAt',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"allowAnyDevice"`
 */
export const useReadTimelockAppAuthAllowAnyDevice =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'allowAnyDevice',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"allowedComposeHashes"`
 */
export const useReadTimelockAppAuthAllowedComposeHashes =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'allowedComposeHashes',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"allowedDeviceIds"`
 */
export const useReadTimelockAppAuthAllowedDeviceIds =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'allowedDeviceIds',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"changeId"`
 */
export const useReadTimelockAppAuthChangeId =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'changeId',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"getChange"`
 */
export const useReadTimelockAppAuthGetChange =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'getChange',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"gracePeriod"`
 */
export const useReadTimelockAppAuthGracePeriod =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'gracePeriod',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"isAppAllowed"`
 */
export const useReadTimelockAppAuthIsAppAllowed =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'isAppAllowed',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"minNoticePeriod"`
 */
export const useReadTimelockAppAuthMinNoticePeriod =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'minNoticePeriod',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"noticePeriod"`
 */
export const useReadTimelockAppAuthNoticePeriod =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'noticePeriod',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"owner"`
 */
export const useReadTimelockAppAuthOwner = /*#__PURE__*/ createUseReadContract({
  abi: timelockAppAuthAbi,
  functionName: 'owner',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"pendingChangeCount"`
 */
export const useReadTimelockAppAuthPendingChangeCount =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'pendingChangeCount',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"pendingChanges"`
 */
export const useReadTimelockAppAuthPendingChanges =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'pendingChanges',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"pendingOwner"`
 */
export const useReadTimelockAppAuthPendingOwner =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'pendingOwner',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"proposedAt"`
 */
export const useReadTimelockAppAuthProposedAt =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'proposedAt',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"requireTcbUpToDate"`
 */
export const useReadTimelockAppAuthRequireTcbUpToDate =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'requireTcbUpToDate',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"supportsInterface"`
 */
export const useReadTimelockAppAuthSupportsInterface =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockAppAuthAbi,
    functionName: 'supportsInterface',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__
 */
export const useWriteTimelockAppAuth = /*#__PURE__*/ createUseWriteContract({
  abi: timelockAppAuthAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"acceptOwnership"`
 */
export const useWriteTimelockAppAuthAcceptOwnership =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'acceptOwnership',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"activate"`
 */
export const useWriteTimelockAppAuthActivate =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'activate',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"activateComposeHash"`
 */
export const useWriteTimelockAppAuthActivateComposeHash =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'activateComposeHash',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"cancelProposal"`
 */
export const useWriteTimelockAppAuthCancelProposal =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'cancelProposal',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"clearExpired"`
 */
export const useWriteTimelockAppAuthClearExpired =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'clearExpired',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"disallowAnyDevice"`
 */
export const useWriteTimelockAppAuthDisallowAnyDevice =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'disallowAnyDevice',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"lengthenNoticePeriod"`
 */
export const useWriteTimelockAppAuthLengthenNoticePeriod =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'lengthenNoticePeriod',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"proposeAllowAnyDevice"`
 */
export const useWriteTimelockAppAuthProposeAllowAnyDevice =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'proposeAllowAnyDevice',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"proposeComposeHash"`
 */
export const useWriteTimelockAppAuthProposeComposeHash =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'proposeComposeHash',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"proposeDevice"`
 */
export const useWriteTimelockAppAuthProposeDevice =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'proposeDevice',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"proposeNoticePeriod"`
 */
export const useWriteTimelockAppAuthProposeNoticePeriod =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'proposeNoticePeriod',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"proposeTcbNotRequired"`
 */
export const useWriteTimelockAppAuthProposeTcbNotRequired =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'proposeTcbNotRequired',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"removeComposeHash"`
 */
export const useWriteTimelockAppAuthRemoveComposeHash =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'removeComposeHash',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"removeDevice"`
 */
export const useWriteTimelockAppAuthRemoveDevice =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'removeDevice',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"renounceOwnership"`
 */
export const useWriteTimelockAppAuthRenounceOwnership =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'renounceOwnership',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"requireUpToDateTcb"`
 */
export const useWriteTimelockAppAuthRequireUpToDateTcb =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'requireUpToDateTcb',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"transferOwnership"`
 */
export const useWriteTimelockAppAuthTransferOwnership =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockAppAuthAbi,
    functionName: 'transferOwnership',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__
 */
export const useSimulateTimelockAppAuth =
  /*#__PURE__*/ createUseSimulateContract({ abi: timelockAppAuthAbi })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"acceptOwnership"`
 */
export const useSimulateTimelockAppAuthAcceptOwnership =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'acceptOwnership',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"activate"`
 */
export const useSimulateTimelockAppAuthActivate =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'activate',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"activateComposeHash"`
 */
export const useSimulateTimelockAppAuthActivateComposeHash =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'activateComposeHash',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"cancelProposal"`
 */
export const useSimulateTimelockAppAuthCancelProposal =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'cancelProposal',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"clearExpired"`
 */
export const useSimulateTimelockAppAuthClearExpired =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'clearExpired',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"disallowAnyDevice"`
 */
export const useSimulateTimelockAppAuthDisallowAnyDevice =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'disallowAnyDevice',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"lengthenNoticePeriod"`
 */
export const useSimulateTimelockAppAuthLengthenNoticePeriod =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'lengthenNoticePeriod',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"proposeAllowAnyDevice"`
 */
export const useSimulateTimelockAppAuthProposeAllowAnyDevice =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'proposeAllowAnyDevice',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"proposeComposeHash"`
 */
export const useSimulateTimelockAppAuthProposeComposeHash =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'proposeComposeHash',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"proposeDevice"`
 */
export const useSimulateTimelockAppAuthProposeDevice =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'proposeDevice',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"proposeNoticePeriod"`
 */
export const useSimulateTimelockAppAuthProposeNoticePeriod =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'proposeNoticePeriod',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"proposeTcbNotRequired"`
 */
export const useSimulateTimelockAppAuthProposeTcbNotRequired =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'proposeTcbNotRequired',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"removeComposeHash"`
 */
export const useSimulateTimelockAppAuthRemoveComposeHash =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'removeComposeHash',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"removeDevice"`
 */
export const useSimulateTimelockAppAuthRemoveDevice =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'removeDevice',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"renounceOwnership"`
 */
export const useSimulateTimelockAppAuthRenounceOwnership =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'renounceOwnership',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"requireUpToDateTcb"`
 */
export const useSimulateTimelockAppAuthRequireUpToDateTcb =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'requireUpToDateTcb',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `functionName` set to `"transferOwnership"`
 */
export const useSimulateTimelockAppAuthTransferOwnership =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockAppAuthAbi,
    functionName: 'transferOwnership',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockAppAuthAbi}__
 */
export const useWatchTimelockAppAuthEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: timelockAppAuthAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `eventName` set to `"AllowAnyDeviceSet"`
 */
export const useWatchTimelockAppAuthAllowAnyDeviceSetEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockAppAuthAbi,
    eventName: 'AllowAnyDeviceSet',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `eventName` set to `"ChangeActivated"`
 */
export const useWatchTimelockAppAuthChangeActivatedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockAppAuthAbi,
    eventName: 'ChangeActivated',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `eventName` set to `"ChangeCancelled"`
 */
export const useWatchTimelockAppAuthChangeCancelledEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockAppAuthAbi,
    eventName: 'ChangeCancelled',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `eventName` set to `"ChangeExpired"`
 */
export const useWatchTimelockAppAuthChangeExpiredEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockAppAuthAbi,
    eventName: 'ChangeExpired',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `eventName` set to `"ChangeProposed"`
 */
export const useWatchTimelockAppAuthChangeProposedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockAppAuthAbi,
    eventName: 'ChangeProposed',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `eventName` set to `"ComposeHashAdded"`
 */
export const useWatchTimelockAppAuthComposeHashAddedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockAppAuthAbi,
    eventName: 'ComposeHashAdded',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `eventName` set to `"ComposeHashRemoved"`
 */
export const useWatchTimelockAppAuthComposeHashRemovedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockAppAuthAbi,
    eventName: 'ComposeHashRemoved',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `eventName` set to `"DeviceAdded"`
 */
export const useWatchTimelockAppAuthDeviceAddedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockAppAuthAbi,
    eventName: 'DeviceAdded',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `eventName` set to `"DeviceRemoved"`
 */
export const useWatchTimelockAppAuthDeviceRemovedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockAppAuthAbi,
    eventName: 'DeviceRemoved',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `eventName` set to `"NoticePeriodSet"`
 */
export const useWatchTimelockAppAuthNoticePeriodSetEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockAppAuthAbi,
    eventName: 'NoticePeriodSet',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `eventName` set to `"OwnershipTransferStarted"`
 */
export const useWatchTimelockAppAuthOwnershipTransferStartedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockAppAuthAbi,
    eventName: 'OwnershipTransferStarted',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `eventName` set to `"OwnershipTransferred"`
 */
export const useWatchTimelockAppAuthOwnershipTransferredEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockAppAuthAbi,
    eventName: 'OwnershipTransferred',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `eventName` set to `"PolicyChanged"`
 */
export const useWatchTimelockAppAuthPolicyChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockAppAuthAbi,
    eventName: 'PolicyChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockAppAuthAbi}__ and `eventName` set to `"RequireTcbUpToDateSet"`
 */
export const useWatchTimelockAppAuthRequireTcbUpToDateSetEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockAppAuthAbi,
    eventName: 'RequireTcbUpToDateSet',
  })
