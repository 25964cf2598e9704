// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IAutomataDcapAttestation
/// @notice The entry point of Automata's on-chain Intel DCAP quote verifier
/// (automata-network/automata-dcap-attestation, `AutomataDcapAttestation`), as far as the TDX
/// adapter uses it. Written from its public ABI.
/// @dev On success `output` is `abi.encodePacked(uint16 quoteVersion, bytes4 tee, uint8 tcbStatus,
/// bytes6 fmspc, bytes quoteBody)`, where `tcbStatus` is Automata's `TCBStatus` enum (OK,
/// SW_HARDENING_NEEDED, CONFIGURATION_AND_SW_HARDENING_NEEDED, CONFIGURATION_NEEDED, OUT_OF_DATE,
/// OUT_OF_DATE_CONFIGURATION_NEEDED, REVOKED, UNRECOGNIZED) and `quoteBody` is the raw TD 1.0 report
/// body (584 bytes) for a TDX quote. On failure `output` is a UTF-8 reason.
interface IAutomataDcapAttestation {
    /// @notice Verifies a raw DCAP quote fully on-chain.
    function verifyAndAttestOnChain(bytes calldata rawQuote)
        external
        returns (bool success, bytes memory output);
}
