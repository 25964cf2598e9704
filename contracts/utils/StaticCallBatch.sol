// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title StaticCallBatch
/// @notice Runtime support for `appauth serve`, never deployed: the auth server hands this contract's
/// runtime code to `eth_call` as a state override and reads every boot check of one coalesced batch
/// (and `gatewayAppId()`) in one call, at one block (ts/server/README.md).
/// @dev Each call gets at most `gasPerCall` gas and its own (success, returndata): one reverting or
/// out-of-gas call cannot fail the others. Nothing is written; a static context forbids it anyway.
contract StaticCallBatch {
    /// @notice Static-calls `target` once with each of `calls`, in order.
    /// @param target The contract to ask (the KMS).
    /// @param gasPerCall The most gas one call may use.
    /// @param calls The call data of each call.
    /// @return ok Whether each call returned (rather than reverted or ran out of gas).
    /// @return results Each call's return data, or its revert data.
    function staticCalls(address target, uint256 gasPerCall, bytes[] calldata calls)
        external
        view
        returns (bool[] memory ok, bytes[] memory results)
    {
        ok = new bool[](calls.length);
        results = new bytes[](calls.length);
        for (uint256 i; i < calls.length; ++i) {
            (ok[i], results[i]) = target.staticcall{gas: gasPerCall}(calls[i]);
        }
    }
}
