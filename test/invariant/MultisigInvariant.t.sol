// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test, console} from "forge-std/Test.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {MultisigAppAuth} from "../../contracts/MultisigAppAuth.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {MultisigGhost} from "./handlers/MultisigGhost.sol";
import {MultisigQuorumHandler} from "./handlers/MultisigQuorumHandler.sol";
import {MultisigAttackerHandler} from "./handlers/MultisigAttackerHandler.sol";
import {MultisigTimeHandler} from "./handlers/MultisigTimeHandler.sol";

/// @notice A 2-of-4 MultisigAppAuth: three honest signers (two more honest keys may join) and one
/// signer key held by the attacker, with two more attacker keys that are no signers. Handlers play
/// the honest quorum, the attacker and time; a ghost judges every state transition.
contract MultisigInvariantTest is Test {
    uint256 internal constant NOTICE = 2 days;
    uint256 internal constant MIN_NOTICE = 1 days;
    uint256 internal constant GRACE = 2 days;

    MultisigAppAuth internal app;
    MultisigGhost internal ghost;
    MultisigQuorumHandler internal quorum;
    MultisigAttackerHandler internal attacker;
    MultisigTimeHandler internal time;
    uint256[] internal attackerKeys;
    address[] internal attackerAccounts;

    function setUp() public {
        uint256[] memory honestKeys = new uint256[](5);
        for (uint256 i; i < honestKeys.length; ++i) {
            (, honestKeys[i]) = makeAddrAndKey(string.concat("honest ", vm.toString(i)));
        }
        for (uint256 i; i < 3; ++i) {
            (, uint256 key) = makeAddrAndKey(string.concat("attacker ", vm.toString(i)));
            attackerKeys.push(key);
            attackerAccounts.push(vm.addr(key));
        }
        address[] memory signers = new address[](4);
        for (uint256 i; i < 3; ++i) {
            signers[i] = vm.addr(honestKeys[i]);
        }
        signers[3] = vm.addr(attackerKeys[0]);

        bytes32[] memory hashes = new bytes32[](4);
        bytes32[] memory devices = new bytes32[](4);
        for (uint256 i; i < 4; ++i) {
            hashes[i] = keccak256(abi.encode("compose", i));
            devices[i] = keccak256(abi.encode("device", i));
        }
        AppAuthCore.InitialPolicy memory policy;
        policy.composeHashes = new bytes32[](1);
        policy.composeHashes[0] = hashes[0];
        policy.deviceIds = new bytes32[](1);
        policy.deviceIds[0] = devices[0];
        policy.requireTcbUpToDate = true;
        app = new MultisigAppAuth(signers, 2, NOTICE, MIN_NOTICE, GRACE, policy);

        address[] memory accounts = new address[](8);
        for (uint256 i; i < 5; ++i) {
            accounts[i] = vm.addr(honestKeys[i]);
        }
        for (uint256 i; i < 3; ++i) {
            accounts[5 + i] = vm.addr(attackerKeys[i]);
        }
        ghost = new MultisigGhost(app, GRACE, hashes, devices, accounts);
        quorum = new MultisigQuorumHandler(app, ghost, honestKeys);
        attacker = new MultisigAttackerHandler(app, ghost, quorum, attackerKeys);
        time = new MultisigTimeHandler(app, ghost);

        targetContract(address(quorum));
        targetContract(address(attacker));
        targetContract(address(time));
        excludeSender(address(quorum));
        excludeSender(address(attacker));
        excludeSender(address(time));
        excludeSender(address(ghost));
        excludeSender(address(app));
    }

    /// @dev Every allowed hash or device, any-device switch, dropped TCB requirement and shortened
    /// notice became effective only after the quorum proposed it and the notice period elapsed; and
    /// every pending change is one the quorum proposed, with the window the ghost measured.
    function invariant_NothingLoosensWithoutQuorumAndNotice() public view {
        assertEq(ghost.policyViolations(), 0, ghost.firstViolation());
        (bytes32[] memory ids, IAppAuthNotice.Change[] memory changes) =
            app.pendingChanges(0, type(uint256).max);
        for (uint256 i; i < ids.length; ++i) {
            (uint64 activatesAt, uint64 expiresAt) = ghost.approved(ids[i]);
            assertEq(changes[i].activatesAt, activatesAt, "pending change the quorum did not propose");
            assertEq(changes[i].expiresAt, expiresAt);
        }
    }

    /// @dev Signers and the threshold changed only as the quorum proposed, after the notice period;
    /// one usable signer set at a time: distinct signers, 1 <= M <= N, the attacker's keys below M.
    function invariant_SignerSetChangesOnlyAfterNotice() public view {
        assertEq(ghost.signerViolations(), 0, ghost.firstViolation());
        address[] memory signers = app.signers();
        uint256 threshold = app.threshold();
        assertGe(threshold, 1);
        assertLe(threshold, signers.length);
        for (uint256 i; i < signers.length; ++i) {
            assertTrue(app.isSigner(signers[i]));
            for (uint256 j = i + 1; j < signers.length; ++j) {
                assertTrue(signers[i] != signers[j], "duplicate signer");
            }
        }
        uint256 attackerSigners;
        for (uint256 i; i < attackerAccounts.length; ++i) {
            if (app.isSigner(attackerAccounts[i])) ++attackerSigners;
        }
        assertLt(attackerSigners, threshold);
    }

    /// @dev The attacker's keys, replays and direct calls never executed anything, and nothing was
    /// removed, tightened or cancelled outside a quorum call.
    function invariant_AttackerChangesNothing() public view {
        assertEq(attacker.successes(), 0);
        assertEq(ghost.unauthorizedTightenings(), 0, ghost.firstViolation());
    }

    function afterInvariant() public view virtual {
        console.log("quorum executions      ", quorum.executions());
        console.log("legit loosenings       ", ghost.legitimateLoosenings());
        console.log("legit signer changes   ", ghost.legitimateSignerChanges());
        console.log("quorum tightenings     ", ghost.tightenings());
        console.log("attacker attempts      ", attacker.calls("forge") + attacker.calls("replay"));
        console.log("user activations       ", time.calls("userActivate"));
    }
}
