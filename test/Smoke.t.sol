// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IAppAuth} from "../contracts/interfaces/IAppAuth.sol";
import {IAppAuthBasicManagement} from "../contracts/interfaces/IAppAuthBasicManagement.sol";
import {AppAuthCore} from "../contracts/AppAuthCore.sol";
import {TimelockAppAuth} from "../contracts/TimelockAppAuth.sol";

contract SmokeTest is Test {
    function test_ids() public {
        assertEq(type(IAppAuth).interfaceId, bytes4(0x1e079198));
        assertEq(type(IAppAuthBasicManagement).interfaceId, bytes4(0x8fd37527));
        assertEq(IAppAuth.isAppAllowed.selector, bytes4(0x1e079198));
        bytes32[] memory hs = new bytes32[](1); hs[0] = keccak256("v1");
        bytes32[] memory ds = new bytes32[](1); ds[0] = keccak256("d1");
        TimelockAppAuth t = new TimelockAppAuth(address(this), 7 days, 1 days, 7 days, AppAuthCore.InitialPolicy(hs, ds, false, false));
        IAppAuth.AppBootInfo memory b;
        b.appId = address(t); b.composeHash = hs[0]; b.deviceId = ds[0]; b.tcbStatus = "UpToDate";
        (bool ok,) = t.isAppAllowed(b);
        assertTrue(ok);
        vm.snapshotGasLastCall("smoke", "timelock_isAppAllowed");
    }
}
