// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AppAuthGasTest} from "./AppAuthGas.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {MultisigAppAuth} from "../../contracts/MultisigAppAuth.sol";
import {IAppAuthMultisig} from "../../contracts/interfaces/IAppAuthMultisig.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {MultisigSignatures} from "../utils/MultisigSignatures.sol";
import {composeHashId} from "../utils/Defaults.sol";

/// @notice Gas of the multisig variant. The operations it shares with the timelock are entries
/// `multisig_<operation>` of the `appauth` group, so that `npm run bench` lines them up with the
/// other variants: the boot check (inherited, with the DstackApp budget assertion) and each step of
/// the notice-period path, where the controller's call is an `execute` carrying 2-of-3 signatures.
/// The operations only a multisig has (3-of-3, on-chain approval, mixed approvals) are entries of the
/// `multisig` group, named `multisig_<operation>` too.
/// @dev Each app has executed once before the measured call: the first `execute` of a contract's life
/// also pays for the nonce's slot going from zero to one (about 17,100 gas more), once.
contract MultisigAppAuthGasTest is AppAuthGasTest {
    using MultisigSignatures for IAppAuthMultisig;

    string internal constant MULTISIG_GROUP = "multisig";

    uint256[] internal keys;
    address[] internal signers;
    MultisigAppAuth internal multisig;
    bytes internal proposeV2;

    function _variant() internal pure override returns (string memory) {
        return "multisig";
    }

    function _deployApp() internal override returns (address) {
        for (uint256 i; i < 3; ++i) {
            (address signer, uint256 key) = makeAddrAndKey(string.concat("signer ", vm.toString(i)));
            signers.push(signer);
            keys.push(key);
        }
        multisig = _deploy(2);
        proposeV2 = proposeComposeHashCall(HASH_V2);
        return address(multisig);
    }

    function setUp() public override {
        super.setUp();
        _execute(multisig, "", 2);
    }

    // ------------------------------------------------------------------ appauth group: the notice path

    function test_proposeComposeHash_AnnouncesChange() external onlyIsolated {
        _transact(app, _executeCall(multisig, proposeV2, 2), "proposeComposeHash");
        assertEq(multisig.activatesAt(composeHashId(HASH_V2)), block.timestamp + NOTICE);
    }

    function test_activateComposeHash_AllowsHash() external onlyIsolated {
        _execute(multisig, proposeV2, 2);
        vm.warp(block.timestamp + NOTICE);
        _transact(app, abi.encodeCall(IAppAuthNotice.activateComposeHash, (HASH_V2)), "activateComposeHash");
        assertTrue(multisig.allowedComposeHashes(HASH_V2));
    }

    function test_cancelProposal_WithdrawsChange() external onlyIsolated {
        _execute(multisig, proposeV2, 2);
        bytes memory cancel = abi.encodeCall(IAppAuthNotice.cancelProposal, (composeHashId(HASH_V2)));
        _transact(app, _executeCall(multisig, cancel, 2), "cancelProposal");
        assertEq(multisig.activatesAt(composeHashId(HASH_V2)), 0);
    }

    function test_removeComposeHash_DisallowsHash() external onlyIsolated {
        bytes memory remove = abi.encodeCall(IAppAuthNotice.removeComposeHash, (HASH_V1));
        _transact(app, _executeCall(multisig, remove, 2), "removeComposeHash");
        assertFalse(multisig.allowedComposeHashes(HASH_V1));
    }

    // ------------------------------------------------------------------ multisig group

    function test_execute_ProposesWithThreeOfThree() external onlyIsolated {
        MultisigAppAuth threeOfThree = _deploy(3);
        _execute(threeOfThree, "", 3);
        _transact(
            address(threeOfThree),
            _executeCall(threeOfThree, proposeV2, 3),
            MULTISIG_GROUP,
            _entry("proposeComposeHash_3of3")
        );
        assertEq(threeOfThree.activatesAt(composeHashId(HASH_V2)), block.timestamp + NOTICE);
    }

    function test_approve_RecordsApproval() external onlyIsolated {
        vm.prank(signers[0]);
        bytes memory approval = abi.encodeCall(IAppAuthMultisig.approve, (keccak256(proposeV2), 1));
        _transact(app, approval, MULTISIG_GROUP, _entry("approve"));
        assertTrue(multisig.hasApproved(signers[0], keccak256(proposeV2), 1));
    }

    function test_execute_ProposesWithSignatureAndOnChainApproval() external onlyIsolated {
        vm.prank(signers[0]);
        multisig.approve(keccak256(proposeV2), 1);
        bytes[] memory signatures = new bytes[](1);
        signatures[0] = IAppAuthMultisig(address(multisig)).sign(keys[1], proposeV2, 1);
        _transact(
            app,
            abi.encodeCall(IAppAuthMultisig.execute, (proposeV2, 1, signatures)),
            MULTISIG_GROUP,
            _entry("proposeComposeHash_1signature1approval")
        );
        assertEq(multisig.activatesAt(composeHashId(HASH_V2)), block.timestamp + NOTICE);
    }

    // ------------------------------------------------------------------ helpers

    function _deploy(uint256 threshold) internal returns (MultisigAppAuth) {
        AppAuthCore.InitialPolicy memory policy = initialPolicy();
        return new MultisigAppAuth(signers, threshold, NOTICE, 1 days, 7 days, policy);
    }

    /// @dev The `execute` call carrying `count` signers' approval of `data` at the current nonce.
    function _executeCall(MultisigAppAuth target, bytes memory data, uint256 count)
        internal
        view
        returns (bytes memory)
    {
        uint256[] memory signing = new uint256[](count);
        for (uint256 i; i < count; ++i) {
            signing[i] = keys[i];
        }
        uint256 nonce = target.nonce();
        bytes[] memory signatures = IAppAuthMultisig(address(target)).signAll(signing, data, nonce);
        return abi.encodeCall(IAppAuthMultisig.execute, (data, nonce, signatures));
    }

    function _execute(MultisigAppAuth target, bytes memory data, uint256 count) internal {
        (bool success,) = address(target).call(_executeCall(target, data, count));
        assertTrue(success, "execute reverted");
    }

}
