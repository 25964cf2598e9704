// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {
    GovernorPreventLateQuorum
} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";
import {
    GovernorVotesQuorumFraction
} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {AppAuthGovernor} from "../../contracts/governance/AppAuthGovernor.sol";
import {GovernedAppAuthDeployment} from "../../contracts/governance/GovernedAppAuthDeployment.sol";
import {IAppAuthGovernor} from "../../contracts/interfaces/IAppAuthGovernor.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IAppAuthOwnable} from "../../contracts/interfaces/IAppAuthOwnable.sol";
import {IAppAuthTimelock} from "../../contracts/interfaces/IAppAuthTimelock.sol";
import {GovernorFixture} from "../utils/GovernorFixture.sol";
import {BlockClockVotes, CallCounter} from "../mocks/GovernorMocks.sol";
import {composeHashId} from "../utils/Defaults.sol";

/// @notice The governor's own behaviour: OpenZeppelin's parameters as configured, vote weights at the
/// snapshot, late quorum, queueing, front-running protection, checkpointed quorum, the execution window.
contract AppAuthGovernorTest is GovernorFixture {

    address internal attacker = makeAddr("attacker");

    function setUp() public {
        token = _deployVotesToken();
        _deployGovernedApp(token, initialPolicyAnyDevice());
    }


    function _allowV2() internal returns (Proposal memory) {
        return _proposal(address(appAuth), abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2));
    }

    /// @dev Gives the attacker enough votes to propose, from dave.
    function _armAttacker() internal {
        vm.prank(dave);
        token.transfer(attacker, PROPOSAL_THRESHOLD);
        vm.prank(attacker);
        token.delegate(attacker);
        vm.warp(block.timestamp + 1);
    }

    function _stateBitmap(IGovernor.ProposalState s) internal pure returns (bytes32) {
        return bytes32(1 << uint8(s));
    }

    // ------------------------------------------------------------------ configuration

    function test_constructor_ConfiguresOpenZeppelinParameters() public {
        vm.warp(block.timestamp + 1);
        assertEq(governor.name(), "AppAuth Governor");
        assertEq(governor.CLOCK_MODE(), "mode=timestamp");
        assertEq(governor.clock(), block.timestamp);
        assertEq(governor.votingDelay(), VOTING_DELAY);
        assertEq(governor.votingPeriod(), VOTING_PERIOD);
        assertEq(governor.proposalThreshold(), PROPOSAL_THRESHOLD);
        assertEq(governor.quorumNumerator(), QUORUM_PERCENT);
        assertEq(governor.quorum(block.timestamp - 1), SUPPLY * QUORUM_PERCENT / 100);
        assertEq(governor.lateQuorumVoteExtension(), LATE_QUORUM_EXTENSION);
        assertEq(governor.executionWindow(), EXECUTION_WINDOW);
        assertEq(governor.timelock(), address(timelock));
        assertEq(address(governor.token()), address(token));
        assertEq(governor.COUNTING_MODE(), "support=bravo&quorum=for,abstain");
        assertTrue(governor.supportsInterface(type(IGovernor).interfaceId));
        assertTrue(governor.supportsInterface(type(IAppAuthGovernor).interfaceId));
        assertTrue(governor.supportsInterface(type(IERC165).interfaceId));
    }

    function test_RevertWhen_TokenClockIsBlockNumber() public {
        BlockClockVotes blockVotes = new BlockClockVotes();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthGovernor.AppAuthGovernorClockNotTimestamp.selector, "mode=blocknumber&from=default"
            )
        );
        new AppAuthGovernor("g", blockVotes, timelock, _governorConfig());
    }

    function test_RevertWhen_ExecutionWindowIsZero() public {
        IAppAuthGovernor.Config memory config = _governorConfig();
        config.executionWindow = 0;
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthGovernor.AppAuthGovernorInvalidExecutionWindow.selector, 0, 365 days
            )
        );
        new AppAuthGovernor("g", token, timelock, config);
    }

    function test_RevertWhen_ExecutionWindowExceedsMaximum() public {
        IAppAuthGovernor.Config memory config = _governorConfig();
        config.executionWindow = 365 days + 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthGovernor.AppAuthGovernorInvalidExecutionWindow.selector, 365 days + 1, 365 days
            )
        );
        new AppAuthGovernor("g", token, timelock, config);
    }

    // ------------------------------------------------------------------ A7: weight at the snapshot

    /// @dev Flash-loan voting: dave lends his tokens to the attacker after the snapshot, the attacker
    /// delegates to himself and votes in the same block. His current votes are real, yet the vote
    /// counts what he had at the snapshot: nothing. Dave still votes with his snapshot weight.
    function test_castVote_TokensAcquiredAfterSnapshotCarryNoWeight() public {
        uint256 id = _propose(alice, _allowV2());
        uint256 snapshot = governor.proposalSnapshot(id);
        vm.warp(snapshot + 1);

        vm.prank(dave);
        token.transfer(attacker, DAVE_VOTES);
        vm.prank(attacker);
        token.delegate(attacker);
        assertEq(token.getVotes(attacker), DAVE_VOTES, "attacker holds live votes");

        uint256 weight = _castVote(attacker, id, AGAINST);
        assertEq(weight, 0);
        assertEq(weight, token.getPastVotes(attacker, snapshot));
        (uint256 against,,) = governor.proposalVotes(id);
        assertEq(against, 0);

        assertEq(_castVote(dave, id, FOR), DAVE_VOTES, "lender keeps his snapshot weight");
    }

    /// @dev Delegation after the snapshot moves no weight either way.
    function test_castVote_DelegationAfterSnapshotCarriesNoWeight() public {
        uint256 id = _propose(alice, _allowV2());
        vm.warp(governor.proposalSnapshot(id) + 1);

        vm.prank(bob);
        token.delegate(attacker);
        assertEq(_castVote(attacker, id, AGAINST), 0);
        assertEq(_castVote(bob, id, FOR), BOB_VOTES);
    }

    function testFuzz_castVote_WeightIsVotesAtSnapshot(uint256 amount, uint256 delay) public {
        amount = bound(amount, 1, DAVE_VOTES);
        uint256 id = _propose(alice, _allowV2());
        uint256 snapshot = governor.proposalSnapshot(id);
        vm.warp(bound(delay, snapshot + 1, governor.proposalDeadline(id)));

        vm.prank(dave);
        token.transfer(attacker, amount);
        vm.prank(attacker);
        token.delegate(attacker);

        assertEq(_castVote(attacker, id, AGAINST), 0);
        assertEq(_castVote(dave, id, FOR), DAVE_VOTES);
        (uint256 against, uint256 forVotes,) = governor.proposalVotes(id);
        assertEq(against, 0);
        assertEq(forVotes, DAVE_VOTES);
    }

    // ------------------------------------------------------------------ late quorum

    /// @dev Alice reaches quorum an hour before the deadline; the vote stays open for the extension,
    /// long enough for bob and dave to outvote her.
    function test_castVote_LateQuorumExtendsDeadline() public {
        Proposal memory p = _allowV2();
        uint256 id = _propose(alice, p);
        uint256 deadline = governor.proposalDeadline(id);
        vm.warp(deadline - 1 hours);

        vm.expectEmit(address(governor));
        emit GovernorPreventLateQuorum.ProposalExtended(id, uint64(block.timestamp + LATE_QUORUM_EXTENSION));
        _castVote(alice, id, FOR);
        assertEq(governor.proposalDeadline(id), block.timestamp + LATE_QUORUM_EXTENSION);

        vm.warp(deadline + 1);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Active), "still open");
        _castVote(bob, id, AGAINST);
        _castVote(dave, id, AGAINST);

        vm.warp(governor.proposalDeadline(id) + 1);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Defeated));
    }

    function test_castVote_EarlyQuorumKeepsDeadline() public {
        uint256 id = _propose(alice, _allowV2());
        uint256 deadline = governor.proposalDeadline(id);
        vm.warp(governor.proposalSnapshot(id) + 1);
        _castVote(alice, id, FOR);
        assertEq(governor.proposalDeadline(id), deadline);
    }

    // ------------------------------------------------------------------ queue before execute

    function test_RevertWhen_ExecutingWithoutQueue() public {
        Proposal memory p = _allowV2();
        uint256 id = _propose(alice, p);
        _voteToPass(id);
        vm.warp(block.timestamp + TIMELOCK_DELAY);

        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                id,
                IGovernor.ProposalState.Succeeded,
                _stateBitmap(IGovernor.ProposalState.Queued)
            )
        );
        _execute(p);
        assertEq(appAuth.activatesAt(composeHashId(HASH_V2)), 0);
    }

    function test_RevertWhen_ExecutingBeforeTimelockDelay() public {
        Proposal memory p = _allowV2();
        uint256 id = _propose(alice, p);
        _voteToPass(id);
        _queue(p);
        vm.warp(governor.proposalEta(id) - 1);

        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector,
                _operationId(governor, timelock, p),
                bytes32(1 << uint8(TimelockController.OperationState.Ready))
            )
        );
        _execute(p);
    }

    // ------------------------------------------------------------------ A7: cancel griefing

    /// @dev Why the suffix matters: without it, anyone who can propose can front-run a proposal with
    /// the same description and cancel it while pending; the original can then never be submitted.
    function test_propose_UnboundDescriptionCanBeFrontRunAndCancelled() public {
        _armAttacker();
        Proposal memory p = _proposal(
            address(appAuth), abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2), "Allow v2"
        );

        uint256 id = _propose(attacker, p);
        vm.prank(attacker);
        governor.cancel(p.targets, p.values, p.calldatas, _descriptionHash(p));

        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                id,
                IGovernor.ProposalState.Canceled,
                bytes32(0)
            )
        );
        _propose(alice, p);
    }

    function test_RevertWhen_OtherAccountProposesDescriptionBoundToProposer() public {
        _armAttacker();
        Proposal memory p = _proposal(
            address(appAuth),
            abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2),
            string.concat("Allow v2 #proposer=", vm.toString(alice))
        );

        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorRestrictedProposer.selector, attacker));
        _propose(attacker, p);

        uint256 id = _propose(alice, p);
        assertEq(governor.proposalProposer(id), alice);
        vm.prank(attacker);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorUnableToCancel.selector, id, attacker));
        governor.cancel(p.targets, p.values, p.calldatas, _descriptionHash(p));
    }

    // ------------------------------------------------------------------ checkpointed quorum

    /// @dev Carol's 3% misses the 4% quorum. Governance then lowers the quorum to 1%, which carol's
    /// votes would meet: the defeated proposal stays defeated, because quorum is read at its snapshot.
    function test_state_LoweringQuorumDoesNotReviveDefeatedProposal() public {
        Proposal memory p = _allowV2();
        uint256 id = _propose(alice, p);
        vm.warp(governor.proposalSnapshot(id) + 1);
        _castVote(carol, id, FOR);
        vm.warp(governor.proposalDeadline(id) + 1);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Defeated));
        uint256 snapshot = governor.proposalSnapshot(id);

        _govern(
            _proposal(
                address(governor), abi.encodeCall(GovernorVotesQuorumFraction.updateQuorumNumerator, (1))
            )
        );

        assertEq(governor.quorumNumerator(), 1);
        vm.warp(block.timestamp + 1);
        assertLt(governor.quorum(block.timestamp - 1), CAROL_VOTES, "carol would meet the new quorum");
        assertEq(governor.quorum(snapshot), SUPPLY * QUORUM_PERCENT / 100);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Defeated));
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                id,
                IGovernor.ProposalState.Defeated,
                _stateBitmap(IGovernor.ProposalState.Succeeded)
            )
        );
        _queue(p);
    }

    function test_RevertWhen_QuorumChangedOutsideGovernance() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorOnlyExecutor.selector, alice));
        governor.updateQuorumNumerator(1);
    }

    // ------------------------------------------------------------------ ids never collide

    /// @dev The same call with the same description on two deployments: the proposal ids differ (the
    /// targets are different AppAuths), and so do the timelock operations; each runs only where it was voted.
    function test_proposalId_DiffersAcrossDeployments() public {
        GovernedAppAuthDeployment first = deployment;
        GovernedAppAuthDeployment second = _deployGovernedApp(token, initialPolicyAnyDevice());
        bytes memory call = abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2);
        Proposal memory p1 = _proposal(first.app(), call, "Allow v2");
        Proposal memory p2 = _proposal(second.app(), call, "Allow v2");

        _use(first);
        uint256 id1 = _govern(p1);
        bytes32 op1 = _operationId(governor, timelock, p1);
        _use(second);
        uint256 id2 = _propose(alice, p2);
        bytes32 op2 = _operationId(governor, timelock, p2);

        assertNotEq(id1, id2);
        assertNotEq(op1, op2);
        assertTrue(TimelockController(payable(first.timelock())).isOperationDone(op1));
        assertFalse(TimelockController(payable(second.timelock())).isOperation(op2));
        assertEq(uint8(governor.state(id2)), uint8(IGovernor.ProposalState.Pending));
        assertEq(IAppAuthNotice(first.app()).activatesAt(composeHashId(HASH_V2)), block.timestamp + GOVERNED_NOTICE);
        assertEq(IAppAuthNotice(second.app()).activatesAt(composeHashId(HASH_V2)), 0);
    }

    /// @dev Two governors on one timelock, same proposal: OpenZeppelin's proposal ids are per governor
    /// and equal, but the timelock salts each operation with its governor's address, so neither can
    /// execute or cancel the other's operation, and each call runs once per vote.
    function test_operationId_DiffersAcrossGovernorsSharingTimelock() public {
        TimelockController shared =
            new TimelockController(TIMELOCK_DELAY, new address[](0), new address[](0), address(this));
        AppAuthGovernor g1 = new AppAuthGovernor("one", token, shared, _governorConfig());
        AppAuthGovernor g2 = new AppAuthGovernor("two", token, shared, _governorConfig());
        bytes32[3] memory roles = [shared.PROPOSER_ROLE(), shared.CANCELLER_ROLE(), shared.EXECUTOR_ROLE()];
        for (uint256 i; i < roles.length; ++i) {
            shared.grantRole(roles[i], address(g1));
            shared.grantRole(roles[i], address(g2));
        }
        shared.renounceRole(shared.DEFAULT_ADMIN_ROLE(), address(this));
        CallCounter counter = new CallCounter();
        Proposal memory p = _proposal(address(counter), abi.encodeCall(CallCounter.count, ()), "Count");

        governor = g1;
        uint256 id1 = _govern(p);
        governor = g2;
        uint256 id2 = _govern(p);

        assertEq(id1, id2, "OpenZeppelin proposal ids are scoped per governor");
        assertNotEq(_operationId(g1, shared, p), _operationId(g2, shared, p));
        assertEq(counter.calls(), 2);
    }

    // ------------------------------------------------------------------ A5: execution window

    function test_state_SucceededProposalExpiresUnqueued() public {
        Proposal memory p = _allowV2();
        uint256 id = _propose(alice, p);
        _voteToPass(id);
        uint256 deadline = governor.proposalDeadline(id);

        vm.warp(deadline + EXECUTION_WINDOW);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Succeeded));
        vm.warp(deadline + EXECUTION_WINDOW + 1);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Expired));
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                id,
                IGovernor.ProposalState.Expired,
                _stateBitmap(IGovernor.ProposalState.Succeeded)
            )
        );
        _queue(p);
    }

    function test_state_QueuedProposalExpiresUnexecuted() public {
        Proposal memory p = _allowV2();
        uint256 id = _propose(alice, p);
        _voteToPass(id);
        _queue(p);
        vm.warp(governor.proposalEta(id) + EXECUTION_WINDOW + 1);

        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Expired));
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                id,
                IGovernor.ProposalState.Expired,
                _stateBitmap(IGovernor.ProposalState.Queued)
            )
        );
        _execute(p);
        assertEq(appAuth.activatesAt(composeHashId(HASH_V2)), 0);
    }

    function test_execute_SucceedsOnLastSecondOfWindow() public {
        Proposal memory p = _allowV2();
        uint256 id = _propose(alice, p);
        _voteToPass(id);
        _queue(p);
        vm.warp(governor.proposalEta(id) + EXECUTION_WINDOW);

        _execute(p);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Executed));
        assertEq(appAuth.activatesAt(composeHashId(HASH_V2)), block.timestamp + GOVERNED_NOTICE);
    }

    /// @dev Only the governor executes on the timelock, so an expired proposal cannot be carried out
    /// by calling the timelock directly.
    function test_RevertWhen_ExpiredOperationExecutedOnTimelock() public {
        Proposal memory p = _allowV2();
        uint256 id = _propose(alice, p);
        _voteToPass(id);
        _queue(p);
        vm.warp(governor.proposalEta(id) + EXECUTION_WINDOW + 1);
        bytes32 salt = bytes20(address(governor)) ^ _descriptionHash(p);
        bytes32 executorRole = timelock.EXECUTOR_ROLE();

        vm.prank(attacker);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, attacker, executorRole
            )
        );
        timelock.executeBatch(p.targets, p.values, p.calldatas, 0, salt);
        assertEq(appAuth.activatesAt(composeHashId(HASH_V2)), 0);
    }

    /// @notice Threat-table row "expired vote run later": a proposal expires queued; months later a
    /// vote opens execution on the timelock to anyone (EXECUTOR_ROLE to the zero address). The expired
    /// operation must stay dead on both paths: through the governor and on the timelock directly.
    function test_RevertWhen_ExpiredOperationRunAfterExecutionOpened() public {
        Proposal memory p = _allowV2();
        uint256 id = _propose(alice, p);
        _voteToPass(id);
        _queue(p);
        vm.warp(governor.proposalEta(id) + EXECUTION_WINDOW + 1);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Expired));

        vm.warp(block.timestamp + 90 days);
        Proposal memory open = _proposal(
            address(timelock),
            abi.encodeCall(IAccessControl.grantRole, (timelock.EXECUTOR_ROLE(), address(0)))
        );
        _govern(open);
        assertTrue(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(0)));

        // Path 1, the governor: it judges the proposal expired.
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                id,
                IGovernor.ProposalState.Expired,
                _stateBitmap(IGovernor.ProposalState.Queued)
            )
        );
        _execute(p);
        // Path 2, the timelock, now open to anyone: it judges the operation expired itself.
        bytes32 op = _operationId(governor, timelock, p);
        uint256 expiredAt = governor.proposalEta(id) + EXECUTION_WINDOW;
        assertTrue(IAppAuthTimelock(address(timelock)).isOperationExpired(op));
        bytes32 salt = bytes20(address(governor)) ^ _descriptionHash(p);
        vm.prank(attacker);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthTimelock.AppAuthTimelockOperationExpired.selector, op, expiredAt)
        );
        timelock.executeBatch(p.targets, p.values, p.calldatas, 0, salt);
        assertEq(appAuth.activatesAt(HASH_V2), 0, "the expired vote was carried out");
    }

    // ------------------------------------------------------------------ floors

    /// @notice Threat-table row "settings without floors": a vote that sets the voting delay or the
    /// quorum to zero must not take effect.
    function test_RevertWhen_VoteSetsVotingDelayToZero() public {
        Proposal memory p =
            _proposal(address(governor), abi.encodeWithSignature("setVotingDelay(uint48)", uint48(0)));
        uint256 id = _propose(alice, p);
        _voteToPass(id);
        _queue(p);
        vm.warp(governor.proposalEta(id));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthGovernor.AppAuthGovernorBelowFloor.selector, "votingDelay", 0, 1 hours
            )
        );
        _execute(p);
        assertEq(governor.votingDelay(), VOTING_DELAY);
    }

    function test_RevertWhen_VoteSetsQuorumToZero() public {
        Proposal memory p =
            _proposal(address(governor), abi.encodeWithSignature("updateQuorumNumerator(uint256)", 0));
        uint256 id = _propose(alice, p);
        _voteToPass(id);
        _queue(p);
        vm.warp(governor.proposalEta(id));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthGovernor.AppAuthGovernorBelowFloor.selector, "quorumNumerator", 0, 1
            )
        );
        _execute(p);
        assertEq(governor.quorumNumerator(), QUORUM_PERCENT);
    }

    function test_RevertWhen_DeployedWithVotingDelayOrQuorumZero() public {
        IAppAuthGovernor.Config memory config = _governorConfig();
        config.votingDelay = 0;
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthGovernor.AppAuthGovernorBelowFloor.selector, "votingDelay", 0, 1 hours
            )
        );
        new AppAuthGovernor("g", token, timelock, config);
        config = _governorConfig();
        config.quorumNumerator = 0;
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthGovernor.AppAuthGovernorBelowFloor.selector, "quorumNumerator", 0, 1
            )
        );
        new AppAuthGovernor("g", token, timelock, config);
        config = _governorConfig();
        config.votingPeriod = 1 days - 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthGovernor.AppAuthGovernorBelowFloor.selector, "votingPeriod", 1 days - 1, 1 days
            )
        );
        new AppAuthGovernor("g", token, timelock, config);
    }

    /// @dev The floors themselves are accepted, at deployment and by a vote.
    function test_floors_AreAccepted() public {
        IAppAuthGovernor.Config memory config = _governorConfig();
        (config.votingDelay, config.votingPeriod, config.quorumNumerator) = (1 hours, 1 days, 1);
        config.lateQuorumExtension = 1 days;
        AppAuthGovernor atFloor = new AppAuthGovernor("g", token, timelock, config);
        assertEq(atFloor.votingDelay(), 1 hours);
        assertEq(atFloor.votingPeriod(), 1 days);
        assertEq(atFloor.quorumNumerator(), 1);

        _govern(_proposal(address(governor), abi.encodeWithSignature("updateQuorumNumerator(uint256)", 1)));
        assertEq(governor.quorumNumerator(), 1);
    }

    /// @dev The timelock's own delay has a floor too, and it holds against a vote.
    function test_RevertWhen_VoteSetsTimelockDelayBelowFloor() public {
        Proposal memory p = _proposal(address(timelock), abi.encodeCall(TimelockController.updateDelay, (0)));
        uint256 id = _propose(alice, p);
        _voteToPass(id);
        _queue(p);
        vm.warp(governor.proposalEta(id));
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthTimelock.AppAuthTimelockDelayBelowFloor.selector, 0, 1 hours)
        );
        _execute(p);
        assertEq(timelock.getMinDelay(), TIMELOCK_DELAY);
    }

    // ------------------------------------------------------------------ the AppAuth answers to the timelock only

    function test_RevertWhen_GovernorCalledDirectlyOnApp() public {
        vm.prank(address(governor));
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthOwnable.AppAuthUnauthorized.selector, address(governor))
        );
        appAuth.proposeComposeHash(HASH_V2);
    }

    /// @dev A tightening goes through the vote and the timelock delay but not the notice period.
    function test_execute_TighteningIsEffectiveAtExecution() public {
        _govern(_proposal(address(appAuth), abi.encodeCall(IAppAuthNotice.removeComposeHash, (HASH_V1))));
        assertFalse(appAuth.allowedComposeHashes(HASH_V1));
    }
}
