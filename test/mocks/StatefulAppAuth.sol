// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";

/// @dev Test-only: an AppAuth that writes state while answering, which a static call forbids. The
/// KMS must call AppAuths statically, so this one can never answer through it.
contract StatefulAppAuth {
    uint256 public checks;

    function isAppAllowed(IAppAuth.AppBootInfo calldata) external returns (bool, string memory) {
        ++checks;
        return (true, "");
    }
}
