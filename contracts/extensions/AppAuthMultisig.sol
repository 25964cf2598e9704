// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {AppAuthNotice} from "./AppAuthNotice.sol";
import {IAppAuthMultisig} from "../interfaces/IAppAuthMultisig.sol";

/// @title AppAuthMultisig
/// @notice Makes a quorum of signers the controller of an {AppAuthNotice}: the controller is this
/// contract itself, reached only through {execute} with M-of-N approvals. Adds the signer-set and
/// threshold changes as change kinds, so that they wait the notice period like any loosening (A6).
/// @dev One generic authorisation, `Execute(bytes data,uint256 nonce)`, covers every controller action,
/// present and future: the approved bytes are the call itself, so there is no second encoding of an
/// action to keep in step with the first, and every `onlyController` function is reachable the same
/// way. The notice period, not the wallet's display, is where users and signers read what a change
/// does (`ChangeProposed` carries kind and value).
abstract contract AppAuthMultisig is AppAuthNotice, EIP712, IAppAuthMultisig {
    /// @inheritdoc IAppAuthMultisig
    uint256 public constant MAX_SIGNERS = 32;

    /// @inheritdoc IAppAuthMultisig
    uint256 public constant MAX_NONCE_AHEAD = 8;

    // The nonce's low bits count executions; the bits above count signer removals (see {nonce}).
    uint256 private constant NONCE_EPOCH_BITS = 128;

    /// @inheritdoc IAppAuthMultisig
    bytes32 public constant EXECUTE_TYPEHASH = keccak256("Execute(bytes data,uint256 nonce)");

    // An account's place in the signer set. `position` is 1-based in _signers, 0 when not a signer;
    // `membership` counts the times the account was added and survives its removal, so that each
    // membership has its own number and approvals from an earlier one can be told apart.
    struct Member {
        uint128 position;
        uint128 membership;
    }

    address[] private _signers;
    mapping(address account => Member) private _members;
    uint256 private _threshold;
    uint256 private _nonce;
    // The membership during which the signer approved; live only while it is the signer's current one.
    mapping(bytes32 digest => mapping(address signer => uint256 membership)) private _approvals;

    /// @param signers_ The signers at deployment: distinct, non-zero, at most {MAX_SIGNERS}.
    /// @param threshold_ How many of them must approve a call; in `[1, signers_.length]`.
    constructor(address[] memory signers_, uint256 threshold_) EIP712("AppAuthMultisig", "1") {
        if (signers_.length > MAX_SIGNERS) revert MultisigTooManySigners(signers_.length, MAX_SIGNERS);
        for (uint256 i; i < signers_.length; ++i) {
            address signer = signers_[i];
            if (signer == address(0) || signer == address(this) || isSigner(signer)) {
                revert MultisigInvalidSigner(signer);
            }
            _addSigner(signer);
        }
        _checkThreshold(threshold_, signers_.length);
        _setThreshold(threshold_);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IAppAuthMultisig
    function signers() public view returns (address[] memory) {
        return _signers;
    }

    /// @inheritdoc IAppAuthMultisig
    function isSigner(address account) public view returns (bool) {
        return _members[account].position != 0;
    }

    /// @inheritdoc IAppAuthMultisig
    function threshold() public view returns (uint256) {
        return _threshold;
    }

    /// @inheritdoc IAppAuthMultisig
    function nonce() public view returns (uint256) {
        return _nonce;
    }

    /// @inheritdoc IAppAuthMultisig
    function executeHash(bytes32 dataHash, uint256 nonce_) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(EXECUTE_TYPEHASH, dataHash, nonce_)));
    }

    /// @inheritdoc IAppAuthMultisig
    function hasApproved(address signer, bytes32 dataHash, uint256 nonce_) public view returns (bool) {
        return _isLive(executeHash(dataHash, nonce_), signer);
    }

    /// @inheritdoc IAppAuthMultisig
    function approvalCount(bytes32 dataHash, uint256 nonce_) public view returns (uint256) {
        return _countOnChainApprovals(executeHash(dataHash, nonce_), new address[](0), MAX_SIGNERS);
    }

    /// @inheritdoc IAppAuthMultisig
    function signerChangeValue(address signer, uint256 newThreshold) public pure returns (bytes32) {
        return bytes32(uint256(SafeCast.toUint96(newThreshold)) << 160 | uint256(uint160(signer)));
    }

    // ---------------------------------------------------------------- approvals and execution

    /// @inheritdoc IAppAuthMultisig
    function execute(bytes calldata data, uint256 nonce_, bytes[] calldata signatures)
        external
        returns (bytes memory result)
    {
        uint256 current = _nonce;
        if (nonce_ != current) revert MultisigInvalidNonce(nonce_, current);
        bytes32 dataHash = keccak256(data);
        bytes32 digest = executeHash(dataHash, nonce_);
        _checkApprovals(digest, signatures);
        _nonce = current + 1;
        emit Executed(nonce_, digest, dataHash, msg.sender);
        // The call's own revert data surfaces unchanged, and the nonce stays unconsumed.
        if (data.length != 0) result = Address.functionCall(address(this), data);
    }

    /// @inheritdoc IAppAuthMultisig
    function approve(bytes32 dataHash, uint256 nonce_) external {
        Member memory member = _members[msg.sender];
        if (member.position == 0) revert MultisigNotSigner(msg.sender);
        uint256 current = _nonce;
        if (nonce_ < current) revert MultisigInvalidNonce(nonce_, current);
        if (nonce_ - current > MAX_NONCE_AHEAD) {
            revert MultisigNonceTooFarAhead(nonce_, current + MAX_NONCE_AHEAD);
        }
        bytes32 digest = executeHash(dataHash, nonce_);
        if (_approvals[digest][msg.sender] == member.membership) {
            revert MultisigAlreadyApproved(msg.sender, digest);
        }
        _approvals[digest][msg.sender] = member.membership;
        emit Approved(msg.sender, digest, dataHash, nonce_);
    }

    /// @inheritdoc IAppAuthMultisig
    function revokeApproval(bytes32 dataHash, uint256 nonce_) external {
        bytes32 digest = executeHash(dataHash, nonce_);
        if (!_isLive(digest, msg.sender)) revert MultisigNotApproved(msg.sender, digest);
        delete _approvals[digest][msg.sender];
        emit ApprovalRevoked(msg.sender, digest, dataHash, nonce_);
    }

    // ---------------------------------------------------------------- signer-set changes: announced

    /// @inheritdoc IAppAuthMultisig
    function proposeAddSigner(address signer, uint256 newThreshold, string calldata uri)
        external
        onlyController
        returns (bytes32)
    {
        return _propose(ChangeKind.SignerAdded, signerChangeValue(signer, newThreshold), uri);
    }

    /// @inheritdoc IAppAuthMultisig
    function proposeRemoveSigner(address signer, uint256 newThreshold, string calldata uri)
        external
        onlyController
        returns (bytes32)
    {
        return _propose(ChangeKind.SignerRemoved, signerChangeValue(signer, newThreshold), uri);
    }

    /// @inheritdoc IAppAuthMultisig
    function proposeThreshold(uint256 newThreshold, string calldata uri)
        external
        onlyController
        returns (bytes32)
    {
        return _propose(ChangeKind.Threshold, bytes32(newThreshold), uri);
    }

    // ---------------------------------------------------------------- internals and hooks

    /// @inheritdoc AppAuthNotice
    function supportsInterface(bytes4 interfaceId) public view virtual override returns (bool) {
        return interfaceId == type(IAppAuthMultisig).interfaceId || super.supportsInterface(interfaceId);
    }

    /// @dev The controller is this contract, so only a call made by {execute} passes.
    function _checkController() internal view override {
        if (msg.sender != address(this)) revert MultisigUnauthorized(msg.sender);
    }

    /// @dev Signer-set and threshold changes are checked against the signers in force when proposed
    /// and again, by {_applyChange}, against those in force when activated: other changes may have
    /// taken effect in between.
    function _validateChange(ChangeKind kind, bytes32 value) internal view virtual override {
        if (
            kind == ChangeKind.SignerAdded || kind == ChangeKind.SignerRemoved || kind == ChangeKind.Threshold
        ) {
            _validateSignerChange(kind, value);
        } else {
            super._validateChange(kind, value);
        }
    }

    function _applyChange(ChangeKind kind, bytes32 value) internal virtual override {
        if (kind == ChangeKind.SignerAdded) {
            _validateSignerChange(kind, value);
            (address signer, uint256 newThreshold) = _decodeSignerChange(value);
            // Only an address that can act may join, so a mistyped signer cannot lock the quorum.
            if (msg.sender != signer) revert MultisigNewSignerMustActivate(signer, msg.sender);
            _addSigner(signer);
            if (newThreshold != _threshold) _setThreshold(newThreshold);
        } else if (kind == ChangeKind.SignerRemoved) {
            _validateSignerChange(kind, value);
            (address signer, uint256 newThreshold) = _decodeSignerChange(value);
            _removeSigner(signer);
            if (newThreshold != _threshold) _setThreshold(newThreshold);
            // A new signer-set epoch: approvals given to the old set, off-chain ones included, are for
            // nonces that will never come (honest signers sign for the nonces they see).
            _nonce = ((_nonce >> NONCE_EPOCH_BITS) + 1) << NONCE_EPOCH_BITS;
        } else if (kind == ChangeKind.Threshold) {
            _validateSignerChange(kind, value);
            _setThreshold(uint256(value));
        } else {
            super._applyChange(kind, value);
        }
    }

    /// @dev Reverts unless the signer-set or threshold change `(kind, value)` would leave a usable
    /// quorum: a valid new signer or an existing one to remove, and a threshold in `[1, N]` for the
    /// resulting signer count N. Removing the last signer is refused here (no threshold fits N = 0).
    function _validateSignerChange(ChangeKind kind, bytes32 value) private view {
        uint256 count = _signers.length;
        if (kind == ChangeKind.Threshold) {
            uint256 newThreshold = uint256(value);
            _checkThreshold(newThreshold, count);
            if (newThreshold == _threshold) revert AppAuthNoOp(kind, value);
            return;
        }
        (address signer, uint256 threshold_) = _decodeSignerChange(value);
        if (kind == ChangeKind.SignerAdded) {
            if (signer == address(0) || signer == address(this)) revert MultisigInvalidSigner(signer);
            if (isSigner(signer)) revert AppAuthNoOp(kind, value);
            if (count == MAX_SIGNERS) revert MultisigTooManySigners(count + 1, MAX_SIGNERS);
            _checkThreshold(threshold_, count + 1);
        } else {
            if (!isSigner(signer)) revert MultisigNotSigner(signer);
            _checkThreshold(threshold_, count - 1);
        }
    }

    function _checkThreshold(uint256 threshold_, uint256 signerCount) private pure {
        if (threshold_ == 0 || threshold_ > signerCount) {
            revert MultisigInvalidThreshold(threshold_, signerCount);
        }
    }

    /// @dev Reverts unless at least {threshold} distinct current signers approved `digest`, by the
    /// signatures (each must be valid and from a signer, in strictly ascending signer order) or on-chain.
    function _checkApprovals(bytes32 digest, bytes[] calldata signatures) private view {
        uint256 required = _threshold;
        uint256 count = signatures.length;
        address[] memory signed = new address[](count);
        address previous;
        for (uint256 i; i < count; ++i) {
            // tryRecover refuses malformed signatures, high-s (malleable) ones and a zero recovery.
            (address signer, ECDSA.RecoverError error,) = ECDSA.tryRecoverCalldata(digest, signatures[i]);
            if (error != ECDSA.RecoverError.NoError) revert MultisigInvalidSignature(i);
            // A signature over another digest (chain, contract, nonce or call) recovers a stranger.
            if (!isSigner(signer)) revert MultisigNotSigner(signer);
            // Ascending order makes a duplicate impossible without a membership check.
            if (signer <= previous) revert MultisigSignersNotAscending(i, signer, previous);
            signed[i] = signer;
            previous = signer;
        }
        if (count < required) count += _countOnChainApprovals(digest, signed, required - count);
        if (count < required) revert MultisigThresholdNotMet(count, required);
    }

    /// @dev Counts, up to `needed`, the current signers not in `signed` that approved `digest` on-chain.
    function _countOnChainApprovals(bytes32 digest, address[] memory signed, uint256 needed)
        private
        view
        returns (uint256 found)
    {
        uint256 total = _signers.length;
        for (uint256 i; i < total && found < needed; ++i) {
            address signer = _signers[i];
            uint256 approvedIn = _approvals[digest][signer];
            if (approvedIn != 0 && approvedIn == _members[signer].membership && !_contains(signed, signer)) {
                ++found;
            }
        }
    }

    /// @dev Whether `signer` is a signer and approved `digest` during its current membership.
    function _isLive(bytes32 digest, address signer) private view returns (bool) {
        Member memory member = _members[signer];
        return member.position != 0 && _approvals[digest][signer] == member.membership;
    }

    function _contains(address[] memory accounts, address account) private pure returns (bool) {
        for (uint256 i; i < accounts.length; ++i) {
            if (accounts[i] == account) return true;
        }
        return false;
    }

    function _decodeSignerChange(bytes32 value) private pure returns (address signer, uint256 threshold_) {
        signer = address(uint160(uint256(value)));
        threshold_ = uint256(value) >> 160;
    }

    function _addSigner(address signer) private {
        _signers.push(signer);
        Member storage member = _members[signer];
        member.position = uint128(_signers.length);
        // A fresh membership: approvals given under an earlier one never count again.
        ++member.membership;
        emit SignerAdded(signer);
    }

    /// @dev Keeps `membership`, so that the address's approvals stay void if it is added again.
    function _removeSigner(address signer) private {
        uint256 index = _members[signer].position;
        uint256 last = _signers.length;
        if (index != last) {
            address moved = _signers[last - 1];
            _signers[index - 1] = moved;
            _members[moved].position = uint128(index);
        }
        _signers.pop();
        _members[signer].position = 0;
        emit SignerRemoved(signer);
    }

    function _setThreshold(uint256 newThreshold) private {
        uint256 previous = _threshold;
        _threshold = newThreshold;
        emit ThresholdChanged(previous, newThreshold);
    }
}
