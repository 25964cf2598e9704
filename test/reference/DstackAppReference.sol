// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {OwnableUpgradeable} from "@openzeppelin/contracts-upgradeable/access/OwnableUpgradeable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {
    ERC165Upgradeable
} from "@openzeppelin/contracts-upgradeable/utils/introspection/ERC165Upgradeable.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthBasicManagement} from "../../contracts/interfaces/IAppAuthBasicManagement.sol";

/// @title DstackAppReference
/// @notice Our own re-implementation of the stock dstack AppAuth (`DstackApp`), written from its
/// documented behaviour: a UUPS-upgradeable contract behind an ERC-1967 proxy whose owner changes
/// everything instantly. It is a yardstick, not a product: the gas tests measure it next to our
/// variants to calibrate against DstackApp's published figures, and the auditor's tests use it as
/// "a stock DstackApp" (ERC-733 Stage 0, ruggable through every instant path).
/// @dev The external ABI (initializer, public mappings and flags, mutators, events, ERC-165 ids and
/// reason strings) follows DstackApp so that tools written for DstackApp read it. Like DstackApp, it
/// does not compare `bootInfo.appId` with its own address; our variants do.
contract DstackAppReference is
    Initializable,
    OwnableUpgradeable,
    UUPSUpgradeable,
    ERC165Upgradeable,
    IAppAuth,
    IAppAuthBasicManagement
{
    /// @notice Whether a compose hash may boot.
    mapping(bytes32 composeHash => bool) public allowedComposeHashes;

    /// @notice Whether a device may boot (ignored while `allowAnyDevice` is on).
    mapping(bytes32 deviceId => bool) public allowedDeviceIds;

    /// @notice Whether any device may boot an allowed compose hash.
    bool public allowAnyDevice;

    /// @notice Whether boots must report the TCB status "UpToDate".
    bool public requireTcbUpToDate;

    bool private _upgradesDisabled;

    /// @notice The allow-any-device switch changed.
    event AllowAnyDeviceSet(bool allowAny);

    /// @notice The TCB requirement changed.
    event RequireTcbUpToDateSet(bool requireUpToDate);

    /// @notice Upgrades were switched off for good.
    event UpgradesDisabled();

    /// @notice An upgrade was attempted after {disableUpgrades}.
    error DstackAppReferenceUpgradesDisabled();

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets up the proxy; same parameters, in the same order, as DstackApp's initializer.
    /// @param initialOwner The owner.
    /// @param disableUpgrades_ Switch upgrades off from the start.
    /// @param requireTcbUpToDate_ Require the TCB status "UpToDate".
    /// @param allowAnyDevice_ Let any device boot.
    /// @param initialDeviceId A device to allow, or zero for none.
    /// @param initialComposeHash A compose hash to allow, or zero for none.
    function initialize(
        address initialOwner,
        bool disableUpgrades_,
        bool requireTcbUpToDate_,
        bool allowAnyDevice_,
        bytes32 initialDeviceId,
        bytes32 initialComposeHash
    ) external initializer {
        __Ownable_init(initialOwner);
        __ERC165_init();
        _upgradesDisabled = disableUpgrades_;
        requireTcbUpToDate = requireTcbUpToDate_;
        allowAnyDevice = allowAnyDevice_;
        if (initialDeviceId != bytes32(0)) {
            allowedDeviceIds[initialDeviceId] = true;
            emit DeviceAdded(initialDeviceId);
        }
        if (initialComposeHash != bytes32(0)) {
            allowedComposeHashes[initialComposeHash] = true;
            emit ComposeHashAdded(initialComposeHash);
        }
    }

    /// @inheritdoc IAppAuth
    function isAppAllowed(AppBootInfo calldata bootInfo)
        external
        view
        returns (bool isAllowed, string memory reason)
    {
        if (requireTcbUpToDate && keccak256(bytes(bootInfo.tcbStatus)) != keccak256("UpToDate")) {
            return (false, "TCB status is not up to date");
        }
        if (!allowedComposeHashes[bootInfo.composeHash]) return (false, "Compose hash not allowed");
        if (!allowAnyDevice && !allowedDeviceIds[bootInfo.deviceId]) return (false, "Device not allowed");
        return (true, "");
    }

    /// @inheritdoc IAppAuthBasicManagement
    function addComposeHash(bytes32 composeHash) external onlyOwner {
        allowedComposeHashes[composeHash] = true;
        emit ComposeHashAdded(composeHash);
    }

    /// @inheritdoc IAppAuthBasicManagement
    function removeComposeHash(bytes32 composeHash) external onlyOwner {
        allowedComposeHashes[composeHash] = false;
        emit ComposeHashRemoved(composeHash);
    }

    /// @inheritdoc IAppAuthBasicManagement
    function addDevice(bytes32 deviceId) external onlyOwner {
        allowedDeviceIds[deviceId] = true;
        emit DeviceAdded(deviceId);
    }

    /// @inheritdoc IAppAuthBasicManagement
    function removeDevice(bytes32 deviceId) external onlyOwner {
        allowedDeviceIds[deviceId] = false;
        emit DeviceRemoved(deviceId);
    }

    /// @notice Lets any device boot, or stops doing so, at once.
    function setAllowAnyDevice(bool allowAny) external onlyOwner {
        allowAnyDevice = allowAny;
        emit AllowAnyDeviceSet(allowAny);
    }

    /// @notice Sets the TCB requirement at once.
    function setRequireTcbUpToDate(bool requireUpToDate) external onlyOwner {
        requireTcbUpToDate = requireUpToDate;
        emit RequireTcbUpToDateSet(requireUpToDate);
    }

    /// @notice Switches upgrades off for good.
    function disableUpgrades() external onlyOwner {
        _upgradesDisabled = true;
        emit UpgradesDisabled();
    }

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId)
        public
        view
        override(ERC165Upgradeable, IERC165)
        returns (bool)
    {
        return interfaceId == type(IAppAuth).interfaceId
            || interfaceId == type(IAppAuthBasicManagement).interfaceId
            || super.supportsInterface(interfaceId);
    }

    /// @dev The owner may swap the implementation at once until upgrades are disabled: the A2 rug path.
    function _authorizeUpgrade(address) internal view override onlyOwner {
        if (_upgradesDisabled) revert DstackAppReferenceUpgradesDisabled();
    }
}
