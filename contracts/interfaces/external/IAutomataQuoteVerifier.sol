// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IAutomataQuoteVerifier
/// @notice A version-specific quote verifier of Automata's on-chain DCAP verifier
/// (automata-network/automata-dcap-attestation, `V4QuoteVerifier` for v4 quotes), as far as the TDX
/// adapter uses it. Written from its public ABI. The entry point (`AutomataDcapAttestation`) parses
/// the header and forwards here through a table its owner can change; calling this contract
/// directly removes that router from the path.
/// @dev `verifyQuote` answers exactly as the entry point does (see {IAutomataDcapAttestation}). The
/// verifier reads Intel's collateral through its `pccsRouter()`, which it holds immutably.
interface IAutomataQuoteVerifier {
    /// @notice The quote header, fields in quote order; `version` converted to big-endian, the
    /// others raw.
    struct Header {
        uint16 version;
        bytes2 attestationKeyType;
        bytes4 teeType;
        bytes2 qeSvn;
        bytes2 pceSvn;
        bytes16 qeVendorId;
        bytes20 userData;
    }

    /// @notice The quote version this verifier handles.
    function quoteVersion() external view returns (uint16);

    /// @notice Verifies `rawQuote`, whose parsed header is `header`, fully on-chain.
    function verifyQuote(Header calldata header, bytes calldata rawQuote)
        external
        view
        returns (bool success, bytes memory output);
}
