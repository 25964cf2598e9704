// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MultisigBase} from "./MultisigBase.sol";
import {IAppAuthMultisig} from "../../contracts/interfaces/IAppAuthMultisig.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {composeHashId} from "../utils/Defaults.sol";

/// @notice The boot policy under a quorum: approved loosening still waits the notice period (A1, A3,
/// A4), approved tightening is instant, and fewer than M signers can do neither.
contract MultisigPolicyTest is MultisigBase {
    using BootInfos for *;

    // ------------------------------------------------------------------ A1: instant code

    /// @dev A1: an approved compose hash is not effective before the notice period has elapsed.
    function test_proposeComposeHash_WaitsNoticeOnceApproved() public {
        bytes32 id =
            _propose(abi.encodeWithSignature("proposeComposeHash(bytes32,string)", HASH_V2, "git:abc123"));
        assertEq(id, composeHashId(HASH_V2));
        assertFalse(app.allowedComposeHashes(HASH_V2));
        _assertDenied(_boot().withComposeHash(HASH_V2), "Compose hash not allowed");

        vm.warp(block.timestamp + NOTICE - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, block.timestamp + 1
            )
        );
        app.activateComposeHash(HASH_V2);
        _assertDenied(_boot().withComposeHash(HASH_V2), "Compose hash not allowed");

        vm.warp(block.timestamp + 1);
        vm.expectEmit(address(app));
        emit ComposeHashAdded(HASH_V2);
        vm.prank(stranger);
        app.activateComposeHash(HASH_V2);
        _assertAllowed(_boot().withComposeHash(HASH_V2));
    }

    /// @dev A1: neither a quorum nor the contract itself has a path around the notice: `activate` through
    /// `execute` meets the same clock.
    function test_RevertWhen_QuorumActivatesEarly() public {
        bytes32 id = _propose(abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2));
        bytes memory activate = abi.encodeCall(app.activate, (id));
        bytes[] memory signatures = _sign(_keys(aliceKey, bobKey), activate);
        uint256 nonce = app.nonce();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, block.timestamp + NOTICE
            )
        );
        app.execute(activate, nonce, signatures);
        assertFalse(app.allowedComposeHashes(HASH_V2));
    }

    // ------------------------------------------------------------------ A3: weaker hardware

    /// @dev A3: an approved device waits the notice period.
    function test_proposeDevice_WaitsNoticeOnceApproved() public {
        bytes32 id = _propose(abi.encodeCall(app.proposeDevice, (DEVICE_2, "")));
        _assertDenied(_boot().withDevice(DEVICE_2), "Device not allowed");
        vm.warp(block.timestamp + NOTICE - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, block.timestamp + 1
            )
        );
        app.activate(id);
        vm.warp(block.timestamp + 1);
        app.activate(id);
        _assertAllowed(_boot().withDevice(DEVICE_2));
    }

    /// @dev A3: allowing any device waits the notice period.
    function test_proposeAllowAnyDevice_WaitsNoticeOnceApproved() public {
        bytes32 id = _propose(abi.encodeCall(app.proposeAllowAnyDevice, ("")));
        assertFalse(app.allowAnyDevice());
        vm.warp(block.timestamp + NOTICE - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, block.timestamp + 1
            )
        );
        app.activate(id);
        _assertDenied(_boot().withDevice(DEVICE_2), "Device not allowed");
        vm.warp(block.timestamp + 1);
        app.activate(id);
        _assertAllowed(_boot().withDevice(DEVICE_2));
    }

    // ------------------------------------------------------------------ A4: weaker platform

    /// @dev A4: dropping the TCB requirement waits the notice period.
    function test_proposeTcbNotRequired_WaitsNoticeOnceApproved() public {
        bytes32 id = _propose(abi.encodeCall(app.proposeTcbNotRequired, ("")));
        _assertDenied(_boot().withTcbStatus("OutOfDate"), "TCB status is not up to date");
        vm.warp(block.timestamp + NOTICE - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, block.timestamp + 1
            )
        );
        app.activate(id);
        vm.warp(block.timestamp + 1);
        app.activate(id);
        assertFalse(app.requireTcbUpToDate());
        _assertAllowed(_boot().withTcbStatus("OutOfDate"));
    }

    // ------------------------------------------------------------------ tightening: instant once approved

    function test_tighten_RemoveComposeHashIsInstant() public {
        vm.expectEmit(address(app));
        emit ComposeHashRemoved(HASH_V1);
        _execute(_keys(aliceKey, carolKey), abi.encodeCall(app.removeComposeHash, (HASH_V1)));
        _assertDenied(_boot(), "Compose hash not allowed");
    }

    function test_tighten_RemoveDeviceIsInstant() public {
        _execute(_keys(bobKey, carolKey), abi.encodeCall(app.removeDevice, (DEVICE_1)));
        _assertDenied(_boot(), "Device not allowed");
    }

    function test_tighten_DisallowAnyDeviceAndRequireTcbAreInstant() public {
        bytes32 any = _propose(abi.encodeCall(app.proposeAllowAnyDevice, ("")));
        bytes32 tcb = _propose(abi.encodeCall(app.proposeTcbNotRequired, ("")));
        vm.warp(block.timestamp + NOTICE);
        app.activate(any);
        app.activate(tcb);
        _assertAllowed(_boot().withDevice(DEVICE_2).withTcbStatus("OutOfDate"));

        _execute(_keys(aliceKey, bobKey), abi.encodeCall(app.disallowAnyDevice, ()));
        _assertDenied(_boot().withDevice(DEVICE_2), "Device not allowed");
        _execute(_keys(aliceKey, bobKey), abi.encodeCall(app.requireUpToDateTcb, ()));
        _assertDenied(_boot().withTcbStatus("OutOfDate"), "TCB status is not up to date");
    }

    function test_tighten_LengthenNoticeAndCancelAreInstant() public {
        bytes32 id = _propose(abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2));
        _execute(_keys(aliceKey, bobKey), abi.encodeCall(app.lengthenNoticePeriod, (14 days)));
        assertEq(app.noticePeriod(), 14 days);
        assertEq(app.activatesAt(id), block.timestamp + NOTICE, "pending change keeps its time");

        vm.expectEmit(address(app));
        emit IAppAuthNotice.ChangeCancelled(id, IAppAuthNotice.ChangeKind.ComposeHash, HASH_V2);
        _execute(_keys(aliceKey, bobKey), abi.encodeCall(app.cancelProposal, (id)));
        vm.warp(block.timestamp + NOTICE);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, id));
        app.activate(id);
    }

    // ------------------------------------------------------------------ below threshold: nothing

    /// @dev One key can neither loosen nor tighten (a lone signer must not be able to stop the app
    /// by removing its compose hash, nor cancel the quorum's proposals).
    function test_RevertWhen_OneSignerTightensOrCancels() public {
        bytes32 id = _propose(abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2));
        bytes[2] memory calls =
            [abi.encodeCall(app.removeComposeHash, (HASH_V1)), abi.encodeCall(app.cancelProposal, (id))];
        for (uint256 i; i < calls.length; ++i) {
            bytes[] memory signatures = _sign(_keys(carolKey), calls[i]);
            uint256 nonce = app.nonce();
            vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigThresholdNotMet.selector, 1, 2));
            app.execute(calls[i], nonce, signatures);
        }
        assertTrue(app.allowedComposeHashes(HASH_V1));
        assertEq(app.activatesAt(id), block.timestamp + NOTICE);
    }
}
