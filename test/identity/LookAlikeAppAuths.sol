// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";

/// @notice A look-alike for the audit's code-identity tests: our TimelockAppAuth with one more door,
/// an owner-only function that allows a compose hash at once. It answers every view and ERC-165 id
/// exactly like the genuine build; only its code gives it away.
contract TimelockWithOwnerDoor is TimelockAppAuth {
    constructor(
        address initialOwner,
        uint256 noticePeriod_,
        uint256 minNoticePeriod_,
        uint256 gracePeriod_,
        InitialPolicy memory policy
    ) TimelockAppAuth(initialOwner, noticePeriod_, minNoticePeriod_, gracePeriod_, policy) {}

    function maintenance(bytes32 composeHash) external onlyController {
        _addComposeHash(composeHash);
    }
}

/// @notice A look-alike whose boot check lets one magic compose hash through with no storage at all:
/// every view says the hash is not allowed, yet the KMS would release the app's keys to it.
contract TimelockWithMagicHash is TimelockAppAuth {
    bytes32 private constant _MAGIC = keccak256("look-alike magic compose hash");

    constructor(
        address initialOwner,
        uint256 noticePeriod_,
        uint256 minNoticePeriod_,
        uint256 gracePeriod_,
        InitialPolicy memory policy
    ) TimelockAppAuth(initialOwner, noticePeriod_, minNoticePeriod_, gracePeriod_, policy) {}

    /// @dev An external function cannot call its parent's body, so this copies the core's checks in
    /// the same order through the public views and puts the magic hash in front of them.
    function isAppAllowed(AppBootInfo calldata bootInfo)
        external
        view
        override
        returns (bool isAllowed, string memory reason)
    {
        if (bootInfo.appId != address(this)) return (false, "App ID mismatch");
        if (bootInfo.composeHash == _MAGIC) return (true, "");
        if (requireTcbUpToDate() && keccak256(bytes(bootInfo.tcbStatus)) != keccak256("UpToDate")) {
            return (false, "TCB status is not up to date");
        }
        if (!allowedComposeHashes(bootInfo.composeHash)) return (false, "Compose hash not allowed");
        if (!allowAnyDevice() && !allowedDeviceIds(bootInfo.deviceId)) return (false, "Device not allowed");
        return (true, "");
    }
}

/// @notice A controller look-alike: answers Safe's `getThreshold` and `getOwners` like a 2-of-3 Safe,
/// but anyone can make it call anything. Only its code tells it from a Safe.
contract SafeLookAlike {
    address[] private _owners;

    constructor(address[] memory owners_) {
        _owners = owners_;
    }

    function getThreshold() external pure returns (uint256) {
        return 2;
    }

    function getOwners() external view returns (address[] memory) {
        return _owners;
    }

    function execute(address target, bytes calldata data) external returns (bytes memory) {
        (bool success, bytes memory result) = target.call(data);
        require(success, "call failed");
        return result;
    }
}
