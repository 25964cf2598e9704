// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Deployers} from "./base/Deployers.s.sol";
import {TimelockAppAuth} from "../contracts/TimelockAppAuth.sol";

/// @notice The transactions of `npm run demo` after deployment (tools/demo.mjs drives it). A forge script
/// cannot wait for time to pass between broadcasts, so the demo runs this script once per phase, chosen
/// by `PHASE`, and moves the chain's clock in between:
/// - `PHASE=propose`: announce the compose hash `COMPOSE_HASH` (with the metadata `URI`, optional);
/// - `PHASE=activate`: activate it once the notice period has passed (anyone may).
/// The app is the entry `DEPLOYMENT_NAME` (default `TimelockAppAuth`) of `deployments/<chainId>.json`,
/// written by script/DeployTimelock.s.sol.
contract Demo is Deployers {
    /// @notice `PHASE` is neither `propose` nor `activate`.
    error DemoUnknownPhase(string phase);

    function run() external {
        string memory phase = vm.envString("PHASE");
        TimelockAppAuth app = TimelockAppAuth(_deployment(_nameFromEnv("TimelockAppAuth")));
        bytes32 composeHash = vm.envBytes32("COMPOSE_HASH");
        vm.startBroadcast();
        if (_is(phase, "propose")) {
            app.proposeComposeHash(composeHash, vm.envOr("URI", string("")));
        } else if (_is(phase, "activate")) {
            app.activateComposeHash(composeHash);
        } else {
            revert DemoUnknownPhase(phase);
        }
        vm.stopBroadcast();
    }

    function _is(string memory a, string memory b) private pure returns (bool) {
        return keccak256(bytes(a)) == keccak256(bytes(b));
    }
}
