// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AppAuthCore} from "./AppAuthCore.sol";
import {AppAuthNotice} from "./extensions/AppAuthNotice.sol";
import {IAppAuthOwnable} from "./interfaces/IAppAuthOwnable.sol";

/// @title TimelockAppAuth
/// @notice ERC-733 Stage 1: an owner announces every loosening change, users see it coming and can
/// exit, and anyone activates it once the notice period has elapsed. Tightening is instant.
/// @dev Deliberately not upgradeable: the only way to change what the app runs is a compose hash
/// through the notice period, so there is no upgrade path to audit (A2). Handing over ownership is a
/// `Controller` change and waits the notice period too (A6).
contract TimelockAppAuth is AppAuthNotice, IAppAuthOwnable {
    address private _owner;
    address private _pendingOwner;

    /// @param initialOwner The owner; must not be zero.
    /// @param noticePeriod_ The notice period at deployment.
    /// @param minNoticePeriod_ The floor the notice period can never go below.
    /// @param gracePeriod_ How long a matured change may still be activated.
    /// @param policy The allow-lists effective from deployment.
    constructor(
        address initialOwner,
        uint256 noticePeriod_,
        uint256 minNoticePeriod_,
        uint256 gracePeriod_,
        InitialPolicy memory policy
    ) AppAuthNotice(noticePeriod_, minNoticePeriod_, gracePeriod_) AppAuthCore(policy) {
        if (initialOwner == address(0)) revert AppAuthZeroValue();
        _owner = initialOwner;
        emit OwnershipTransferred(address(0), initialOwner);
    }

    /// @inheritdoc IAppAuthOwnable
    function owner() public view returns (address) {
        return _owner;
    }

    /// @inheritdoc IAppAuthOwnable
    function pendingOwner() public view returns (address) {
        // A nomination whose window expired (and was cleared) is no nomination.
        address pending = _pendingOwner;
        return _isNominated(pending) ? pending : address(0);
    }

    /// @inheritdoc IAppAuthOwnable
    function transferOwnership(address newOwner) external onlyController {
        _cancelNomination();
        _propose(ChangeKind.Controller, _toValue(newOwner), "");
        _pendingOwner = newOwner;
        emit OwnershipTransferStarted(_owner, newOwner);
    }

    /// @inheritdoc IAppAuthOwnable
    function acceptOwnership() external {
        activate(changeId(ChangeKind.Controller, _toValue(msg.sender)));
    }

    /// @inheritdoc IAppAuthOwnable
    function renounceOwnership() external onlyController {
        // Nobody could cancel a change, or remove what it allows, after this; so none may stay pending.
        _cancelNomination();
        _cancelPending(ChangeKind.None);
        address previous = _owner;
        _owner = address(0);
        emit OwnershipTransferred(previous, address(0));
    }

    /// @inheritdoc AppAuthNotice
    function supportsInterface(bytes4 interfaceId) public view virtual override returns (bool) {
        return interfaceId == type(IAppAuthOwnable).interfaceId || super.supportsInterface(interfaceId);
    }

    function _checkController() internal view override {
        // After renouncing, the owner is zero: no sender, not even a from-less eth_call, may act.
        address owner_ = _owner;
        if (msg.sender != owner_ || owner_ == address(0)) revert AppAuthUnauthorized(msg.sender);
    }

    function _validateChange(ChangeKind kind, bytes32 value) internal view virtual override {
        if (kind != ChangeKind.Controller) return super._validateChange(kind, value);
        address nominee = _toAddress(kind, value);
        if (nominee == address(0)) revert AppAuthZeroValue();
        if (nominee == _owner) revert AppAuthNoOp(kind, value);
    }

    function _applyChange(ChangeKind kind, bytes32 value) internal virtual override {
        if (kind != ChangeKind.Controller) return super._applyChange(kind, value);
        // Only the nominee takes control, so control never lands on an address that cannot use it.
        address nominee = _toAddress(kind, value);
        if (msg.sender != nominee) revert AppAuthUnauthorized(msg.sender);
        address previous = _owner;
        _owner = nominee;
        _pendingOwner = address(0);
        emit OwnershipTransferred(previous, nominee);
    }

    function _cancelNomination() private {
        address pending = _pendingOwner;
        if (_isNominated(pending)) _cancel(changeId(ChangeKind.Controller, _toValue(pending)));
        _pendingOwner = address(0);
    }

    function _isNominated(address account) private view returns (bool) {
        return account != address(0) && activatesAt(changeId(ChangeKind.Controller, _toValue(account))) != 0;
    }

    function _toValue(address account) private pure returns (bytes32) {
        return bytes32(uint256(uint160(account)));
    }

    function _toAddress(ChangeKind kind, bytes32 value) private pure returns (address) {
        if (uint256(value) >> 160 != 0) revert AppAuthInvalidChange(kind, value);
        return address(uint160(uint256(value)));
    }
}
