// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {AppAuthGasTest} from "./AppAuthGas.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthBasicManagement} from "../../contracts/interfaces/IAppAuthBasicManagement.sol";
import {DstackAppReference} from "../reference/DstackAppReference.sol";

/// @notice Gas of our DstackApp re-implementation behind its ERC-1967 proxy: the yardstick our variants
/// are compared with, measured exactly as they are.
///
/// It also records, in `snapshots/calibration.json`, the same calls measured from the caller's side
/// (the test's own gas before and after the call: the frame plus the cold account access, argument
/// encoding and return decoding), to show how far a measuring method moves the numbers when they are
/// compared with DstackApp's published figures, whose method is not stated.
contract DstackAppReferenceGasTest is AppAuthGasTest {
    string internal constant CALIBRATION = "calibration";

    DstackAppReference internal dstackApp;

    function _variant() internal pure override returns (string memory) {
        return "reference";
    }

    function _deployApp() internal override returns (address) {
        bytes memory init =
            abi.encodeCall(DstackAppReference.initialize, (owner, false, true, false, DEVICE_1, HASH_V1));
        dstackApp = DstackAppReference(address(new ERC1967Proxy(address(new DstackAppReference()), init)));
        return address(dstackApp);
    }

    function _withinDstackAppBudget() internal pure override returns (bool) {
        return false;
    }

    function test_addComposeHash_AllowsHash() external onlyIsolated {
        vm.prank(owner);
        _transact(app, abi.encodeCall(IAppAuthBasicManagement.addComposeHash, (HASH_V2)), "addComposeHash");
        assertTrue(dstackApp.allowedComposeHashes(HASH_V2));
    }

    function test_isAppAllowed_DirectCallerSide() external onlyIsolated {
        (IAppAuth target, IAppAuth.AppBootInfo memory bootInfo) = (dstackApp, _boot());
        uint256 before = gasleft();
        (bool allowed,) = target.isAppAllowed(bootInfo);
        uint256 gasUsed = before - gasleft();
        vm.snapshotValue(CALIBRATION, _entry("isAppAllowed_direct_callerSide"), gasUsed);
        assertTrue(allowed);
        assertGt(gasUsed, vm.lastCallGas().gasTotalUsed, "caller side must include the frame");
    }

    function test_isAppAllowed_ViaKmsCallerSide() external onlyIsolated {
        (IAppAuth target, IAppAuth.AppBootInfo memory bootInfo) = (kms, _boot());
        uint256 before = gasleft();
        (bool allowed,) = target.isAppAllowed(bootInfo);
        uint256 gasUsed = before - gasleft();
        vm.snapshotValue(CALIBRATION, _entry("isAppAllowed_viaKms_callerSide"), gasUsed);
        assertTrue(allowed);
        assertGt(gasUsed, vm.lastCallGas().gasTotalUsed, "caller side must include the frame");
    }

    function test_addComposeHash_CallerSide() external onlyIsolated {
        IAppAuthBasicManagement target = dstackApp;
        vm.prank(owner);
        uint256 before = gasleft();
        target.addComposeHash(HASH_V2);
        uint256 window = before - gasleft();
        // The isolated call is charged to the test as its whole transaction: undo the base, calldata
        // and refund terms as _frameGas does, keeping the caller's own costs.
        bytes memory data = abi.encodeCall(IAppAuthBasicManagement.addComposeHash, (HASH_V2));
        uint256 frame = _frameGas(vm.lastCallGas(), data);
        uint256 gasUsed = window + frame - vm.lastCallGas().gasTotalUsed;
        vm.snapshotValue(CALIBRATION, _entry("addComposeHash_callerSide"), gasUsed);
        assertGt(gasUsed, frame, "caller side must include the frame");
    }
}
