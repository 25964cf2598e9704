// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MultisigAppAuth} from "../../../contracts/MultisigAppAuth.sol";
import {IAppAuthMultisig} from "../../../contracts/interfaces/IAppAuthMultisig.sol";
import {IAppAuthNotice} from "../../../contracts/interfaces/IAppAuthNotice.sol";
import {MultisigSignatures} from "../../utils/MultisigSignatures.sol";
import {MultisigGhost} from "./MultisigGhost.sol";
import {MultisigHandlerBase} from "./MultisigHandlerBase.sol";
import {MultisigQuorumHandler} from "./MultisigQuorumHandler.sol";

/// @notice Plays an attacker who holds fewer than M signer keys (one signer key and keys of its own),
/// reads every signature the quorum has published, and tries every way in: its own signatures, its
/// on-chain approval, replays at other nonces or for other calls, duplicated signatures, direct
/// controller calls, and activating pending changes early. Any success is counted.
contract MultisigAttackerHandler is MultisigHandlerBase {
    using MultisigSignatures for IAppAuthMultisig;

    uint256[] internal _keys;
    MultisigQuorumHandler internal immutable quorum;

    /// @notice Calls through `execute` or direct controller calls that went through.
    uint256 public successes;

    constructor(
        MultisigAppAuth app_,
        MultisigGhost ghost_,
        MultisigQuorumHandler quorum_,
        uint256[] memory keys_
    ) MultisigHandlerBase(app_, ghost_) {
        quorum = quorum_;
        _keys = keys_;
    }

    /// @notice Forges an approval of a harmful call. Strategy 0: signs with a subset of its keys,
    /// after an on-chain approval with its signer key if `onChain`; 1: repeats its own signature up to
    /// the threshold's count; 2: calls the controller function directly, as a signer.
    function forge(uint256 strategy, uint256 which, uint256 keyMask, bool onChain)
        external
        observed(false, "forge")
    {
        strategy %= 3;
        bytes memory data = _harmful(which);
        uint256 nonce = app.nonce();
        if (strategy == 0) {
            if (onChain) {
                vm.prank(vm.addr(_keys[0]));
                try app.approve(keccak256(data), nonce) {} catch {}
            }
            _tryExecute(data, nonce, IAppAuthMultisig(address(app)).signAll(_subset(keyMask), data, nonce));
        } else if (strategy == 1) {
            bytes memory own = IAppAuthMultisig(address(app)).sign(_keys[0], data, nonce);
            bytes[] memory signatures = new bytes[](app.threshold());
            for (uint256 i; i < signatures.length; ++i) {
                signatures[i] = own;
            }
            _tryExecute(data, nonce, signatures);
        } else {
            vm.prank(vm.addr(_keys[0]));
            (bool ok,) = address(app).call(data);
            if (ok) ++successes;
        }
    }

    /// @notice Replays the quorum's last signatures: at the current nonce, for another call, or as is.
    function replay(uint256 which, uint256 variant) external observed(false, "replay") {
        bytes[] memory signatures = quorum.lastSignatures();
        if (signatures.length == 0) return;
        variant %= 3;
        bytes memory data = variant == 1 ? _harmful(which) : quorum.lastData();
        uint256 nonce = variant == 2 ? quorum.lastNonce() : app.nonce();
        _tryExecute(data, nonce, signatures);
    }

    /// @notice Tries to activate a pending change, mature or not; the ghost judges whether it may.
    function activate(uint256 seed) external observed(false, "activate") {
        (bytes32 id,) = _pendingId(seed);
        if (id == bytes32(0)) return;
        vm.prank(vm.addr(_keys[0]));
        try app.activate(id) {} catch {}
    }

    function _tryExecute(bytes memory data, uint256 nonce, bytes[] memory signatures) internal {
        try app.execute(data, nonce, signatures) {
            ++successes;
        } catch {}
    }

    /// @dev A loosening, a tightening that would stop the app, or a takeover of the signer set.
    function _harmful(uint256 which) internal view returns (bytes memory) {
        which %= 6;
        address own = vm.addr(_keys[1]);
        if (which == 0) {
            return abi.encodeWithSignature("proposeComposeHash(bytes32)", keccak256("malicious compose"));
        }
        if (which == 1) return abi.encodeCall(app.proposeAllowAnyDevice, (""));
        if (which == 2) return abi.encodeCall(app.proposeAddSigner, (own, 2, ""));
        if (which == 3) return abi.encodeCall(app.proposeThreshold, (1, ""));
        if (which == 4) return abi.encodeCall(app.removeComposeHash, (ghost.hashes(0)));
        (bytes32 id,) = _pendingId(uint256(uint160(own)));
        return abi.encodeCall(app.cancelProposal, (id));
    }

    function _subset(uint256 mask) internal view returns (uint256[] memory keys) {
        uint256 count;
        for (uint256 i; i < _keys.length; ++i) {
            if (mask & (1 << i) != 0) ++count;
        }
        keys = new uint256[](count);
        uint256 k;
        for (uint256 i; i < _keys.length; ++i) {
            if (mask & (1 << i) != 0) keys[k++] = _keys[i];
        }
    }
}
