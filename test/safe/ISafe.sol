// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice The parts of Safe 1.4.1 (`@safe-global/safe-contracts`) the Safe-as-owner tests call.
/// The tests deploy the package's published bytecode; this interface only names its functions.
/// `operation` is Safe's `Enum.Operation`: 0 call, 1 delegatecall.
interface ISafe {
    function setup(
        address[] calldata owners,
        uint256 threshold,
        address to,
        bytes calldata data,
        address fallbackHandler,
        address paymentToken,
        uint256 payment,
        address payable paymentReceiver
    ) external;

    function execTransaction(
        address to,
        uint256 value,
        bytes calldata data,
        uint8 operation,
        uint256 safeTxGas,
        uint256 baseGas,
        uint256 gasPrice,
        address gasToken,
        address payable refundReceiver,
        bytes memory signatures
    ) external payable returns (bool success);

    function getTransactionHash(
        address to,
        uint256 value,
        bytes calldata data,
        uint8 operation,
        uint256 safeTxGas,
        uint256 baseGas,
        uint256 gasPrice,
        address gasToken,
        address refundReceiver,
        uint256 nonce
    ) external view returns (bytes32);

    function approveHash(bytes32 hashToApprove) external;

    function nonce() external view returns (uint256);

    function getOwners() external view returns (address[] memory);

    function getThreshold() external view returns (uint256);

    function VERSION() external view returns (string memory);
}

/// @notice `SafeProxyFactory` 1.4.1.
interface ISafeProxyFactory {
    function createProxyWithNonce(address singleton, bytes memory initializer, uint256 saltNonce)
        external
        returns (address proxy);
}
