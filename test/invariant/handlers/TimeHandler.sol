// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TimelockAppAuth} from "../../../contracts/TimelockAppAuth.sol";
import {TimelockHandlerBase} from "./TimelockHandlerBase.sol";
import {TimelockStore} from "./TimelockStore.sol";

/// @notice Plays the passing of time: small and large steps, and jumps to the exact edges of a pending
/// change's window (activatesAt - 1, activatesAt, expiresAt, expiresAt + 1), where off-by-one errors live.
contract TimeHandler is TimelockHandlerBase {
    constructor(TimelockAppAuth app_, TimelockStore store_) TimelockHandlerBase(app_, store_) {}

    function passTime(uint256 seconds_) external instrument("passTime") {
        _moveTo(block.timestamp + _bound(seconds_, 1, 4 days));
    }

    function passTimeToWindowEdge(uint256 seed, uint8 edge) external instrument("passTimeToWindowEdge") {
        (bytes32 id, bool found) = _pickPending(seed);
        if (!found) return;
        TimelockStore.Announcement memory a = store.announcement(id);
        uint256 opens = a.announcedAt + a.notice;
        uint256 closes = opens + store.gracePeriod();
        uint256[4] memory edges = [opens - 1, opens, closes, closes + 1];
        _moveTo(edges[edge % 4]);
    }

    /// @dev Time only moves forward.
    function _moveTo(uint256 time) private {
        if (time <= block.timestamp) return;
        _succeeded(msg.sig == this.passTime.selector ? "passTime" : "passTimeToWindowEdge");
        vm.warp(time);
        store.setCurrentTime(time);
    }
}
