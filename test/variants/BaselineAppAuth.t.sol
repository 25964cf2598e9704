// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {AppAuthSharedTest} from "../shared/AppAuthShared.t.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {BaselineAppAuth} from "../../contracts/BaselineAppAuth.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {BootInfos} from "../utils/BootInfos.sol";

/// @notice The shared suite for the Stage-0 baseline, whose owner changes everything instantly.
contract BaselineAppAuthTest is AppAuthSharedTest {
    using BootInfos for IAppAuth.AppBootInfo;

    address internal owner = makeAddr("owner");

    function _baseline() internal view returns (BaselineAppAuth) {
        return BaselineAppAuth(address(app));
    }

    function _deployApp(AppAuthCore.InitialPolicy memory policy) internal override returns (IAppAuthPolicy) {
        return new BaselineAppAuth(owner, policy);
    }

    function _loosen(IAppAuthNotice.ChangeKind kind, bytes32 value) internal override {
        _loosenAs(owner, kind, value);
    }

    function _loosenAs(address caller, IAppAuthNotice.ChangeKind kind, bytes32 value) internal {
        vm.startPrank(caller);
        if (kind == IAppAuthNotice.ChangeKind.ComposeHash) _baseline().addComposeHash(value);
        else if (kind == IAppAuthNotice.ChangeKind.Device) _baseline().addDevice(value);
        else if (kind == IAppAuthNotice.ChangeKind.AllowAnyDevice) _baseline().setAllowAnyDevice(true);
        else if (kind == IAppAuthNotice.ChangeKind.TcbNotRequired) _baseline().setRequireTcbUpToDate(false);
        else revert("baseline has no such change");
        vm.stopPrank();
    }

    function _tighten(Tightening change, bytes32 value) internal override {
        vm.startPrank(owner);
        if (change == Tightening.RemoveComposeHash) _baseline().removeComposeHash(value);
        else if (change == Tightening.RemoveDevice) _baseline().removeDevice(value);
        else if (change == Tightening.DisallowAnyDevice) _baseline().setAllowAnyDevice(false);
        else _baseline().setRequireTcbUpToDate(true);
        vm.stopPrank();
    }

    function _unauthorizedLoosen(address caller, IAppAuthNotice.ChangeKind kind, bytes32 value)
        internal
        override
        returns (bool refused)
    {
        try this.loosenAs(caller, kind, value) {
            return false;
        } catch {
            return true;
        }
    }

    /// @dev External so that `_unauthorizedLoosen` can catch the revert.
    function loosenAs(address caller, IAppAuthNotice.ChangeKind kind, bytes32 value) external {
        _loosenAs(caller, kind, value);
    }

    function _unauthorizedTighten(address caller, Tightening change, bytes32 value)
        internal
        override
        returns (bool refused)
    {
        bytes memory data;
        if (change == Tightening.RemoveComposeHash) {
            data = abi.encodeCall(BaselineAppAuth.removeComposeHash, (value));
        } else if (change == Tightening.RemoveDevice) {
            data = abi.encodeCall(BaselineAppAuth.removeDevice, (value));
        } else if (change == Tightening.DisallowAnyDevice) {
            data = abi.encodeCall(BaselineAppAuth.setAllowAnyDevice, (false));
        } else {
            data = abi.encodeCall(BaselineAppAuth.setRequireTcbUpToDate, (true));
        }
        vm.prank(caller);
        (bool success,) = address(app).call(data);
        return !success;
    }

    function _advertisesBasicManagement() internal pure override returns (bool) {
        return true;
    }

    // ------------------------------------------------------------------ Stage 0: instant on purpose

    function test_addComposeHash_IsEffectiveInTheSameBlock() public {
        uint256 before = block.timestamp;
        vm.expectEmit(address(app));
        emit ComposeHashAdded(HASH_V2);
        vm.prank(owner);
        _baseline().addComposeHash(HASH_V2);
        assertEq(block.timestamp, before);
        _assertAllowed(_boot().withComposeHash(HASH_V2));
    }

    function test_setAllowAnyDevice_IsEffectiveInTheSameBlock() public {
        vm.expectEmit(address(app));
        emit IAppAuthPolicy.AllowAnyDeviceSet(true);
        vm.prank(owner);
        _baseline().setAllowAnyDevice(true);
        _assertAllowed(_boot().withDevice(DEVICE_2));
    }

    function test_setRequireTcbUpToDate_IsEffectiveInTheSameBlock() public {
        vm.prank(owner);
        _baseline().setRequireTcbUpToDate(true);
        _assertDenied(_boot().withTcbStatus("OutOfDate"), TCB_REASON);
        vm.expectEmit(address(app));
        emit IAppAuthPolicy.RequireTcbUpToDateSet(false);
        vm.prank(owner);
        _baseline().setRequireTcbUpToDate(false);
        _assertAllowed(_boot().withTcbStatus("OutOfDate"));
    }

    function test_RevertWhen_AddComposeHashIsZero() public {
        vm.expectRevert(IAppAuthPolicy.AppAuthZeroValue.selector);
        vm.prank(owner);
        _baseline().addComposeHash(bytes32(0));
    }

    function test_RevertWhen_AddDeviceIsZero() public {
        vm.expectRevert(IAppAuthPolicy.AppAuthZeroValue.selector);
        vm.prank(owner);
        _baseline().addDevice(bytes32(0));
    }

    function test_RevertWhen_NonOwnerAddsComposeHash() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, attacker));
        vm.prank(attacker);
        _baseline().addComposeHash(HASH_V2);
    }

    function test_RevertWhen_DeployedWithZeroOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableInvalidOwner.selector, address(0)));
        new BaselineAppAuth(address(0), _initialPolicy());
    }

    function test_transferOwnership_TakesEffectWhenNomineeAccepts() public {
        address nominee = makeAddr("nominee");
        vm.prank(owner);
        _baseline().transferOwnership(nominee);
        assertEq(_baseline().owner(), owner);
        assertEq(_baseline().pendingOwner(), nominee);
        vm.prank(nominee);
        _baseline().acceptOwnership();
        assertEq(_baseline().owner(), nominee);
        // The new owner changes the policy at once: Stage 0 has no notice period.
        vm.prank(nominee);
        _baseline().addComposeHash(HASH_V2);
        assertTrue(app.allowedComposeHashes(HASH_V2));
    }

    function test_supportsInterface_AdvertisesNoNoticePeriod() public view {
        assertFalse(_baseline().supportsInterface(type(IAppAuthNotice).interfaceId));
    }
}
