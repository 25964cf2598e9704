// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {StaticCallBatch} from "../../contracts/utils/StaticCallBatch.sol";

/// @dev A target whose answers the batch must pass through untouched: a value, a revert with data, a
/// loop that runs out of gas, and a write that a static context refuses.
contract BatchTarget {
    error Refused(uint256 code);

    uint256 private _stored;

    function answer(uint256 x) external pure returns (uint256) {
        return x * 2;
    }

    function refuse(uint256 code) external pure {
        revert Refused(code);
    }

    function spin() external pure returns (uint256 n) {
        while (true) ++n;
    }

    function write() external returns (uint256) {
        return ++_stored;
    }
}

contract StaticCallBatchTest is Test {
    StaticCallBatch private batch;
    BatchTarget private target;

    function setUp() public {
        batch = new StaticCallBatch();
        target = new BatchTarget();
    }

    function test_staticCalls_ReturnsEachAnswerInOrder() public view {
        bytes[] memory calls = new bytes[](3);
        for (uint256 i; i < 3; ++i) calls[i] = abi.encodeCall(BatchTarget.answer, (i + 1));
        (bool[] memory ok, bytes[] memory results) = batch.staticCalls(address(target), 100_000, calls);
        assertEq(ok.length, 3);
        for (uint256 i; i < 3; ++i) {
            assertTrue(ok[i]);
            assertEq(abi.decode(results[i], (uint256)), 2 * (i + 1));
        }
    }

    /// @notice A revert, an out-of-gas loop and a write each fail alone, with the revert data kept;
    /// the calls around them are answered.
    function test_staticCalls_IsolatesFailingCalls() public view {
        bytes[] memory calls = new bytes[](5);
        calls[0] = abi.encodeCall(BatchTarget.answer, (7));
        calls[1] = abi.encodeCall(BatchTarget.refuse, (42));
        calls[2] = abi.encodeCall(BatchTarget.spin, ());
        calls[3] = abi.encodeCall(BatchTarget.write, ());
        calls[4] = abi.encodeCall(BatchTarget.answer, (9));
        (bool[] memory ok, bytes[] memory results) = batch.staticCalls(address(target), 200_000, calls);

        assertTrue(ok[0]);
        assertEq(abi.decode(results[0], (uint256)), 14);
        assertFalse(ok[1]);
        assertEq(results[1], abi.encodeWithSelector(BatchTarget.Refused.selector, 42));
        assertFalse(ok[2], "out of gas at the per-call cap");
        assertFalse(ok[3], "a write in a static context");
        assertTrue(ok[4]);
        assertEq(abi.decode(results[4], (uint256)), 18);
    }

    function test_staticCalls_EmptyBatch() public view {
        (bool[] memory ok, bytes[] memory results) = batch.staticCalls(address(target), 100_000, new bytes[](0));
        assertEq(ok.length, 0);
        assertEq(results.length, 0);
    }
}
