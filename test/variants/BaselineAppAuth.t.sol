// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AppAuthSharedTest} from "../shared/AppAuthShared.t.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {BaselineAppAuth} from "../../contracts/BaselineAppAuth.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";

/// @notice The shared suite for the Stage-0 baseline, whose owner changes everything instantly.
contract BaselineAppAuthTest is AppAuthSharedTest {
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

    function _advertisesBasicManagement() internal pure override returns (bool) {
        return true;
    }
}
