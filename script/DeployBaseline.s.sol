// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Deployers} from "./base/Deployers.s.sol";
import {BaselineAppAuth} from "../contracts/BaselineAppAuth.sol";

/// @notice Deploys a BaselineAppAuth (ERC-733 Stage 0: instant owner) and registers it with `KMS` if
/// given. Environment: `OWNER`, `COMPOSE_HASH`, `DEVICE_ID`, `ALLOW_ANY_DEVICE`, `REQUIRE_TCB_UP_TO_DATE`,
/// `KMS`, `DEPLOYMENT_NAME` (see {Deployers}).
contract DeployBaseline is Deployers {
    function run() external returns (BaselineAppAuth baseline) {
        vm.startBroadcast();
        address deployer = _broadcaster();
        baseline = _deployBaseline(_nameFromEnv("baseline"), _appConfigFromEnv(deployer));
        vm.stopBroadcast();
    }
}
