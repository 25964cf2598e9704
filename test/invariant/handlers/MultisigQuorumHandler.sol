// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MultisigAppAuth} from "../../../contracts/MultisigAppAuth.sol";
import {IAppAuthMultisig} from "../../../contracts/interfaces/IAppAuthMultisig.sol";
import {IAppAuthNotice} from "../../../contracts/interfaces/IAppAuthNotice.sol";
import {MultisigSignatures} from "../../utils/MultisigSignatures.sol";
import {MultisigGhost} from "./MultisigGhost.sol";
import {MultisigHandlerBase} from "./MultisigHandlerBase.sol";

/// @notice Plays the honest signers: gathers exactly a threshold of honest approvals (signatures,
/// or one on-chain approval and signatures), submits them, and tells the ghost what it proposed or
/// cancelled. It never adds a key the attacker holds and never sets a threshold below 2, so the
/// attacker's single signer key stays below M.
contract MultisigQuorumHandler is MultisigHandlerBase {
    using MultisigSignatures for IAppAuthMultisig;

    uint256 public constant MIN_THRESHOLD = 2;

    uint256[] internal _honestKeys;
    address[] internal _honest;

    /// @notice The last call the quorum executed, public so that the attacker can try to replay it.
    bytes public lastData;
    uint256 public lastNonce;
    bytes[] internal _lastSignatures;

    uint256 public executions;

    constructor(MultisigAppAuth app_, MultisigGhost ghost_, uint256[] memory honestKeys_)
        MultisigHandlerBase(app_, ghost_)
    {
        _honestKeys = honestKeys_;
        for (uint256 i; i < honestKeys_.length; ++i) {
            _honest.push(vm.addr(honestKeys_[i]));
        }
    }

    function lastSignatures() external view returns (bytes[] memory) {
        return _lastSignatures;
    }

    // ------------------------------------------------------------------ proposals

    /// @notice Proposes a compose hash, a device, any-device, dropping the TCB requirement or a
    /// shorter notice period.
    function proposeLoosening(uint256 kind, uint256 seed, uint256 mode)
        external
        observed(true, "proposeLoosening")
    {
        kind %= 5;
        bytes memory data;
        if (kind == 0) {
            data = abi.encodeWithSignature(
                "proposeComposeHash(bytes32)", ghost.hashes(seed % ghost.hashCount())
            );
        } else if (kind == 1) {
            data = abi.encodeCall(app.proposeDevice, (ghost.devices(seed % ghost.deviceCount()), ""));
        } else if (kind == 2) {
            data = abi.encodeCall(app.proposeAllowAnyDevice, (""));
        } else if (kind == 3) {
            data = abi.encodeCall(app.proposeTcbNotRequired, (""));
        } else {
            data = abi.encodeCall(
                app.proposeNoticePeriod, (_bound(seed, app.minNoticePeriod(), app.noticePeriod()), "")
            );
        }
        _propose(data, mode);
    }

    /// @notice Proposes adding an honest key, removing a signer, or a new threshold; the threshold is
    /// at least 2 and at most the honest signers left, so the attacker's one key never reaches it.
    function proposeSignerChange(uint256 kind, uint256 seed, uint256 thresholdSeed, uint256 mode)
        external
        observed(true, "proposeSignerChange")
    {
        kind %= 3;
        uint256 honest = _honestSignerCount();
        bytes memory data;
        if (kind == 0) {
            if (honest + 1 < MIN_THRESHOLD) return;
            address signer = _honest[seed % _honest.length];
            data = abi.encodeCall(
                app.proposeAddSigner, (signer, _bound(thresholdSeed, MIN_THRESHOLD, honest + 1), "")
            );
        } else if (kind == 1) {
            address[] memory current = app.signers();
            address signer = current[seed % current.length];
            uint256 honestAfter = honest - (_isHonest(signer) ? 1 : 0);
            if (honestAfter < MIN_THRESHOLD) return;
            data = abi.encodeCall(
                app.proposeRemoveSigner, (signer, _bound(thresholdSeed, MIN_THRESHOLD, honestAfter), "")
            );
        } else {
            if (honest < MIN_THRESHOLD) return;
            data = abi.encodeCall(app.proposeThreshold, (_bound(thresholdSeed, MIN_THRESHOLD, honest), ""));
        }
        _propose(data, mode);
    }

    /// @notice The new honest signer of a matured addition takes its seat.
    function acceptSigner(uint256 seed) external observed(true, "acceptSigner") {
        (bytes32 id, IAppAuthNotice.Change memory change) = _maturedId(seed);
        if (change.kind != IAppAuthNotice.ChangeKind.SignerAdded) return;
        vm.prank(address(uint160(uint256(change.value))));
        try app.activate(id) {} catch {}
    }

    // ------------------------------------------------------------------ tightening and cancelling

    /// @notice Removes a hash or device, disallows any device, requires the TCB or lengthens the
    /// notice, one time in two.
    function tighten(uint256 which, uint256 seed, uint256 mode) external observed(true, "tighten") {
        if (which % 2 != 0) return;
        which = (which / 2) % 5;
        bytes memory data;
        if (which == 0) {
            data = abi.encodeCall(app.removeComposeHash, (ghost.hashes(seed % ghost.hashCount())));
        } else if (which == 1) {
            data = abi.encodeCall(app.removeDevice, (ghost.devices(seed % ghost.deviceCount())));
        } else if (which == 2) {
            data = abi.encodeCall(app.disallowAnyDevice, ());
        } else if (which == 3) {
            data = abi.encodeCall(app.requireUpToDateTcb, ());
        } else {
            data = abi.encodeCall(app.lengthenNoticePeriod, (app.noticePeriod() + _bound(seed, 1, 1 days)));
        }
        _execute(data, mode);
    }

    /// @notice Cancels a pending change, one time in four (so that most proposals get to mature).
    function cancel(uint256 seed, uint256 mode) external observed(true, "cancel") {
        if (seed % 4 != 0) return;
        (bytes32 id,) = _pendingId(seed / 4);
        if (id == bytes32(0)) return;
        (bool ok,) = _execute(abi.encodeCall(app.cancelProposal, (id)), mode);
        if (ok) ghost.forget(id);
    }

    // ------------------------------------------------------------------ internals

    function _propose(bytes memory data, uint256 mode) internal {
        (bool ok, bytes memory result) = _execute(data, mode);
        if (ok) ghost.recordProposal(abi.decode(result, (bytes32)));
    }

    /// @dev Approves `data` with a threshold of honest signers and submits it. Mode 0: signatures
    /// only; mode 1: the first signer approves on-chain and the rest sign. A failed call's on-chain
    /// approval is revoked, so no honest approval lingers for the attacker to complete.
    function _execute(bytes memory data, uint256 mode) internal returns (bool ok, bytes memory result) {
        uint256 threshold = app.threshold();
        uint256[] memory keys = _honestSignerKeys();
        if (keys.length < threshold) return (false, "");
        uint256 nonce = app.nonce();
        uint256 onChain = mode % 2 == 1 ? 1 : 0;
        if (onChain == 1) {
            vm.prank(vm.addr(keys[0]));
            app.approve(keccak256(data), nonce);
        }
        uint256[] memory signing = new uint256[](threshold - onChain);
        for (uint256 i; i < signing.length; ++i) {
            signing[i] = keys[onChain + i];
        }
        bytes[] memory signatures = IAppAuthMultisig(address(app)).signAll(signing, data, nonce);
        try app.execute(data, nonce, signatures) returns (bytes memory returned) {
            (ok, result) = (true, returned);
            ++executions;
            lastData = data;
            lastNonce = nonce;
            _lastSignatures = signatures;
        } catch {
            if (onChain == 1) {
                vm.prank(vm.addr(keys[0]));
                app.revokeApproval(keccak256(data), nonce);
            }
        }
    }

    function _honestSignerKeys() internal view returns (uint256[] memory keys) {
        keys = new uint256[](_honestSignerCount());
        uint256 k;
        for (uint256 i; i < _honestKeys.length; ++i) {
            if (app.isSigner(_honest[i])) keys[k++] = _honestKeys[i];
        }
    }

    function _honestSignerCount() internal view returns (uint256 count) {
        for (uint256 i; i < _honestKeys.length; ++i) {
            if (app.isSigner(_honest[i])) ++count;
        }
    }

    function _isHonest(address account) internal view returns (bool) {
        for (uint256 i; i < _honestKeys.length; ++i) {
            if (_honest[i] == account) return true;
        }
        return false;
    }
}
