// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAutomataQuoteVerifier} from "../../contracts/interfaces/external/IAutomataQuoteVerifier.sol";
import {MockAutomataDcapAttestation} from "./MockAutomataDcapAttestation.sol";

/// @notice Stand-in for Automata's `V4QuoteVerifier`: the version-specific verifier the entry point
/// routes v4 quotes to. It answers as the entry point mock does (same output layout), and checks
/// that the header it is given is the one the quote starts with, as the real verifier re-validates it.
contract MockAutomataQuoteVerifier is IAutomataQuoteVerifier, MockAutomataDcapAttestation {
    function quoteVersion() external pure returns (uint16) {
        return 4;
    }

    function verifyQuote(Header calldata header, bytes calldata rawQuote)
        external
        view
        returns (bool, bytes memory)
    {
        if (rawQuote.length < 48) return (false, bytes("Quote length is less than Header length"));
        bytes memory packed = abi.encodePacked(
            bytes2(uint16(header.version << 8 | header.version >> 8)),
            header.attestationKeyType,
            header.teeType,
            header.qeSvn,
            header.pceSvn,
            header.qeVendorId,
            header.userData
        );
        if (keccak256(packed) != keccak256(rawQuote[0:48])) return (false, bytes("Header mismatch"));
        return this.verifyAndAttestOnChain(rawQuote);
    }
}
