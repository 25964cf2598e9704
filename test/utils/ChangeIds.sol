// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";

/// @notice The change id of announcing `composeHash`, as every notice-period variant derives it.
function composeHashId(bytes32 composeHash) pure returns (bytes32) {
    return keccak256(abi.encode(IAppAuthNotice.ChangeKind.ComposeHash, composeHash));
}
