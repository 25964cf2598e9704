// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {
    GovernorCountingSimple
} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {
    GovernorPreventLateQuorum
} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {
    GovernorTimelockControl
} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {
    GovernorVotesQuorumFraction
} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {IAppAuthGovernor} from "../interfaces/IAppAuthGovernor.sol";

/// @title AppAuthGovernor
/// @notice Stage-2 governance for an AppAuth: token holders vote, a TimelockController carries out
/// what passed, and the AppAuth's own notice period follows, so users can exit whatever the vote was.
/// @dev OpenZeppelin's Governor and its standard extensions, composed as Tally indexes them; nothing
/// of the voting logic is reimplemented. Three additions:
/// - the clock must be a timestamp (Base is an L2, block numbers are no measure of time there), checked
///   once at deployment against the token;
/// - a proposal expires if it is not queued within {executionWindow} of its deadline, or not executed
///   within {executionWindow} of its timelock ETA. TimelockController operations never expire by
///   themselves; without this a vote could sit approved for years and be carried out when the token
///   holders who passed it are long gone. The timelock ({AppAuthTimelock}) enforces the same window
///   itself, so an expired operation cannot be executed around the governor either, whoever later
///   holds EXECUTOR_ROLE;
/// - floors on the voting delay, the voting period and the quorum, checked at deployment and on every
///   later change (see {MIN_VOTING_DELAY}, {MIN_VOTING_PERIOD}, {MIN_QUORUM_NUMERATOR}).
///
/// The governed AppAuth is a {TimelockAppAuth} whose owner is the timelock: the governor is not tied to
/// one AppAuth, and a Stage-1 app can move to governance without changing its address, which is its
/// app id and the root of its keys.
contract AppAuthGovernor is
    Governor,
    GovernorSettings,
    GovernorCountingSimple,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorPreventLateQuorum,
    GovernorTimelockControl,
    IAppAuthGovernor
{
    /// @notice No execution window may exceed this.
    uint256 public constant MAX_EXECUTION_WINDOW = 365 days;

    /// @notice The least voting delay: time for holders to see a proposal and move or delegate their
    /// tokens before the snapshot, and for nobody to vote with tokens bought in the proposal's block.
    uint256 public constant MIN_VOTING_DELAY = 1 hours;

    /// @notice The least voting period.
    uint256 public constant MIN_VOTING_PERIOD = 1 days;

    /// @notice The least quorum, in percent of the supply at the snapshot: no single small holder decides.
    uint256 public constant MIN_QUORUM_NUMERATOR = 1;

    uint256 private immutable _executionWindow;

    /// @param name_ The governor's name, part of its EIP-712 domain for votes by signature.
    /// @param token_ The ERC-5805 votes token (ERC20Votes or ERC721Votes) with a timestamp clock.
    /// @param timelock_ The TimelockController that executes proposals and owns the AppAuth.
    /// @param config Delays, threshold, quorum and execution window; see {IAppAuthGovernor-Config}.
    constructor(string memory name_, IVotes token_, TimelockController timelock_, Config memory config)
        Governor(name_)
        GovernorSettings(config.votingDelay, config.votingPeriod, config.proposalThreshold)
        GovernorVotes(token_)
        GovernorVotesQuorumFraction(config.quorumNumerator)
        GovernorPreventLateQuorum(config.lateQuorumExtension)
        GovernorTimelockControl(timelock_)
    {
        string memory mode = CLOCK_MODE();
        if (keccak256(bytes(mode)) != keccak256("mode=timestamp")) {
            revert AppAuthGovernorClockNotTimestamp(mode);
        }
        if (config.executionWindow == 0 || config.executionWindow > MAX_EXECUTION_WINDOW) {
            revert AppAuthGovernorInvalidExecutionWindow(config.executionWindow, MAX_EXECUTION_WINDOW);
        }
        _executionWindow = config.executionWindow;
    }

    /// @inheritdoc IAppAuthGovernor
    function executionWindow() public view returns (uint256) {
        return _executionWindow;
    }

    /// @notice OpenZeppelin's state, with `Expired` for a proposal left too long before queueing or
    /// execution (see {executionWindow}).
    function state(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (ProposalState)
    {
        ProposalState current = super.state(proposalId);
        if (current == ProposalState.Succeeded) {
            if (clock() > proposalDeadline(proposalId) + _executionWindow) return ProposalState.Expired;
        } else if (current == ProposalState.Queued) {
            if (clock() > proposalEta(proposalId) + _executionWindow) return ProposalState.Expired;
        }
        return current;
    }

    /// @inheritdoc Governor
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IAppAuthGovernor).interfaceId || super.supportsInterface(interfaceId);
    }

    // ------------------------------------------------------------------ floors

    /// @dev Every path that sets the voting delay (the constructor and `setVotingDelay`) runs this.
    function _setVotingDelay(uint48 newVotingDelay) internal override {
        _checkFloor("votingDelay", newVotingDelay, MIN_VOTING_DELAY);
        super._setVotingDelay(newVotingDelay);
    }

    /// @dev Every path that sets the voting period (the constructor and `setVotingPeriod`) runs this.
    function _setVotingPeriod(uint32 newVotingPeriod) internal override {
        _checkFloor("votingPeriod", newVotingPeriod, MIN_VOTING_PERIOD);
        super._setVotingPeriod(newVotingPeriod);
    }

    /// @dev Every path that sets the quorum (the constructor and `updateQuorumNumerator`) runs this.
    function _updateQuorumNumerator(uint256 newQuorumNumerator) internal override {
        _checkFloor("quorumNumerator", newQuorumNumerator, MIN_QUORUM_NUMERATOR);
        super._updateQuorumNumerator(newQuorumNumerator);
    }

    function _checkFloor(string memory setting, uint256 value, uint256 floor) private pure {
        if (value < floor) revert AppAuthGovernorBelowFloor(setting, value, floor);
    }

    // ------------------------------------------------------------------ overrides Solidity requires

    function votingDelay() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingDelay();
    }

    function votingPeriod() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingPeriod();
    }

    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    function proposalDeadline(uint256 proposalId)
        public
        view
        override(Governor, GovernorPreventLateQuorum)
        returns (uint256)
    {
        return super.proposalDeadline(proposalId);
    }

    function proposalNeedsQueuing(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (bool)
    {
        return super.proposalNeedsQueuing(proposalId);
    }

    function _tallyUpdated(uint256 proposalId) internal override(Governor, GovernorPreventLateQuorum) {
        super._tallyUpdated(proposalId);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }
}
