// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {OptOutRegistry} from "../../../contracts/OptOutRegistry.sol";
import {TimelockAppAuth} from "../../../contracts/TimelockAppAuth.sol";
import {IAppAuthNotice} from "../../../contracts/interfaces/IAppAuthNotice.sol";

/// @notice Plays the owner (propose, cancel, remove), users (opt out by transaction or by signature),
/// relayers, an attacker (forged and replayed signatures) and time against an AppAuth and its registry,
/// and keeps a model of every proposal's set and window to check the registry against.
contract OptOutHandler is CommonBase, StdCheats, StdUtils {
    uint256 internal constant USER_COUNT = 8;
    uint256 internal constant CHANGE_COUNT = 4;

    TimelockAppAuth public immutable app;
    OptOutRegistry public immutable registry;
    address public immutable owner;

    Account[] internal _users;
    address[] internal _relayers;
    Account internal _attacker;
    // Changes the owner cycles through: three compose hashes and one device.
    IAppAuthNotice.ChangeKind[CHANGE_COUNT] internal _kinds;
    bytes32[CHANGE_COUNT] internal _values;
    uint256[CHANGE_COUNT] internal _cancelledAt;

    // ---------------------------------------------------------------- the model

    /// @notice Every proposal key the owner has announced.
    bytes32[] public keys;
    mapping(bytes32 key => bool) public known;
    mapping(bytes32 key => uint256) public activatesAtOf;
    mapping(bytes32 key => bytes32) internal _changeIdOf;
    mapping(bytes32 key => bool) public ended; // cancelled or activated
    mapping(bytes32 key => address[]) internal _set; // the users recorded, in order
    mapping(bytes32 key => bool) public frozenSeen;
    mapping(bytes32 key => uint256) public countAtFreeze;
    mapping(bytes32 key => uint256) public lastCount;

    bool public countDecreased;
    uint256 public entriesAfterFreeze;
    uint256 public forgeriesAccepted;

    mapping(string action => uint256) public calls;

    constructor(TimelockAppAuth app_, OptOutRegistry registry_, address owner_) {
        (app, registry, owner) = (app_, registry_, owner_);
        for (uint256 i; i < USER_COUNT; ++i) {
            _users.push(makeAccount(string.concat("user ", vm.toString(i))));
        }
        for (uint256 i; i < 3; ++i) {
            _relayers.push(makeAddr(string.concat("relayer ", vm.toString(i))));
        }
        _attacker = makeAccount("attacker");
        for (uint256 i; i < CHANGE_COUNT; ++i) {
            _kinds[i] = i < 3 ? IAppAuthNotice.ChangeKind.ComposeHash : IAppAuthNotice.ChangeKind.Device;
            _values[i] = keccak256(abi.encode("invariant change", i));
        }
    }

    // ---------------------------------------------------------------- owner

    function propose(uint256 changeSeed) external {
        uint256 c = changeSeed % CHANGE_COUNT;
        bytes32 changeId = _changeId(c);
        if (app.activatesAt(changeId) != 0) return;
        // A cancel and an identical announcement in one block are one proposal to the registry (see
        // the docs); the owner here always announces in a later block, as a new proposal.
        if (_cancelledAt[c] == block.timestamp) vm.warp(block.timestamp + 1);
        calls["propose"]++;
        vm.startPrank(owner);
        if (_kinds[c] == IAppAuthNotice.ChangeKind.ComposeHash) {
            if (app.allowedComposeHashes(_values[c])) app.removeComposeHash(_values[c]);
            app.proposeComposeHash(_values[c], "ipfs://release");
        } else {
            if (app.allowedDeviceIds(_values[c])) app.removeDevice(_values[c]);
            app.proposeDevice(_values[c], "");
        }
        vm.stopPrank();
        bytes32 key = registry.currentProposalKey(changeId);
        if (!known[key]) {
            known[key] = true;
            keys.push(key);
            activatesAtOf[key] = app.activatesAt(changeId);
            _changeIdOf[key] = changeId;
        }
        // Half the proposals are tracked by a monitor at once, the rest lazily by their first opt-out.
        if (changeSeed % 2 == 0) registry.track(changeId);
        _observe();
    }

    function cancel(uint256 changeSeed) external {
        uint256 c = changeSeed % CHANGE_COUNT;
        bytes32 changeId = _changeId(c);
        // An owner who cancels one call in four still leaves windows long enough to opt out in.
        if (app.activatesAt(changeId) == 0 || (changeSeed >> 8) % 4 != 0) return;
        calls["cancel"]++;
        bytes32 key = registry.currentProposalKey(changeId);
        vm.prank(owner);
        app.cancelProposal(changeId);
        ended[key] = true;
        _cancelledAt[c] = block.timestamp;
        _observe();
    }

    function activate(uint256 changeSeed, uint256 callerSeed) external {
        bytes32 changeId = _changeId(changeSeed % CHANGE_COUNT);
        uint256 activatesAt = app.activatesAt(changeId);
        if (activatesAt == 0 || block.timestamp < activatesAt) return;
        bytes32 key = registry.currentProposalKey(changeId);
        vm.prank(_relayers[callerSeed % _relayers.length]);
        try app.activate(changeId) {
            calls["activate"]++;
            ended[key] = true;
        } catch {
            // Past its grace period: it can only be cleared.
            app.clearExpired(changeId);
            calls["clearExpired"]++;
            ended[key] = true;
        }
        _observe();
    }

    // ---------------------------------------------------------------- users and relayers

    function optOut(uint256 userSeed, uint256 changeSeed) external {
        Account memory user = _users[userSeed % USER_COUNT];
        bytes32 changeId = _pendingChangeFrom(changeSeed);
        (bool wasFrozen, bytes32 key) = _modelFrozen(changeId);
        calls["optOut"]++;
        vm.prank(user.addr);
        try registry.optOut(changeId) returns (bytes32 recorded) {
            _recorded(recorded, user.addr, wasFrozen || recorded != key);
        } catch {}
        _observe();
    }

    function optOutBySig(uint256 userSeed, uint256 relayerSeed, uint256 changeSeed, uint256 deadlineOffset)
        external
    {
        Account memory user = _users[userSeed % USER_COUNT];
        bytes32 changeId = _pendingChangeFrom(changeSeed);
        (bool wasFrozen, bytes32 key) = _modelFrozen(changeId);
        if (key == 0) return;
        uint256 deadline = block.timestamp + _bound(deadlineOffset, 0, 2 days);
        bytes memory signature = _sign(user.key, registry.hashOptOut(user.addr, key, deadline));
        calls["optOutBySig"]++;
        vm.prank(_relayers[relayerSeed % _relayers.length]);
        try registry.optOutBySig(user.addr, changeId, key, deadline, signature) {
            _recorded(key, user.addr, wasFrozen);
        } catch {}
        _observe();
    }

    // ---------------------------------------------------------------- attacker

    /// @notice Relays a signature the attacker made for a user on the proposal now pending. Must fail.
    function forge(uint256 userSeed, uint256 changeSeed) external {
        Account memory user = _users[userSeed % USER_COUNT];
        bytes32 changeId = _changeId(changeSeed % CHANGE_COUNT);
        (, bytes32 key) = _modelFrozen(changeId);
        uint256 deadline = block.timestamp + 1 days;
        bytes memory signature = _sign(_attacker.key, registry.hashOptOut(user.addr, key, deadline));
        calls["forge"]++;
        vm.prank(_attacker.addr);
        try registry.optOutBySig(user.addr, changeId, key, deadline, signature) {
            forgeriesAccepted++;
            _recorded(key, user.addr, false);
        } catch {}
        _observe();
    }

    /// @notice Relays a user's genuine signature for a proposal the model has frozen (cancelled,
    /// activated, or past its activation time). Must fail.
    function optOutLate(uint256 userSeed, uint256 keySeed) external {
        if (keys.length == 0) return;
        bytes32 key = keys[keySeed % keys.length];
        if (!modelFrozen(key)) return;
        Account memory user = _users[userSeed % USER_COUNT];
        bytes32 changeId = _changeIdOf[key];
        uint256 deadline = block.timestamp + 1 days;
        bytes memory signature = _sign(user.key, registry.hashOptOut(user.addr, key, deadline));
        calls["optOutLate"]++;
        vm.prank(_relayers[userSeed % _relayers.length]);
        try registry.optOutBySig(user.addr, changeId, key, deadline, signature) {
            _recorded(key, user.addr, true);
        } catch {}
        _observe();
    }

    // ---------------------------------------------------------------- time

    function warp(uint256 seconds_) external {
        calls["warp"]++;
        vm.warp(block.timestamp + _bound(seconds_, 1, 2 days));
        vm.roll(block.number + 1);
        _observe();
    }

    // ---------------------------------------------------------------- views for the invariants

    function keyCount() external view returns (uint256) {
        return keys.length;
    }

    function modelSet(bytes32 key) external view returns (address[] memory) {
        return _set[key];
    }

    /// @notice Whether the model says `key`'s set may no longer grow.
    function modelFrozen(bytes32 key) public view returns (bool) {
        return ended[key] || block.timestamp >= activatesAtOf[key];
    }

    // ---------------------------------------------------------------- internals

    /// @dev The first change pending from `seed` on, so that users mostly act on open windows; any
    /// change if none is pending.
    function _pendingChangeFrom(uint256 seed) internal view returns (bytes32) {
        for (uint256 i; i < CHANGE_COUNT; ++i) {
            bytes32 changeId = _changeId((seed % CHANGE_COUNT + i) % CHANGE_COUNT);
            if (app.activatesAt(changeId) != 0) return changeId;
        }
        return _changeId(seed % CHANGE_COUNT);
    }

    function _changeId(uint256 c) internal view returns (bytes32) {
        return app.changeId(_kinds[c], _values[c]);
    }

    /// @dev The key now pending under `changeId` (zero if none) and whether the model has it frozen.
    function _modelFrozen(bytes32 changeId) internal view returns (bool frozen, bytes32 key) {
        if (app.activatesAt(changeId) == 0) return (true, 0);
        key = registry.currentProposalKey(changeId);
        return (modelFrozen(key), key);
    }

    function _recorded(bytes32 key, address user, bool afterFreeze) internal {
        if (afterFreeze || !known[key]) entriesAfterFreeze++;
        _set[key].push(user);
        calls["recorded"]++;
    }

    /// @dev Checks what can only be seen between calls: counts never fall, and a set frozen stays as it was.
    function _observe() internal {
        for (uint256 i; i < keys.length; ++i) {
            bytes32 key = keys[i];
            uint256 count = registry.optOutCount(key);
            if (count < lastCount[key]) countDecreased = true;
            lastCount[key] = count;
            if (!frozenSeen[key] && modelFrozen(key)) {
                frozenSeen[key] = true;
                countAtFreeze[key] = count;
            }
        }
    }

    function _sign(uint256 privateKey, bytes32 hash) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(privateKey, hash);
        return abi.encodePacked(r, s, v);
    }
}
