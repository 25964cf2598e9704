// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Vm.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IERC5267} from "@openzeppelin/contracts/interfaces/IERC5267.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {BaselineAppAuth} from "../../contracts/BaselineAppAuth.sol";
import {OptOutRegistry} from "../../contracts/OptOutRegistry.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IOptOutRegistry} from "../../contracts/interfaces/IOptOutRegistry.sol";
import {ERC1271WalletMock} from "../mocks/ERC1271WalletMock.sol";
import {OptOutTestBase} from "./OptOutTestBase.sol";
import {composeHashId} from "../utils/Defaults.sol";

/// @notice The registry's behaviour on the paths users, relayers and readers take.
contract OptOutRegistryTest is OptOutTestBase {
    // ------------------------------------------------------------------ deployment and views

    function test_RevertWhen_AppAuthHasNoNoticePeriod() public {
        AppAuthCore.InitialPolicy memory policy;
        BaselineAppAuth baseline = new BaselineAppAuth(owner, policy);
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutInvalidAppAuth.selector, address(baseline)));
        new OptOutRegistry(IAppAuthNotice(address(baseline)));

        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutInvalidAppAuth.selector, owner));
        new OptOutRegistry(IAppAuthNotice(owner));
    }

    function test_supportsInterface_AnswersRegistryAndErc165() public view {
        assertTrue(registry.supportsInterface(type(IOptOutRegistry).interfaceId));
        assertTrue(registry.supportsInterface(type(IERC165).interfaceId));
        assertFalse(registry.supportsInterface(0xffffffff));
        assertEq(address(registry.appAuth()), address(app));
    }

    function test_proposalKey_BindsChangeIdAndWindow() public view {
        uint64 proposedAt = uint64(block.timestamp);
        uint64 activatesAt = uint64(block.timestamp + NOTICE);
        assertEq(v2Key, keccak256(abi.encode(composeHashId(HASH_V2), proposedAt, activatesAt)));
        assertEq(registry.proposalKey(composeHashId(HASH_V2), proposedAt, activatesAt), v2Key);
        assertEq(registry.currentProposalKey(composeHashId(HASH_V2)), v2Key);
        assertEq(app.proposedAt(composeHashId(HASH_V2)), proposedAt);
        assertEq(app.proposedAt(composeHashId(HASH_V3)), 0, "not pending");
    }

    function test_RevertWhen_KeyOfChangeNotPendingIsAsked() public {
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutChangeNotPending.selector, composeHashId(HASH_V3)));
        registry.currentProposalKey(composeHashId(HASH_V3));
    }

    function test_hashOptOut_MatchesEip712() public view {
        bytes32 domainSeparator = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("OptOutRegistry"),
                keccak256("1"),
                block.chainid,
                address(registry)
            )
        );
        bytes32 typeHash = keccak256("OptOut(address user,bytes32 proposal,uint256 deadline)");
        bytes32 structHash = keccak256(
            abi.encode(
                typeHash,
                alice.addr,
                v2Key,
                uint256(1234)
            )
        );
        assertEq(registry.OPT_OUT_TYPEHASH(), typeHash);
        assertEq(
            registry.hashOptOut(alice.addr, v2Key, 1234),
            keccak256(abi.encodePacked("\x19\x01", domainSeparator, structHash))
        );
        (, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            IERC5267(address(registry)).eip712Domain();
        assertEq(name, "OptOutRegistry");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(registry));
    }

    // ------------------------------------------------------------------ tracking

    function test_track_RecordsWindowAndEmits() public {
        vm.expectEmit(address(registry));
        emit IOptOutRegistry.ProposalTracked(
            v2Key, composeHashId(HASH_V2), uint64(block.timestamp), uint64(block.timestamp + NOTICE)
        );
        vm.prank(relayer);
        assertEq(registry.track(composeHashId(HASH_V2)), v2Key);

        IOptOutRegistry.Proposal memory tracked = registry.proposal(v2Key);
        assertEq(tracked.changeId, composeHashId(HASH_V2));
        assertEq(tracked.proposedAt, block.timestamp);
        assertEq(tracked.activatesAt, block.timestamp + NOTICE);
        assertEq(registry.digest(v2Key), v2Key, "an empty set's digest is its key");
        assertEq(registry.optOutCount(v2Key), 0);
        assertFalse(registry.isFrozen(v2Key));
    }

    function test_track_IsIdempotent() public {
        registry.track(composeHashId(HASH_V2));
        vm.warp(block.timestamp + 1 days);
        vm.recordLogs();
        assertEq(registry.track(composeHashId(HASH_V2)), v2Key);
        assertEq(vm.getRecordedLogs().length, 0, "tracked twice");
        assertEq(registry.proposal(v2Key).proposedAt, block.timestamp - 1 days);
    }

    function test_track_KeepsWindowAfterAppAuthForgetsIt() public {
        registry.track(composeHashId(HASH_V2));
        uint256 activatesAt = app.activatesAt(composeHashId(HASH_V2));
        vm.warp(activatesAt);
        app.activate(composeHashId(HASH_V2));
        assertEq(app.activatesAt(composeHashId(HASH_V2)), 0, "the AppAuth deleted the change");
        assertEq(registry.proposal(v2Key).activatesAt, activatesAt);
        assertTrue(registry.isFrozen(v2Key));
    }

    function test_RevertWhen_TrackingChangeNotPending() public {
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutChangeNotPending.selector, composeHashId(HASH_V3)));
        registry.track(composeHashId(HASH_V3));
    }

    function test_RevertWhen_FreezeOfUnknownProposalIsAsked() public {
        bytes32 unknown = keccak256("never announced");
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutUnknownProposal.selector, unknown));
        registry.isFrozen(unknown);
        assertEq(registry.optOutCount(unknown), 0);
        assertEq(registry.digest(unknown), unknown);
        assertEq(registry.proposal(unknown).activatesAt, 0);
    }

    // ------------------------------------------------------------------ opting out by transaction

    function test_optOut_RecordsCallerAndEmits() public {
        bytes32 expectedDigest = keccak256(abi.encode(v2Key, alice.addr));
        vm.expectEmit(address(registry));
        emit IOptOutRegistry.ProposalTracked(
            v2Key, composeHashId(HASH_V2), uint64(block.timestamp), uint64(block.timestamp + NOTICE)
        );
        vm.expectEmit(address(registry));
        emit IOptOutRegistry.OptedOut(v2Key, alice.addr, 0, expectedDigest);
        assertEq(_optOut(alice.addr, composeHashId(HASH_V2)), v2Key);

        assertTrue(registry.isOptedOut(alice.addr, v2Key));
        assertFalse(registry.isOptedOut(bob.addr, v2Key));
        assertEq(registry.optOutCount(v2Key), 1);
        assertEq(registry.optOuts(v2Key, 0, 10)[0], alice.addr);
        assertEq(registry.digest(v2Key), expectedDigest);
    }

    function test_optOut_WorksUntilTheLastSecondOfTheWindow() public {
        vm.warp(app.activatesAt(composeHashId(HASH_V2)) - 1);
        _optOut(alice.addr, composeHashId(HASH_V2));
        assertTrue(registry.isOptedOut(alice.addr, v2Key));
        assertFalse(registry.isFrozen(v2Key));

        vm.warp(block.timestamp + 1);
        assertTrue(registry.isFrozen(v2Key));
    }

    function test_RevertWhen_OptingOutTwice() public {
        _optOut(alice.addr, composeHashId(HASH_V2));
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutAlreadyOptedOut.selector, alice.addr, v2Key));
        _optOut(alice.addr, composeHashId(HASH_V2));

        uint256 deadline = block.timestamp + 1 days;
        bytes memory signature = _sign(alice, v2Key, deadline);
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutAlreadyOptedOut.selector, alice.addr, v2Key));
        vm.prank(relayer);
        registry.optOutBySig(alice.addr, composeHashId(HASH_V2), v2Key, deadline, signature);
        assertEq(registry.optOutCount(v2Key), 1);
    }

    function test_optOut_KeepsProposalsApart() public {
        bytes32 v3Key = _propose(HASH_V3);
        _optOut(alice.addr, composeHashId(HASH_V2));
        _optOut(bob.addr, composeHashId(HASH_V3));
        _optOut(alice.addr, composeHashId(HASH_V3));
        assertEq(registry.optOutCount(v2Key), 1);
        assertEq(registry.optOutCount(v3Key), 2);
        assertFalse(registry.isOptedOut(bob.addr, v2Key));
        assertEq(registry.digest(v3Key), _expectedDigest(v3Key, _pair(bob.addr, alice.addr)));
    }

    function test_optOut_ReannouncementGetsAFreshSet() public {
        _optOut(alice.addr, composeHashId(HASH_V2));
        _cancel(composeHashId(HASH_V2));
        vm.warp(block.timestamp + 1 hours);
        bytes32 newKey = _propose(HASH_V2);

        assertTrue(newKey != v2Key);
        assertTrue(registry.isFrozen(v2Key));
        assertEq(registry.optOutCount(newKey), 0);
        assertEq(_optOut(alice.addr, composeHashId(HASH_V2)), newKey);
        assertTrue(registry.isOptedOut(alice.addr, newKey));
        assertEq(registry.optOutCount(v2Key), 1, "the cancelled set keeps its entry");
    }

    /// @notice The registry sees state, not history: a cancel followed in the same block by the same
    /// announcement (same change, same times) leaves nothing to tell the two apart, so they are one
    /// proposal and its window simply continues. Any later block gives a new key (see the test above).
    function test_optOut_SameBlockIdenticalReannouncementIsTheSameProposal() public {
        _optOut(alice.addr, composeHashId(HASH_V2));
        _cancel(composeHashId(HASH_V2));
        assertTrue(registry.isFrozen(v2Key));
        assertEq(_propose(HASH_V2), v2Key);
        assertFalse(registry.isFrozen(v2Key));
        _optOut(bob.addr, composeHashId(HASH_V2));
        assertEq(registry.digest(v2Key), _expectedDigest(v2Key, _pair(alice.addr, bob.addr)));
    }

    function test_optOut_WorksForSmartAccount() public {
        ERC1271WalletMock wallet = new ERC1271WalletMock(bob.addr);
        vm.prank(bob.addr);
        wallet.execute(address(registry), abi.encodeCall(IOptOutRegistry.optOut, (composeHashId(HASH_V2))));
        assertTrue(registry.isOptedOut(address(wallet), v2Key));
    }

    // ------------------------------------------------------------------ opting out by signature

    function test_optOutBySig_RecordsSignerNotRelayer() public {
        bytes memory signature = _sign(alice, v2Key, block.timestamp + 1 days);
        vm.expectEmit(address(registry));
        emit IOptOutRegistry.OptedOut(v2Key, alice.addr, 0, keccak256(abi.encode(v2Key, alice.addr)));
        _relay(relayer, alice, composeHashId(HASH_V2), v2Key, signature);

        assertTrue(registry.isOptedOut(alice.addr, v2Key));
        assertFalse(registry.isOptedOut(relayer, v2Key));
    }

    function test_optOutBySig_AcceptsDeadlineEqualToNow() public {
        bytes memory signature = _sign(alice, v2Key, block.timestamp);
        vm.prank(relayer);
        registry.optOutBySig(alice.addr, composeHashId(HASH_V2), v2Key, block.timestamp, signature);
        assertTrue(registry.isOptedOut(alice.addr, v2Key));
    }

    function test_optOutBySig_AcceptsErc1271Account() public {
        ERC1271WalletMock wallet = new ERC1271WalletMock(bob.addr);
        uint256 deadline = block.timestamp + 1 days;
        bytes memory signature = _signWith(bob.key, registry.hashOptOut(address(wallet), v2Key, deadline));
        vm.prank(relayer);
        registry.optOutBySig(address(wallet), composeHashId(HASH_V2), v2Key, deadline, signature);
        assertTrue(registry.isOptedOut(address(wallet), v2Key));
    }

    function test_RevertWhen_Erc1271AccountRejectsSignature() public {
        ERC1271WalletMock wallet = new ERC1271WalletMock(bob.addr);
        uint256 deadline = block.timestamp + 1 days;
        bytes memory signature = _signWith(alice.key, registry.hashOptOut(address(wallet), v2Key, deadline));
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutInvalidSignature.selector, address(wallet)));
        vm.prank(relayer);
        registry.optOutBySig(address(wallet), composeHashId(HASH_V2), v2Key, deadline, signature);
    }

    function test_RevertWhen_SignatureIsNotTheUsers() public {
        uint256 deadline = block.timestamp + 1 days;
        bytes memory signature = _signWith(alice.key, registry.hashOptOut(bob.addr, v2Key, deadline));
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutInvalidSignature.selector, bob.addr));
        vm.prank(relayer);
        registry.optOutBySig(bob.addr, composeHashId(HASH_V2), v2Key, deadline, signature);

        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutInvalidSignature.selector, address(0)));
        vm.prank(relayer);
        registry.optOutBySig(address(0), composeHashId(HASH_V2), v2Key, deadline, signature);
    }

    function test_RevertWhen_SignatureIsMalleated() public {
        uint256 deadline = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(alice.key, registry.hashOptOut(alice.addr, v2Key, deadline));
        // The same signature with s mirrored into the upper half of the curve order.
        bytes32 highS = bytes32(SECP256K1_ORDER - uint256(s));
        bytes memory malleated = abi.encodePacked(r, highS, v == 27 ? uint8(28) : uint8(27));
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutInvalidSignature.selector, alice.addr));
        vm.prank(relayer);
        registry.optOutBySig(alice.addr, composeHashId(HASH_V2), v2Key, deadline, malleated);
    }

    // ------------------------------------------------------------------ reading the set

    function test_optOuts_PagesInRecordedOrder() public {
        address[] memory users = new address[](5);
        for (uint256 i; i < users.length; ++i) {
            users[i] = makeAddr(string.concat("user ", vm.toString(i)));
            _optOut(users[i], composeHashId(HASH_V2));
        }
        address[] memory page = registry.optOuts(v2Key, 0, 2);
        assertEq(page.length, 2);
        assertEq(page[0], users[0]);
        assertEq(page[1], users[1]);
        page = registry.optOuts(v2Key, 4, 2);
        assertEq(page.length, 1);
        assertEq(page[0], users[4]);
        assertEq(registry.optOuts(v2Key, 5, 2).length, 0);
        assertEq(registry.optOuts(v2Key, 99, type(uint256).max).length, 0);
        assertEq(registry.optOuts(v2Key, 1, 0).length, 0);
        assertEq(registry.optOuts(v2Key, 1, type(uint256).max).length, 4);
        assertEq(_readAll(v2Key, 3), users);
    }

    function test_computeDigest_ChainsAcrossPages() public {
        address[] memory users = new address[](5);
        for (uint256 i; i < users.length; ++i) {
            users[i] = makeAddr(string.concat("user ", vm.toString(i)));
            _optOut(users[i], composeHashId(HASH_V2));
        }
        bytes32 running = v2Key;
        for (uint256 offset; offset < users.length; offset += 2) {
            running = registry.computeDigest(running, registry.optOuts(v2Key, offset, 2));
        }
        assertEq(running, registry.digest(v2Key));
        assertEq(running, _expectedDigest(v2Key, users));
        assertEq(registry.computeDigest(v2Key, users), running);
    }

    function test_verifyDigest_AcceptsExactlyTheSet() public {
        _optOut(alice.addr, composeHashId(HASH_V2));
        _optOut(bob.addr, composeHashId(HASH_V2));
        assertTrue(registry.verifyDigest(v2Key, _pair(alice.addr, bob.addr)));
        assertFalse(registry.verifyDigest(v2Key, _one(alice.addr)), "a prefix is not the set");
        assertFalse(registry.verifyDigest(v2Key, _pair(bob.addr, alice.addr)), "order matters");
        assertTrue(registry.verifyDigest(keccak256("empty"), new address[](0)));
    }

    function test_optOut_LogsRebuildTheSet() public {
        vm.recordLogs();
        _optOut(alice.addr, composeHashId(HASH_V2));
        _optOutBySig(bob, composeHashId(HASH_V2), v2Key);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bytes32 running = v2Key;
        uint256 seen;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] != IOptOutRegistry.OptedOut.selector) continue;
            assertEq(logs[i].topics[1], v2Key);
            address user = address(uint160(uint256(logs[i].topics[2])));
            (uint256 index, bytes32 logged) = abi.decode(logs[i].data, (uint256, bytes32));
            running = keccak256(abi.encode(running, user));
            assertEq(index, seen++);
            assertEq(logged, running);
        }
        assertEq(seen, 2);
        assertEq(running, registry.digest(v2Key));
    }
}
