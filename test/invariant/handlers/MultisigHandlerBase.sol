// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {MultisigAppAuth} from "../../../contracts/MultisigAppAuth.sol";
import {IAppAuthNotice} from "../../../contracts/interfaces/IAppAuthNotice.sol";
import {MultisigGhost} from "./MultisigGhost.sol";

/// @notice What every multisig handler shares: the app, the ghost that judges each call, call
/// counters, and a pick of a pending change.
abstract contract MultisigHandlerBase is CommonBase, StdCheats, StdUtils {
    MultisigAppAuth internal immutable app;
    MultisigGhost internal immutable ghost;

    mapping(bytes32 action => uint256) public calls;

    constructor(MultisigAppAuth app_, MultisigGhost ghost_) {
        app = app_;
        ghost = ghost_;
    }

    /// @dev Lets the ghost diff the app's state around the call; `byQuorum` says whose call it is.
    modifier observed(bool byQuorum, bytes32 action) {
        ++calls[action];
        ghost.observeBefore();
        _;
        ghost.observeAfter(byQuorum);
    }

    /// @dev A pending change chosen by `seed`, or zero when none is pending.
    function _pendingId(uint256 seed)
        internal
        view
        returns (bytes32 id, IAppAuthNotice.Change memory change)
    {
        uint256 count = app.pendingChangeCount();
        if (count == 0) return (bytes32(0), change);
        (bytes32[] memory ids, IAppAuthNotice.Change[] memory changes) = app.pendingChanges(seed % count, 1);
        return (ids[0], changes[0]);
    }

    /// @dev A pending change inside its activation window, searched from `seed`, or zero when none is.
    function _maturedId(uint256 seed) internal view returns (bytes32, IAppAuthNotice.Change memory) {
        (bytes32[] memory ids, IAppAuthNotice.Change[] memory changes) =
            app.pendingChanges(0, type(uint256).max);
        for (uint256 i; i < ids.length; ++i) {
            uint256 k = (seed % ids.length + i) % ids.length;
            if (changes[k].activatesAt <= block.timestamp && block.timestamp <= changes[k].expiresAt) {
                return (ids[k], changes[k]);
            }
        }
        IAppAuthNotice.Change memory none;
        return (bytes32(0), none);
    }
}
