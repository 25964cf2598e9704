// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AppAuthGasTest} from "./AppAuthGas.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {composeHashId} from "../utils/Defaults.sol";

/// @notice Gas of the Stage-1 timelock: the boot check and each step of the notice-period path.
contract TimelockAppAuthGasTest is AppAuthGasTest {

    TimelockAppAuth internal timelock;

    function _variant() internal pure override returns (string memory) {
        return "timelock";
    }

    function _deployApp() internal override returns (address) {
        AppAuthCore.InitialPolicy memory policy = initialPolicy();
        timelock = new TimelockAppAuth(owner, NOTICE, 1 days, 7 days, policy);
        return address(timelock);
    }

    function test_proposeComposeHash_AnnouncesChange() external onlyIsolated {
        _propose(HASH_V2, "proposeComposeHash");
        assertEq(timelock.activatesAt(composeHashId(HASH_V2)), block.timestamp + NOTICE);
    }

    function test_activateComposeHash_AllowsHash() external onlyIsolated {
        _propose(HASH_V2, "");
        vm.warp(block.timestamp + NOTICE);
        _transact(app, abi.encodeCall(IAppAuthNotice.activateComposeHash, (HASH_V2)), "activateComposeHash");
        assertTrue(timelock.allowedComposeHashes(HASH_V2));
    }

    function test_cancelProposal_WithdrawsChange() external onlyIsolated {
        _propose(HASH_V2, "");
        vm.prank(owner);
        _transact(app, abi.encodeCall(IAppAuthNotice.cancelProposal, (composeHashId(HASH_V2))), "cancelProposal");
        assertEq(timelock.activatesAt(composeHashId(HASH_V2)), 0);
    }

    function test_removeComposeHash_DisallowsHash() external onlyIsolated {
        vm.prank(owner);
        _transact(app, abi.encodeCall(IAppAuthNotice.removeComposeHash, (HASH_V1)), "removeComposeHash");
        assertFalse(timelock.allowedComposeHashes(HASH_V1));
    }

    /// @dev Proposes as the owner; records the call as `operation` unless it is empty.
    function _propose(bytes32 composeHash, string memory operation) private {
        bytes memory data = proposeComposeHashCall(composeHash);
        vm.prank(owner);
        if (bytes(operation).length == 0) {
            (bool success,) = app.call(data);
            assertTrue(success, "proposeComposeHash reverted");
        } else {
            _transact(app, data, operation);
        }
    }
}
