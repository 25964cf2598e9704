// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Deployers} from "./base/Deployers.s.sol";
import {TimelockAppAuth} from "../contracts/TimelockAppAuth.sol";

/// @notice Deploys a TimelockAppAuth (ERC-733 Stage 1) and registers it with `KMS` if given.
/// Environment: `OWNER`, `NOTICE_PERIOD`, `MIN_NOTICE_PERIOD`, `GRACE_PERIOD`, `COMPOSE_HASH`,
/// `DEVICE_ID`, `ALLOW_ANY_DEVICE`, `REQUIRE_TCB_UP_TO_DATE`, `KMS`, `DEPLOYMENT_NAME` (see {Deployers}).
/// @dev `COMPOSE_HASH=0x… DEVICE_ID=0x… KMS=0x… forge script script/DeployTimelock.s.sol --rpc-url $RPC
/// --broadcast --private-key $KEY`
contract DeployTimelock is Deployers {
    function run() external returns (TimelockAppAuth timelock) {
        vm.startBroadcast();
        address deployer = _broadcaster();
        timelock =
            _deployTimelock(_nameFromEnv("timelock"), _appConfigFromEnv(deployer), _noticeConfigFromEnv());
        vm.stopBroadcast();
    }
}
