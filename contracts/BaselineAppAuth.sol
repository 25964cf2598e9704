// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {AppAuthCore} from "./AppAuthCore.sol";
import {IAppAuthBasicManagement} from "./interfaces/IAppAuthBasicManagement.sol";

/// @title BaselineAppAuth
/// @notice ERC-733 Stage 0, on purpose: DstackApp's behaviour with an instant owner. Every change takes
/// effect in the block it is made, so users cannot see it coming. It exists for compatibility, for
/// migration tests and as the reference an auditor classifies as ruggable.
/// @dev Same reasons, events and views as DstackApp; two-step ownership; not upgradeable.
contract BaselineAppAuth is AppAuthCore, Ownable2Step, IAppAuthBasicManagement {
    /// @param initialOwner The owner; must not be zero.
    /// @param policy The allow-lists effective from deployment.
    constructor(address initialOwner, InitialPolicy memory policy) AppAuthCore(policy) Ownable(initialOwner) {}

    /// @inheritdoc IAppAuthBasicManagement
    function addComposeHash(bytes32 composeHash) external onlyController {
        _addComposeHash(composeHash);
    }

    /// @inheritdoc IAppAuthBasicManagement
    function removeComposeHash(bytes32 composeHash) external onlyController {
        _removeComposeHash(composeHash);
    }

    /// @inheritdoc IAppAuthBasicManagement
    function addDevice(bytes32 deviceId) external onlyController {
        _addDevice(deviceId);
    }

    /// @inheritdoc IAppAuthBasicManagement
    function removeDevice(bytes32 deviceId) external onlyController {
        _removeDevice(deviceId);
    }

    /// @notice Sets allow-any-device at once, as DstackApp does.
    function setAllowAnyDevice(bool allowAny) external onlyController {
        _setAllowAnyDevice(allowAny);
    }

    /// @notice Sets the TCB requirement at once, as DstackApp does.
    function setRequireTcbUpToDate(bool requireUpToDate) external onlyController {
        _setRequireTcbUpToDate(requireUpToDate);
    }

    /// @inheritdoc AppAuthCore
    function supportsInterface(bytes4 interfaceId) public view virtual override returns (bool) {
        return interfaceId == type(IAppAuthBasicManagement).interfaceId || super.supportsInterface(interfaceId);
    }

    function _checkController() internal view override {
        _checkOwner();
    }
}
