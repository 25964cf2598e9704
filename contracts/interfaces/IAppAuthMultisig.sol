// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IAppAuthMultisig
/// @notice M-of-N control of an AppAuth. The controller is the contract itself: every controller
/// action (announcing a loosening change, tightening, cancelling, changing the signers or the
/// threshold) is a call that a quorum of signers authorises and that anyone then submits through
/// {execute}. Loosening actions still wait the notice period after that, and so do changes to the
/// signer set and the threshold (A6).
/// @dev An approval is either an EIP-712 signature of `Execute(bytes data,uint256 nonce)` under this
/// contract's domain (name "AppAuthMultisig", version "1", this chain id, this address), collected
/// off-chain, or an on-chain {approve} of the same `(keccak256(data), nonce)` by a signer. Both kinds
/// count together. `nonce` must equal {nonce}, which every successful {execute} increments, so an
/// approval authorises exactly one call, once, here.
interface IAppAuthMultisig {
    /// @notice `signer` became a signer, effective from this block.
    event SignerAdded(address indexed signer);

    /// @notice `signer` stopped being a signer, effective from this block.
    event SignerRemoved(address indexed signer);

    /// @notice The number of approvals {execute} needs changed, effective from this block.
    event ThresholdChanged(uint256 previousThreshold, uint256 newThreshold);

    /// @notice `signer` approved the call with data hash `dataHash` at `nonce` on-chain.
    /// @param digest The EIP-712 digest of the approval, as {executeHash} returns it.
    event Approved(address indexed signer, bytes32 indexed digest, bytes32 dataHash, uint256 nonce);

    /// @notice `signer` withdrew an on-chain approval before it was used.
    event ApprovalRevoked(address indexed signer, bytes32 indexed digest, bytes32 dataHash, uint256 nonce);

    /// @notice A call authorised by the signers was made, consuming `nonce`.
    /// @param dataHash `keccak256` of the call data; an empty call only consumed the nonce.
    event Executed(
        uint256 indexed nonce, bytes32 indexed digest, bytes32 dataHash, address indexed submitter
    );

    /// @notice Only a call made through {execute} may do this.
    error MultisigUnauthorized(address caller);

    /// @notice The approval's nonce is not the one this action accepts.
    /// @param nonce The nonce given.
    /// @param expected The current nonce: the only one {execute} accepts, the lowest one {approve} accepts.
    error MultisigInvalidNonce(uint256 nonce, uint256 expected);

    /// @notice The signature at `index` is malformed, has a malleable (high) `s`, or recovers to no address.
    error MultisigInvalidSignature(uint256 index);

    /// @notice Signers must be strictly ascending: the signature at `index` recovered `signer`, which is
    /// not above the previous one, `previous` (a duplicate, or out of order).
    error MultisigSignersNotAscending(uint256 index, address signer, address previous);

    /// @notice `account` is not a signer.
    error MultisigNotSigner(address account);

    /// @notice Fewer than `threshold` distinct signers approved.
    error MultisigThresholdNotMet(uint256 approvals, uint256 threshold);

    /// @notice A threshold outside `[1, signerCount]`: zero would let anyone act, above the signer
    /// count would lock the contract for good.
    error MultisigInvalidThreshold(uint256 threshold, uint256 signerCount);

    /// @notice `signer` cannot be a signer: it is zero, this contract itself, or already a signer
    /// (in the signer list given to the constructor).
    error MultisigInvalidSigner(address signer);

    /// @notice The signer set would exceed {MAX_SIGNERS}.
    error MultisigTooManySigners(uint256 count, uint256 max);

    /// @notice `signer` has already approved the call with this digest on-chain.
    error MultisigAlreadyApproved(address signer, bytes32 digest);

    /// @notice `signer` has no live on-chain approval of the call with this digest to revoke.
    error MultisigNotApproved(address signer, bytes32 digest);

    /// @notice An on-chain approval for a nonce more than {MAX_NONCE_AHEAD} past the current one.
    error MultisigNonceTooFarAhead(uint256 nonce, uint256 maxNonce);

    /// @notice Only the new signer `signer` may activate its own addition; `caller` tried to.
    error MultisigNewSignerMustActivate(address signer, address caller);

    /// @notice The most signers the contract holds. Bounds the on-chain-approval scan in {execute}.
    function MAX_SIGNERS() external view returns (uint256);

    /// @notice How far ahead of {nonce} an on-chain approval may be given.
    // solhint-disable-next-line func-name-mixedcase
    function MAX_NONCE_AHEAD() external view returns (uint256);

    /// @notice The EIP-712 type hash of `Execute(bytes data,uint256 nonce)`.
    function EXECUTE_TYPEHASH() external view returns (bytes32);

    /// @notice The signers, in no particular order.
    function signers() external view returns (address[] memory);

    /// @notice Whether `account` is a signer now.
    function isSigner(address account) external view returns (bool);

    /// @notice How many distinct signers must approve a call.
    function threshold() external view returns (uint256);

    /// @notice The nonce the next {execute} must carry.
    /// @dev It grows by one per execution, and jumps to the next multiple of 2^128 when a signer's
    /// removal takes effect: every approval collected before, signature or on-chain, is for a nonce
    /// that can no longer come, so none can count after the signer set changed (nor after a removed
    /// signer is added again).
    function nonce() external view returns (uint256);

    /// @notice The EIP-712 digest a signer signs to approve the call with data hash `dataHash` at `nonce`.
    /// @param dataHash `keccak256` of the call data.
    /// @param nonce_ The nonce the approval is for.
    function executeHash(bytes32 dataHash, uint256 nonce_) external view returns (bytes32 digest);

    /// @notice Whether `signer` approved the call `(dataHash, nonce_)` on-chain during its current
    /// membership and has not revoked it.
    /// @dev An approval lives only as long as the membership it was given in: removing a signer voids
    /// it for good, and adding the same address again starts a membership with no approvals.
    /// @param signer The account asked about.
    /// @param dataHash `keccak256` of the call data.
    /// @param nonce_ The nonce the approval is for.
    function hasApproved(address signer, bytes32 dataHash, uint256 nonce_) external view returns (bool);

    /// @notice How many current signers have approved the call `(dataHash, nonce_)` on-chain.
    /// @param dataHash `keccak256` of the call data.
    /// @param nonce_ The nonce the approvals are for.
    function approvalCount(bytes32 dataHash, uint256 nonce_) external view returns (uint256);

    /// @notice The `value` of a `SignerAdded` or `SignerRemoved` change: the signer in the low 160 bits
    /// and the threshold that holds after the change in the 96 bits above.
    /// @param signer The signer added or removed.
    /// @param newThreshold The threshold after the change; reverts if it does not fit in 96 bits.
    function signerChangeValue(address signer, uint256 newThreshold) external pure returns (bytes32);

    /// @notice Makes the call `data` to this contract with the signers' authority. Anyone may submit it.
    /// @dev Counts the signatures and the on-chain approvals of `(keccak256(data), nonce_)` by distinct
    /// current signers, requires at least {threshold} of them, consumes the nonce and makes the call.
    /// If the call reverts, so does this, with the same revert data, and the nonce is not consumed.
    /// Empty `data` makes no call: it only consumes the nonce, which voids every other approval for it.
    /// @param data The call: ABI-encoded selector and arguments of one of this contract's functions.
    /// @param nonce_ Must equal {nonce}.
    /// @param signatures 65-byte `(r, s, v)` EIP-712 signatures of {executeHash}, sorted by signer
    /// address, strictly ascending. May be empty when enough on-chain approvals exist.
    /// @return result What the call returned.
    function execute(bytes calldata data, uint256 nonce_, bytes[] calldata signatures)
        external
        returns (bytes memory result);

    /// @notice Approves the call `(dataHash, nonce_)` on-chain, as a signature would. Only a signer.
    /// @dev The way for a signer that cannot sign EIP-712 messages (a contract account such as a Safe).
    /// @param dataHash `keccak256` of the call data approved.
    /// @param nonce_ From {nonce} to {nonce} + {MAX_NONCE_AHEAD}, so that no approval waits as a
    /// sleeper behind a long queue of later actions.
    function approve(bytes32 dataHash, uint256 nonce_) external;

    /// @notice Withdraws the caller's on-chain approval of `(dataHash, nonce_)`; only a live one (see
    /// {hasApproved}).
    /// @param dataHash `keccak256` of the call data approved.
    /// @param nonce_ The nonce the approval was for.
    function revokeApproval(bytes32 dataHash, uint256 nonce_) external;

    /// @notice Announces `signer` as a new signer, with `newThreshold` approvals needed afterwards.
    /// Only through {execute}. Waits the notice period; `signer` itself activates it, which proves
    /// that the address is live before it counts.
    /// @param signer The new signer: not zero, not this contract, not a signer already.
    /// @param newThreshold The threshold once `signer` has joined; in `[1, N + 1]`.
    /// @param uri Optional metadata, carried by `ChangeProposed`.
    /// @return id The change id, `changeId(SignerAdded, signerChangeValue(signer, newThreshold))`.
    function proposeAddSigner(address signer, uint256 newThreshold, string calldata uri)
        external
        returns (bytes32 id);

    /// @notice Announces the removal of `signer`, with `newThreshold` approvals needed afterwards.
    /// Only through {execute}. Waits the notice period.
    /// @param signer A current signer.
    /// @param newThreshold The threshold once `signer` has left; in `[1, N - 1]`, so the last signer
    /// cannot be removed.
    /// @param uri Optional metadata, carried by `ChangeProposed`.
    /// @return id The change id, `changeId(SignerRemoved, signerChangeValue(signer, newThreshold))`.
    function proposeRemoveSigner(address signer, uint256 newThreshold, string calldata uri)
        external
        returns (bytes32 id);

    /// @notice Announces a new threshold. Only through {execute}. Waits the notice period, whether it
    /// raises or lowers the threshold.
    /// @param newThreshold In `[1, N]` and different from {threshold}.
    /// @param uri Optional metadata, carried by `ChangeProposed`.
    /// @return id The change id, `changeId(Threshold, bytes32(newThreshold))`.
    function proposeThreshold(uint256 newThreshold, string calldata uri) external returns (bytes32 id);
}
