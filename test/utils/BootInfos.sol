// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";

/// @notice Builders for boot infos in tests: a well-formed boot, then one field changed at a time.
library BootInfos {
    bytes32 internal constant OS_IMAGE = keccak256("dstack os image");

    function upToDate(address appId, bytes32 composeHash, bytes32 deviceId)
        internal
        pure
        returns (IAppAuth.AppBootInfo memory bootInfo)
    {
        bootInfo.appId = appId;
        bootInfo.composeHash = composeHash;
        bootInfo.instanceId = address(0x1157A9CE);
        bootInfo.deviceId = deviceId;
        bootInfo.mrAggregated = keccak256("mr aggregated");
        bootInfo.mrSystem = keccak256("mr system");
        bootInfo.osImageHash = OS_IMAGE;
        bootInfo.tcbStatus = "UpToDate";
        bootInfo.advisoryIds = new string[](0);
    }

    function withAppId(IAppAuth.AppBootInfo memory bootInfo, address appId)
        internal
        pure
        returns (IAppAuth.AppBootInfo memory)
    {
        bootInfo.appId = appId;
        return bootInfo;
    }

    function withInstance(IAppAuth.AppBootInfo memory bootInfo, address instanceId)
        internal
        pure
        returns (IAppAuth.AppBootInfo memory)
    {
        bootInfo.instanceId = instanceId;
        return bootInfo;
    }

    function withComposeHash(IAppAuth.AppBootInfo memory bootInfo, bytes32 composeHash)
        internal
        pure
        returns (IAppAuth.AppBootInfo memory)
    {
        bootInfo.composeHash = composeHash;
        return bootInfo;
    }

    function withDevice(IAppAuth.AppBootInfo memory bootInfo, bytes32 deviceId)
        internal
        pure
        returns (IAppAuth.AppBootInfo memory)
    {
        bootInfo.deviceId = deviceId;
        return bootInfo;
    }

    function withTcbStatus(IAppAuth.AppBootInfo memory bootInfo, string memory tcbStatus)
        internal
        pure
        returns (IAppAuth.AppBootInfo memory)
    {
        bootInfo.tcbStatus = tcbStatus;
        return bootInfo;
    }

    function withAdvisoryIds(IAppAuth.AppBootInfo memory bootInfo, string[] memory advisoryIds)
        internal
        pure
        returns (IAppAuth.AppBootInfo memory)
    {
        bootInfo.advisoryIds = advisoryIds;
        return bootInfo;
    }

    /// @dev `count` advisory ids shaped like Intel's ("INTEL-SA-00000" and up).
    function advisories(uint256 count) internal pure returns (string[] memory ids) {
        ids = new string[](count);
        for (uint256 i; i < count; ++i) {
            ids[i] = string.concat("INTEL-SA-", _fiveDigits(i));
        }
    }

    /// @dev A string of `length` copies of "x".
    function longString(uint256 length) internal pure returns (string memory text) {
        bytes memory raw = new bytes(length);
        for (uint256 i; i < length; ++i) {
            raw[i] = "x";
        }
        text = string(raw);
    }

    function _fiveDigits(uint256 n) private pure returns (string memory) {
        bytes memory digits = new bytes(5);
        for (uint256 i = 5; i > 0; --i) {
            digits[i - 1] = bytes1(uint8(48 + n % 10));
            n /= 10;
        }
        return string(digits);
    }
}
