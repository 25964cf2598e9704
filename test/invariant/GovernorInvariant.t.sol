// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {console2} from "forge-std/console2.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {GovernorFixture} from "../utils/GovernorFixture.sol";
import {GovernorHandler} from "./handlers/GovernorHandler.sol";

/// @notice Whatever voters, an attacker and time do, nothing loosening becomes effective without a
/// successful vote carried out by the timelock and the full notice period after it.
/// forge-config: default.invariant.runs = 16
/// forge-config: default.invariant.depth = 128
/// forge-config: ci.invariant.runs = 64
contract GovernorInvariantTest is GovernorFixture {

    address internal attacker = makeAddr("attacker");
    GovernorHandler internal handler;

    function setUp() public {
        token = _deployVotesToken();
        AppAuthCore.InitialPolicy memory policy = initialPolicyAnyTcb();
        _deployGovernedApp(token, policy);

        address[] memory voters = new address[](4);
        (voters[0], voters[1], voters[2], voters[3]) = (alice, bob, carol, dave);
        handler = new GovernorHandler(governor, timelock, appAuth, token, voters, attacker);

        bytes4[] memory selectors = new bytes4[](10);
        selectors[0] = GovernorHandler.propose.selector;
        selectors[1] = GovernorHandler.vote.selector;
        selectors[2] = GovernorHandler.queue.selector;
        selectors[3] = GovernorHandler.execute.selector;
        selectors[4] = GovernorHandler.activate.selector;
        selectors[5] = GovernorHandler.warp.selector;
        selectors[6] = GovernorHandler.attackerBuysAndVotes.selector;
        selectors[7] = GovernorHandler.attackerProposes.selector;
        selectors[8] = GovernorHandler.attackerCallsDirectly.selector;
        selectors[9] = GovernorHandler.passVote.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
        excludeSender(address(handler));
    }

    /// @dev Every effective or pending item was announced by the execution of a proposal that won its
    /// vote (more for than against, quorum at its snapshot); every effective one was activated no
    /// earlier than the full notice period after that.
    function invariant_LooseningNeedsVoteAndNotice() public view {
        for (uint256 i; i < handler.itemCount(); ++i) {
            (IAppAuthNotice.ChangeKind kind, bytes32 value, bytes32 id) = handler.item(i);
            bool effective = kind == IAppAuthNotice.ChangeKind.ComposeHash
                ? appAuth.allowedComposeHashes(value)
                : appAuth.allowedDeviceIds(value);
            bool pending = appAuth.activatesAt(id) != 0;
            if (!effective && !pending) continue;

            uint256 announcedAt = handler.announcedAt(id);
            assertGt(announcedAt, 0, "announced without a governor execution");
            uint256 pid = handler.announcedBy(id);
            assertEq(uint8(governor.state(pid)), uint8(IGovernor.ProposalState.Executed));
            (uint256 against, uint256 forVotes, uint256 abstain) = governor.proposalVotes(pid);
            assertGt(forVotes, against, "announced without a majority");
            assertGe(
                forVotes + abstain,
                governor.quorum(governor.proposalSnapshot(pid)),
                "announced without quorum"
            );

            if (effective) {
                uint256 activatedAt = handler.activatedAt(id);
                assertGt(activatedAt, 0, "effective without activation");
                assertGe(activatedAt, announcedAt + GOVERNED_NOTICE, "effective before the notice period");
            }
        }
    }

    function invariant_AttackerNeverBypassesVote() public view {
        assertEq(handler.attackerBreaches(), 0);
    }

    function invariant_LateTokensCarryNoWeight() public view {
        assertEq(handler.lateWeightViolations(), 0);
    }

    function invariant_OnlyGovernorHoldsTimelockRoles() public view {
        bytes32[3] memory roles =
            [timelock.PROPOSER_ROLE(), timelock.CANCELLER_ROLE(), timelock.EXECUTOR_ROLE()];
        for (uint256 i; i < roles.length; ++i) {
            assertTrue(timelock.hasRole(roles[i], address(governor)));
            assertFalse(timelock.hasRole(roles[i], attacker));
            assertFalse(timelock.hasRole(roles[i], deployer));
        }
        assertEq(appAuth.owner(), address(timelock));
    }

    /// @dev The handler's actions compose into a whole governance path, so the invariants above
    /// are not checked only against reverted calls.
    function test_handler_DrivesAWholePath() public {
        handler.propose(0, 0); // alice proposes the first compose hash
        handler.warp(VOTING_DELAY + 1, false);
        handler.vote(0, 0, FOR); // alice
        handler.vote(1, 0, FOR); // bob
        handler.warp(VOTING_PERIOD, false);
        handler.queue(0);
        handler.warp(TIMELOCK_DELAY, false);
        handler.execute(0);
        handler.activate(0);
        (, bytes32 value, bytes32 id) = handler.item(0);
        assertFalse(appAuth.allowedComposeHashes(value), "effective before the notice period");
        handler.warp(GOVERNED_NOTICE - 1, false);
        handler.activate(0);
        assertFalse(appAuth.allowedComposeHashes(value), "effective a second early");
        handler.warp(1 hours, false);
        handler.activate(0);

        assertTrue(appAuth.allowedComposeHashes(value));
        assertEq(handler.activatedAt(id), block.timestamp);
        invariant_LooseningNeedsVoteAndNotice();
    }

    /// @dev Reports how far the campaign got (visible with -vv).
    function afterInvariant() external view {
        string[8] memory actions =
            ["propose", "vote", "queue", "execute", "activate", "warp", "attackerVote", "attackerDirect"];
        for (uint256 i; i < actions.length; ++i) {
            console2.log(actions[i], handler.calls(bytes32(bytes(actions[i]))));
        }
    }
}
