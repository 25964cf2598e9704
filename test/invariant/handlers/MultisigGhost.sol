// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MultisigAppAuth} from "../../../contracts/MultisigAppAuth.sol";
import {IAppAuthNotice} from "../../../contracts/interfaces/IAppAuthNotice.sol";

/// @notice Watches a MultisigAppAuth from outside. Every handler call is wrapped in {observeBefore} /
/// {observeAfter}; the ghost diffs the contract's effective state over a fixed domain of hashes,
/// devices and accounts and judges every transition by what it saw happen, not by the contract's
/// own bookkeeping:
/// - a loosening (hash or device allowed, any-device on, TCB dropped, notice shortened, signer added
///   or removed, threshold changed) is legitimate only if the honest quorum's proposal of exactly
///   that change was recorded here, the notice period measured here has elapsed and the grace
///   window has not closed;
/// - a tightening or the withdrawal of a live pending change is legitimate only in a quorum call.
contract MultisigGhost {
    struct Record {
        uint64 activatesAt;
        uint64 expiresAt;
    }

    MultisigAppAuth public immutable app;
    uint256 public immutable gracePeriod;

    bytes32[] public hashes;
    bytes32[] public devices;
    address[] public accounts;

    /// @notice The honest quorum's proposals, by change id, with the window measured here.
    mapping(bytes32 id => Record) public approved;

    uint256 public policyViolations;
    uint256 public signerViolations;
    uint256 public unauthorizedTightenings;
    string public firstViolation;

    uint256 public legitimateLoosenings;
    uint256 public legitimateSignerChanges;
    uint256 public tightenings;

    // The state before the call under observation: one bit per hash, device and account, then the
    // two switches; threshold and notice period.
    uint256 private _flags;
    uint256 private _threshold;
    uint256 private _notice;
    // Changes the quorum proposed that may still be pending.
    bytes32[] private _live;
    uint256 private _call;
    mapping(bytes32 id => uint256 call) private _activatedIn;

    constructor(
        MultisigAppAuth app_,
        uint256 gracePeriod_,
        bytes32[] memory hashes_,
        bytes32[] memory devices_,
        address[] memory accounts_
    ) {
        app = app_;
        gracePeriod = gracePeriod_;
        hashes = hashes_;
        devices = devices_;
        accounts = accounts_;
    }

    function hashCount() external view returns (uint256) {
        return hashes.length;
    }

    function deviceCount() external view returns (uint256) {
        return devices.length;
    }

    /// @notice Records that the honest quorum proposed `id` in the call under observation.
    function recordProposal(bytes32 id) external {
        uint64 at = uint64(block.timestamp + _notice);
        approved[id] = Record(at, at + uint64(gracePeriod));
        _live.push(id);
    }

    /// @notice Forgets `id` after the honest quorum cancelled it, so that it can never count again.
    function forget(bytes32 id) external {
        delete approved[id];
    }

    function observeBefore() external {
        ++_call;
        _flags = _takeFlags();
        _threshold = app.threshold();
        _notice = app.noticePeriod();
    }

    /// @param byQuorum Whether the call under observation was the honest quorum's.
    function observeAfter(bool byQuorum) external {
        (uint256 before, uint256 after_) = (_flags, _takeFlags());
        uint256 bit;
        for (uint256 i; i < hashes.length; ++i) {
            (bool was, bool is_) = _bits(before, after_, bit++);
            if (is_ && !was) {
                _loosened(app.changeId(IAppAuthNotice.ChangeKind.ComposeHash, hashes[i]), false);
            }
            if (was && !is_) _tightened(byQuorum, "compose hash removed");
        }
        for (uint256 i; i < devices.length; ++i) {
            (bool was, bool is_) = _bits(before, after_, bit++);
            if (is_ && !was) _loosened(app.changeId(IAppAuthNotice.ChangeKind.Device, devices[i]), false);
            if (was && !is_) _tightened(byQuorum, "device removed");
        }
        (bool anyBefore, bool anyAfter) = _bits(before, after_, bit++);
        if (anyAfter && !anyBefore) {
            _loosened(app.changeId(IAppAuthNotice.ChangeKind.AllowAnyDevice, 0), false);
        }
        if (anyBefore && !anyAfter) _tightened(byQuorum, "any device disallowed");
        (bool tcbBefore, bool tcbAfter) = _bits(before, after_, bit++);
        if (tcbBefore && !tcbAfter) {
            _loosened(app.changeId(IAppAuthNotice.ChangeKind.TcbNotRequired, 0), false);
        }
        if (tcbAfter && !tcbBefore) _tightened(byQuorum, "TCB required");
        uint256 notice = app.noticePeriod();
        if (notice != _notice) {
            bytes32 id = app.changeId(IAppAuthNotice.ChangeKind.NoticePeriod, bytes32(notice));
            // A matured shortening sets its own value even after a deeper one took effect, which
            // lengthens the period: an activation all the same, judged as one.
            if (notice < _notice || (!byQuorum && approved[id].activatesAt != 0)) _loosened(id, false);
            else _tightened(byQuorum, "notice lengthened");
        }

        bool signerChanged;
        uint256 threshold = app.threshold();
        for (uint256 i; i < accounts.length; ++i) {
            (bool was, bool is_) = _bits(before, after_, bit++);
            if (was == is_) continue;
            signerChanged = true;
            // A signer change carries the threshold that holds after it.
            IAppAuthNotice.ChangeKind kind =
                is_ ? IAppAuthNotice.ChangeKind.SignerAdded : IAppAuthNotice.ChangeKind.SignerRemoved;
            _loosened(app.changeId(kind, app.signerChangeValue(accounts[i], threshold)), true);
        }
        if (!signerChanged && threshold != _threshold) {
            _loosened(app.changeId(IAppAuthNotice.ChangeKind.Threshold, bytes32(threshold)), true);
        }

        _checkWithdrawals(byQuorum);
    }

    /// @dev A proposed change that left the pending list without being activated was cancelled or
    /// cleared: cancelling a live change is the quorum's alone; clearing is for expired changes only.
    function _checkWithdrawals(bool byQuorum) private {
        for (uint256 i = _live.length; i > 0; --i) {
            bytes32 id = _live[i - 1];
            if (app.activatesAt(id) != 0) continue;
            if (_activatedIn[id] != _call && !byQuorum && block.timestamp <= approved[id].expiresAt) {
                ++unauthorizedTightenings;
                _violation("live change withdrawn without quorum");
            }
            _live[i - 1] = _live[_live.length - 1];
            _live.pop();
        }
    }

    function _loosened(bytes32 id, bool signerSet) private {
        Record memory record = approved[id];
        string memory problem;
        if (record.activatesAt == 0) problem = "effective without quorum approval";
        else if (block.timestamp < record.activatesAt) problem = "effective before the notice period";
        else if (block.timestamp > record.expiresAt) problem = "effective after its window";
        _activatedIn[id] = _call;
        if (bytes(problem).length != 0) {
            _violation(string.concat(signerSet ? "signer set: " : "policy: ", problem));
            if (signerSet) ++signerViolations;
            else ++policyViolations;
            return;
        }
        delete approved[id];
        if (signerSet) ++legitimateSignerChanges;
        else ++legitimateLoosenings;
    }

    function _tightened(bool byQuorum, string memory what) private {
        if (byQuorum) {
            ++tightenings;
        } else {
            ++unauthorizedTightenings;
            _violation(string.concat(what, " without quorum"));
        }
    }

    function _takeFlags() private view returns (uint256 flags) {
        uint256 bit;
        for (uint256 i; i < hashes.length; ++i) {
            if (app.allowedComposeHashes(hashes[i])) flags |= 1 << bit;
            ++bit;
        }
        for (uint256 i; i < devices.length; ++i) {
            if (app.allowedDeviceIds(devices[i])) flags |= 1 << bit;
            ++bit;
        }
        if (app.allowAnyDevice()) flags |= 1 << bit;
        ++bit;
        if (app.requireTcbUpToDate()) flags |= 1 << bit;
        ++bit;
        for (uint256 i; i < accounts.length; ++i) {
            if (app.isSigner(accounts[i])) flags |= 1 << bit;
            ++bit;
        }
    }

    function _bits(uint256 before, uint256 after_, uint256 bit) private pure returns (bool was, bool is_) {
        return ((before >> bit) & 1 == 1, (after_ >> bit) & 1 == 1);
    }

    function _violation(string memory what) private {
        if (bytes(firstViolation).length == 0) firstViolation = what;
    }
}
