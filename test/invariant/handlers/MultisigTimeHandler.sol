// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MultisigAppAuth} from "../../../contracts/MultisigAppAuth.sol";
import {MultisigGhost} from "./MultisigGhost.sol";
import {MultisigHandlerBase} from "./MultisigHandlerBase.sol";

/// @notice Plays time and the public: moves the clock, and activates or clears pending changes as
/// any user may.
contract MultisigTimeHandler is MultisigHandlerBase {
    address internal immutable user = makeAddr("user");

    constructor(MultisigAppAuth app_, MultisigGhost ghost_) MultisigHandlerBase(app_, ghost_) {}

    function warp(uint256 seconds_) external observed(false, "warp") {
        vm.warp(block.timestamp + _bound(seconds_, 1 hours, 3 days));
    }

    /// @notice A user activates a matured change, as anyone may.
    function activate(uint256 seed) external observed(false, "userActivate") {
        (bytes32 id,) = _maturedId(seed);
        if (id == bytes32(0)) return;
        vm.prank(user);
        try app.activate(id) {} catch {}
    }

    function clearExpired(uint256 seed) external observed(false, "clearExpired") {
        (bytes32 id,) = _pendingId(seed);
        if (id == bytes32(0)) return;
        vm.prank(user);
        try app.clearExpired(id) {} catch {}
    }
}
