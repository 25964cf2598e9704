// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";

/// @dev Test-only: an AppAuth that allows every boot, i.e. what a rug upgrade would swap in.
contract PermissiveAppAuth {
    function isAppAllowed(IAppAuth.AppBootInfo calldata) external pure returns (bool, string memory) {
        return (true, "");
    }
}
