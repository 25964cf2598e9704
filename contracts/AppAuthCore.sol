// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC165} from "@openzeppelin/contracts/utils/introspection/ERC165.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IAppAuth} from "./interfaces/IAppAuth.sol";
import {IAppAuthPolicy} from "./interfaces/IAppAuthPolicy.sol";

/// @title AppAuthCore
/// @notice The boot policy shared by every variant and the `isAppAllowed` check the dstack KMS calls.
/// @dev Holds no access control: each variant decides who may change the policy and when, and calls
/// the internal mutators below when a change becomes effective. The mutators emit DstackApp's events
/// and upstream's `PolicyChanged` (actor: the caller that made the change effective) at that moment,
/// so indexers built for DstackApp see the effective allow-list.
///
/// Extensions hook in through:
/// - {_checkBoot}: further boot checks after the allow-lists (e.g. verifier quorum);
/// - {_checkController}: the access rule behind {onlyController}.
abstract contract AppAuthCore is ERC165, IAppAuthPolicy {
    /// @notice The allow-lists a variant starts with, effective from deployment (before the app is
    /// registered with a KMS, as DstackApp's initializer does).
    struct InitialPolicy {
        bytes32[] composeHashes;
        bytes32[] deviceIds;
        bool allowAnyDevice;
        bool requireTcbUpToDate;
    }

    bytes32 private constant _TCB_UP_TO_DATE = keccak256("UpToDate");

    // Upstream dstack's `PolicyChanged` policy names.
    bytes32 private constant _POLICY_COMPOSE_HASH = keccak256("compose-hash");
    bytes32 private constant _POLICY_DEVICE = keccak256("device");
    bytes32 private constant _POLICY_ALLOW_ANY_DEVICE = keccak256("allow-any-device");
    bytes32 private constant _POLICY_REQUIRE_TCB = keccak256("require-tcb-up-to-date");

    mapping(bytes32 composeHash => bool) private _composeHashes;
    mapping(bytes32 deviceId => bool) private _deviceIds;
    // Packed into one slot so the boot check reads both flags with one SLOAD.
    bool private _allowAnyDevice;
    bool private _requireTcbUpToDate;

    modifier onlyController() {
        _checkController();
        _;
    }

    constructor(InitialPolicy memory policy) {
        for (uint256 i; i < policy.composeHashes.length; ++i) {
            _addComposeHash(policy.composeHashes[i]);
        }
        for (uint256 i; i < policy.deviceIds.length; ++i) {
            _addDevice(policy.deviceIds[i]);
        }
        if (policy.allowAnyDevice) _setAllowAnyDevice(true);
        if (policy.requireTcbUpToDate) _setRequireTcbUpToDate(true);
    }

    /// @inheritdoc IAppAuth
    function isAppAllowed(AppBootInfo calldata bootInfo)
        external
        view
        virtual
        returns (bool isAllowed, string memory reason)
    {
        // The KMS derives keys from the app id alone; a boot for another app id must never pass here.
        if (bootInfo.appId != address(this)) return (false, "App ID mismatch");
        if (_requireTcbUpToDate && keccak256(bytes(bootInfo.tcbStatus)) != _TCB_UP_TO_DATE) {
            return (false, "TCB status is not up to date");
        }
        if (!_composeHashes[bootInfo.composeHash]) return (false, "Compose hash not allowed");
        if (!_allowAnyDevice && !_deviceIds[bootInfo.deviceId]) return (false, "Device not allowed");
        return _checkBoot(bootInfo);
    }

    /// @inheritdoc IAppAuthPolicy
    function allowedComposeHashes(bytes32 composeHash) public view returns (bool) {
        return _composeHashes[composeHash];
    }

    /// @inheritdoc IAppAuthPolicy
    function allowedDeviceIds(bytes32 deviceId) public view returns (bool) {
        return _deviceIds[deviceId];
    }

    /// @inheritdoc IAppAuthPolicy
    function allowAnyDevice() public view returns (bool) {
        return _allowAnyDevice;
    }

    /// @inheritdoc IAppAuthPolicy
    function requireTcbUpToDate() public view returns (bool) {
        return _requireTcbUpToDate;
    }

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId) public view virtual override(ERC165, IERC165) returns (bool) {
        return interfaceId == type(IAppAuth).interfaceId || interfaceId == type(IAppAuthPolicy).interfaceId
            || super.supportsInterface(interfaceId);
    }

    /// @dev Further checks a boot must pass once the allow-lists allow it. Must not revert on
    /// well-formed input; return `(false, reason)` instead.
    function _checkBoot(AppBootInfo calldata) internal view virtual returns (bool isAllowed, string memory reason) {
        return (true, "");
    }

    /// @dev Reverts unless the caller may change the policy through the variant's own path.
    function _checkController() internal view virtual;

    function _addComposeHash(bytes32 composeHash) internal {
        if (composeHash == bytes32(0)) revert AppAuthZeroValue();
        _composeHashes[composeHash] = true;
        emit ComposeHashAdded(composeHash);
        _policyChanged(_POLICY_COMPOSE_HASH, composeHash, true);
    }

    function _removeComposeHash(bytes32 composeHash) internal {
        _composeHashes[composeHash] = false;
        emit ComposeHashRemoved(composeHash);
        _policyChanged(_POLICY_COMPOSE_HASH, composeHash, false);
    }

    function _addDevice(bytes32 deviceId) internal {
        if (deviceId == bytes32(0)) revert AppAuthZeroValue();
        _deviceIds[deviceId] = true;
        emit DeviceAdded(deviceId);
        _policyChanged(_POLICY_DEVICE, deviceId, true);
    }

    function _removeDevice(bytes32 deviceId) internal {
        _deviceIds[deviceId] = false;
        emit DeviceRemoved(deviceId);
        _policyChanged(_POLICY_DEVICE, deviceId, false);
    }

    function _setAllowAnyDevice(bool allowAny) internal {
        _allowAnyDevice = allowAny;
        emit AllowAnyDeviceSet(allowAny);
        _policyChanged(_POLICY_ALLOW_ANY_DEVICE, bytes32(0), allowAny);
    }

    function _setRequireTcbUpToDate(bool requireUpToDate) internal {
        _requireTcbUpToDate = requireUpToDate;
        emit RequireTcbUpToDateSet(requireUpToDate);
        _policyChanged(_POLICY_REQUIRE_TCB, bytes32(0), requireUpToDate);
    }

    // One emitting site, so the event's topic is pushed once rather than stored as data in the code.
    function _policyChanged(bytes32 policy, bytes32 value, bool enabled) private {
        emit PolicyChanged(msg.sender, policy, value, enabled);
    }
}
