// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AppAuthGasTest} from "./AppAuthGas.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {BaselineAppAuth} from "../../contracts/BaselineAppAuth.sol";
import {IAppAuthBasicManagement} from "../../contracts/interfaces/IAppAuthBasicManagement.sol";

/// @notice Gas of the Stage-0 baseline: the boot check and an instant addition.
contract BaselineAppAuthGasTest is AppAuthGasTest {
    BaselineAppAuth internal baseline;

    function _variant() internal pure override returns (string memory) {
        return "baseline";
    }

    function _deployApp() internal override returns (address) {
        AppAuthCore.InitialPolicy memory policy = initialPolicy();
        baseline = new BaselineAppAuth(owner, policy);
        return address(baseline);
    }

    function test_addComposeHash_AllowsHash() external onlyIsolated {
        vm.prank(owner);
        _transact(app, abi.encodeCall(IAppAuthBasicManagement.addComposeHash, (HASH_V2)), "addComposeHash");
        assertTrue(baseline.allowedComposeHashes(HASH_V2));
    }
}
