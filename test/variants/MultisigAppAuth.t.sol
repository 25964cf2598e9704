// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AppAuthSharedTest} from "../shared/AppAuthShared.t.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {MultisigAppAuth} from "../../contracts/MultisigAppAuth.sol";
import {IAppAuthMultisig} from "../../contracts/interfaces/IAppAuthMultisig.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {MultisigSignatures} from "../utils/MultisigSignatures.sol";

/// @notice The shared suite for the multisig: a 2-of-3 quorum approves every controller call with
/// EIP-712 signatures; loosening then waits the notice period.
contract MultisigAppAuthTest is AppAuthSharedTest {
    using MultisigSignatures for IAppAuthMultisig;

    uint256 internal aliceKey;
    uint256 internal bobKey;
    uint256 internal carolKey;

    function _multisig() internal view returns (MultisigAppAuth) {
        return MultisigAppAuth(address(app));
    }

    function _deployApp(AppAuthCore.InitialPolicy memory policy) internal override returns (IAppAuthPolicy) {
        address[] memory signers = new address[](3);
        (signers[0], aliceKey) = makeAddrAndKey("alice");
        (signers[1], bobKey) = makeAddrAndKey("bob");
        (signers[2], carolKey) = makeAddrAndKey("carol");
        return new MultisigAppAuth(signers, 2, NOTICE, MIN_NOTICE, GRACE, policy);
    }

    function _loosen(IAppAuthNotice.ChangeKind kind, bytes32 value) internal override {
        bytes32 id = abi.decode(
            _execute(MultisigSignatures.keyList(aliceKey, bobKey), announceCall(kind, value)), (bytes32)
        );
        vm.warp(_multisig().activatesAt(id));
        _multisig().activate(id);
    }

    function _tighten(Tightening change, bytes32 value) internal override {
        bytes memory data;
        if (change == Tightening.RemoveComposeHash) {
            data = abi.encodeCall(_multisig().removeComposeHash, (value));
        } else if (change == Tightening.RemoveDevice) {
            data = abi.encodeCall(_multisig().removeDevice, (value));
        } else if (change == Tightening.DisallowAnyDevice) {
            data = abi.encodeCall(_multisig().disallowAnyDevice, ());
        } else {
            data = abi.encodeCall(_multisig().requireUpToDateTcb, ());
        }
        _execute(MultisigSignatures.keyList(bobKey, carolKey), data);
    }

    /// @dev The attacker holds one signer key (below the threshold) and its own; it tries both
    /// signing a proposal and calling the controller function directly.
    function _unauthorizedLoosen(address caller, IAppAuthNotice.ChangeKind kind, bytes32 value)
        internal
        override
        returns (bool refused)
    {
        bytes memory data = announceCall(kind, value);
        uint256 attackerKey = uint256(keccak256(abi.encode(caller)));
        bytes[] memory signatures = IAppAuthMultisig(address(app))
            .signAll(MultisigSignatures.keyList(carolKey, attackerKey), data, 0);
        vm.prank(caller);
        try _multisig().execute(data, 0, signatures) {
            return false;
        } catch {}
        vm.prank(caller);
        (bool success,) = address(app).call(data);
        return !success;
    }

    function _advertisesBasicManagement() internal pure override returns (bool) {
        return false;
    }


    function _execute(uint256[] memory keys, bytes memory data) internal returns (bytes memory) {
        uint256 nonce = _multisig().nonce();
        bytes[] memory signatures = IAppAuthMultisig(address(app)).signAll(keys, data, nonce);
        return _multisig().execute(data, nonce, signatures);
    }
}
