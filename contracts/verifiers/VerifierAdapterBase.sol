// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC165} from "@openzeppelin/contracts/utils/introspection/ERC165.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IVerifierAdapter} from "../interfaces/IVerifierAdapter.sol";

/// @title VerifierAdapterBase
/// @notice What every adapter shares: the verifier it calls, ERC-165, and bounds-checked reads of
/// the verifier's answer. Immutable: the verifier and its kind are fixed at construction; there is
/// no owner, no setter and no proxy, so an adapter behaves tomorrow as it does today.
/// @dev Adapters never `abi.decode` a verifier's answer: a decoding failure would revert without a
/// reason. They read it word by word instead, and every read that would leave the answer reverts
/// with {IVerifierAdapter-VerifierMalformedOutput}. All arithmetic on untrusted offsets is written
/// so that it cannot overflow.
abstract contract VerifierAdapterBase is ERC165, IVerifierAdapter {
    address private immutable _verifier;
    VerifierKind private immutable _verifierKind;

    /// @param verifier_ The vendor's verifier contract.
    /// @param kind_ Whether `verifier_` is a router or the verifier itself.
    constructor(address verifier_, VerifierKind kind_) {
        if (verifier_.code.length == 0) revert VerifierAdapterNoVerifier(verifier_);
        _verifier = verifier_;
        _verifierKind = kind_;
    }

    /// @inheritdoc IVerifierAdapter
    function vendor() public pure virtual returns (bytes32);

    /// @inheritdoc IVerifierAdapter
    function verifier() public view returns (address) {
        return _verifier;
    }

    /// @inheritdoc IVerifierAdapter
    function verifierKind() public view returns (VerifierKind) {
        return _verifierKind;
    }

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId)
        public
        view
        virtual
        override(ERC165, IERC165)
        returns (bool)
    {
        return interfaceId == type(IVerifierAdapter).interfaceId || super.supportsInterface(interfaceId);
    }

    /// @dev Calls the verifier; its revert becomes {IVerifierAdapter-VerifierCallFailed}.
    function _callVerifier(bytes memory data) internal returns (bytes memory answer) {
        bool ok;
        (ok, answer) = _verifier.call(data);
        if (!ok) revert VerifierCallFailed(_verifier, answer);
    }

    /// @dev Reverts with {IVerifierAdapter-VerifierMalformedOutput} for this adapter's verifier.
    function _malformed() internal view {
        revert VerifierMalformedOutput(_verifier);
    }

    /// @dev Reverts unless `[start, start + length)` lies inside `data`.
    function _checkRange(bytes memory data, uint256 start, uint256 length) internal view {
        if (start > data.length || length > data.length - start) _malformed();
    }

    /// @dev The 32 bytes of `data` at byte `offset`.
    function _word(bytes memory data, uint256 offset) internal view returns (uint256 word) {
        _checkRange(data, offset, 32);
        assembly ("memory-safe") {
            word := mload(add(add(data, 32), offset))
        }
    }

    /// @dev The byte of `data` at `offset`.
    function _byte(bytes memory data, uint256 offset) internal view returns (uint8) {
        _checkRange(data, offset, 1);
        return uint8(data[offset]);
    }

    /// @dev A copy of `data[start:start + length]`.
    function _slice(bytes memory data, uint256 start, uint256 length)
        internal
        view
        returns (bytes memory out)
    {
        _checkRange(data, start, length);
        out = new bytes(length);
        assembly ("memory-safe") {
            mcopy(add(out, 32), add(add(data, 32), start), length)
        }
    }

    /// @dev keccak256 of `data[start:start + length]`, without copying.
    function _hash(bytes memory data, uint256 start, uint256 length) internal view returns (bytes32 digest) {
        _checkRange(data, start, length);
        assembly ("memory-safe") {
            digest := keccak256(add(add(data, 32), start), length)
        }
    }

    /// @dev The ABI-encoded dynamic value whose offset word sits at `head` and counts from `base`:
    /// returns where its length word is. Used for `bytes` and for arrays of 32-byte words.
    function _tail(bytes memory data, uint256 base, uint256 head)
        internal
        view
        returns (uint256 at, uint256 length)
    {
        uint256 offset = _word(data, head);
        if (offset > data.length || base > data.length - offset) _malformed();
        at = base + offset;
        length = _word(data, at);
    }

    /// @dev A copy of the ABI-encoded `bytes` whose offset word sits at `head` and counts from `base`.
    function _abiBytes(bytes memory data, uint256 base, uint256 head) internal view returns (bytes memory) {
        (uint256 at, uint256 length) = _tail(data, base, head);
        return _slice(data, at + 32, length);
    }
}
