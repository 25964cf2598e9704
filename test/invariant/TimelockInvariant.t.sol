// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {AttackerHandler} from "./handlers/AttackerHandler.sol";
import {KeeperHandler} from "./handlers/KeeperHandler.sol";
import {OwnerHandler} from "./handlers/OwnerHandler.sol";
import {TimeHandler} from "./handlers/TimeHandler.sol";
import {TimelockStore} from "./handlers/TimelockStore.sol";

/// @notice The timelock's promises under arbitrary interleavings of owner, keeper, attacker and time.
/// The handlers keep an independent model (the store) of what must hold; the invariants compare the
/// contract with it after every call.
contract TimelockInvariantTest is Test {
    uint256 internal constant START = 1_750_000_000;
    uint256 internal constant NOTICE = 3 days;
    uint256 internal constant MIN_NOTICE = 1 days;
    uint256 internal constant GRACE = 2 days;

    TimelockAppAuth internal app;
    TimelockStore internal store;
    OwnerHandler internal ownerHandler;
    KeeperHandler internal keeperHandler;
    AttackerHandler internal attackerHandler;
    TimeHandler internal timeHandler;

    function setUp() public {
        vm.warp(START);
        address initialOwner = makeAddr("owner");

        // The initial policy: item 0 of each universe, TCB required, any-device off.
        bytes32[] memory hashes = new bytes32[](1);
        bytes32[] memory devices = new bytes32[](1);
        // The handlers derive their universes from a seed; item 0 of each is the initial policy.
        hashes[0] = keccak256(abi.encode("invariant compose hash", uint256(0)));
        devices[0] = keccak256(abi.encode("invariant device", uint256(0)));
        AppAuthCore.InitialPolicy memory policy = AppAuthCore.InitialPolicy({
            composeHashes: hashes, deviceIds: devices, allowAnyDevice: false, requireTcbUpToDate: true
        });
        app = new TimelockAppAuth(initialOwner, NOTICE, MIN_NOTICE, GRACE, policy);
        store = new TimelockStore(START, NOTICE, MIN_NOTICE, GRACE, initialOwner, hashes, devices, true);

        address[] memory candidates = new address[](4);
        candidates[0] = initialOwner;
        candidates[1] = makeAddr("successor 1");
        candidates[2] = makeAddr("successor 2");
        candidates[3] = makeAddr("successor 3");
        ownerHandler = new OwnerHandler(app, store, candidates);
        keeperHandler = new KeeperHandler(app, store, makeAddr("keeper"));
        attackerHandler = new AttackerHandler(app, store, makeAddr("attacker"));
        timeHandler = new TimeHandler(app, store);
        assertEq(ownerHandler.composeHash(0), hashes[0]);
        assertEq(ownerHandler.device(0), devices[0]);

        targetContract(address(ownerHandler));
        targetContract(address(keeperHandler));
        targetContract(address(attackerHandler));
        targetContract(address(timeHandler));
        // logCalls is for reporting, not a move in the game.
        bytes4[] memory report = new bytes4[](1);
        report[0] = ownerHandler.logCalls.selector;
        excludeSelector(FuzzSelector(address(ownerHandler), report));
        excludeSelector(FuzzSelector(address(keeperHandler), report));
        excludeSelector(FuzzSelector(address(attackerHandler), report));
        excludeSelector(FuzzSelector(address(timeHandler), report));
        excludeSender(address(ownerHandler));
        excludeSender(address(keeperHandler));
        excludeSender(address(attackerHandler));
        excludeSender(address(timeHandler));
        excludeSender(address(store));
        excludeSender(address(app));
    }

    /// @notice Nothing that loosens the policy is effective unless it was in the initial policy or was
    /// announced at least the notice period (in force at its announcement) earlier and activated inside
    /// its window. The store applies an activation only when it was lawful, so any other way in shows
    /// up as a difference.
    function invariant_NothingLooseIsEffectiveWithoutNotice() public view {
        for (uint256 i; i < 6; ++i) {
            bytes32 composeHash = ownerHandler.composeHash(i);
            if (app.allowedComposeHashes(composeHash)) {
                assertTrue(store.composeHashAllowed(composeHash), "hash");
            }
        }
        for (uint256 i; i < 4; ++i) {
            bytes32 deviceId = ownerHandler.device(i);
            if (app.allowedDeviceIds(deviceId)) assertTrue(store.deviceAllowed(deviceId), "device");
        }
        if (app.allowAnyDevice()) assertTrue(store.anyDeviceAllowed(), "any device");
        if (!app.requireTcbUpToDate()) assertFalse(store.tcbRequired(), "tcb");
        assertEq(store.unlawfulActivations(), 0, "activated outside its window");
    }

    /// @notice Tightening is effective at once and exactly: the policy equals the model.
    function invariant_PolicyMatchesModel() public view {
        for (uint256 i; i < 6; ++i) {
            bytes32 composeHash = ownerHandler.composeHash(i);
            assertEq(app.allowedComposeHashes(composeHash), store.composeHashAllowed(composeHash), "hash");
        }
        for (uint256 i; i < 4; ++i) {
            bytes32 deviceId = ownerHandler.device(i);
            assertEq(app.allowedDeviceIds(deviceId), store.deviceAllowed(deviceId), "device");
        }
        assertEq(app.allowAnyDevice(), store.anyDeviceAllowed(), "any device");
        assertEq(app.requireTcbUpToDate(), store.tcbRequired(), "tcb");
    }

    /// @notice An announced time never moves earlier (here: never moves), and it was never earlier than
    /// the announcement plus the notice in force then.
    function invariant_AnnouncedTimesNeverMoveEarlier() public view {
        assertEq(store.badAnnouncements(), 0, "announced sooner than the notice");
        for (uint256 i; i < store.pendingCount(); ++i) {
            bytes32 id = store.pendingAt(i);
            TimelockStore.Announcement memory a = store.announcement(id);
            assertEq(app.activatesAt(id), a.activatesAt, "announced time moved");
            assertGe(app.activatesAt(id), a.announcedAt + a.notice, "earlier than the notice");
        }
    }

    /// @notice The on-chain pending list is exactly the model's.
    function invariant_PendingListMatchesGhost() public view {
        assertEq(app.pendingChangeCount(), store.pendingCount(), "pending count");
        (bytes32[] memory ids, IAppAuthNotice.Change[] memory changes) =
            app.pendingChanges(0, type(uint256).max);
        assertEq(ids.length, store.pendingCount());
        for (uint256 i; i < ids.length; ++i) {
            assertTrue(store.isPending(ids[i]), "listed but not announced");
            assertEq(app.changeId(changes[i].kind, changes[i].value), ids[i], "record does not match id");
        }
    }

    /// @notice The owner changes only through an accepted nomination that waited the notice.
    function invariant_OwnerChangesOnlyThroughAWaitedNomination() public view {
        assertEq(app.owner(), store.owner(), "owner");
        bytes32 nomination = store.nominationId();
        address expectedPending =
            nomination != bytes32(0) && store.isPending(nomination) ? store.nominee() : address(0);
        assertEq(app.pendingOwner(), expectedPending, "pending owner");
    }

    /// @notice The notice period is the model's, so it never drops without an activated announcement,
    /// and never below the floor fixed at deployment.
    function invariant_NoticePeriodOnlyShortensThroughNotice() public view {
        assertEq(app.noticePeriod(), store.noticePeriod(), "notice period");
        assertGe(app.noticePeriod(), app.minNoticePeriod(), "below the floor");
        assertEq(app.minNoticePeriod(), MIN_NOTICE, "floor moved");
        assertEq(store.instantLoosenings(), 0, "notice shortened without notice");
    }

    /// @notice No call from the attacker ever succeeds.
    function invariant_AttackerNeverSucceeds() public view {
        assertEq(store.attackerSuccesses(), 0);
    }

    /// @notice Liveness: a change inside its window can always be activated, and nothing is cleared
    /// as expired before its window closed.
    function invariant_MaturedChangesCanBeActivated() public view {
        assertEq(store.refusedInWindow(), 0, "refused inside the window");
        assertEq(store.earlyClears(), 0, "cleared before expiry");
    }

    function afterInvariant() external view {
        ownerHandler.logCalls("owner");
        keeperHandler.logCalls("keeper");
        attackerHandler.logCalls("attacker");
        timeHandler.logCalls("time");
    }
}
