// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {INitroValidator} from "../../contracts/interfaces/external/INitroValidator.sol";
import {MockVerifierBase} from "./MockVerifierBase.sol";

/// @notice Stand-in for Base's `NitroValidator`: same function, same `Ptrs`. The test registers a
/// document's to-be-signed bytes with the pointers that parsing them yields (as AWS signing it
/// would make it valid); unregistered documents fail as a bad signature does.
contract MockNitroValidator is INitroValidator, MockVerifierBase {
    mapping(bytes32 tbsHash => bytes) private _ptrs;

    function register(bytes calldata attestationTbs, Ptrs calldata ptrs) external {
        _ptrs[keccak256(attestationTbs)] = abi.encode(ptrs);
    }

    function validateAttestation(bytes memory attestationTbs, bytes memory signature)
        external
        view
        returns (Ptrs memory)
    {
        _misbehave();
        bytes memory encoded = _ptrs[keccak256(attestationTbs)];
        require(signature.length == 96 && encoded.length != 0, "invalid sig");
        return abi.decode(encoded, (Ptrs));
    }
}
