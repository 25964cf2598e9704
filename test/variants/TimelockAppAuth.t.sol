// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AppAuthSharedTest} from "../shared/AppAuthShared.t.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";

/// @notice The shared suite for the Stage-1 timelock: loosening is proposed, waits, then activates.
contract TimelockAppAuthTest is AppAuthSharedTest {

    address internal owner = makeAddr("owner");

    function _timelock() internal view returns (TimelockAppAuth) {
        return TimelockAppAuth(address(app));
    }

    function _deployApp(AppAuthCore.InitialPolicy memory policy)
        internal
        virtual
        override
        returns (IAppAuthPolicy)
    {
        return new TimelockAppAuth(owner, NOTICE, MIN_NOTICE, GRACE, policy);
    }

    function _loosen(IAppAuthNotice.ChangeKind kind, bytes32 value) internal override {
        bytes32 id = _proposeAs(owner, kind, value);
        vm.warp(_timelock().activatesAt(id));
        _timelock().activate(id);
    }

    function _proposeAs(address caller, IAppAuthNotice.ChangeKind kind, bytes32 value)
        internal
        returns (bytes32 id)
    {
        vm.startPrank(caller);
        if (kind == IAppAuthNotice.ChangeKind.ComposeHash) {
            id = _timelock().proposeComposeHash(value);
        } else if (kind == IAppAuthNotice.ChangeKind.Device) {
            id = _timelock().proposeDevice(value, "");
        } else if (kind == IAppAuthNotice.ChangeKind.AllowAnyDevice) {
            id = _timelock().proposeAllowAnyDevice("");
        } else if (kind == IAppAuthNotice.ChangeKind.TcbNotRequired) {
            id = _timelock().proposeTcbNotRequired("");
        } else if (kind == IAppAuthNotice.ChangeKind.NoticePeriod) {
            id = _timelock().proposeNoticePeriod(uint256(value), "");
        } else {
            id = _proposeOther(kind, value);
        }
        vm.stopPrank();
    }

    /// @dev Proposes a change kind only a derived variant knows, as the pranked caller.
    function _proposeOther(IAppAuthNotice.ChangeKind, bytes32) internal virtual returns (bytes32) {
        revert("timelock test has no such change");
    }

    function _tighten(Tightening change, bytes32 value) internal override {
        vm.startPrank(owner);
        if (change == Tightening.RemoveComposeHash) _timelock().removeComposeHash(value);
        else if (change == Tightening.RemoveDevice) _timelock().removeDevice(value);
        else if (change == Tightening.DisallowAnyDevice) _timelock().disallowAnyDevice();
        else _timelock().requireUpToDateTcb();
        vm.stopPrank();
    }

    function _unauthorizedLoosen(address caller, IAppAuthNotice.ChangeKind kind, bytes32 value)
        internal
        override
        returns (bool refused)
    {
        try this.proposeAs(caller, kind, value) {
            return false;
        } catch {
            return true;
        }
    }

    /// @dev External so that `_unauthorizedLoosen` can catch the revert.
    function proposeAs(address caller, IAppAuthNotice.ChangeKind kind, bytes32 value)
        external
        returns (bytes32)
    {
        return _proposeAs(caller, kind, value);
    }

    function _advertisesBasicManagement() internal pure override returns (bool) {
        return false;
    }
}
