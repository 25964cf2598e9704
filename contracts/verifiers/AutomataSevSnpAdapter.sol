// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {VerifierAdapterBase} from "./VerifierAdapterBase.sol";
import {ISevSnpAttestation} from "../interfaces/external/ISevSnpAttestation.sol";

/// @title AutomataSevSnpAdapter
/// @notice AMD SEV-SNP through Automata's on-chain SNP verifier, which checks a ZK proof of the
/// report's signature and certificate chain. Evidence is `abi.encode(bytes journal, uint8
/// zkCoprocessor, bytes proof)`, the three arguments of `verifyAndAttestWithZKProof`.
/// Immutable (no owner, setter or proxy); {verifierKind} is `Router`: Automata's SNP verifier is
/// an entry point whose owner configures the ZK verifier and program it checks proofs against, and
/// the trusted certificates, so that owner can change what this adapter believes without notice.
/// No immutable version-specific SNP verifier exists to call instead; an audit names that owner.
/// @dev Reads the returned `VerifierJournal` (result 0 = Success; processor models 0-3, Milan to
/// Siena) and, in its `rawReport`, the attestation report as the AMD SEV-SNP ABI specification
/// (56860, Table 22) lays it out, little-endian:
///
/// | offset | size | field                                              |
/// |-------:|-----:|----------------------------------------------------|
/// |  0x000 |    4 | VERSION (2 or later)                               |
/// |  0x008 |    8 | POLICY (bit 19 = DEBUG allowed)                    |
/// |  0x050 |   64 | REPORT_DATA                                        |
/// |  0x090 |   48 | MEASUREMENT                                        |
/// |  0x180 |    8 | REPORTED_TCB: boot loader, TEE, 4 reserved, SNP, microcode |
/// |  0x4a0 |      | end of report (signature at 0x2a0)                 |
///
/// The verifier does not judge the TCB, so this adapter compares REPORTED_TCB with a minimum fixed
/// at deployment: every component at or above it is UpToDate, anything lower is OutOfDate. To follow
/// AMD's TCB updates, deploy an adapter with the new minimum and replace this one (with notice).
/// The REPORTED_TCB layout above is the one of Zen 3 and Zen 4 parts (the models the verifier knows).
/// `measurement` is keccak256(MEASUREMENT).
contract AutomataSevSnpAdapter is VerifierAdapterBase {
    /// @notice This adapter's vendor id.
    bytes32 public constant VENDOR = keccak256("amd-sev-snp");

    uint256 private constant _REPORT_LENGTH = 0x4a0;
    uint256 private constant _POLICY = 0x08;
    uint256 private constant _REPORT_DATA = 0x50;
    uint256 private constant _MEASUREMENT = 0x90;
    uint256 private constant _REPORTED_TCB = 0x180;
    uint256 private constant _POLICY_DEBUG = 1 << 19;
    uint256 private constant _LAST_PROCESSOR_MODEL = 3;
    uint256 private constant _LAST_RESULT = 3;

    uint8 private immutable _minBootLoader;
    uint8 private immutable _minTee;
    uint8 private immutable _minSnp;
    uint8 private immutable _minMicrocode;

    /// @param snpAttestation Automata's `SEVAgentAttestation`.
    /// @param minBootLoader Lowest boot loader SVN that is up to date.
    /// @param minTee Lowest PSP OS (TEE) SVN that is up to date.
    /// @param minSnp Lowest SNP firmware SVN that is up to date.
    /// @param minMicrocode Lowest microcode patch level that is up to date.
    constructor(address snpAttestation, uint8 minBootLoader, uint8 minTee, uint8 minSnp, uint8 minMicrocode)
        VerifierAdapterBase(snpAttestation, VerifierKind.Router)
    {
        _minBootLoader = minBootLoader;
        _minTee = minTee;
        _minSnp = minSnp;
        _minMicrocode = minMicrocode;
    }

    /// @inheritdoc VerifierAdapterBase
    function vendor() public pure override returns (bytes32) {
        return VENDOR;
    }

    /// @notice The TCB a report must reach to be UpToDate.
    function minimumTcb() external view returns (uint8 bootLoader, uint8 tee, uint8 snp, uint8 microcode) {
        return (_minBootLoader, _minTee, _minSnp, _minMicrocode);
    }

    /// @notice Verifies an SNP report's ZK proof.
    /// @param evidence `abi.encode(bytes journal, uint8 zkCoprocessor, bytes proof)`.
    function verify(bytes calldata evidence) external returns (Attestation memory) {
        (bytes memory journal, uint8 zkCoprocessor, bytes memory proof) =
            abi.decode(evidence, (bytes, uint8, bytes));
        bytes memory answer = _callVerifier(
            abi.encodeCall(ISevSnpAttestation.verifyAndAttestWithZKProof, (journal, zkCoprocessor, proof))
        );
        // One struct with dynamic members: its offset, then its head of seven words.
        uint256 base = _word(answer, 0);
        if (base > answer.length) _malformed();
        uint256 result = _word(answer, base);
        if (result > _LAST_RESULT) _malformed();
        if (result != 0) revert VerifierRejected(verifier(), abi.encode(result));
        if (_word(answer, base + 64) > _LAST_PROCESSOR_MODEL) _malformed();
        return _parse(_abiBytes(answer, base, base + 96));
    }

    function _parse(bytes memory report) private view returns (Attestation memory attestation) {
        if (report.length != _REPORT_LENGTH || _byte(report, 0) < 2) _malformed();
        attestation.vendor = VENDOR;
        attestation.reportData = bytes32(_word(report, _REPORT_DATA));
        attestation.measurement = _hash(report, _MEASUREMENT, 48);
        // POLICY is little-endian: bit 19 lives in its third byte.
        if ((uint256(_byte(report, _POLICY + 2)) << 16) & _POLICY_DEBUG != 0) {
            attestation.tcbStatus = TcbStatus.Debug;
        } else if (
            _byte(report, _REPORTED_TCB) >= _minBootLoader && _byte(report, _REPORTED_TCB + 1) >= _minTee
                && _byte(report, _REPORTED_TCB + 6) >= _minSnp
                && _byte(report, _REPORTED_TCB + 7) >= _minMicrocode
        ) {
            attestation.tcbStatus = TcbStatus.UpToDate;
        } else {
            attestation.tcbStatus = TcbStatus.OutOfDate;
        }
    }
}
