// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice Reads deployed EVM code the way the EVM does: opcode by opcode, skipping PUSH data and the
/// compiler's trailing CBOR metadata, so that a byte inside a constant is not mistaken for an opcode.
library Bytecode {
    uint8 internal constant CALLCODE = 0xf2;
    uint8 internal constant DELEGATECALL = 0xf4;
    uint8 internal constant SELFDESTRUCT = 0xff;

    /// @dev Whether `code` contains the opcode `op` outside PUSH data and metadata.
    function hasOpcode(bytes memory code, uint8 op) internal pure returns (bool) {
        uint256 end = _codeEnd(code);
        for (uint256 i; i < end; ++i) {
            uint8 current = uint8(code[i]);
            if (current == op) return true;
            // PUSH1 (0x60) .. PUSH32 (0x7f) carry 1..32 bytes of data.
            if (current >= 0x60 && current <= 0x7f) i += current - 0x5f;
        }
        return false;
    }

    /// @dev Where the instructions end: solc appends CBOR metadata whose length is the last two bytes.
    function _codeEnd(bytes memory code) private pure returns (uint256) {
        if (code.length < 2) return code.length;
        uint256 metadataLength = (uint256(uint8(code[code.length - 2])) << 8) | uint8(code[code.length - 1]);
        // Only trust the length if it points at a CBOR map (0xa1..0xb7) inside the code.
        if (metadataLength + 2 > code.length) return code.length;
        uint8 first = uint8(code[code.length - 2 - metadataLength]);
        if (first < 0xa1 || first > 0xb7) return code.length;
        return code.length - 2 - metadataLength;
    }
}
