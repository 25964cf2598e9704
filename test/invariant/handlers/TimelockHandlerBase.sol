// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {console} from "forge-std/console.sol";
import {TimelockAppAuth} from "../../../contracts/TimelockAppAuth.sol";
import {TimelockStore} from "./TimelockStore.sol";

/// @notice What every timelock handler shares: the app, the ghost store, the clock and call counters.
/// The universe of values is small on purpose, so that proposals, cancellations, activations and
/// removals keep hitting the same few items.
abstract contract TimelockHandlerBase is CommonBase, StdCheats, StdUtils {
    uint256 internal constant HASH_COUNT = 6;
    uint256 internal constant DEVICE_COUNT = 4;

    TimelockAppAuth public immutable app;
    TimelockStore public immutable store;

    string[] private _names;
    mapping(string name => uint256) public calls;
    mapping(string name => uint256) public successes;

    constructor(TimelockAppAuth app_, TimelockStore store_) {
        app = app_;
        store = store_;
    }

    /// @dev Counts the call and runs it at the shared clock (the time handler moves it).
    modifier instrument(string memory name) {
        if (calls[name] == 0) _names.push(name);
        ++calls[name];
        vm.warp(store.currentTime());
        _;
    }

    /// @notice The compose hash a seed selects; index 0 is in the initial policy.
    function composeHash(uint256 seed) public pure returns (bytes32) {
        return keccak256(abi.encode("invariant compose hash", seed % HASH_COUNT));
    }

    /// @notice The device a seed selects; index 0 is in the initial policy.
    function device(uint256 seed) public pure returns (bytes32) {
        return keccak256(abi.encode("invariant device", seed % DEVICE_COUNT));
    }

    /// @notice Prints the call and success counts, so a run shows what it exercised.
    function logCalls(string memory role) external view {
        for (uint256 i; i < _names.length; ++i) {
            console.log(string.concat(role, ".", _names[i]), calls[_names[i]], successes[_names[i]]);
        }
    }

    function _succeeded(string memory name) internal {
        ++successes[name];
    }

    /// @dev A pending id chosen by `seed` from the ghost's list, or false when nothing is pending.
    function _pickPending(uint256 seed) internal view returns (bytes32 id, bool found) {
        uint256 count = store.pendingCount();
        if (count == 0) return (bytes32(0), false);
        return (store.pendingAt(seed % count), true);
    }
}
