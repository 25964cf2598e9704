// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Vm.sol";
import {IAppAuthMultisig} from "../../contracts/interfaces/IAppAuthMultisig.sol";

/// @notice Produces multisig approvals in tests the way an off-chain signer would: an EIP-712
/// signature of the contract's own digest, packed `(r, s, v)`, ordered by signer address.
library MultisigSignatures {
    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @dev The signature of `key` approving `data` at `nonce` on `app`.
    function sign(IAppAuthMultisig app, uint256 key, bytes memory data, uint256 nonce)
        internal
        view
        returns (bytes memory)
    {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, app.executeHash(keccak256(data), nonce));
        return abi.encodePacked(r, s, v);
    }

    /// @dev Signatures of every key in `keys`, sorted by signer address as {IAppAuthMultisig-execute} requires.
    function signAll(IAppAuthMultisig app, uint256[] memory keys, bytes memory data, uint256 nonce)
        internal
        view
        returns (bytes[] memory signatures)
    {
        uint256[] memory sorted = sortByAddress(keys);
        signatures = new bytes[](sorted.length);
        for (uint256 i; i < sorted.length; ++i) {
            signatures[i] = sign(app, sorted[i], data, nonce);
        }
    }

    /// @dev A copy of `keys` ordered by the address each key controls, ascending.
    function sortByAddress(uint256[] memory keys) internal pure returns (uint256[] memory sorted) {
        sorted = new uint256[](keys.length);
        address[] memory addrs = new address[](keys.length);
        for (uint256 i; i < keys.length; ++i) {
            (uint256 key, address account) = (keys[i], vm.addr(keys[i]));
            uint256 j = i;
            while (j > 0 && addrs[j - 1] > account) {
                (sorted[j], addrs[j]) = (sorted[j - 1], addrs[j - 1]);
                --j;
            }
            (sorted[j], addrs[j]) = (key, account);
        }
    }

    /// @dev `keys` as a list, for brevity at call sites.
    function keyList(uint256 a) internal pure returns (uint256[] memory keys) {
        keys = new uint256[](1);
        keys[0] = a;
    }

    function keyList(uint256 a, uint256 b) internal pure returns (uint256[] memory keys) {
        keys = new uint256[](2);
        (keys[0], keys[1]) = (a, b);
    }

    function keyList(uint256 a, uint256 b, uint256 c) internal pure returns (uint256[] memory keys) {
        keys = new uint256[](3);
        (keys[0], keys[1], keys[2]) = (a, b, c);
    }
}
