// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAppAuthNotice} from "./IAppAuthNotice.sol";

/// @title IOptOutRegistry
/// @notice Lets users refuse, during a change's notice window, that their data migrate to the version
/// the change would allow. An opt-out is recorded by the user's own transaction or by an EIP-712
/// signature that anyone may relay; nothing can remove it. Each proposal's set freezes when its window
/// closes, can be read in pages, and carries a running digest so that the old version can prove to the
/// new one that it read the complete set.
/// @dev One registry serves one AppAuth implementing {IAppAuthNotice}, fixed at deployment.
///
/// A proposal is one announcement of a change: the AppAuth's change id together with the times that
/// announcement carries. Its key is `keccak256(abi.encode(changeId, proposedAt, activatesAt))`, so a
/// change cancelled and announced again gets a fresh key, a fresh window and an empty set.
///
/// The window of a proposal is `[proposedAt, activatesAt)`. It is open while the AppAuth still holds
/// that very announcement as pending and `block.timestamp < activatesAt`; it closes for good when
/// `activatesAt` is reached or when the announcement is cancelled (or activated, or cleared).
///
/// The digest of a proposal starts at its key and folds in every user in the order recorded:
/// `digest = keccak256(abi.encode(digest, user))`.
interface IOptOutRegistry {
    /// @notice What the registry recorded about a proposal when it first saw it pending.
    /// @param changeId The AppAuth's id of the change.
    /// @param proposedAt When the change was announced: the window opens.
    /// @param activatesAt When the change may take effect: the window closes.
    struct Proposal {
        bytes32 changeId;
        uint64 proposedAt;
        uint64 activatesAt;
    }

    /// @notice The registry saw the proposal `key` pending and recorded its window.
    event ProposalTracked(bytes32 indexed key, bytes32 indexed changeId, uint64 proposedAt, uint64 activatesAt);

    /// @notice `user` opted out of the proposal `key`.
    /// @param index The user's position in the proposal's set, from 0.
    /// @param digest The proposal's digest with this user folded in.
    event OptedOut(bytes32 indexed key, address indexed user, uint256 index, bytes32 digest);

    /// @notice The AppAuth given at deployment does not answer {IAppAuthNotice} through ERC-165.
    error OptOutInvalidAppAuth(address appAuth);

    /// @notice The AppAuth holds no pending change with this id.
    error OptOutChangeNotPending(bytes32 changeId);

    /// @notice The proposal's window has closed: its activation time has been reached.
    error OptOutWindowClosed(bytes32 key, uint256 activatesAt);

    /// @notice The change pending under `changeId` is not the announcement the user signed for.
    /// @param signedKey The proposal key in the signed message.
    /// @param currentKey The key of the announcement now pending.
    error OptOutProposalMismatch(bytes32 changeId, bytes32 signedKey, bytes32 currentKey);

    /// @notice `user` has already opted out of the proposal `key`.
    error OptOutAlreadyOptedOut(address user, bytes32 key);

    /// @notice The signed opt-out's deadline has passed.
    error OptOutSignatureExpired(address user, uint256 deadline);

    /// @notice The signature is not `user`'s (ECDSA for an account without code, ERC-1271 otherwise).
    error OptOutInvalidSignature(address user);

    /// @notice The registry has never seen the proposal `key` pending, so it does not know its window.
    error OptOutUnknownProposal(bytes32 key);

    /// @notice The EIP-712 type hash of a signed opt-out:
    /// `OptOut(address user,bytes32 proposal,uint256 deadline)`. It has no nonce: the proposal key is the
    /// replay guard, since a user can opt out of one announcement only once.
    // solhint-disable-next-line func-name-mixedcase
    function OPT_OUT_TYPEHASH() external view returns (bytes32);

    /// @notice The AppAuth whose proposals this registry serves.
    function appAuth() external view returns (IAppAuthNotice);

    /// @notice The key of the announcement of `changeId` made at `proposedAt` to activate at `activatesAt`.
    function proposalKey(bytes32 changeId, uint64 proposedAt, uint64 activatesAt) external pure returns (bytes32);

    /// @notice The key of the announcement now pending under `changeId`; what a user signs.
    /// @dev Reverts with {OptOutChangeNotPending} if the AppAuth holds no such change.
    function currentProposalKey(bytes32 changeId) external view returns (bytes32);

    /// @notice The window recorded for `key`; all zero if the registry has never seen it.
    function proposal(bytes32 key) external view returns (Proposal memory);

    /// @notice Whether the set of `key` can no longer grow: its activation time has been reached, or the
    /// AppAuth no longer holds this announcement as pending (cancelled, activated or cleared).
    /// @dev Reverts with {OptOutUnknownProposal} for a key the registry has never seen. Such a proposal
    /// has an empty set; whether it is still pending can be read from the AppAuth.
    function isFrozen(bytes32 key) external view returns (bool);

    /// @notice Whether `user` opted out of the proposal `key`. O(1).
    function isOptedOut(address user, bytes32 key) external view returns (bool);

    /// @notice How many users opted out of the proposal `key`. Never decreases.
    function optOutCount(bytes32 key) external view returns (uint256);

    /// @notice A page of the users who opted out of `key`, in the order they were recorded.
    /// @param offset Index of the first user to return.
    /// @param limit How many to return at most.
    function optOuts(bytes32 key, uint256 offset, uint256 limit) external view returns (address[] memory users);

    /// @notice The running digest of the set of `key`: `key` itself while the set is empty, then
    /// `keccak256(abi.encode(previous, user))` for each user in order.
    function digest(bytes32 key) external view returns (bytes32);

    /// @notice Folds `users` into the digest `start`, as the registry does when they opt out in this order.
    /// @dev To check a set read in pages, start from the proposal key and feed each page the previous
    /// page's result; the last result must equal {digest} read at the same block.
    function computeDigest(bytes32 start, address[] calldata users) external pure returns (bytes32);

    /// @notice Whether `users`, in this order, is exactly the set of `key` as it stands now.
    function verifyDigest(bytes32 key, address[] calldata users) external view returns (bool);

    /// @notice The EIP-712 hash a user signs to opt out of `key`; bound to this registry and chain.
    function hashOptOut(address user, bytes32 key, uint256 deadline) external view returns (bytes32);

    /// @notice Records the window of the announcement now pending under `changeId`, so that the set's
    /// freeze can be read after the AppAuth has forgotten the announcement. Anyone may call it; calling
    /// it again for the same announcement does nothing. Opting out records the window as well.
    /// @return key The proposal's key.
    function track(bytes32 changeId) external returns (bytes32 key);

    /// @notice Opts the caller out of the announcement now pending under `changeId`.
    /// @dev Reverts unless the window is open and the caller has not opted out of it yet.
    /// @return key The proposal's key.
    function optOut(bytes32 changeId) external returns (bytes32 key);

    /// @notice Records `user`'s signed opt-out of the proposal `key`. Anyone may relay it.
    /// @dev A signature stays valid for its proposal whatever happens to the user's other signatures or
    /// to other proposals; it can be used once, since a second use finds the user already recorded.
    /// @param user The user who signed; the one recorded.
    /// @param changeId The AppAuth's id of the change; `key` must be its announcement now pending.
    /// @param key The proposal key the user signed.
    /// @param deadline The last timestamp at which the signature may be used, as signed.
    /// @param signature An ECDSA signature of {hashOptOut}, or an ERC-1271 one if `user` has code.
    function optOutBySig(address user, bytes32 changeId, bytes32 key, uint256 deadline, bytes calldata signature)
        external;
}
