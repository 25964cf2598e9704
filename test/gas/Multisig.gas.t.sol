// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {MultisigAppAuth} from "../../contracts/MultisigAppAuth.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthMultisig} from "../../contracts/interfaces/IAppAuthMultisig.sol";
import {LocalKms} from "../../contracts/kms/LocalKms.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {MultisigSignatures} from "../utils/MultisigSignatures.sol";

/// @notice Gas of the multisig variant, snapshotted into `snapshots/multisig.json`. Run with
/// `--isolate` so that each call is its own transaction and storage is cold, as the KMS sees it.
contract MultisigGasTest is Test {
    using MultisigSignatures for IAppAuthMultisig;

    /// @dev DstackApp's own `isAppAllowed`, called directly through its proxy (BRIEF section 6).
    uint256 internal constant DSTACK_APP_IS_APP_ALLOWED = 18_433;

    uint256 internal constant NOTICE = 7 days;
    bytes32 internal constant HASH_V1 = keccak256("compose v1");
    bytes32 internal constant HASH_V2 = keccak256("compose v2");
    bytes32 internal constant DEVICE_1 = keccak256("device 1");

    uint256[] internal keys;
    MultisigAppAuth internal twoOfThree;
    MultisigAppAuth internal threeOfThree;
    LocalKms internal kms;
    bytes internal proposeV2;

    function setUp() public {
        address[] memory signers = new address[](3);
        for (uint256 i; i < 3; ++i) {
            (address signer, uint256 key) = makeAddrAndKey(string.concat("signer ", vm.toString(i)));
            signers[i] = signer;
            keys.push(key);
        }
        AppAuthCore.InitialPolicy memory policy;
        policy.composeHashes = new bytes32[](1);
        policy.composeHashes[0] = HASH_V1;
        policy.deviceIds = new bytes32[](1);
        policy.deviceIds[0] = DEVICE_1;
        policy.requireTcbUpToDate = true;
        twoOfThree = new MultisigAppAuth(signers, 2, NOTICE, 3 days, 7 days, policy);
        threeOfThree = new MultisigAppAuth(signers, 3, NOTICE, 3 days, 7 days, policy);
        kms = new LocalKms(address(this));
        kms.addOsImageHash(BootInfos.OS_IMAGE);
        kms.registerApp(address(twoOfThree));
        proposeV2 = abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2);
    }

    function test_gas_isAppAllowed() public {
        IAppAuth.AppBootInfo memory boot = BootInfos.upToDate(address(twoOfThree), HASH_V1, DEVICE_1);
        (bool allowed,) = twoOfThree.isAppAllowed(boot);
        uint256 gasUsed = vm.snapshotGasLastCall("multisig", "isAppAllowed");
        assertTrue(allowed);
        assertLe(gasUsed, DSTACK_APP_IS_APP_ALLOWED);
    }

    function test_gas_isAppAllowedThroughKms() public {
        (bool allowed,) = kms.isAppAllowed(BootInfos.upToDate(address(twoOfThree), HASH_V1, DEVICE_1));
        vm.snapshotGasLastCall("multisig", "isAppAllowed_throughLocalKms");
        assertTrue(allowed);
    }

    function test_gas_executeProposeTwoOfThree() public {
        bytes[] memory signatures = _signatures(twoOfThree, 2);
        twoOfThree.execute(proposeV2, 0, signatures);
        vm.snapshotGasLastCall("multisig", "execute_proposeComposeHash_2of3_signatures");
        assertEq(twoOfThree.activatesAt(HASH_V2), block.timestamp + NOTICE);
    }

    function test_gas_executeProposeThreeOfThree() public {
        bytes[] memory signatures = _signatures(threeOfThree, 3);
        threeOfThree.execute(proposeV2, 0, signatures);
        vm.snapshotGasLastCall("multisig", "execute_proposeComposeHash_3of3_signatures");
        assertEq(threeOfThree.activatesAt(HASH_V2), block.timestamp + NOTICE);
    }

    function test_gas_approve() public {
        vm.prank(vm.addr(keys[0]));
        twoOfThree.approve(keccak256(proposeV2), 0);
        vm.snapshotGasLastCall("multisig", "approve");
        assertTrue(twoOfThree.hasApproved(vm.addr(keys[0]), keccak256(proposeV2), 0));
    }

    function test_gas_executeProposeWithOnChainApproval() public {
        vm.prank(vm.addr(keys[0]));
        twoOfThree.approve(keccak256(proposeV2), 0);
        bytes[] memory signatures = new bytes[](1);
        signatures[0] = IAppAuthMultisig(address(twoOfThree)).sign(keys[1], proposeV2, 0);
        twoOfThree.execute(proposeV2, 0, signatures);
        vm.snapshotGasLastCall("multisig", "execute_proposeComposeHash_2of3_1signature_1approval");
        assertEq(twoOfThree.activatesAt(HASH_V2), block.timestamp + NOTICE);
    }

    function test_gas_activate() public {
        twoOfThree.execute(proposeV2, 0, _signatures(twoOfThree, 2));
        vm.warp(block.timestamp + NOTICE);
        twoOfThree.activateComposeHash(HASH_V2);
        vm.snapshotGasLastCall("multisig", "activateComposeHash");
        assertTrue(twoOfThree.allowedComposeHashes(HASH_V2));
    }

    function test_gas_executeRemoveComposeHash() public {
        bytes memory data = abi.encodeCall(twoOfThree.removeComposeHash, (HASH_V1));
        bytes[] memory signatures = IAppAuthMultisig(address(twoOfThree))
            .signAll(MultisigSignatures.keyList(keys[0], keys[1]), data, 0);
        twoOfThree.execute(data, 0, signatures);
        vm.snapshotGasLastCall("multisig", "execute_removeComposeHash_2of3_signatures");
        assertFalse(twoOfThree.allowedComposeHashes(HASH_V1));
    }

    function _signatures(MultisigAppAuth app, uint256 count) internal view returns (bytes[] memory) {
        uint256[] memory signing = new uint256[](count);
        for (uint256 i; i < count; ++i) {
            signing[i] = keys[i];
        }
        return IAppAuthMultisig(address(app)).signAll(signing, proposeV2, 0);
    }
}
