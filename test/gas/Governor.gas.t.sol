// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {LocalKms} from "../../contracts/kms/LocalKms.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {GovernorFixture} from "../utils/GovernorFixture.sol";
import {composeHashId} from "../utils/ChangeIds.sol";

/// @notice Gas of the governance path and of the boot check on a governed AppAuth, snapshotted into
/// `snapshots/governor.json`. Run with `--isolate` so that each call is its own transaction with cold
/// storage, as on chain.
contract GovernorGasTest is GovernorFixture {
    /// @dev DstackApp's own `isAppAllowed`, called directly through its proxy (BRIEF, section 6).
    uint256 internal constant DSTACK_APP_IS_APP_ALLOWED = 18_433;

    bytes32 internal constant HASH_V1 = keccak256("compose v1");
    bytes32 internal constant HASH_V2 = keccak256("compose v2");
    bytes32 internal constant DEVICE = keccak256("device 1");

    Proposal internal allowV2;
    uint256 internal proposalId;

    function setUp() public {
        token = _deployVotesToken();
        AppAuthCore.InitialPolicy memory policy;
        policy.composeHashes = new bytes32[](1);
        policy.composeHashes[0] = HASH_V1;
        policy.deviceIds = new bytes32[](1);
        policy.deviceIds[0] = DEVICE;
        policy.requireTcbUpToDate = true;
        _deployGovernedApp(token, policy);
        allowV2 = _proposal(address(appAuth), abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2));
    }

    function _proposeAllowV2() internal {
        vm.prank(alice);
        proposalId = governor.propose(allowV2.targets, allowV2.values, allowV2.calldatas, allowV2.description);
    }

    function test_propose_Gas() public {
        _proposeAllowV2();
        vm.snapshotGasLastCall("governor", "propose");
    }

    function test_castVote_Gas() public {
        _proposeAllowV2();
        vm.warp(governor.proposalSnapshot(proposalId) + 1);
        vm.prank(alice);
        governor.castVote(proposalId, FOR);
        vm.snapshotGasLastCall("governor", "castVote");
    }

    function test_queue_Gas() public {
        _proposeAllowV2();
        _voteToPass(proposalId);
        _queue(allowV2);
        vm.snapshotGasLastCall("governor", "queue");
    }

    /// @dev Execution through the timelock into the AppAuth's `proposeComposeHash`.
    function test_execute_Gas() public {
        _proposeAllowV2();
        _voteToPass(proposalId);
        _queue(allowV2);
        vm.warp(governor.proposalEta(proposalId));
        _execute(allowV2);
        vm.snapshotGasLastCall("governor", "execute");
        assertEq(appAuth.activatesAt(composeHashId(HASH_V2)), block.timestamp + NOTICE);
    }

    function test_activate_Gas() public {
        _govern(allowV2);
        vm.warp(appAuth.activatesAt(composeHashId(HASH_V2)));
        appAuth.activateComposeHash(HASH_V2);
        vm.snapshotGasLastCall("governor", "activateComposeHash");
    }

    /// @dev The boot check is the core's, whoever governs: it must not cost more than DstackApp's.
    function test_isAppAllowed_Gas() public {
        IAppAuth.AppBootInfo memory boot = BootInfos.upToDate(address(appAuth), HASH_V1, DEVICE);
        (bool allowed,) = appAuth.isAppAllowed(boot);
        uint256 gasUsed = vm.snapshotGasLastCall("governor", "isAppAllowed");
        assertTrue(allowed);
        assertLe(gasUsed, DSTACK_APP_IS_APP_ALLOWED);
    }

    function test_isAppAllowed_GasThroughKms() public {
        LocalKms kms = new LocalKms(address(this));
        kms.addOsImageHash(BootInfos.OS_IMAGE);
        kms.registerApp(address(appAuth));
        IAppAuth.AppBootInfo memory boot = BootInfos.upToDate(address(appAuth), HASH_V1, DEVICE);
        (bool allowed,) = kms.isAppAllowed(boot);
        vm.snapshotGasLastCall("governor", "isAppAllowedThroughKms");
        assertTrue(allowed);
    }
}
