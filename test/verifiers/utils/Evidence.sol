// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {INitroValidator} from "../../../contracts/interfaces/external/INitroValidator.sol";
import {ISevSnpAttestation} from "../../../contracts/interfaces/external/ISevSnpAttestation.sol";

/// @notice Synthetic evidence in the real layouts: a TDX v4 quote (Intel's quote header and TD 1.0
/// report body), an SNP attestation report inside Automata's journal, and a Nitro COSE_Sign1
/// to-be-signed document with the pointers Base's validator derives from it. Field offsets are
/// written here from the vendors' specifications, independently of the adapters.
library Evidence {
    // ---------------------------------------------------------------- Intel TDX

    struct TdxBody {
        bytes32 reportData; // first half of REPORTDATA
        bytes mrTd; // 48 bytes
        bytes rtmrs; // 4 x 48 bytes, RTMR0..RTMR3
        bool debug;
    }

    function tdxBody(bytes32 reportData) internal pure returns (TdxBody memory body) {
        body.reportData = reportData;
        body.mrTd = filled(48, "mrtd");
        body.rtmrs = filled(192, "rtmrs");
    }

    /// @dev Header (48 bytes) || TD 1.0 report body (584 bytes) || auth data size (4 bytes, zero).
    function tdxQuote(TdxBody memory body) internal pure returns (bytes memory quote) {
        bytes memory header = new bytes(48);
        header[0] = 0x04; // version 4, little-endian
        header[2] = 0x02; // attestation key type ECDSA-256-with-P-256
        header[4] = 0x81; // TEE type TDX, little-endian
        bytes memory report = new bytes(584);
        if (body.debug) report[120] = 0x01; // TDATTRIBUTES bit 0: DEBUG
        put(report, 136, body.mrTd); // MRTD
        put(report, 184, filled(48, "mrconfigid")); // MRCONFIGID
        put(report, 328, body.rtmrs); // RTMR0..3
        put(report, 520, abi.encodePacked(body.reportData, keccak256("report data, second half")));
        quote = bytes.concat(header, report, new bytes(4));
    }

    // ---------------------------------------------------------------- AMD SEV-SNP

    struct SnpReport {
        bytes32 reportData; // first half of REPORT_DATA
        bytes measurement; // 48 bytes
        uint8[4] reportedTcb; // boot loader, TEE, SNP, microcode
        bool debug;
    }

    function snpReport(bytes32 reportData) internal pure returns (SnpReport memory report) {
        report.reportData = reportData;
        report.measurement = filled(48, "snp measurement");
        report.reportedTcb = [uint8(4), 1, 22, 213];
    }

    /// @dev The 1184-byte report (SEV-SNP ABI Table 22), little-endian fields.
    function snpRawReport(SnpReport memory report) internal pure returns (bytes memory raw) {
        raw = new bytes(0x4a0);
        raw[0x00] = 0x02; // VERSION 2
        raw[0x0a] = report.debug ? bytes1(0x0b) : bytes1(0x03); // POLICY bits 16-17 (+ bit 19 DEBUG)
        raw[0x34] = 0x01; // SIGNATURE_ALGO ECDSA P-384 with SHA-384
        put(raw, 0x50, abi.encodePacked(report.reportData, keccak256("report data, second half")));
        put(raw, 0x90, report.measurement);
        raw[0x180] = bytes1(report.reportedTcb[0]);
        raw[0x181] = bytes1(report.reportedTcb[1]);
        raw[0x186] = bytes1(report.reportedTcb[2]);
        raw[0x187] = bytes1(report.reportedTcb[3]);
        put(raw, 0x1a0, filled(64, "chip id"));
        put(raw, 0x2a0, filled(144, "signature r, s"));
    }

    /// @dev The adapter's evidence: `abi.encode(abi.encode(journal), zkCoprocessor, proof)`.
    function snpEvidence(SnpReport memory report) internal view returns (bytes memory) {
        bytes32[] memory certs = new bytes32[](3);
        certs[0] = keccak256("ARK");
        certs[1] = keccak256("ASK");
        certs[2] = keccak256("VCEK");
        uint160[] memory serials = new uint160[](3);
        ISevSnpAttestation.VerifierJournal memory journal = ISevSnpAttestation.VerifierJournal({
            result: 0,
            timestamp: uint64(block.timestamp),
            processorModel: 1, // Genoa
            rawReport: snpRawReport(report),
            certs: certs,
            certSerials: serials,
            trustedCertsPrefixLen: 3
        });
        return abi.encode(abi.encode(journal), uint8(1), bytes("groth16 proof"));
    }

    // ---------------------------------------------------------------- AWS Nitro

    struct NitroDoc {
        bytes nonce; // empty: null
        bytes[] pcrs; // PCR0, PCR1, ...
    }

    function nitroDoc(bytes32 challenge) internal pure returns (NitroDoc memory doc) {
        doc.nonce = abi.encodePacked(challenge);
        doc.pcrs = new bytes[](4);
        doc.pcrs[0] = filled(48, "pcr0");
        doc.pcrs[1] = filled(48, "pcr1");
        doc.pcrs[2] = filled(48, "pcr2");
        doc.pcrs[3] = new bytes(48);
    }

    /// @dev The COSE_Sign1 Sig_structure ["Signature1", protected {1: -35}, h'', payload] encoded as
    /// Base's validator expects it, and the pointers its parser returns for that document.
    function nitroTbs(NitroDoc memory doc)
        internal
        pure
        returns (bytes memory tbs, INitroValidator.Ptrs memory ptrs)
    {
        bytes memory p = cborHeader(5, 9); // payload map, 9 entries
        uint256 at;
        p = bytes.concat(p, cborText("module_id"));
        (p, at) = appendString(p, 3, bytes("i-0abc-enc0123456789"));
        ptrs.moduleID = element(0x60, at, 20);
        p = bytes.concat(p, cborText("digest"));
        (p, at) = appendString(p, 3, bytes("SHA384"));
        ptrs.digest = element(0x60, at, 6);
        p = bytes.concat(p, cborText("timestamp"), cborHeader(0, 1_700_000_000_000));
        ptrs.timestamp = 1_700_000_000_000;
        p = bytes.concat(p, cborText("pcrs"), cborHeader(5, doc.pcrs.length));
        ptrs.pcrs = new uint256[](doc.pcrs.length);
        for (uint256 i; i < doc.pcrs.length; ++i) {
            p = bytes.concat(p, cborHeader(0, i));
            (p, at) = appendString(p, 2, doc.pcrs[i]);
            ptrs.pcrs[i] = element(0x40, at, doc.pcrs[i].length);
        }
        p = bytes.concat(p, cborText("certificate"));
        (p, at) = appendString(p, 2, filled(300, "leaf certificate"));
        ptrs.cert = element(0x40, at, 300);
        p = bytes.concat(p, cborText("cabundle"), cborHeader(4, 1));
        (p, at) = appendString(p, 2, filled(200, "root certificate"));
        ptrs.cabundle = new uint256[](1);
        ptrs.cabundle[0] = element(0x40, at, 200);
        p = bytes.concat(p, cborText("public_key"), hex"f6");
        ptrs.publicKey = element(0xf6, p.length, 0);
        p = bytes.concat(p, cborText("user_data"), hex"f6");
        ptrs.userData = element(0xf6, p.length, 0);
        p = bytes.concat(p, cborText("nonce"));
        if (doc.nonce.length == 0) {
            p = bytes.concat(p, hex"f6");
            ptrs.nonce = element(0xf6, p.length, 0);
        } else {
            (p, at) = appendString(p, 2, doc.nonce);
            ptrs.nonce = element(0x40, at, doc.nonce.length);
        }

        bytes memory prefix = hex"846a5369676e61747572653144a101382240";
        bytes memory payloadHeader = cborHeader(2, p.length);
        tbs = bytes.concat(prefix, payloadHeader, p);
        // Pointers so far count from the payload's first byte; make them count from the document's.
        uint256 shift = prefix.length + payloadHeader.length;
        ptrs.moduleID = shifted(ptrs.moduleID, shift);
        ptrs.digest = shifted(ptrs.digest, shift);
        for (uint256 i; i < ptrs.pcrs.length; ++i) {
            ptrs.pcrs[i] = shifted(ptrs.pcrs[i], shift);
        }
        ptrs.cert = shifted(ptrs.cert, shift);
        ptrs.cabundle[0] = shifted(ptrs.cabundle[0], shift);
        ptrs.publicKey = shifted(ptrs.publicKey, shift);
        ptrs.userData = shifted(ptrs.userData, shift);
        ptrs.nonce = shifted(ptrs.nonce, shift);
    }

    /// @dev A CborElement as Base's `LibCborElement.toCborElement` packs it.
    function element(uint256 cborType, uint256 start, uint256 length) internal pure returns (uint256) {
        return cborType | (start << 80) | (length << 160);
    }

    function shifted(uint256 ptr, uint256 by) internal pure returns (uint256) {
        return ptr + (by << 80);
    }

    function cborHeader(uint8 major, uint256 value) internal pure returns (bytes memory) {
        uint8 m = major << 5;
        if (value < 24) return abi.encodePacked(m | uint8(value));
        if (value < 1 << 8) return abi.encodePacked(m | 24, uint8(value));
        if (value < 1 << 16) return abi.encodePacked(m | 25, uint16(value));
        if (value < 1 << 32) return abi.encodePacked(m | 26, uint32(value));
        return abi.encodePacked(m | 27, uint64(value));
    }

    function cborText(string memory s) internal pure returns (bytes memory) {
        return bytes.concat(cborHeader(3, bytes(s).length), bytes(s));
    }

    /// @dev Appends a byte (major 2) or text (major 3) string; returns where its content starts.
    function appendString(bytes memory p, uint8 major, bytes memory content)
        internal
        pure
        returns (bytes memory, uint256 start)
    {
        bytes memory header = cborHeader(major, content.length);
        start = p.length + header.length;
        return (bytes.concat(p, header, content), start);
    }

    // ---------------------------------------------------------------- bytes

    /// @dev `length` bytes derived from `seed`, none of them zero in practice.
    function filled(uint256 length, string memory seed) internal pure returns (bytes memory out) {
        out = new bytes(length);
        for (uint256 i; i < length; ++i) {
            out[i] = bytes1(uint8(uint256(keccak256(abi.encode(seed, i))) % 255) + 1);
        }
    }

    function put(bytes memory target, uint256 offset, bytes memory data) internal pure {
        require(offset + data.length <= target.length, "put out of range");
        for (uint256 i; i < data.length; ++i) {
            target[offset + i] = data[i];
        }
    }
}
