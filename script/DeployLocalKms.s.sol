// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Deployers} from "./base/Deployers.s.sol";
import {LocalKms} from "../contracts/kms/LocalKms.sol";

/// @notice Deploys a LocalKms, for local chains and test networks: the real DstackKms is what production
/// apps register with. Environment: `OWNER`, `OS_IMAGE`, `GATEWAY_APP_ID`, `DEPLOYMENT_NAME`
/// (see {Deployers}).
/// @dev `OS_IMAGE=0x… forge script script/DeployLocalKms.s.sol --rpc-url $RPC --broadcast --private-key $KEY`
contract DeployLocalKms is Deployers {
    function run() external returns (LocalKms kms) {
        vm.startBroadcast();
        address deployer = _broadcaster();
        kms = _deployLocalKms(_nameFromEnv("kms"), _localKmsConfigFromEnv(deployer), deployer);
        vm.stopBroadcast();
    }
}
