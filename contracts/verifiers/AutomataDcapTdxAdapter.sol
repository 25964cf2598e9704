// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {VerifierAdapterBase} from "./VerifierAdapterBase.sol";
import {IAutomataDcapAttestation} from "../interfaces/external/IAutomataDcapAttestation.sol";
import {IAutomataQuoteVerifier} from "../interfaces/external/IAutomataQuoteVerifier.sol";

/// @title AutomataDcapTdxAdapter
/// @notice Intel TDX through Automata's on-chain DCAP verifier. Evidence is the raw TDX quote (v4).
/// Immutable (no owner, setter or proxy). It calls one of two verifiers, fixed at construction and
/// readable as {verifier} and {verifierKind}:
/// - `Direct`: Automata's `V4QuoteVerifier`, the immutable version-specific verifier. What remains
///   mutable behind it is Intel's collateral, which it reads through its PCCS router.
/// - `Router`: Automata's entry point (`AutomataDcapAttestation` / `...Fee`), whose owner can change
///   which quote verifier each version routes to, and so what this adapter believes, without notice.
/// Prefer `Direct` for any deployment that claims not to trust Automata's operators.
/// @dev Parses the verifier's output as Automata's `QuoteVerifierBase.serializeOutput` lays it out
/// for a V4 TDX quote:
///
/// | offset | size | field                                             |
/// |-------:|-----:|---------------------------------------------------|
/// |      0 |    2 | quote version, big-endian (4)                     |
/// |      2 |    4 | TEE type (0x00000081 = TDX)                       |
/// |      6 |    1 | TCB status (Automata `TCBStatus`)                 |
/// |      7 |    6 | FMSPC                                             |
/// |     13 |  584 | TD 1.0 report body, raw (little-endian fields)    |
///
/// and inside the body: MRTD at 136 (48 bytes), TD attributes at 120 (8 bytes, bit 0 = DEBUG),
/// RTMR0-3 at 328 (4 x 48 bytes), REPORTDATA at 520 (64 bytes).
///
/// `measurement` is keccak256(MRTD || RTMR0 || RTMR1 || RTMR2 || RTMR3). The status maps OK to
/// UpToDate; SW hardening, configuration and out-of-date statuses to OutOfDate; REVOKED and
/// UNRECOGNIZED to Revoked; a TD with the DEBUG attribute is Debug whatever its status.
contract AutomataDcapTdxAdapter is VerifierAdapterBase {
    /// @notice This adapter's vendor id.
    bytes32 public constant VENDOR = keccak256("intel-tdx");

    uint256 private constant _QUOTE_VERSION = 4;
    uint32 private constant _TEE_TDX = 0x00000081;
    uint256 private constant _HEADER = 13;
    uint256 private constant _TD10_BODY = 584;
    uint256 private constant _TD_ATTRIBUTES = _HEADER + 120;
    uint256 private constant _MR_TD = _HEADER + 136;
    uint256 private constant _RTMR0 = _HEADER + 328;
    uint256 private constant _REPORT_DATA = _HEADER + 520;
    uint8 private constant _STATUS_OK = 0;
    uint8 private constant _STATUS_REVOKED = 6;
    uint8 private constant _STATUS_UNRECOGNIZED = 7;

    uint256 private constant _QUOTE_HEADER = 48;

    /// @param dcapVerifier Automata's `V4QuoteVerifier` (`kind` Direct) or its entry point (Router).
    /// @param kind Which of the two `dcapVerifier` is; a Direct verifier must handle v4 quotes.
    constructor(address dcapVerifier, VerifierKind kind) VerifierAdapterBase(dcapVerifier, kind) {
        if (kind == VerifierKind.Direct) {
            (bool ok, bytes memory version) =
                dcapVerifier.staticcall(abi.encodeCall(IAutomataQuoteVerifier.quoteVersion, ()));
            if (!ok || version.length != 32 || uint256(bytes32(version)) != _QUOTE_VERSION) {
                revert VerifierAdapterNoVerifier(dcapVerifier);
            }
        }
    }

    /// @inheritdoc VerifierAdapterBase
    function vendor() public pure override returns (bytes32) {
        return VENDOR;
    }

    /// @notice Verifies a raw TDX quote.
    /// @param evidence The raw quote bytes, as the TD's quote generation produced them.
    function verify(bytes calldata evidence) external returns (Attestation memory) {
        bytes memory answer;
        if (verifierKind() == VerifierKind.Direct) {
            if (evidence.length < _QUOTE_HEADER) revert VerifierRejected(verifier(), "quote shorter than its header");
            answer = _callVerifier(abi.encodeCall(IAutomataQuoteVerifier.verifyQuote, (_header(evidence), evidence)));
        } else {
            answer = _callVerifier(abi.encodeCall(IAutomataDcapAttestation.verifyAndAttestOnChain, (evidence)));
        }
        // (bool success, bytes output): the bool's word, then the offset of `output` from 0.
        uint256 success = _word(answer, 0);
        if (success > 1) _malformed();
        bytes memory output = _abiBytes(answer, 0, 32);
        if (success == 0) revert VerifierRejected(verifier(), output);
        return _parse(output);
    }

    /// @dev The quote header as the entry point parses it before routing: the version little-endian,
    /// the other fields as raw bytes.
    function _header(bytes calldata quote) private pure returns (IAutomataQuoteVerifier.Header memory header) {
        header.version = uint16(uint8(quote[0])) | (uint16(uint8(quote[1])) << 8);
        header.attestationKeyType = bytes2(quote[2:4]);
        header.teeType = bytes4(quote[4:8]);
        header.qeSvn = bytes2(quote[8:10]);
        header.pceSvn = bytes2(quote[10:12]);
        header.qeVendorId = bytes16(quote[12:28]);
        header.userData = bytes20(quote[28:48]);
    }

    function _parse(bytes memory output) private view returns (Attestation memory attestation) {
        if (output.length != _HEADER + _TD10_BODY) _malformed();
        uint256 head = _word(output, 0);
        if (head >> 240 != _QUOTE_VERSION || uint32(head >> 208) != _TEE_TDX) _malformed();
        uint8 status = uint8(head >> 200);
        if (status > _STATUS_UNRECOGNIZED) _malformed();

        attestation.vendor = VENDOR;
        attestation.reportData = bytes32(_word(output, _REPORT_DATA));
        attestation.measurement =
            keccak256(bytes.concat(_slice(output, _MR_TD, 48), _slice(output, _RTMR0, 4 * 48)));
        if (_byte(output, _TD_ATTRIBUTES) & 1 != 0) {
            attestation.tcbStatus = TcbStatus.Debug;
        } else if (status == _STATUS_OK) {
            attestation.tcbStatus = TcbStatus.UpToDate;
        } else if (status < _STATUS_REVOKED) {
            attestation.tcbStatus = TcbStatus.OutOfDate;
        } else {
            attestation.tcbStatus = TcbStatus.Revoked;
        }
    }
}
