// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AppAuthCore} from "../AppAuthCore.sol";
import {IAppAuthNotice} from "../interfaces/IAppAuthNotice.sol";

/// @title AppAuthNotice
/// @notice Puts every loosening of the boot policy behind a notice period, and keeps tightening
/// instant. Who may propose, cancel and tighten is the variant's {_checkController}.
/// @dev A5 (sleeper proposal) is handled by expiry: a change may be activated only inside
/// `[activatesAt, activatesAt + gracePeriod]`. Activation is a transaction, so DstackApp's events fire
/// at the moment a change becomes effective and the allow-list views are exact.
///
/// Variants add change kinds by overriding {_validateChange} and {_applyChange} and calling `super`
/// for the kinds they do not own.
abstract contract AppAuthNotice is AppAuthCore, IAppAuthNotice {
    /// @notice No notice period may exceed this (ten years), which also keeps timestamps in uint64.
    uint256 public constant MAX_NOTICE_PERIOD = 3650 days;

    /// @notice No grace period may exceed this.
    uint256 public constant MAX_GRACE_PERIOD = 365 days;

    /// @notice No change's metadata URI may exceed this many bytes. Room for a URL or content id
    /// with a commit; small enough that a page of 50 from {pendingChanges} costs a few million gas,
    /// far inside the 30M-gas `eth_call` caps of public RPC endpoints.
    uint256 public constant MAX_URI_LENGTH = 1024;

    uint256 private immutable _minNoticePeriod;
    uint256 private immutable _gracePeriod;
    uint256 private _noticePeriod;

    mapping(bytes32 id => Change) private _changes;
    bytes32[] private _pendingIds;
    // 1-based position in _pendingIds; 0 means not pending.
    mapping(bytes32 id => uint256) private _pendingIndex;

    /// @param noticePeriod_ The notice period at deployment.
    /// @param minNoticePeriod_ The floor the notice period can never go below; at least 1 second.
    /// @param gracePeriod_ How long a matured change may still be activated.
    constructor(uint256 noticePeriod_, uint256 minNoticePeriod_, uint256 gracePeriod_) {
        if (minNoticePeriod_ == 0 || minNoticePeriod_ > MAX_NOTICE_PERIOD) {
            revert AppAuthInvalidNoticePeriod(minNoticePeriod_, 1, MAX_NOTICE_PERIOD);
        }
        if (noticePeriod_ < minNoticePeriod_ || noticePeriod_ > MAX_NOTICE_PERIOD) {
            revert AppAuthInvalidNoticePeriod(noticePeriod_, minNoticePeriod_, MAX_NOTICE_PERIOD);
        }
        if (gracePeriod_ == 0 || gracePeriod_ > MAX_GRACE_PERIOD) revert AppAuthInvalidGracePeriod(gracePeriod_);
        _minNoticePeriod = minNoticePeriod_;
        _gracePeriod = gracePeriod_;
        _noticePeriod = noticePeriod_;
        emit NoticePeriodSet(0, noticePeriod_);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IAppAuthNotice
    function noticePeriod() public view returns (uint256) {
        return _noticePeriod;
    }

    /// @inheritdoc IAppAuthNotice
    function minNoticePeriod() public view returns (uint256) {
        return _minNoticePeriod;
    }

    /// @inheritdoc IAppAuthNotice
    function gracePeriod() public view returns (uint256) {
        return _gracePeriod;
    }

    /// @inheritdoc IAppAuthNotice
    function changeId(ChangeKind kind, bytes32 value) public pure returns (bytes32) {
        return keccak256(abi.encode(kind, value));
    }

    /// @inheritdoc IAppAuthNotice
    function activatesAt(bytes32 id) public view returns (uint256) {
        return _changes[id].activatesAt;
    }

    /// @inheritdoc IAppAuthNotice
    function proposedAt(bytes32 id) public view returns (uint256) {
        return _changes[id].proposedAt;
    }

    /// @inheritdoc IAppAuthNotice
    function getChange(bytes32 id) public view returns (Change memory) {
        if (_pendingIndex[id] == 0) revert AppAuthChangeNotPending(id);
        return _changes[id];
    }

    /// @inheritdoc IAppAuthNotice
    function pendingChangeCount() public view returns (uint256) {
        return _pendingIds.length;
    }

    /// @inheritdoc IAppAuthNotice
    function pendingChanges(uint256 offset, uint256 limit)
        public
        view
        returns (bytes32[] memory ids, Change[] memory changes)
    {
        uint256 total = _pendingIds.length;
        uint256 end = offset >= total ? offset : (limit > total - offset ? total : offset + limit);
        uint256 count = end - offset;
        ids = new bytes32[](count);
        changes = new Change[](count);
        for (uint256 i; i < count; ++i) {
            ids[i] = _pendingIds[offset + i];
            changes[i] = _changes[ids[i]];
        }
    }

    // ---------------------------------------------------------------- loosening: announce, then activate

    /// @inheritdoc IAppAuthNotice
    function proposeComposeHash(bytes32 composeHash) external onlyController returns (bytes32) {
        return _propose(ChangeKind.ComposeHash, composeHash, "");
    }

    /// @inheritdoc IAppAuthNotice
    function proposeComposeHash(bytes32 composeHash, string calldata uri) external onlyController returns (bytes32) {
        return _propose(ChangeKind.ComposeHash, composeHash, uri);
    }

    /// @inheritdoc IAppAuthNotice
    function proposeDevice(bytes32 deviceId, string calldata uri) external onlyController returns (bytes32) {
        return _propose(ChangeKind.Device, deviceId, uri);
    }

    /// @inheritdoc IAppAuthNotice
    function proposeAllowAnyDevice(string calldata uri) external onlyController returns (bytes32) {
        return _propose(ChangeKind.AllowAnyDevice, bytes32(0), uri);
    }

    /// @inheritdoc IAppAuthNotice
    function proposeTcbNotRequired(string calldata uri) external onlyController returns (bytes32) {
        return _propose(ChangeKind.TcbNotRequired, bytes32(0), uri);
    }

    /// @inheritdoc IAppAuthNotice
    function proposeNoticePeriod(uint256 newPeriod, string calldata uri) external onlyController returns (bytes32) {
        return _propose(ChangeKind.NoticePeriod, bytes32(newPeriod), uri);
    }

    /// @inheritdoc IAppAuthNotice
    function activate(bytes32 id) public virtual {
        Change storage change = _changes[id];
        if (_pendingIndex[id] == 0) revert AppAuthChangeNotPending(id);
        if (block.timestamp < change.activatesAt) revert AppAuthNoticePeriodNotElapsed(id, change.activatesAt);
        if (block.timestamp > change.expiresAt) revert AppAuthChangeExpired(id, change.expiresAt);
        (ChangeKind kind, bytes32 value) = (change.kind, change.value);
        _removePending(id);
        _applyChange(kind, value);
        emit ChangeActivated(id, kind, value);
    }

    /// @inheritdoc IAppAuthNotice
    function activateComposeHash(bytes32 composeHash) external {
        activate(changeId(ChangeKind.ComposeHash, composeHash));
    }

    // ---------------------------------------------------------------- tightening: instant

    /// @inheritdoc IAppAuthNotice
    function cancelProposal(bytes32 id) external onlyController {
        _cancel(id);
    }

    /// @inheritdoc IAppAuthNotice
    function clearExpired(bytes32 id) external {
        if (_pendingIndex[id] == 0) revert AppAuthChangeNotPending(id);
        uint64 expiresAt_ = _changes[id].expiresAt;
        if (block.timestamp <= expiresAt_) revert AppAuthChangeNotExpired(id, expiresAt_);
        _expire(id);
    }

    /// @inheritdoc IAppAuthNotice
    function removeComposeHash(bytes32 composeHash) external onlyController {
        bool effective = allowedComposeHashes(composeHash);
        if (!_withdraw(ChangeKind.ComposeHash, composeHash) && !effective) {
            revert AppAuthNoOp(ChangeKind.ComposeHash, composeHash);
        }
        if (effective) _removeComposeHash(composeHash);
    }

    /// @inheritdoc IAppAuthNotice
    function removeDevice(bytes32 deviceId) external onlyController {
        bool effective = allowedDeviceIds(deviceId);
        if (!_withdraw(ChangeKind.Device, deviceId) && !effective) revert AppAuthNoOp(ChangeKind.Device, deviceId);
        if (effective) _removeDevice(deviceId);
    }

    /// @inheritdoc IAppAuthNotice
    function disallowAnyDevice() external onlyController {
        if (!allowAnyDevice()) revert AppAuthNoOp(ChangeKind.AllowAnyDevice, bytes32(0));
        _setAllowAnyDevice(false);
    }

    /// @inheritdoc IAppAuthNotice
    function requireUpToDateTcb() external onlyController {
        if (requireTcbUpToDate()) revert AppAuthNoOp(ChangeKind.TcbNotRequired, bytes32(0));
        _setRequireTcbUpToDate(true);
    }

    /// @inheritdoc IAppAuthNotice
    function lengthenNoticePeriod(uint256 newPeriod) external onlyController {
        if (newPeriod <= _noticePeriod || newPeriod > MAX_NOTICE_PERIOD) {
            revert AppAuthInvalidNoticePeriod(newPeriod, _noticePeriod + 1, MAX_NOTICE_PERIOD);
        }
        _setNoticePeriod(newPeriod);
        // Every pending shortening targets less than the period just promised; letting one activate
        // would break that promise, so lengthening withdraws them all.
        _cancelPending(ChangeKind.NoticePeriod);
    }

    // ---------------------------------------------------------------- internals and hooks

    /// @inheritdoc AppAuthCore
    function supportsInterface(bytes4 interfaceId) public view virtual override returns (bool) {
        return interfaceId == type(IAppAuthNotice).interfaceId || super.supportsInterface(interfaceId);
    }

    /// @dev Announces a change: validates it, records it with its window and lists it as pending.
    function _propose(ChangeKind kind, bytes32 value, string memory uri) internal returns (bytes32 id) {
        if (bytes(uri).length > MAX_URI_LENGTH) revert AppAuthUriTooLong(bytes(uri).length, MAX_URI_LENGTH);
        _validateChange(kind, value);
        id = changeId(kind, value);
        if (_pendingIndex[id] != 0) {
            // An expired change can never take effect; announcing it again starts a fresh notice.
            if (block.timestamp <= _changes[id].expiresAt) {
                revert AppAuthChangeAlreadyPending(id, _changes[id].activatesAt);
            }
            _expire(id);
        }
        uint64 at = uint64(block.timestamp + _noticePeriod);
        uint64 expires = at + uint64(_gracePeriod);
        _changes[id] = Change(kind, uint64(block.timestamp), at, expires, value, uri);
        _pendingIds.push(id);
        _pendingIndex[id] = _pendingIds.length;
        emit ChangeProposed(id, kind, value, at, expires, uri);
    }

    /// @dev Withdraws the pending change `id`.
    function _cancel(bytes32 id) internal {
        if (_pendingIndex[id] == 0) revert AppAuthChangeNotPending(id);
        Change storage change = _changes[id];
        (ChangeKind kind, bytes32 value) = (change.kind, change.value);
        _removePending(id);
        emit ChangeCancelled(id, kind, value);
    }

    /// @dev Withdraws every pending change of `kind`, or every pending change when `kind` is `None`.
    /// Walks the list from its end, so the entry {_removePending} swaps into a freed slot has already
    /// been looked at.
    function _cancelPending(ChangeKind kind) internal {
        for (uint256 i = _pendingIds.length; i > 0; --i) {
            bytes32 id = _pendingIds[i - 1];
            if (kind == ChangeKind.None || _changes[id].kind == kind) _cancel(id);
        }
    }

    /// @dev Withdraws the change `(kind, value)` if it is pending; returns whether it was.
    function _withdraw(ChangeKind kind, bytes32 value) private returns (bool) {
        bytes32 id = changeId(kind, value);
        if (_pendingIndex[id] == 0) return false;
        _cancel(id);
        return true;
    }

    /// @dev Drops the expired change `id` from the pending list.
    function _expire(bytes32 id) private {
        Change storage change = _changes[id];
        (ChangeKind kind, bytes32 value) = (change.kind, change.value);
        _removePending(id);
        emit ChangeExpired(id, kind, value);
    }

    /// @dev Reverts unless `(kind, value)` is a loosening this contract knows and that would change
    /// something now. Extensions handle their own kinds and call `super` for the rest.
    function _validateChange(ChangeKind kind, bytes32 value) internal view virtual {
        if (kind == ChangeKind.ComposeHash) {
            if (value == bytes32(0)) revert AppAuthZeroValue();
            if (allowedComposeHashes(value)) revert AppAuthNoOp(kind, value);
        } else if (kind == ChangeKind.Device) {
            if (value == bytes32(0)) revert AppAuthZeroValue();
            if (allowedDeviceIds(value)) revert AppAuthNoOp(kind, value);
        } else if (kind == ChangeKind.AllowAnyDevice) {
            if (allowAnyDevice()) revert AppAuthNoOp(kind, value);
        } else if (kind == ChangeKind.TcbNotRequired) {
            if (!requireTcbUpToDate()) revert AppAuthNoOp(kind, value);
        } else if (kind == ChangeKind.NoticePeriod) {
            uint256 period = uint256(value);
            // Only shortening is a loosening; lengthening is instant through lengthenNoticePeriod.
            if (period < _minNoticePeriod || period >= _noticePeriod) {
                revert AppAuthInvalidNoticePeriod(period, _minNoticePeriod, _noticePeriod - 1);
            }
        } else {
            revert AppAuthInvalidChange(kind, value);
        }
    }

    /// @dev Makes a matured change effective. Extensions handle their own kinds and call `super`.
    function _applyChange(ChangeKind kind, bytes32 value) internal virtual {
        if (kind == ChangeKind.ComposeHash) {
            _addComposeHash(value);
        } else if (kind == ChangeKind.Device) {
            _addDevice(value);
        } else if (kind == ChangeKind.AllowAnyDevice) {
            _setAllowAnyDevice(true);
        } else if (kind == ChangeKind.TcbNotRequired) {
            _setRequireTcbUpToDate(false);
        } else if (kind == ChangeKind.NoticePeriod) {
            // Never below the floor, whatever happened since the proposal.
            _setNoticePeriod(uint256(value));
        } else {
            revert AppAuthInvalidChange(kind, value);
        }
    }

    function _setNoticePeriod(uint256 newPeriod) private {
        uint256 previous = _noticePeriod;
        _noticePeriod = newPeriod;
        emit NoticePeriodSet(previous, newPeriod);
    }

    function _removePending(bytes32 id) private {
        uint256 index = _pendingIndex[id];
        uint256 last = _pendingIds.length;
        if (index != last) {
            bytes32 moved = _pendingIds[last - 1];
            _pendingIds[index - 1] = moved;
            _pendingIndex[moved] = index;
        }
        _pendingIds.pop();
        delete _pendingIndex[id];
        delete _changes[id];
    }
}
