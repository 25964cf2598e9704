// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {AppAuthSharedTest} from "../shared/AppAuthShared.t.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {GovernorFixture} from "../utils/GovernorFixture.sol";

/// @notice The shared suite for Stage-2 governance: a TimelockAppAuth owned by a TimelockController
/// that only an AppAuthGovernor drives. Loosening is voted, queued, executed, then waits the notice
/// period; tightening is voted, queued and executed, and is effective at once.
contract GovernorAppAuthTest is AppAuthSharedTest, GovernorFixture {
    function _deployApp(AppAuthCore.InitialPolicy memory policy) internal override returns (IAppAuthPolicy) {
        if (address(token) == address(0)) token = _deployVotesToken();
        _deployGovernedApp(token, policy);
        return appAuth;
    }

    function _loosen(IAppAuthNotice.ChangeKind kind, bytes32 value) internal override {
        this.govern(_proposal(address(appAuth), announceCall(kind, value)));
        bytes32 id = appAuth.changeId(kind, value);
        // The vote only announced the change: the notice period starts at execution.
        assertEq(appAuth.activatesAt(id), block.timestamp + appAuth.noticePeriod());
        vm.warp(appAuth.activatesAt(id));
        appAuth.activate(id);
    }

    function _tighten(Tightening change, bytes32 value) internal override {
        bytes memory call;
        if (change == Tightening.RemoveComposeHash) {
            call = abi.encodeCall(IAppAuthNotice.removeComposeHash, (value));
        } else if (change == Tightening.RemoveDevice) {
            call = abi.encodeCall(IAppAuthNotice.removeDevice, (value));
        } else if (change == Tightening.DisallowAnyDevice) {
            call = abi.encodeCall(IAppAuthNotice.disallowAnyDevice, ());
        } else {
            call = abi.encodeCall(IAppAuthNotice.requireUpToDateTcb, ());
        }
        // One external call, so that the suite's expectEmit sees the event the execution emits.
        this.govern(_proposal(address(appAuth), call));
    }

    /// @dev Every way around the vote is refused: the AppAuth directly, the timelock's schedule and
    /// execute, the governor's relay, and a proposal by an account without votes.
    function _unauthorizedLoosen(address caller, IAppAuthNotice.ChangeKind kind, bytes32 value)
        internal
        override
        returns (bool refused)
    {
        bytes memory call = announceCall(kind, value);
        Proposal memory p = _proposal(address(appAuth), call);
        return _refused(caller, address(appAuth), call)
            && _refused(
            caller,
            address(timelock),
            abi.encodeCall(TimelockController.schedule, (address(appAuth), 0, call, 0, 0, TIMELOCK_DELAY))
        )
            && _refused(
            caller,
            address(timelock),
            abi.encodeCall(TimelockController.execute, (address(appAuth), 0, call, 0, 0))
        ) && _refused(caller, address(governor), abi.encodeCall(Governor.relay, (address(appAuth), 0, call)))
            && _refused(
            caller,
            address(governor),
            abi.encodeCall(Governor.propose, (p.targets, p.values, p.calldatas, p.description))
        );
    }

    function _refused(address caller, address target, bytes memory data) internal returns (bool) {
        vm.prank(caller);
        (bool ok,) = target.call(data);
        return !ok;
    }

    function _advertisesBasicManagement() internal pure override returns (bool) {
        return false;
    }
}
