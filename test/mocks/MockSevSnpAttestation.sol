// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ISevSnpAttestation} from "../../contracts/interfaces/external/ISevSnpAttestation.sol";
import {MockVerifierBase} from "./MockVerifierBase.sol";

/// @notice Stand-in for Automata's `SEVAgentAttestation`: same function, same journal. It decodes
/// the journal from `output` as the real contract does, accepts any non-empty proof, and returns
/// the journal with the result the test set (Success by default).
contract MockSevSnpAttestation is ISevSnpAttestation, MockVerifierBase {
    uint8 public forcedResult;

    function setResult(uint8 result) external {
        forcedResult = result;
    }

    function verifyAndAttestWithZKProof(bytes calldata output, uint8 zkCoprocessor, bytes calldata proofBytes)
        external
        view
        returns (VerifierJournal memory parsed)
    {
        _misbehave();
        if (zkCoprocessor == 0 || zkCoprocessor > 3) revert("Unknown_Zk_Coprocessor");
        if (proofBytes.length == 0) revert("invalid proof");
        parsed = abi.decode(output, (VerifierJournal));
        if (forcedResult != 0) parsed.result = forcedResult;
    }
}
