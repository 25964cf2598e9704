// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TimelockAppAuth} from "../../../contracts/TimelockAppAuth.sol";
import {IAppAuthNotice} from "../../../contracts/interfaces/IAppAuthNotice.sol";
import {TimelockHandlerBase} from "./TimelockHandlerBase.sol";
import {TimelockStore} from "./TimelockStore.sol";

/// @notice Plays the users' keeper, who activates announced changes whenever asked (early, on time or
/// late: the contract must sort them out), and the nominee, who accepts control; also clears expired
/// changes.
contract KeeperHandler is TimelockHandlerBase {
    address public immutable keeper;

    constructor(TimelockAppAuth app_, TimelockStore store_, address keeper_)
        TimelockHandlerBase(app_, store_)
    {
        keeper = keeper_;
    }

    function activate(uint256 seed) external instrument("activate") {
        (bytes32 id, bool found) = _pickPending(seed);
        if (!found) return;
        bool lawful = store.inLawfulWindow(id, block.timestamp);
        TimelockStore.Announcement memory a = store.announcement(id);
        bool success;
        if (a.kind == IAppAuthNotice.ChangeKind.Controller) {
            // Only the nominee may complete a hand-over.
            vm.prank(address(uint160(uint256(a.value))));
            try app.acceptOwnership() {
                success = true;
            } catch {}
        } else {
            vm.prank(keeper);
            try app.activate(id) {
                success = true;
            } catch {}
        }
        if (success) {
            _succeeded("activate");
            store.recordActivated(id);
        } else if (lawful) {
            store.recordRefusedInWindow();
        }
    }

    function clearExpired(uint256 seed) external instrument("clearExpired") {
        (bytes32 id, bool found) = _pickPending(seed);
        if (!found) return;
        vm.prank(keeper);
        try app.clearExpired(id) {
            _succeeded("clearExpired");
            store.recordCleared(id);
        } catch {}
    }
}
