// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ERC165} from "@openzeppelin/contracts/utils/introspection/ERC165.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IAppAuth} from "../interfaces/IAppAuth.sol";
import {IDstackPolicyEvents} from "../interfaces/external/IDstackPolicyEvents.sol";

/// @title LocalKms
/// @notice A KMS contract with DstackKms's observable behaviour, for local simulation and tests: the
/// same registry, OS image list, gateway app id, reason strings, check order and forwarding. It is
/// not upgradeable and holds no KMS keys; the real DstackKms is what production apps register with.
/// @dev Emits upstream's `PolicyChanged` beside each older event. It has no KMS info, so the
/// `"kms-info"` policy never appears.
contract LocalKms is Ownable, ERC165, IAppAuth, IDstackPolicyEvents {
    mapping(address app => bool) private _registeredApps;
    mapping(bytes32 osImageHash => bool) private _allowedOsImages;
    mapping(bytes32 mrAggregated => bool) private _kmsAllowedAggregatedMrs;
    mapping(bytes32 deviceId => bool) private _kmsAllowedDeviceIds;
    string private _gatewayAppId;
    address private _appImplementation;

    bytes32 private constant _POLICY_REGISTERED_APP = keccak256("registered-app");
    bytes32 private constant _POLICY_OS_IMAGE = keccak256("os-image");
    bytes32 private constant _POLICY_KMS_DEVICE = keccak256("kms-device");
    bytes32 private constant _POLICY_KMS_AGGREGATED_MR = keccak256("kms-aggregated-mr");
    bytes32 private constant _POLICY_GATEWAY_APP_ID = keccak256("gateway-app-id");
    bytes32 private constant _POLICY_APP_IMPLEMENTATION = keccak256("app-implementation");

    event AppRegistered(address appId);
    event OsImageHashAdded(bytes32 osImageHash);
    event OsImageHashRemoved(bytes32 osImageHash);
    event KmsAggregatedMrAdded(bytes32 mrAggregated);
    event KmsAggregatedMrRemoved(bytes32 mrAggregated);
    event KmsDeviceAdded(bytes32 deviceId);
    event KmsDeviceRemoved(bytes32 deviceId);
    event GatewayAppIdSet(string gatewayAppId);
    event AppImplementationSet(address implementation);

    /// @notice `registerApp` was given the zero address.
    error KmsInvalidAppId();

    constructor(address initialOwner) Ownable(initialOwner) {}

    /// @notice Whether `app` is registered. Same name and shape as DstackKms.
    function registeredApps(address app) external view returns (bool) {
        return _registeredApps[app];
    }

    /// @notice Whether boots of `osImageHash` are allowed. Same name and shape as DstackKms.
    function allowedOsImages(bytes32 osImageHash) external view returns (bool) {
        return _allowedOsImages[osImageHash];
    }

    /// @notice Whether a KMS instance with this aggregated measurement may boot.
    function kmsAllowedAggregatedMrs(bytes32 mrAggregated) external view returns (bool) {
        return _kmsAllowedAggregatedMrs[mrAggregated];
    }

    /// @notice Whether a KMS instance may boot on this device.
    function kmsAllowedDeviceIds(bytes32 deviceId) external view returns (bool) {
        return _kmsAllowedDeviceIds[deviceId];
    }

    /// @notice The dstack-gateway's app id, returned to the KMS with every boot decision.
    function gatewayAppId() external view returns (string memory) {
        return _gatewayAppId;
    }

    /// @notice The AppAuth implementation DstackKms's factory would clone; informational here.
    function appImplementation() external view returns (address) {
        return _appImplementation;
    }

    /// @notice Registers an app. Permissionless, as in DstackKms: registration only makes the KMS ask
    /// the app's own AppAuth, which decides.
    function registerApp(address appId) external {
        if (appId == address(0)) revert KmsInvalidAppId();
        _registeredApps[appId] = true;
        emit AppRegistered(appId);
        _policyChanged(_POLICY_REGISTERED_APP, _toValue(appId), true);
    }

    function addOsImageHash(bytes32 osImageHash) external onlyOwner {
        _allowedOsImages[osImageHash] = true;
        emit OsImageHashAdded(osImageHash);
        _policyChanged(_POLICY_OS_IMAGE, osImageHash, true);
    }

    function removeOsImageHash(bytes32 osImageHash) external onlyOwner {
        _allowedOsImages[osImageHash] = false;
        emit OsImageHashRemoved(osImageHash);
        _policyChanged(_POLICY_OS_IMAGE, osImageHash, false);
    }

    function addKmsAggregatedMr(bytes32 mrAggregated) external onlyOwner {
        _kmsAllowedAggregatedMrs[mrAggregated] = true;
        emit KmsAggregatedMrAdded(mrAggregated);
        _policyChanged(_POLICY_KMS_AGGREGATED_MR, mrAggregated, true);
    }

    function removeKmsAggregatedMr(bytes32 mrAggregated) external onlyOwner {
        _kmsAllowedAggregatedMrs[mrAggregated] = false;
        emit KmsAggregatedMrRemoved(mrAggregated);
        _policyChanged(_POLICY_KMS_AGGREGATED_MR, mrAggregated, false);
    }

    function addKmsDevice(bytes32 deviceId) external onlyOwner {
        _kmsAllowedDeviceIds[deviceId] = true;
        emit KmsDeviceAdded(deviceId);
        _policyChanged(_POLICY_KMS_DEVICE, deviceId, true);
    }

    function removeKmsDevice(bytes32 deviceId) external onlyOwner {
        _kmsAllowedDeviceIds[deviceId] = false;
        emit KmsDeviceRemoved(deviceId);
        _policyChanged(_POLICY_KMS_DEVICE, deviceId, false);
    }

    function setGatewayAppId(string calldata appId) external onlyOwner {
        _gatewayAppId = appId;
        emit GatewayAppIdSet(appId);
        _policyChanged(_POLICY_GATEWAY_APP_ID, keccak256(bytes(appId)), bytes(appId).length != 0);
    }

    function setAppImplementation(address implementation) external onlyOwner {
        _appImplementation = implementation;
        emit AppImplementationSet(implementation);
        _policyChanged(_POLICY_APP_IMPLEMENTATION, _toValue(implementation), implementation != address(0));
    }

    /// @notice DstackKms's app check: registration, then OS image, then code at the app id, then the
    /// app's own AppAuth. A revert inside the AppAuth propagates, as it does in DstackKms.
    /// @inheritdoc IAppAuth
    function isAppAllowed(AppBootInfo calldata bootInfo) external view returns (bool isAllowed, string memory reason) {
        if (!_registeredApps[bootInfo.appId]) return (false, "App not registered");
        if (!_allowedOsImages[bootInfo.osImageHash]) return (false, "OS image is not allowed");
        if (bootInfo.appId.code.length == 0) return (false, "App not deployed or invalid address");
        return IAppAuth(bootInfo.appId).isAppAllowed(bootInfo);
    }

    /// @notice DstackKms's check for a KMS instance booting.
    function isKmsAllowed(AppBootInfo calldata bootInfo) external view returns (bool isAllowed, string memory reason) {
        if (keccak256(bytes(bootInfo.tcbStatus)) != keccak256("UpToDate")) {
            return (false, "TCB status is not up to date");
        }
        if (!_allowedOsImages[bootInfo.osImageHash]) return (false, "OS image is not allowed");
        if (!_kmsAllowedAggregatedMrs[bootInfo.mrAggregated]) return (false, "Aggregated MR not allowed");
        if (!_kmsAllowedDeviceIds[bootInfo.deviceId]) return (false, "KMS is not allowed to boot on this device");
        return (true, "");
    }

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId) public view override(ERC165, IERC165) returns (bool) {
        return interfaceId == type(IAppAuth).interfaceId || super.supportsInterface(interfaceId);
    }

    function _policyChanged(bytes32 policy, bytes32 value, bool enabled) private {
        emit PolicyChanged(msg.sender, policy, value, enabled);
    }

    function _toValue(address account) private pure returns (bytes32) {
        return bytes32(uint256(uint160(account)));
    }
}
