// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title INitroValidator
/// @notice Base's on-chain AWS Nitro Enclaves attestation validator (base/nitro-validator,
/// `NitroValidator` 1.x), as far as the Nitro adapter uses it. Written from its public ABI.
/// @dev `validateAttestation` checks the COSE_Sign1 signature against a cached AWS certificate chain
/// and returns pointers into `attestationTbs`. Each `CborElement` (a uint256) packs the CBOR major
/// type in bits 0-7, the content's start index in bits 80-159 and, for byte and text strings, the
/// content's length in bits 160-223; null and undefined have types 0xf6 and 0xf7. `pcrs[i]` is PCR i.
/// Version 2 moves the same check to `validateAttestationWithHints(tbs, signature, hints)` with the
/// same return value.
interface INitroValidator {
    struct Ptrs {
        uint256 moduleID;
        uint64 timestamp;
        uint256 digest;
        uint256[] pcrs;
        uint256 cert;
        uint256[] cabundle;
        uint256 publicKey;
        uint256 userData;
        uint256 nonce;
    }

    /// @notice Validates an attestation document's to-be-signed bytes and signature.
    function validateAttestation(bytes memory attestationTbs, bytes memory signature)
        external
        returns (Ptrs memory);
}
