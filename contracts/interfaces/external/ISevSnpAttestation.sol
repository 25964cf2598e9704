// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title ISevSnpAttestation
/// @notice Automata's on-chain AMD SEV-SNP verifier (automata-network/amd-sev-snp-attestation-sdk,
/// `SEVAgentAttestation`), as far as the SNP adapter uses it. Written from its public ABI.
/// @dev The verifier checks a ZK proof that the report's VCEK/VLEK chain and signature verify, then
/// that the chain's root and intermediates are trusted and the journal's timestamp is recent. It does
/// not judge the report's TCB: that is the adapter's job.
interface ISevSnpAttestation {
    /// @notice The ZK program's public output, checked and returned by the verifier.
    /// @param result 0 Success, 1 RootCertNotTrusted, 2 IntermediateCertsNotTrusted, 3 InvalidTimestamp.
    /// @param timestamp When the report was verified off-chain.
    /// @param processorModel 0 Milan, 1 Genoa, 2 Bergamo, 3 Siena.
    /// @param rawReport The raw attestation report (1184 bytes, AMD SEV-SNP ABI, Table 22).
    /// @param certs Hashes of the certificate chain, root first.
    /// @param certSerials Serial numbers of the certificate chain.
    /// @param trustedCertsPrefixLen How many leading certificates the program found trusted.
    struct VerifierJournal {
        uint8 result;
        uint64 timestamp;
        uint8 processorModel;
        bytes rawReport;
        bytes32[] certs;
        uint160[] certSerials;
        uint8 trustedCertsPrefixLen;
    }

    /// @notice Verifies the ZK proof of an attestation report and returns the checked journal.
    /// @param output `abi.encode(VerifierJournal)`, the ZK program's output.
    /// @param zkCoprocessor 1 RiscZero, 2 Succinct, 3 Pico (Automata's `ZkCoProcessorType`).
    /// @param proofBytes The proof.
    function verifyAndAttestWithZKProof(bytes calldata output, uint8 zkCoprocessor, bytes calldata proofBytes)
        external
        returns (VerifierJournal memory parsed);
}
