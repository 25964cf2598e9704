// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TimelockAppAuth} from "../../../contracts/TimelockAppAuth.sol";
import {IAppAuthNotice} from "../../../contracts/interfaces/IAppAuthNotice.sol";
import {TimelockHandlerBase} from "./TimelockHandlerBase.sol";
import {TimelockStore} from "./TimelockStore.sol";

/// @notice Plays whoever owns the app at the moment: announces every kind of loosening, cancels,
/// tightens, lengthens and shortens the notice, and nominates a successor from a small pool.
contract OwnerHandler is TimelockHandlerBase {
    /// @dev Long enough to hold many announcements in a run, short enough to keep runs fast.
    uint256 internal constant MAX_TEST_NOTICE = 6 days;

    address[] internal _candidates;

    constructor(TimelockAppAuth app_, TimelockStore store_, address[] memory candidates)
        TimelockHandlerBase(app_, store_)
    {
        _candidates = candidates;
    }

    // ------------------------------------------------------------------ loosening: announce

    function proposeComposeHash(uint256 seed, bool withUri) external instrument("proposeComposeHash") {
        bytes32 value = composeHash(seed);
        vm.prank(app.owner());
        try app.proposeComposeHash(value, withUri ? "ipfs://release" : "") returns (bytes32 id) {
            _announced("proposeComposeHash", id, IAppAuthNotice.ChangeKind.ComposeHash, value);
        } catch {}
    }

    function proposeDevice(uint256 seed) external instrument("proposeDevice") {
        bytes32 value = device(seed);
        vm.prank(app.owner());
        try app.proposeDevice(value, "") returns (bytes32 id) {
            _announced("proposeDevice", id, IAppAuthNotice.ChangeKind.Device, value);
        } catch {}
    }

    function proposeAllowAnyDevice() external instrument("proposeAllowAnyDevice") {
        vm.prank(app.owner());
        try app.proposeAllowAnyDevice("") returns (bytes32 id) {
            _announced("proposeAllowAnyDevice", id, IAppAuthNotice.ChangeKind.AllowAnyDevice, bytes32(0));
        } catch {}
    }

    function proposeTcbNotRequired() external instrument("proposeTcbNotRequired") {
        vm.prank(app.owner());
        try app.proposeTcbNotRequired("") returns (bytes32 id) {
            _announced("proposeTcbNotRequired", id, IAppAuthNotice.ChangeKind.TcbNotRequired, bytes32(0));
        } catch {}
    }

    function proposeNoticePeriod(uint256 period) external instrument("proposeNoticePeriod") {
        period = _bound(period, store.minNoticePeriod(), MAX_TEST_NOTICE);
        vm.prank(app.owner());
        try app.proposeNoticePeriod(period, "") returns (bytes32 id) {
            _announced("proposeNoticePeriod", id, IAppAuthNotice.ChangeKind.NoticePeriod, bytes32(period));
        } catch {}
    }

    function transferOwnership(uint256 seed) external instrument("transferOwnership") {
        address candidate = _candidates[seed % _candidates.length];
        vm.prank(app.owner());
        try app.transferOwnership(candidate) {
            bytes32 value = bytes32(uint256(uint160(candidate)));
            bytes32 id = app.changeId(IAppAuthNotice.ChangeKind.Controller, value);
            store.recordNominationReplaced();
            _announced("transferOwnership", id, IAppAuthNotice.ChangeKind.Controller, value);
        } catch {}
    }

    // ------------------------------------------------------------------ tightening: instant

    function cancelProposal(uint256 seed) external instrument("cancelProposal") {
        (bytes32 id, bool found) = _pickPending(seed);
        if (!found) return;
        vm.prank(app.owner());
        try app.cancelProposal(id) {
            _succeeded("cancelProposal");
            store.recordCancelled(id);
        } catch {}
    }

    function removeComposeHash(uint256 seed) external instrument("removeComposeHash") {
        bytes32 value = composeHash(seed);
        vm.prank(app.owner());
        try app.removeComposeHash(value) {
            _succeeded("removeComposeHash");
            store.recordComposeHashRemoved(value);
        } catch {}
    }

    function removeDevice(uint256 seed) external instrument("removeDevice") {
        bytes32 value = device(seed);
        vm.prank(app.owner());
        try app.removeDevice(value) {
            _succeeded("removeDevice");
            store.recordDeviceRemoved(value);
        } catch {}
    }

    function disallowAnyDevice() external instrument("disallowAnyDevice") {
        vm.prank(app.owner());
        try app.disallowAnyDevice() {
            _succeeded("disallowAnyDevice");
            store.recordAnyDeviceDisallowed();
        } catch {}
    }

    function requireUpToDateTcb() external instrument("requireUpToDateTcb") {
        vm.prank(app.owner());
        try app.requireUpToDateTcb() {
            _succeeded("requireUpToDateTcb");
            store.recordTcbRequired();
        } catch {}
    }

    function lengthenNoticePeriod(uint256 period) external instrument("lengthenNoticePeriod") {
        period = _bound(period, store.minNoticePeriod(), MAX_TEST_NOTICE);
        vm.prank(app.owner());
        try app.lengthenNoticePeriod(period) {
            _succeeded("lengthenNoticePeriod");
            store.recordNoticeLengthened(period);
        } catch {}
    }

    function _announced(string memory name, bytes32 id, IAppAuthNotice.ChangeKind kind, bytes32 value)
        private
    {
        _succeeded(name);
        store.recordAnnouncement(id, kind, value, app.activatesAt(id));
    }
}
