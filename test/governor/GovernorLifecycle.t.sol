// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthEvents} from "../../contracts/interfaces/IAppAuthEvents.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {LocalKms} from "../../contracts/kms/LocalKms.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {GovernorFixture} from "../utils/GovernorFixture.sol";
import {composeHashId} from "../utils/Defaults.sol";

/// @notice From a proposal to a compose hash the KMS accepts: the vote precedes the notice period,
/// and the notice period starts only when the timelock carries the vote out.
contract GovernorLifecycleTest is GovernorFixture {
    string internal constant URI = "ipfs://release-notes-v2";

    LocalKms internal kms;
    address internal user = makeAddr("user");

    function setUp() public {
        token = _deployVotesToken();
        AppAuthCore.InitialPolicy memory policy = initialPolicy();
        _deployGovernedApp(token, policy);

        kms = new LocalKms(address(this));
        kms.addOsImageHash(BootInfos.OS_IMAGE);
        kms.registerApp(address(appAuth));
    }

    function _assertKms(bytes32 composeHash, bool expected, string memory expectedReason) internal view {
        IAppAuth.AppBootInfo memory boot = BootInfos.upToDate(address(appAuth), composeHash, DEVICE_1);
        (bool allowed, string memory reason) = kms.isAppAllowed(boot);
        assertEq(allowed, expected);
        assertEq(reason, expectedReason);
    }

    function test_fullPath_ComposeHashBecomesEffectiveAtKms() public {
        _assertKms(HASH_V1, true, "");
        _assertKms(HASH_V2, false, "Compose hash not allowed");
        Proposal memory p = _proposal(
            address(appAuth), abi.encodeWithSignature("proposeComposeHash(bytes32,string)", HASH_V2, URI)
        );

        // propose: pending until the snapshot
        uint256 id = _propose(alice, p);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Pending));
        assertEq(governor.proposalSnapshot(id), block.timestamp + VOTING_DELAY);

        // vote
        vm.warp(block.timestamp + VOTING_DELAY + 1);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Active));
        _castVote(alice, id, FOR);
        _castVote(bob, id, FOR);
        _castVote(dave, id, AGAINST);
        vm.warp(governor.proposalDeadline(id) + 1);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Succeeded));

        // queue: the timelock delay
        _queue(p);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Queued));
        assertEq(governor.proposalEta(id), block.timestamp + TIMELOCK_DELAY);
        vm.warp(governor.proposalEta(id));

        // execute: the AppAuth announces the change; its notice period starts now
        uint64 activatesAt = uint64(block.timestamp + GOVERNED_NOTICE);
        vm.expectEmit(address(appAuth));
        emit IAppAuthNotice.ChangeProposed(
            composeHashId(HASH_V2),
            IAppAuthNotice.ChangeKind.ComposeHash,
            HASH_V2,
            activatesAt,
            activatesAt + uint64(GOVERNED_GRACE),
            URI
        );
        _execute(p);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Executed));
        assertEq(appAuth.activatesAt(composeHashId(HASH_V2)), activatesAt);

        // the vote alone allows nothing: users have the notice period to exit
        _assertKms(HASH_V2, false, "Compose hash not allowed");
        vm.warp(activatesAt - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, composeHashId(HASH_V2), activatesAt
            )
        );
        appAuth.activateComposeHash(HASH_V2);
        _assertKms(HASH_V2, false, "Compose hash not allowed");

        // anyone activates once the notice period is over
        vm.warp(activatesAt);
        vm.expectEmit(address(appAuth));
        emit IAppAuthEvents.ComposeHashAdded(HASH_V2);
        vm.prank(user);
        appAuth.activateComposeHash(HASH_V2);
        _assertKms(HASH_V2, true, "");
        _assertKms(HASH_V1, true, "");
    }

    /// @dev A5 across both layers: a vote carried out late only starts the notice period late, and an
    /// announced change not activated in its grace window expires.
    function test_fullPath_LateExecutionStartsNoticeLateAndExpires() public {
        Proposal memory p =
            _proposal(address(appAuth), abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2));
        uint256 id = _propose(alice, p);
        _voteToPass(id);
        _queue(p);
        vm.warp(governor.proposalEta(id) + EXECUTION_WINDOW);
        _execute(p);
        uint256 activatesAt = block.timestamp + GOVERNED_NOTICE;
        assertEq(appAuth.activatesAt(composeHashId(HASH_V2)), activatesAt);

        vm.warp(activatesAt + GOVERNED_GRACE + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeExpired.selector, composeHashId(HASH_V2), activatesAt + GOVERNED_GRACE)
        );
        appAuth.activateComposeHash(HASH_V2);
        _assertKms(HASH_V2, false, "Compose hash not allowed");
    }

    /// @dev A compromised version is stopped by a vote, without any notice period.
    function test_fullPath_RemovalIsEffectiveAtExecution() public {
        _govern(_proposal(address(appAuth), abi.encodeCall(IAppAuthNotice.removeComposeHash, (HASH_V1))));
        _assertKms(HASH_V1, false, "Compose hash not allowed");
    }

    /// @dev Governance cancels an announced change it regrets, before it takes effect.
    function test_fullPath_CancelAnnouncedChange() public {
        _govern(_proposal(address(appAuth), abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2)));
        uint256 activatesAt = appAuth.activatesAt(composeHashId(HASH_V2));
        _govern(_proposal(address(appAuth), abi.encodeCall(IAppAuthNotice.cancelProposal, (composeHashId(HASH_V2)))));
        assertLt(block.timestamp, activatesAt, "cancelled inside the notice period");

        vm.warp(activatesAt);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, composeHashId(HASH_V2)));
        appAuth.activateComposeHash(HASH_V2);
    }

    /// @dev The vote precedes the notice period, and the notice period is the AppAuth's own: however
    /// the governance delays are set, a loosening waits at least the notice after execution.
    function test_fullPath_TimeFromProposalToEffect() public {
        uint256 proposedAt = block.timestamp;
        Proposal memory p =
            _proposal(address(appAuth), abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2));
        uint256 id = _govern(p);
        uint256 executedAt = block.timestamp;
        assertEq(executedAt - proposedAt, VOTING_DELAY + VOTING_PERIOD + 1 + TIMELOCK_DELAY);
        assertEq(appAuth.activatesAt(composeHashId(HASH_V2)), executedAt + GOVERNED_NOTICE);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Executed));
    }
}
