// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IAppAuthNotice
/// @notice The notice period: every change that loosens the boot policy is announced, waits at least
/// the notice period, and then has a grace window in which anyone may activate it. A change not
/// activated in its window expires and must be announced again, so nothing announced long ago can
/// take effect at a moment nobody expects. Tightening needs no notice.
interface IAppAuthNotice {
    /// @notice What a change does when it takes effect. `value` carries its argument.
    /// @dev Kinds above `NoticePeriod` belong to the variant that uses them.
    enum ChangeKind {
        None, //               never used
        ComposeHash, //        allow the compose hash `value`
        Device, //             allow the device id `value`
        AllowAnyDevice, //     let any device boot (value 0)
        TcbNotRequired, //     stop requiring an up-to-date TCB (value 0)
        NoticePeriod, //       shorten the notice period to `value` seconds
        Controller, //         hand control to the address in `value`
        SignerAdded, //        add the signer in `value`
        SignerRemoved, //      remove the signer in `value`
        Threshold, //          set the approval threshold to `value`
        VerifierAdapter, //    register or replace the verifier adapter in `value`
        VerifierThreshold, //  set the number of vendors a boot needs to `value`
        VerifierMeasurement // pin the (vendor, measurement) whose key is `value` (see IAppAuthVerifierHooks)
    }

    /// @notice A pending change. `kind` and the three times share one storage slot.
    /// @param kind What it does.
    /// @param proposedAt When it was announced.
    /// @param activatesAt The earliest time it may take effect.
    /// @param expiresAt The last time it may take effect; after that it is void.
    /// @param value Its argument.
    /// @param uri Optional metadata: source commit, audit report, release notes.
    struct Change {
        ChangeKind kind;
        uint64 proposedAt;
        uint64 activatesAt;
        uint64 expiresAt;
        bytes32 value;
        string uri;
    }

    /// @notice A change was announced.
    event ChangeProposed(
        bytes32 indexed id, ChangeKind indexed kind, bytes32 value, uint64 activatesAt, uint64 expiresAt, string uri
    );

    /// @notice A pending change was withdrawn before it took effect.
    event ChangeCancelled(bytes32 indexed id, ChangeKind indexed kind, bytes32 value);

    /// @notice A pending change took effect.
    event ChangeActivated(bytes32 indexed id, ChangeKind indexed kind, bytes32 value);

    /// @notice A change that was not activated in its window was cleared.
    event ChangeExpired(bytes32 indexed id, ChangeKind indexed kind, bytes32 value);

    /// @notice The notice period changed, for changes announced from this block on.
    event NoticePeriodSet(uint256 previousPeriod, uint256 newPeriod);

    /// @notice A change with this id is already pending.
    error AppAuthChangeAlreadyPending(bytes32 id, uint256 activatesAt);

    /// @notice No change with this id is pending.
    error AppAuthChangeNotPending(bytes32 id);

    /// @notice The change's notice period has not elapsed.
    error AppAuthNoticePeriodNotElapsed(bytes32 id, uint256 activatesAt);

    /// @notice The change's activation window has closed.
    error AppAuthChangeExpired(bytes32 id, uint256 expiresAt);

    /// @notice The change's activation window is still open.
    error AppAuthChangeNotExpired(bytes32 id, uint256 expiresAt);

    /// @notice A notice period outside `[min, max]`, or a proposed period that is not shorter.
    error AppAuthInvalidNoticePeriod(uint256 requested, uint256 min, uint256 max);

    /// @notice A grace period of zero or above the maximum.
    error AppAuthInvalidGracePeriod(uint256 requested);

    /// @notice A change's metadata URI is longer than the cap (which keeps a page of
    /// {pendingChanges} affordable to an `eth_call`).
    error AppAuthUriTooLong(uint256 length, uint256 max);

    /// @notice This contract does not know the change kind, or `value` is malformed for it.
    error AppAuthInvalidChange(ChangeKind kind, bytes32 value);

    /// @notice The notice period applied to changes announced now.
    function noticePeriod() external view returns (uint256);

    /// @notice The floor fixed at deployment; the notice period can never go below it.
    function minNoticePeriod() external view returns (uint256);

    /// @notice How long after `activatesAt` a change may still be activated.
    function gracePeriod() external view returns (uint256);

    /// @notice The id of a change: `keccak256(abi.encode(kind, value))` for every kind, compose hashes
    /// included, so that ids of different kinds can never collide (a compose hash is chosen freely and
    /// could otherwise equal the id of a controller hand-over).
    function changeId(ChangeKind kind, bytes32 value) external pure returns (bytes32);

    /// @notice When the pending change `id` may take effect, or 0 if none is pending.
    /// @dev For a compose hash, pass `changeId(ComposeHash, composeHash)`.
    function activatesAt(bytes32 id) external view returns (uint256);

    /// @notice When the pending change `id` was announced, or 0 if none is pending.
    /// @dev With {activatesAt}, identifies one announcement of a change in constant gas (unlike
    /// {getChange}, whose cost grows with the proposer-chosen `uri`); the opt-out registry relies on it.
    function proposedAt(bytes32 id) external view returns (uint256);

    /// @notice The pending change `id`; reverts if none is pending.
    function getChange(bytes32 id) external view returns (Change memory);

    /// @notice How many changes are pending (expired ones included until cleared).
    function pendingChangeCount() external view returns (uint256);

    /// @notice A page of pending changes, in no particular order.
    /// @param offset Index of the first change to return.
    /// @param limit How many to return at most.
    function pendingChanges(uint256 offset, uint256 limit)
        external
        view
        returns (bytes32[] memory ids, Change[] memory changes);

    /// @notice Announces the compose hash `composeHash`.
    function proposeComposeHash(bytes32 composeHash) external returns (bytes32 id);

    /// @notice Announces the compose hash `composeHash` with metadata. Every `uri` is capped at
    /// `MAX_URI_LENGTH` bytes.
    function proposeComposeHash(bytes32 composeHash, string calldata uri) external returns (bytes32 id);

    /// @notice Announces the device `deviceId`.
    function proposeDevice(bytes32 deviceId, string calldata uri) external returns (bytes32 id);

    /// @notice Announces that any device may boot.
    function proposeAllowAnyDevice(string calldata uri) external returns (bytes32 id);

    /// @notice Announces that the TCB will no longer need to be up to date.
    function proposeTcbNotRequired(string calldata uri) external returns (bytes32 id);

    /// @notice Announces a shorter notice period; it waits the current one.
    function proposeNoticePeriod(uint256 newPeriod, string calldata uri) external returns (bytes32 id);

    /// @notice Makes a matured change effective. Anyone may call it inside the change's window.
    function activate(bytes32 id) external;

    /// @notice Makes a matured compose hash effective; the tutorial's name for `activate(composeHash)`.
    function activateComposeHash(bytes32 composeHash) external;

    /// @notice Withdraws a pending change. Tightening, so instant.
    function cancelProposal(bytes32 id) external;

    /// @notice Removes an expired change from the pending list. Anyone may call it.
    function clearExpired(bytes32 id) external;

    /// @notice Disallows a compose hash at once: removes it if effective and withdraws its pending
    /// announcement if any. Reverts with `AppAuthNoOp` if it is neither (a typo must not look like a
    /// removal); `ComposeHashRemoved` is emitted only when an effective hash stops being allowed.
    function removeComposeHash(bytes32 composeHash) external;

    /// @notice Disallows a device at once, as {removeComposeHash} does a compose hash.
    function removeDevice(bytes32 deviceId) external;

    /// @notice Switches allow-any-device off at once.
    function disallowAnyDevice() external;

    /// @notice Requires an up-to-date TCB at once.
    function requireUpToDateTcb() external;

    /// @notice Lengthens the notice period at once; pending changes keep their announced time, except
    /// pending shortenings of the notice period, which are withdrawn (`ChangeCancelled`): a shortening
    /// announced before a lengthening would otherwise undo the longer promise when it activates.
    function lengthenNoticePeriod(uint256 newPeriod) external;
}
