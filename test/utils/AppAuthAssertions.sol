// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {BootInfos} from "./BootInfos.sol";
import {Defaults} from "./Defaults.sol";

/// @notice The boot-check assertions every suite uses, written once. A test base implements
/// {_appUnderTest}; `_boot`, `_assertAllowed` and `_assertDenied` then act on that app, and the
/// overloads taking a target act on any other.
abstract contract AppAuthAssertions is Test, Defaults {
    /// @dev The app the one-argument helpers check.
    function _appUnderTest() internal view virtual returns (address);

    /// @dev A well-formed boot of the app under test at v1 on device 1 with an up-to-date TCB.
    function _boot() internal view returns (IAppAuth.AppBootInfo memory) {
        return BootInfos.upToDate(_appUnderTest(), HASH_V1, DEVICE_1);
    }

    function _assertAllowed(IAppAuth.AppBootInfo memory bootInfo) internal view {
        _assertAllowed(_appUnderTest(), bootInfo);
    }

    function _assertDenied(IAppAuth.AppBootInfo memory bootInfo, string memory expectedReason) internal view {
        _assertDenied(_appUnderTest(), bootInfo, expectedReason);
    }

    /// @dev `target` allows the boot, with an empty reason.
    function _assertAllowed(address target, IAppAuth.AppBootInfo memory bootInfo) internal view {
        (bool allowed, string memory reason) = _checkStatically(target, bootInfo);
        assertTrue(allowed, reason);
        assertEq(reason, "");
    }

    /// @dev `target` denies the boot with exactly `expectedReason`.
    function _assertDenied(address target, IAppAuth.AppBootInfo memory bootInfo, string memory expectedReason)
        internal
        view
    {
        (bool allowed, string memory reason) = _checkStatically(target, bootInfo);
        assertFalse(allowed, "boot allowed");
        assertEq(reason, expectedReason);
    }

    /// @dev Calls `isAppAllowed` the way the KMS does (a static call), fails the test if it reverts, and
    /// checks the return shape word by word before decoding it: a bool, then the offset of a string.
    function _checkStatically(address target, IAppAuth.AppBootInfo memory bootInfo)
        internal
        view
        returns (bool allowed, string memory reason)
    {
        (bool success, bytes memory returned) =
            target.staticcall(abi.encodeCall(IAppAuth.isAppAllowed, (bootInfo)));
        assertTrue(success, "isAppAllowed reverted");
        assertGe(returned.length, 96, "return data too short for (bool, string)");
        (uint256 flag, uint256 offset) = abi.decode(returned, (uint256, uint256));
        assertLe(flag, 1, "first word is not a bool");
        assertEq(offset, 0x40, "second word is not the offset of a string");
        (allowed, reason) = abi.decode(returned, (bool, string));
    }
}
