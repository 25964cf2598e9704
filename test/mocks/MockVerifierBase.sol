// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice Failure modes shared by the stand-in verifiers: revert with given data, or answer with
/// given raw bytes instead of a well-formed result (garbage).
abstract contract MockVerifierBase {
    bool private _reverts;
    bytes private _revertData;
    bool private _answersRaw;
    bytes private _rawAnswer;

    /// @notice Every call reverts with `revertData`.
    function setRevert(bytes calldata revertData) external {
        _reverts = true;
        _revertData = revertData;
    }

    /// @notice Every call returns `rawAnswer` verbatim, whatever the declared return type.
    function setRawAnswer(bytes calldata rawAnswer) external {
        _answersRaw = true;
        _rawAnswer = rawAnswer;
    }

    /// @notice Back to honest answers.
    function reset() external {
        _reverts = false;
        _answersRaw = false;
    }

    /// @dev Applies the failure mode, if any; returns only when the mock should answer honestly.
    function _misbehave() internal view {
        if (_reverts) {
            bytes memory data = _revertData;
            assembly ("memory-safe") {
                revert(add(data, 32), mload(data))
            }
        }
        if (_answersRaw) {
            bytes memory data = _rawAnswer;
            assembly ("memory-safe") {
                return(add(data, 32), mload(data))
            }
        }
    }
}
