// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAutomataDcapAttestation} from "../../contracts/interfaces/external/IAutomataDcapAttestation.sol";
import {MockVerifierBase} from "./MockVerifierBase.sol";

/// @notice Stand-in for Automata's `AutomataDcapAttestation`: same function, same output layout.
/// It trusts every quote's signature and answers with the status set by the test, building the
/// output from the quote's header and TD report body exactly as `V4QuoteVerifier` serialises it.
contract MockAutomataDcapAttestation is IAutomataDcapAttestation, MockVerifierBase {
    uint256 private constant _HEADER = 48;
    uint256 private constant _TD10_BODY = 584;

    uint8 public tcbStatus; // Automata TCBStatus; 0 = OK
    bytes6 public fmspc = 0x90c06f000000;
    bool public rejects;

    function setTcbStatus(uint8 status) external {
        tcbStatus = status;
    }

    function setRejects(bool rejects_) external {
        rejects = rejects_;
    }

    function verifyAndAttestOnChain(bytes calldata rawQuote) external view returns (bool, bytes memory) {
        _misbehave();
        if (rejects) return (false, bytes("Failed to verify X509 Chain"));
        if (rawQuote.length < _HEADER + _TD10_BODY) {
            return (false, bytes("Quote length is less than minimum"));
        }
        // Header fields are little-endian: version at 0, TEE type at 4.
        uint16 version = uint16(uint8(rawQuote[0])) | (uint16(uint8(rawQuote[1])) << 8);
        bytes4 tee = bytes4(
            uint32(uint8(rawQuote[4])) | (uint32(uint8(rawQuote[5])) << 8)
                | (uint32(uint8(rawQuote[6])) << 16) | (uint32(uint8(rawQuote[7])) << 24)
        );
        if (version != 4) return (false, bytes("Unsupported quote version"));
        return
            (true, abi.encodePacked(version, tee, tcbStatus, fmspc, rawQuote[_HEADER:_HEADER + _TD10_BODY]));
    }
}
