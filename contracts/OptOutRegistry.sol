// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Hashes} from "@openzeppelin/contracts/utils/cryptography/Hashes.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {ERC165} from "@openzeppelin/contracts/utils/introspection/ERC165.sol";
import {ERC165Checker} from "@openzeppelin/contracts/utils/introspection/ERC165Checker.sol";
import {IAppAuthNotice} from "./interfaces/IAppAuthNotice.sol";
import {IOptOutRegistry} from "./interfaces/IOptOutRegistry.sol";

/// @title OptOutRegistry
/// @notice The opt-out registry of one AppAuth: during a proposal's notice window any user opts out of
/// the migration of their data to the proposed version, by their own transaction or by a signature
/// anyone relays. Deploy one beside each AppAuth and name its address in the app's code.
/// @dev The registry has no owner and no function that removes or rewrites an entry. It never trusts a
/// caller for a window: it reads the announcement's times from the AppAuth ({IAppAuthNotice-activatesAt},
/// {IAppAuthNotice-proposedAt}) at the moment of each opt-out, so the AppAuth needs no hook (A8).
///
/// Every opt-out costs the same: the proposal's record (window, count, digest) is written when the
/// proposal is first seen, and each opt-out then writes two fresh slots (the user's position and the
/// entry) and updates two slots that are already non-zero (count, digest).
contract OptOutRegistry is IOptOutRegistry, EIP712, ERC165 {
    /// @inheritdoc IOptOutRegistry
    bytes32 public constant OPT_OUT_TYPEHASH =
        keccak256("OptOut(address user,bytes32 proposal,uint256 deadline)");

    // A proposal's window as first seen pending, its set's size and running digest.
    struct Record {
        bytes32 changeId;
        uint64 proposedAt;
        uint64 activatesAt; // 0 means the registry has never seen the proposal
        uint128 count;
        bytes32 digest;
    }

    IAppAuthNotice private immutable _appAuth;

    mapping(bytes32 key => Record) private _records;
    mapping(bytes32 key => mapping(uint256 index => address user)) private _entries;
    // 1-based position of a user in a proposal's set; 0 means not opted out.
    mapping(bytes32 key => mapping(address user => uint256)) private _positions;

    /// @param appAuth_ The AppAuth whose proposals this registry serves; must answer {IAppAuthNotice}
    /// through ERC-165.
    constructor(IAppAuthNotice appAuth_) EIP712("OptOutRegistry", "1") {
        if (!ERC165Checker.supportsInterface(address(appAuth_), type(IAppAuthNotice).interfaceId)) {
            revert OptOutInvalidAppAuth(address(appAuth_));
        }
        _appAuth = appAuth_;
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IOptOutRegistry
    function appAuth() external view returns (IAppAuthNotice) {
        return _appAuth;
    }

    /// @inheritdoc IOptOutRegistry
    function proposalKey(bytes32 changeId, uint64 proposedAt, uint64 activatesAt) public pure returns (bytes32) {
        return keccak256(abi.encode(changeId, proposedAt, activatesAt));
    }

    /// @inheritdoc IOptOutRegistry
    function currentProposalKey(bytes32 changeId) external view returns (bytes32) {
        (bytes32 key,,) = _pending(changeId);
        return key;
    }

    /// @inheritdoc IOptOutRegistry
    function proposal(bytes32 key) external view returns (Proposal memory) {
        Record storage record = _records[key];
        return Proposal(record.changeId, record.proposedAt, record.activatesAt);
    }

    /// @inheritdoc IOptOutRegistry
    function isFrozen(bytes32 key) external view returns (bool) {
        Record storage record = _records[key];
        uint64 activatesAt = record.activatesAt;
        if (activatesAt == 0) revert OptOutUnknownProposal(key);
        if (block.timestamp >= activatesAt) return true;
        // Before its activation time an announcement leaves the AppAuth only by being cancelled; a
        // re-announcement is another proposal, so this one stays frozen even then.
        bytes32 changeId = record.changeId;
        return _appAuth.activatesAt(changeId) != activatesAt || _appAuth.proposedAt(changeId) != record.proposedAt;
    }

    /// @inheritdoc IOptOutRegistry
    function isOptedOut(address user, bytes32 key) external view returns (bool) {
        return _positions[key][user] != 0;
    }

    /// @inheritdoc IOptOutRegistry
    function optOutCount(bytes32 key) external view returns (uint256) {
        return _records[key].count;
    }

    /// @inheritdoc IOptOutRegistry
    function optOuts(bytes32 key, uint256 offset, uint256 limit) external view returns (address[] memory users) {
        uint256 total = _records[key].count;
        uint256 end = offset >= total ? offset : (limit > total - offset ? total : offset + limit);
        users = new address[](end - offset);
        mapping(uint256 => address) storage entries = _entries[key];
        for (uint256 i; i < users.length; ++i) {
            users[i] = entries[offset + i];
        }
    }

    /// @inheritdoc IOptOutRegistry
    function digest(bytes32 key) public view returns (bytes32) {
        bytes32 current = _records[key].digest;
        return current == 0 ? key : current;
    }

    /// @inheritdoc IOptOutRegistry
    function computeDigest(bytes32 start, address[] calldata users) public pure returns (bytes32 result) {
        result = start;
        for (uint256 i; i < users.length; ++i) {
            result = _fold(result, users[i]);
        }
    }

    /// @inheritdoc IOptOutRegistry
    function verifyDigest(bytes32 key, address[] calldata users) external view returns (bool) {
        return users.length == _records[key].count && computeDigest(key, users) == digest(key);
    }

    /// @inheritdoc IOptOutRegistry
    function hashOptOut(address user, bytes32 key, uint256 deadline) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(OPT_OUT_TYPEHASH, user, key, deadline)));
    }

    /// @inheritdoc ERC165
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IOptOutRegistry).interfaceId || super.supportsInterface(interfaceId);
    }

    // ---------------------------------------------------------------- recording

    /// @inheritdoc IOptOutRegistry
    function track(bytes32 changeId) external returns (bytes32 key) {
        (bytes32 pendingKey, uint64 proposedAt, uint64 activatesAt) = _pending(changeId);
        _track(pendingKey, changeId, proposedAt, activatesAt);
        return pendingKey;
    }

    /// @inheritdoc IOptOutRegistry
    function optOut(bytes32 changeId) external returns (bytes32 key) {
        key = _openWindow(changeId);
        _record(key, msg.sender);
    }

    /// @inheritdoc IOptOutRegistry
    /// @dev No nonce: the signed key is the replay guard. A signature names one announcement, and a user
    /// can be recorded in an announcement's set only once ({OptOutAlreadyOptedOut}), so a signature can
    /// be used once and nowhere else, while a user's signatures for different proposals stay independent
    /// of each other whatever happens to any one of them (a sequential nonce would let the controller void
    /// every later signature by cancelling the proposal an earlier one was for).
    function optOutBySig(address user, bytes32 changeId, bytes32 key, uint256 deadline, bytes calldata signature)
        external
    {
        if (block.timestamp > deadline) revert OptOutSignatureExpired(user, deadline);
        bytes32 currentKey = _openWindow(changeId);
        if (currentKey != key) revert OptOutProposalMismatch(changeId, key, currentKey);
        if (!SignatureChecker.isValidSignatureNowCalldata(user, hashOptOut(user, key, deadline), signature)) {
            revert OptOutInvalidSignature(user);
        }
        _record(key, user);
    }

    // ---------------------------------------------------------------- internals

    /// @dev The key and window of the announcement pending under `changeId`, or a revert. Reads only the
    /// announcement's times, never its proposer-chosen `uri`, so that no proposer can make opting out
    /// expensive.
    function _pending(bytes32 changeId) private view returns (bytes32 key, uint64 proposedAt, uint64 activatesAt) {
        // The AppAuth keeps these times in uint64.
        activatesAt = uint64(_appAuth.activatesAt(changeId));
        if (activatesAt == 0) revert OptOutChangeNotPending(changeId);
        proposedAt = uint64(_appAuth.proposedAt(changeId));
        key = proposalKey(changeId, proposedAt, activatesAt);
    }

    /// @dev The key of the announcement pending under `changeId`, recorded if new, if its window is open.
    function _openWindow(bytes32 changeId) private returns (bytes32 key) {
        (bytes32 pendingKey, uint64 proposedAt, uint64 activatesAt) = _pending(changeId);
        if (block.timestamp >= activatesAt) revert OptOutWindowClosed(pendingKey, activatesAt);
        _track(pendingKey, changeId, proposedAt, activatesAt);
        return pendingKey;
    }

    function _track(bytes32 key, bytes32 changeId, uint64 proposedAt, uint64 activatesAt) private {
        Record storage record = _records[key];
        if (record.activatesAt != 0) return;
        record.changeId = changeId;
        record.proposedAt = proposedAt;
        record.activatesAt = activatesAt;
        // Seeding the digest with the key ties it to this proposal and makes the slot non-zero now, so
        // that the first opt-out costs what every later one does.
        record.digest = key;
        emit ProposalTracked(key, changeId, proposedAt, activatesAt);
    }

    function _record(bytes32 key, address user) private {
        mapping(address => uint256) storage positions = _positions[key];
        if (positions[user] != 0) revert OptOutAlreadyOptedOut(user, key);
        Record storage record = _records[key];
        uint256 index = record.count;
        bytes32 newDigest = _fold(record.digest, user);
        _entries[key][index] = user;
        positions[user] = index + 1;
        record.count = uint128(index + 1);
        record.digest = newDigest;
        emit OptedOut(key, user, index, newDigest);
    }

    function _fold(bytes32 previous, address user) private pure returns (bytes32) {
        return Hashes.efficientKeccak256(previous, bytes32(uint256(uint160(user))));
    }
}
