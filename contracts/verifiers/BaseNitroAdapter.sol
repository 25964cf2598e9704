// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {VerifierAdapterBase} from "./VerifierAdapterBase.sol";
import {INitroValidator} from "../interfaces/external/INitroValidator.sol";

/// @title BaseNitroAdapter
/// @notice AWS Nitro Enclaves through Base's on-chain `NitroValidator`. Evidence is
/// `abi.encode(bytes attestationTbs, bytes signature)`, as `NitroValidator.decodeAttestationTbs`
/// splits a COSE_Sign1 attestation document.
/// Immutable (no owner, setter or proxy); {verifierKind} is `Direct`: Base's `NitroValidator`
/// verifies the document itself against the AWS root certificate, caching intermediate
/// certificates in its certificate manager (which anyone can feed, and which checks each one).
/// @dev Reads the returned `Ptrs` (pointers into `attestationTbs`, see {INitroValidator}):
/// - the challenge from `nonce`, the field the validator's documentation names for a relying
///   party's challenge: its first 32 bytes (zero when absent or shorter, which no challenge matches);
/// - `measurement` = keccak256(PCR0 || PCR1 || PCR2): enclave image, kernel and bootstrap, and
///   application;
/// - Nitro has no TCB levels: a validated document is UpToDate, unless PCR0 is all zeros, which is
///   how Nitro reports an enclave running in debug mode (Debug).
contract BaseNitroAdapter is VerifierAdapterBase {
    /// @notice This adapter's vendor id.
    bytes32 public constant VENDOR = keccak256("aws-nitro");

    uint256 private constant _BYTE_STRING = 0x40;
    uint256 private constant _PCRS_HEAD = 3 * 32;
    uint256 private constant _NONCE_HEAD = 8 * 32;
    uint256 private constant _MEASURED_PCRS = 3;

    /// @param nitroValidator Base's `NitroValidator`.
    constructor(address nitroValidator) VerifierAdapterBase(nitroValidator, VerifierKind.Direct) {}

    /// @inheritdoc VerifierAdapterBase
    function vendor() public pure override returns (bytes32) {
        return VENDOR;
    }

    /// @notice Verifies a Nitro attestation document.
    /// @param evidence `abi.encode(bytes attestationTbs, bytes signature)`.
    function verify(bytes calldata evidence) external returns (Attestation memory attestation) {
        (bytes memory tbs, bytes memory signature) = abi.decode(evidence, (bytes, bytes));
        bytes memory answer =
            _callVerifier(abi.encodeCall(INitroValidator.validateAttestation, (tbs, signature)));
        // One struct with dynamic members: its offset, then its head of nine words.
        uint256 base = _word(answer, 0);
        if (base > answer.length) _malformed();

        (uint256 pcrs, uint256 pcrCount) = _tail(answer, base, base + _PCRS_HEAD);
        if (pcrCount < _MEASURED_PCRS) _malformed();
        bytes memory measured;
        bool debug = true;
        for (uint256 i; i < _MEASURED_PCRS; ++i) {
            (uint256 start, uint256 length) = _byteString(tbs, _word(answer, pcrs + 32 * (i + 1)));
            if (length == 0) _malformed();
            bytes memory pcr = _slice(tbs, start, length);
            if (i == 0) debug = keccak256(pcr) == keccak256(new bytes(length));
            measured = bytes.concat(measured, pcr);
        }

        attestation.vendor = VENDOR;
        attestation.measurement = keccak256(measured);
        attestation.tcbStatus = debug ? TcbStatus.Debug : TcbStatus.UpToDate;
        uint256 nonce = _word(answer, base + _NONCE_HEAD);
        if (uint8(nonce) == _BYTE_STRING) {
            (uint256 start, uint256 length) = _byteString(tbs, nonce);
            if (length >= 32) attestation.reportData = bytes32(_word(tbs, start));
        }
    }

    /// @dev The content range of the CBOR byte string `element` points at, checked against `tbs`.
    function _byteString(bytes memory tbs, uint256 element)
        private
        view
        returns (uint256 start, uint256 length)
    {
        if (uint8(element) != _BYTE_STRING) _malformed();
        start = uint80(element >> 80);
        length = uint64(element >> 160);
        _checkRange(tbs, start, length);
    }
}
