// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {BaselineAppAuth} from "../../contracts/BaselineAppAuth.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {LocalKms} from "../../contracts/kms/LocalKms.sol";
import {DeployBaseline} from "../../script/DeployBaseline.s.sol";
import {DeployLocalKms} from "../../script/DeployLocalKms.s.sol";
import {DeployTimelock} from "../../script/DeployTimelock.s.sol";
import {Defaults} from "../utils/Defaults.sol";

/// @notice The deploy scripts apply their environment. Every test sets the same variables to the same
/// values, because the environment is shared by tests running in parallel; outside `--broadcast` the
/// scripts write no deployment record.
contract DeployScriptsTest is Test, Defaults {
    bytes32 internal constant OS_IMAGE = keccak256("os image");

    address internal owner = makeAddr("owner");
    LocalKms internal kms;

    function setUp() public {
        kms = new LocalKms(address(this));
        vm.setEnv("OWNER", vm.toString(owner));
        vm.setEnv("NOTICE_PERIOD", "259200");
        vm.setEnv("MIN_NOTICE_PERIOD", "86400");
        vm.setEnv("GRACE_PERIOD", "172800");
        vm.setEnv("COMPOSE_HASH", string.concat(vm.toString(HASH_V1), ",", vm.toString(HASH_V2)));
        vm.setEnv("DEVICE_ID", vm.toString(DEVICE_1));
        vm.setEnv("ALLOW_ANY_DEVICE", "false");
        vm.setEnv("REQUIRE_TCB_UP_TO_DATE", "true");
        vm.setEnv("KMS", vm.toString(address(kms)));
        vm.setEnv("OS_IMAGE", vm.toString(OS_IMAGE));
    }

    function test_run_DeploysTimelockFromEnvironment() external {
        TimelockAppAuth timelock = new DeployTimelock().run();
        assertEq(timelock.owner(), owner);
        assertEq(timelock.noticePeriod(), 3 days);
        assertEq(timelock.minNoticePeriod(), 1 days);
        assertEq(timelock.gracePeriod(), 2 days);
        assertTrue(timelock.allowedComposeHashes(HASH_V1));
        assertTrue(timelock.allowedComposeHashes(HASH_V2));
        assertTrue(timelock.allowedDeviceIds(DEVICE_1));
        assertFalse(timelock.allowAnyDevice());
        assertTrue(timelock.requireTcbUpToDate());
        assertTrue(kms.registeredApps(address(timelock)), "registered with KMS");
    }

    function test_run_DeploysBaselineFromEnvironment() external {
        BaselineAppAuth baseline = new DeployBaseline().run();
        assertEq(baseline.owner(), owner);
        assertTrue(baseline.allowedComposeHashes(HASH_V1));
        assertTrue(baseline.allowedComposeHashes(HASH_V2));
        assertTrue(baseline.allowedDeviceIds(DEVICE_1));
        assertTrue(baseline.requireTcbUpToDate());
        assertTrue(kms.registeredApps(address(baseline)), "registered with KMS");
    }

    function test_run_DeploysLocalKmsAndHandsItToOwner() external {
        LocalKms deployed = new DeployLocalKms().run();
        assertEq(deployed.owner(), owner);
        assertTrue(deployed.allowedOsImages(OS_IMAGE));
    }

    function test_run_RecordsNothingOutsideBroadcast() external {
        string memory path =
            string.concat(vm.projectRoot(), "/deployments/", vm.toString(block.chainid), ".json");
        bool existed = vm.isFile(path);
        new DeployTimelock().run();
        assertEq(vm.isFile(path), existed, "a test run must not create a deployment record");
    }
}
