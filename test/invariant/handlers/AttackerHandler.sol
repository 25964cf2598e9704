// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TimelockAppAuth} from "../../../contracts/TimelockAppAuth.sol";
import {IAppAuthNotice} from "../../../contracts/interfaces/IAppAuthNotice.sol";
import {TimelockHandlerBase} from "./TimelockHandlerBase.sol";
import {TimelockStore} from "./TimelockStore.sol";

/// @notice Plays an outsider who tries everything: every announcement, every tightening, cancelling,
/// taking control, and activating changes before or after their window. Every success is recorded
/// and must never happen.
contract AttackerHandler is TimelockHandlerBase {
    address public immutable attacker;

    constructor(TimelockAppAuth app_, TimelockStore store_, address attacker_)
        TimelockHandlerBase(app_, store_)
    {
        attacker = attacker_;
    }

    function propose(uint256 which, uint256 seed) external instrument("propose") {
        bytes memory data;
        which %= 6;
        if (which == 0) data = abi.encodeWithSignature("proposeComposeHash(bytes32)", composeHash(seed));
        else if (which == 1) data = abi.encodeCall(app.proposeDevice, (device(seed), ""));
        else if (which == 2) data = abi.encodeCall(app.proposeAllowAnyDevice, (""));
        else if (which == 3) data = abi.encodeCall(app.proposeTcbNotRequired, (""));
        else if (which == 4) data = abi.encodeCall(app.proposeNoticePeriod, (_bound(seed, 1, 30 days), ""));
        else data = abi.encodeCall(app.transferOwnership, (attacker));
        _attempt(data);
    }

    function tighten(uint256 which, uint256 seed) external instrument("tighten") {
        bytes memory data;
        which %= 6;
        if (which == 0) data = abi.encodeCall(app.removeComposeHash, (composeHash(seed)));
        else if (which == 1) data = abi.encodeCall(app.removeDevice, (device(seed)));
        else if (which == 2) data = abi.encodeCall(app.disallowAnyDevice, ());
        else if (which == 3) data = abi.encodeCall(app.requireUpToDateTcb, ());
        else if (which == 4) data = abi.encodeCall(app.lengthenNoticePeriod, (_bound(seed, 1, 30 days)));
        else data = abi.encodeCall(app.renounceOwnership, ());
        _attempt(data);
    }

    function cancel(uint256 seed) external instrument("cancel") {
        (bytes32 id, bool found) = _pickPending(seed);
        if (!found) return;
        _attempt(abi.encodeCall(app.cancelProposal, (id)));
    }

    function takeControl() external instrument("takeControl") {
        _attempt(abi.encodeCall(app.acceptOwnership, ()));
    }

    /// @dev Activation is permissionless inside the window, so the attacker tries outside it, and
    /// tries to complete someone else's hand-over at any time.
    function activateOutOfWindow(uint256 seed) external instrument("activateOutOfWindow") {
        (bytes32 id, bool found) = _pickPending(seed);
        if (!found) return;
        bool handOver = store.announcement(id).kind == IAppAuthNotice.ChangeKind.Controller;
        if (!handOver && store.inLawfulWindow(id, block.timestamp)) return;
        _attempt(abi.encodeCall(app.activate, (id)));
    }

    function _attempt(bytes memory data) private {
        vm.prank(attacker);
        (bool success,) = address(app).call(data);
        if (success) {
            _succeeded("breach");
            store.recordAttackerSuccess();
        }
    }
}
