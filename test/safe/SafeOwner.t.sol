// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {MultisigAppAuth} from "../../contracts/MultisigAppAuth.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthMultisig} from "../../contracts/interfaces/IAppAuthMultisig.sol";
import {IAppAuthOwnable} from "../../contracts/interfaces/IAppAuthOwnable.sol";
import {LocalKms} from "../../contracts/kms/LocalKms.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {MultisigSignatures} from "../utils/MultisigSignatures.sol";
import {ISafe, ISafeProxyFactory} from "./ISafe.sol";
import {Defaults, composeHashId} from "../utils/Defaults.sol";

/// @notice A real Safe (the `@safe-global/safe-contracts` 1.4.1 artifacts, byte for byte what is
/// deployed on chain; SafeL2, the singleton Safe{Wallet} uses on Base) as the owner of a
/// TimelockAppAuth: a 2-of-3 Safe proposes through `execTransaction`, the notice period runs, and the
/// KMS allows the boot. The Safe adds M-of-N to who may propose; the timelock still decides when.
contract SafeOwnerTest is Test, Defaults {
    using BootInfos for IAppAuth.AppBootInfo;

    string internal constant ARTIFACTS =
        "node_modules/@safe-global/safe-contracts/build/artifacts/contracts/";
    uint8 internal constant CALL = 0;

    uint256[] internal ownerKeys;
    ISafe internal safe;
    TimelockAppAuth internal app;
    LocalKms internal kms;

    function setUp() public {
        address singleton = deployCode(string.concat(ARTIFACTS, "SafeL2.sol/SafeL2.json"));
        ISafeProxyFactory factory = ISafeProxyFactory(
            deployCode(string.concat(ARTIFACTS, "proxies/SafeProxyFactory.sol/SafeProxyFactory.json"))
        );

        address[] memory owners = new address[](3);
        for (uint256 i; i < owners.length; ++i) {
            (address owner, uint256 key) = makeAddrAndKey(string.concat("safe owner ", vm.toString(i)));
            owners[i] = owner;
            ownerKeys.push(key);
        }
        bytes memory initializer = abi.encodeCall(
            ISafe.setup, (owners, 2, address(0), "", address(0), address(0), 0, payable(address(0)))
        );
        safe = ISafe(factory.createProxyWithNonce(singleton, initializer, 0));

        AppAuthCore.InitialPolicy memory policy = initialPolicy();
        app = new TimelockAppAuth(address(safe), NOTICE, MIN_NOTICE, GRACE, policy);

        kms = new LocalKms(address(this));
        kms.addOsImageHash(BootInfos.OS_IMAGE);
        kms.registerApp(address(app));
    }

    function test_setUp_SafeIsTheRealTwoOfThreeOwner() public view {
        assertEq(safe.VERSION(), "1.4.1");
        assertEq(safe.getThreshold(), 2);
        assertEq(safe.getOwners().length, 3);
        assertEq(app.owner(), address(safe));
        // The singleton is the published runtime code, not a recompilation.
        address singleton = address(uint160(uint256(vm.load(address(safe), 0))));
        assertEq(
            keccak256(singleton.code),
            keccak256(
                vm.parseJsonBytes(
                    vm.readFile(string.concat(ARTIFACTS, "SafeL2.sol/SafeL2.json")), ".deployedBytecode"
                )
            )
        );
    }

    function test_execTransaction_ProposesComposeHashThenKmsAllowsBoot() public {
        bytes memory data =
            abi.encodeWithSignature("proposeComposeHash(bytes32,string)", HASH_V2, "git:abc123");
        assertTrue(_execTransaction(data, _ownerSignatures(data, 2)));
        uint256 activatesAt = block.timestamp + NOTICE;
        assertEq(app.activatesAt(composeHashId(HASH_V2)), activatesAt);
        assertEq(safe.nonce(), 1);

        IAppAuth.AppBootInfo memory boot = BootInfos.upToDate(address(app), HASH_V2, DEVICE_1);
        _assertKms(boot, false, "Compose hash not allowed");
        vm.warp(activatesAt - 1);
        _assertKms(boot, false, "Compose hash not allowed");

        vm.warp(activatesAt);
        vm.prank(makeAddr("anyone"));
        app.activateComposeHash(HASH_V2);
        _assertKms(boot, true, "");
    }

    function test_RevertWhen_SafeHasOneSignature() public {
        bytes memory data = abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2);
        bytes memory signatures = _ownerSignatures(data, 1);
        vm.expectRevert(bytes("GS020"));
        _execTransaction(data, signatures);
        assertEq(app.activatesAt(composeHashId(HASH_V2)), 0);
        assertEq(safe.nonce(), 0);
    }

    /// @dev A Safe owner is not the owner: acting alone, outside the Safe, it is refused.
    function test_RevertWhen_SafeOwnerCallsDirectly() public {
        address owner = vm.addr(ownerKeys[0]);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthOwnable.AppAuthUnauthorized.selector, owner));
        vm.prank(owner);
        app.proposeComposeHash(HASH_V2);
    }

    /// @dev Safe's own on-chain approval (`approveHash`, then a `v = 1` signature) works the same way.
    function test_execTransaction_AcceptsApprovedHashWithSignature() public {
        bytes memory data = abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2);
        address approver = vm.addr(ownerKeys[2]);
        bytes32 txHash = _safeTxHash(data, safe.nonce());
        vm.prank(approver);
        safe.approveHash(txHash);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(ownerKeys[0], txHash);
        bytes memory signed = abi.encodePacked(r, s, v);
        bytes memory approved = abi.encodePacked(bytes32(uint256(uint160(approver))), bytes32(0), uint8(1));
        bytes memory signatures = vm.addr(ownerKeys[0]) < approver
            ? abi.encodePacked(signed, approved)
            : abi.encodePacked(approved, signed);
        assertTrue(_execTransaction(data, signatures));
        assertEq(app.activatesAt(composeHashId(HASH_V2)), block.timestamp + NOTICE);
    }

    /// @dev Tightening through the Safe is instant: the KMS refuses the removed hash in the same block.
    function test_execTransaction_RemovesComposeHashAtOnce() public {
        bytes memory data = abi.encodeCall(app.removeComposeHash, (HASH_V1));
        _assertKms(BootInfos.upToDate(address(app), HASH_V1, DEVICE_1), true, "");
        assertTrue(_execTransaction(data, _ownerSignatures(data, 2)));
        _assertKms(BootInfos.upToDate(address(app), HASH_V1, DEVICE_1), false, "Compose hash not allowed");
    }

    /// @dev A Safe can also be one signer of a MultisigAppAuth: contract accounts cannot sign EIP-712,
    /// so the Safe approves on-chain through `execTransaction`, counted with an EOA signer's signature.
    function test_approve_SafeAsMultisigSigner() public {
        (address eoa, uint256 eoaKey) = makeAddrAndKey("eoa signer");
        address[] memory signers = new address[](2);
        (signers[0], signers[1]) = (address(safe), eoa);
        AppAuthCore.InitialPolicy memory policy;
        MultisigAppAuth multisig = new MultisigAppAuth(signers, 2, NOTICE, MIN_NOTICE, GRACE, policy);

        bytes memory proposal = abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2);
        bytes memory approval = abi.encodeCall(multisig.approve, (keccak256(proposal), 0));
        assertTrue(
            _execTransactionTo(
                address(multisig), approval, _ownerSignaturesTo(address(multisig), approval, 2)
            )
        );
        assertTrue(multisig.hasApproved(address(safe), keccak256(proposal), 0));

        bytes[] memory signatures = new bytes[](1);
        signatures[0] = MultisigSignatures.sign(IAppAuthMultisig(address(multisig)), eoaKey, proposal, 0);
        multisig.execute(proposal, 0, signatures);
        assertEq(multisig.activatesAt(composeHashId(HASH_V2)), block.timestamp + NOTICE);
    }

    // ------------------------------------------------------------------ helpers

    function _execTransaction(bytes memory data, bytes memory signatures) internal returns (bool) {
        return _execTransactionTo(address(app), data, signatures);
    }

    function _execTransactionTo(address to, bytes memory data, bytes memory signatures)
        internal
        returns (bool)
    {
        return safe.execTransaction(to, 0, data, CALL, 0, 0, 0, address(0), payable(address(0)), signatures);
    }

    function _safeTxHash(bytes memory data, uint256 nonce) internal view returns (bytes32) {
        return _safeTxHashTo(address(app), data, nonce);
    }

    function _safeTxHashTo(address to, bytes memory data, uint256 nonce) internal view returns (bytes32) {
        return safe.getTransactionHash(to, 0, data, CALL, 0, 0, 0, address(0), address(0), nonce);
    }

    function _ownerSignatures(bytes memory data, uint256 count) internal view returns (bytes memory) {
        return _ownerSignaturesTo(address(app), data, count);
    }

    /// @dev `count` owners' signatures of the Safe transaction, packed `(r, s, v)` and sorted by owner
    /// address ascending, as `checkNSignatures` requires.
    function _ownerSignaturesTo(address to, bytes memory data, uint256 count)
        internal
        view
        returns (bytes memory signatures)
    {
        uint256[] memory keys = new uint256[](count);
        for (uint256 i; i < count; ++i) {
            keys[i] = ownerKeys[i];
        }
        keys = MultisigSignatures.sortByAddress(keys);
        bytes32 txHash = _safeTxHashTo(to, data, safe.nonce());
        for (uint256 i; i < count; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[i], txHash);
            signatures = abi.encodePacked(signatures, r, s, v);
        }
    }

    function _assertKms(IAppAuth.AppBootInfo memory boot, bool expectedAllowed, string memory expectedReason)
        internal
        view
    {
        (bool allowed, string memory reason) = kms.isAppAllowed(boot);
        assertEq(allowed, expectedAllowed, reason);
        assertEq(reason, expectedReason);
    }
}
