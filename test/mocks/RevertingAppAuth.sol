// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";

/// @dev Test-only: an AppAuth whose check reverts, to show that the KMS surfaces the revert (as
/// DstackKms does) rather than turning it into an answer.
contract RevertingAppAuth {
    error RevertingAppAuthBroken();

    function isAppAllowed(IAppAuth.AppBootInfo calldata) external pure returns (bool, string memory) {
        revert RevertingAppAuthBroken();
    }
}
