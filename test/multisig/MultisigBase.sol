// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {MultisigAppAuth} from "../../contracts/MultisigAppAuth.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthEvents} from "../../contracts/interfaces/IAppAuthEvents.sol";
import {IAppAuthMultisig} from "../../contracts/interfaces/IAppAuthMultisig.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {MultisigSignatures} from "../utils/MultisigSignatures.sol";

/// @notice A 2-of-3 MultisigAppAuth (alice, bob, carol) with v1 on device 1 allowed, and the helpers
/// the multisig tests share: approve and execute a call, propose through the quorum, boot checks.
abstract contract MultisigBase is Test, IAppAuthEvents {
    using MultisigSignatures for IAppAuthMultisig;

    uint256 internal constant NOTICE = 7 days;
    uint256 internal constant MIN_NOTICE = 3 days;
    uint256 internal constant GRACE = 7 days;

    bytes32 internal constant HASH_V1 = keccak256("compose v1");
    bytes32 internal constant HASH_V2 = keccak256("compose v2");
    bytes32 internal constant DEVICE_1 = keccak256("device 1");
    bytes32 internal constant DEVICE_2 = keccak256("device 2");

    uint256 internal aliceKey;
    uint256 internal bobKey;
    uint256 internal carolKey;
    uint256 internal strangerKey;
    address internal alice;
    address internal bob;
    address internal carol;
    address internal stranger;
    address internal submitter = makeAddr("submitter");

    MultisigAppAuth internal app;

    function setUp() public virtual {
        (alice, aliceKey) = makeAddrAndKey("alice");
        (bob, bobKey) = makeAddrAndKey("bob");
        (carol, carolKey) = makeAddrAndKey("carol");
        (stranger, strangerKey) = makeAddrAndKey("stranger");
        app = _deploy(_signers(alice, bob, carol), 2);
    }

    function _deploy(address[] memory signers, uint256 threshold) internal returns (MultisigAppAuth) {
        return new MultisigAppAuth(signers, threshold, NOTICE, MIN_NOTICE, GRACE, _initialPolicy());
    }

    function _initialPolicy() internal pure returns (AppAuthCore.InitialPolicy memory policy) {
        policy.composeHashes = new bytes32[](1);
        policy.composeHashes[0] = HASH_V1;
        policy.deviceIds = new bytes32[](1);
        policy.deviceIds[0] = DEVICE_1;
        policy.requireTcbUpToDate = true;
    }

    function _signers(address a, address b, address c) internal pure returns (address[] memory signers) {
        signers = new address[](3);
        (signers[0], signers[1], signers[2]) = (a, b, c);
    }

    function _keys(uint256 a, uint256 b) internal pure returns (uint256[] memory) {
        return MultisigSignatures.keyList(a, b);
    }

    function _keys(uint256 a) internal pure returns (uint256[] memory) {
        return MultisigSignatures.keyList(a);
    }

    /// @dev Signatures of `keys` for `data` at the current nonce of `app`.
    function _sign(uint256[] memory keys, bytes memory data) internal view returns (bytes[] memory) {
        return IAppAuthMultisig(address(app)).signAll(keys, data, app.nonce());
    }

    /// @dev Has `keys` approve `data` and a third party submit it; returns what the call returned.
    function _execute(uint256[] memory keys, bytes memory data) internal returns (bytes memory) {
        bytes[] memory signatures = _sign(keys, data);
        uint256 nonce = app.nonce();
        vm.prank(submitter);
        return app.execute(data, nonce, signatures);
    }

    /// @dev Has alice and bob approve the proposal `data`; returns its change id.
    function _propose(bytes memory data) internal returns (bytes32) {
        return abi.decode(_execute(_keys(aliceKey, bobKey), data), (bytes32));
    }

    function _boot() internal view returns (IAppAuth.AppBootInfo memory) {
        return BootInfos.upToDate(address(app), HASH_V1, DEVICE_1);
    }

    function _assertAllowed(IAppAuth.AppBootInfo memory bootInfo) internal view {
        (bool allowed, string memory reason) = app.isAppAllowed(bootInfo);
        assertTrue(allowed, reason);
    }

    function _assertDenied(IAppAuth.AppBootInfo memory bootInfo, string memory expectedReason) internal view {
        (bool allowed, string memory reason) = app.isAppAllowed(bootInfo);
        assertFalse(allowed, "boot allowed");
        assertEq(reason, expectedReason);
    }

    function _id(IAppAuthNotice.ChangeKind kind, bytes32 value) internal view returns (bytes32) {
        return app.changeId(kind, value);
    }
}
