// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAppAuthNotice} from "../../../contracts/interfaces/IAppAuthNotice.sol";

/// @notice Ghost state shared by the timelock handlers: an independent model of what the policy, the
/// notice period, the owner and the pending list must be, built only from the handlers' successful
/// calls and the notice rules (docs/ARCHITECTURE.md), plus counters of every rule broken. The invariants compare
/// the contract against this model.
/// @dev Written only by the handlers; not a fuzz target.
contract TimelockStore {
    struct Announcement {
        IAppAuthNotice.ChangeKind kind;
        bytes32 value;
        uint256 announcedAt;
        // The notice period in force at the announcement.
        uint256 notice;
        // What the contract reported right after the announcement.
        uint256 activatesAt;
    }

    uint256 public immutable gracePeriod;
    uint256 public immutable minNoticePeriod;

    uint256 public currentTime;

    // ---- the model
    uint256 public noticePeriod;
    address public owner;
    bytes32 public nominationId;
    address public nominee;
    mapping(bytes32 composeHash => bool) public composeHashAllowed;
    mapping(bytes32 deviceId => bool) public deviceAllowed;
    bool public anyDeviceAllowed;
    bool public tcbRequired;

    bytes32[] private _pending;
    mapping(bytes32 id => uint256) private _pendingIndex; // 1-based
    mapping(bytes32 id => Announcement) private _announcements;

    // ---- rules broken (each must stay zero)
    /// @notice Announcements whose reported activatesAt is not announcement time + notice in force.
    uint256 public badAnnouncements;
    /// @notice Activations or hand-overs that succeeded outside their lawful window.
    uint256 public unlawfulActivations;
    /// @notice Activations inside their lawful window that the contract refused.
    uint256 public refusedInWindow;
    /// @notice Calls from the attacker that succeeded.
    uint256 public attackerSuccesses;
    /// @notice Expired changes cleared before their window closed.
    uint256 public earlyClears;
    /// @notice Instant calls that loosened something (e.g. a "lengthening" that shortened the notice).
    uint256 public instantLoosenings;

    constructor(
        uint256 startTime,
        uint256 noticePeriod_,
        uint256 minNoticePeriod_,
        uint256 gracePeriod_,
        address owner_,
        bytes32[] memory initialHashes,
        bytes32[] memory initialDevices,
        bool requireTcb
    ) {
        currentTime = startTime;
        noticePeriod = noticePeriod_;
        minNoticePeriod = minNoticePeriod_;
        gracePeriod = gracePeriod_;
        owner = owner_;
        for (uint256 i; i < initialHashes.length; ++i) {
            composeHashAllowed[initialHashes[i]] = true;
        }
        for (uint256 i; i < initialDevices.length; ++i) {
            deviceAllowed[initialDevices[i]] = true;
        }
        tcbRequired = requireTcb;
    }

    // ------------------------------------------------------------------ time

    function setCurrentTime(uint256 time) external {
        currentTime = time;
    }

    // ------------------------------------------------------------------ pending list

    function pendingCount() external view returns (uint256) {
        return _pending.length;
    }

    function pendingAt(uint256 index) external view returns (bytes32) {
        return _pending[index];
    }

    function isPending(bytes32 id) public view returns (bool) {
        return _pendingIndex[id] != 0;
    }

    function announcement(bytes32 id) external view returns (Announcement memory) {
        return _announcements[id];
    }

    /// @notice Whether the rules allow `id` to take effect at `time`: no earlier than the notice in
    /// force at its announcement, no later than the grace period after that.
    function inLawfulWindow(bytes32 id, uint256 time) public view returns (bool) {
        Announcement storage a = _announcements[id];
        uint256 earliest = a.announcedAt + a.notice;
        return time >= earliest && time <= earliest + gracePeriod;
    }

    function expiredAt(bytes32 id, uint256 time) public view returns (bool) {
        Announcement storage a = _announcements[id];
        return time > a.announcedAt + a.notice + gracePeriod;
    }

    // ------------------------------------------------------------------ events from the handlers

    function recordAnnouncement(
        bytes32 id,
        IAppAuthNotice.ChangeKind kind,
        bytes32 value,
        uint256 reportedActivatesAt
    ) external {
        // A listed change can only be announced again once its window has closed: the contract
        // expires it first. Recording that as a clear counts it as early if the window was open.
        if (isPending(id)) _recordCleared(id);
        _announcements[id] = Announcement(kind, value, currentTime, noticePeriod, reportedActivatesAt);
        if (reportedActivatesAt != currentTime + noticePeriod) ++badAnnouncements;
        _addPending(id);
        if (kind == IAppAuthNotice.ChangeKind.Controller) {
            nominationId = id;
            nominee = address(uint160(uint256(value)));
        }
    }

    /// @notice A nomination replaces the previous one, which the contract withdraws.
    function recordNominationReplaced() external {
        if (nominationId != bytes32(0) && isPending(nominationId)) _removePending(nominationId);
        nominationId = bytes32(0);
        nominee = address(0);
    }

    function recordCancelled(bytes32 id) external {
        _removePending(id);
        if (id == nominationId) {
            nominationId = bytes32(0);
            nominee = address(0);
        }
    }

    function recordCleared(bytes32 id) external {
        _recordCleared(id);
    }

    function _recordCleared(bytes32 id) internal {
        if (!expiredAt(id, currentTime)) ++earlyClears;
        _removePending(id);
        if (id == nominationId) {
            nominationId = bytes32(0);
            nominee = address(0);
        }
    }

    /// @notice A successful activation: applied to the model only if it was lawful.
    function recordActivated(bytes32 id) external {
        bool lawful = inLawfulWindow(id, currentTime);
        _removePending(id);
        if (!lawful) {
            ++unlawfulActivations;
            return;
        }
        Announcement storage a = _announcements[id];
        if (a.kind == IAppAuthNotice.ChangeKind.ComposeHash) {
            composeHashAllowed[a.value] = true;
        } else if (a.kind == IAppAuthNotice.ChangeKind.Device) {
            deviceAllowed[a.value] = true;
        } else if (a.kind == IAppAuthNotice.ChangeKind.AllowAnyDevice) {
            anyDeviceAllowed = true;
        } else if (a.kind == IAppAuthNotice.ChangeKind.TcbNotRequired) {
            tcbRequired = false;
        } else if (a.kind == IAppAuthNotice.ChangeKind.NoticePeriod) {
            noticePeriod = uint256(a.value);
        } else if (a.kind == IAppAuthNotice.ChangeKind.Controller) {
            owner = address(uint160(uint256(a.value)));
            nominationId = bytes32(0);
            nominee = address(0);
        }
    }

    function recordRefusedInWindow() external {
        ++refusedInWindow;
    }

    function recordAttackerSuccess() external {
        ++attackerSuccesses;
    }

    /// @notice Removal also withdraws the item's pending announcement (review scenario 3).
    function recordComposeHashRemoved(bytes32 composeHash) external {
        composeHashAllowed[composeHash] = false;
        _removePending(keccak256(abi.encode(IAppAuthNotice.ChangeKind.ComposeHash, composeHash)));
    }

    function recordDeviceRemoved(bytes32 deviceId) external {
        deviceAllowed[deviceId] = false;
        _removePending(keccak256(abi.encode(IAppAuthNotice.ChangeKind.Device, deviceId)));
    }

    function recordAnyDeviceDisallowed() external {
        anyDeviceAllowed = false;
    }

    function recordTcbRequired() external {
        tcbRequired = true;
    }

    /// @notice Lengthening withdraws every pending shortening (review scenario 2).
    function recordNoticeLengthened(uint256 period) external {
        if (period <= noticePeriod) ++instantLoosenings;
        noticePeriod = period;
        for (uint256 i = _pending.length; i > 0; --i) {
            bytes32 id = _pending[i - 1];
            if (_announcements[id].kind == IAppAuthNotice.ChangeKind.NoticePeriod) _removePending(id);
        }
    }

    // ------------------------------------------------------------------ internals

    function _addPending(bytes32 id) private {
        _pending.push(id);
        _pendingIndex[id] = _pending.length;
    }

    function _removePending(bytes32 id) private {
        uint256 index = _pendingIndex[id];
        if (index == 0) return;
        uint256 last = _pending.length;
        if (index != last) {
            bytes32 moved = _pending[last - 1];
            _pending[index - 1] = moved;
            _pendingIndex[moved] = index;
        }
        _pending.pop();
        delete _pendingIndex[id];
    }
}
