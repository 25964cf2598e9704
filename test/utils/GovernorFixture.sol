// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {AppAuthGovernor} from "../../contracts/governance/AppAuthGovernor.sol";
import {AppAuthVotesToken} from "../../contracts/governance/AppAuthVotesToken.sol";
import {GovernedAppAuthDeployment} from "../../contracts/governance/GovernedAppAuthDeployment.sol";
import {IAppAuthGovernor} from "../../contracts/interfaces/IAppAuthGovernor.sol";
import {IGovernedAppAuthDeployment} from "../../contracts/interfaces/IGovernedAppAuthDeployment.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {Defaults} from "./Defaults.sol";

/// @notice Deploys the Stage-2 stack as the CLI will (one GovernedAppAuthDeployment transaction) and
/// drives proposals through propose, vote, queue and execute.
/// @dev Voters: alice 40%, bob 25%, carol 3%, dave 32%, each self-delegated. Quorum is 4%, so carol
/// alone never reaches it and alice alone always does.
abstract contract GovernorFixture is Test, Defaults {
    /// @notice A proposal as the governor takes it.
    struct Proposal {
        address[] targets;
        uint256[] values;
        bytes[] calldatas;
        string description;
    }

    uint8 internal constant AGAINST = 0;
    uint8 internal constant FOR = 1;
    uint8 internal constant ABSTAIN = 2;

    uint48 internal constant VOTING_DELAY = 1 days;
    uint32 internal constant VOTING_PERIOD = 5 days;
    uint256 internal constant PROPOSAL_THRESHOLD = 1_000e18;
    uint256 internal constant QUORUM_PERCENT = 4;
    uint48 internal constant LATE_QUORUM_EXTENSION = 2 days;
    uint32 internal constant EXECUTION_WINDOW = 14 days;
    uint256 internal constant TIMELOCK_DELAY = 2 days;
    // The governed app's own periods, not the Defaults': the notice is longer than a whole governance
    // cycle (delay + period + late-quorum extension + timelock, 10 days), so that a vote can still
    // cancel an announced change before it takes effect.
    uint256 internal constant GOVERNED_NOTICE = 14 days;
    uint256 internal constant GOVERNED_MIN_NOTICE = 7 days;
    uint256 internal constant GOVERNED_GRACE = 7 days;

    uint256 internal constant SUPPLY = 1_000_000e18;
    uint256 internal constant ALICE_VOTES = 400_000e18;
    uint256 internal constant BOB_VOTES = 250_000e18;
    uint256 internal constant CAROL_VOTES = 30_000e18;
    uint256 internal constant DAVE_VOTES = 320_000e18;

    address internal deployer = makeAddr("deployer");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal dave = makeAddr("dave");

    AppAuthVotesToken internal token;
    GovernedAppAuthDeployment internal deployment;
    AppAuthGovernor internal governor;
    TimelockController internal timelock;
    TimelockAppAuth internal appAuth;

    uint256 private _descriptionNonce;

    // ------------------------------------------------------------------ deployment

    /// @dev The fixed-supply token, spread over the four voters, each self-delegated; the weights
    /// count from the next second on.
    function _deployVotesToken() internal returns (AppAuthVotesToken votes) {
        votes = new AppAuthVotesToken("AppAuth Votes", "AAV", deployer, SUPPLY);
        _endow(votes, alice, ALICE_VOTES);
        _endow(votes, bob, BOB_VOTES);
        _endow(votes, carol, CAROL_VOTES);
        _endow(votes, dave, DAVE_VOTES);
        vm.warp(block.timestamp + 1);
    }

    function _endow(AppAuthVotesToken votes, address voter, uint256 amount) internal {
        vm.prank(deployer);
        votes.transfer(voter, amount);
        vm.prank(voter);
        votes.delegate(voter);
    }

    function _governorConfig() internal pure virtual returns (IAppAuthGovernor.Config memory) {
        return IAppAuthGovernor.Config({
            votingDelay: VOTING_DELAY,
            votingPeriod: VOTING_PERIOD,
            proposalThreshold: PROPOSAL_THRESHOLD,
            quorumNumerator: QUORUM_PERCENT,
            lateQuorumExtension: LATE_QUORUM_EXTENSION,
            executionWindow: EXECUTION_WINDOW
        });
    }

    function _appConfig(AppAuthCore.InitialPolicy memory policy)
        internal
        pure
        returns (IGovernedAppAuthDeployment.AppConfig memory)
    {
        return IGovernedAppAuthDeployment.AppConfig({
            noticePeriod: GOVERNED_NOTICE,
            minNoticePeriod: GOVERNED_MIN_NOTICE,
            gracePeriod: GOVERNED_GRACE,
            policy: policy
        });
    }

    /// @dev Deploys a governed AppAuth from `deployer` and makes it the one the helpers below drive.
    function _deployGovernedApp(IVotes votes, AppAuthCore.InitialPolicy memory policy)
        internal
        returns (GovernedAppAuthDeployment d)
    {
        vm.prank(deployer);
        d = new GovernedAppAuthDeployment(
            votes, "AppAuth Governor", _governorConfig(), TIMELOCK_DELAY, _appConfig(policy)
        );
        _use(d);
    }

    function _use(GovernedAppAuthDeployment d) internal {
        deployment = d;
        governor = AppAuthGovernor(payable(d.governor()));
        timelock = TimelockController(payable(d.timelock()));
        appAuth = TimelockAppAuth(d.app());
    }

    // ------------------------------------------------------------------ proposals

    /// @dev A one-call proposal with a description no other proposal in this test has.
    function _proposal(address target, bytes memory data) internal returns (Proposal memory p) {
        return _proposal(target, data, string.concat("Proposal ", vm.toString(++_descriptionNonce)));
    }

    function _proposal(address target, bytes memory data, string memory description)
        internal
        pure
        returns (Proposal memory p)
    {
        p.targets = new address[](1);
        p.targets[0] = target;
        p.values = new uint256[](1);
        p.calldatas = new bytes[](1);
        p.calldatas[0] = data;
        p.description = description;
    }


    function _descriptionHash(Proposal memory p) internal pure returns (bytes32) {
        return keccak256(bytes(p.description));
    }

    function _proposalId(Proposal memory p) internal view returns (uint256) {
        return governor.getProposalId(p.targets, p.values, p.calldatas, _descriptionHash(p));
    }

    /// @dev The TimelockController operation the governor schedules for `p` (GovernorTimelockControl's salt).
    function _operationId(AppAuthGovernor g, TimelockController t, Proposal memory p)
        internal
        pure
        returns (bytes32)
    {
        bytes32 salt = bytes20(address(g)) ^ _descriptionHash(p);
        return t.hashOperationBatch(p.targets, p.values, p.calldatas, 0, salt);
    }

    function _propose(address proposer, Proposal memory p) internal returns (uint256 id) {
        vm.prank(proposer);
        id = governor.propose(p.targets, p.values, p.calldatas, p.description);
    }

    /// @dev Opens the vote, lets alice and bob vote for, and closes it.
    function _voteToPass(uint256 id) internal {
        vm.warp(governor.proposalSnapshot(id) + 1);
        _castVote(alice, id, FOR);
        _castVote(bob, id, FOR);
        vm.warp(governor.proposalDeadline(id) + 1);
    }

    function _castVote(address voter, uint256 id, uint8 support) internal returns (uint256 weight) {
        vm.prank(voter);
        weight = governor.castVote(id, support);
    }

    function _queue(Proposal memory p) internal returns (uint256) {
        return governor.queue(p.targets, p.values, p.calldatas, _descriptionHash(p));
    }

    function _execute(Proposal memory p) internal returns (uint256) {
        return governor.execute(p.targets, p.values, p.calldatas, _descriptionHash(p));
    }

    /// @dev The whole governance path: alice proposes, alice and bob pass it, it is queued, the
    /// timelock delay passes and it is executed.
    function _govern(Proposal memory p) internal returns (uint256 id) {
        id = _propose(alice, p);
        _voteToPass(id);
        _queue(p);
        vm.warp(governor.proposalEta(id));
        _execute(p);
    }

    /// @dev {_govern} as one external call, so that `vm.expectEmit` sees the executed call's events.
    function govern(Proposal calldata p) external returns (uint256) {
        return _govern(p);
    }
}
