// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test, Vm} from "forge-std/Test.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthEvents} from "../../contracts/interfaces/IAppAuthEvents.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IAppAuthOwnable} from "../../contracts/interfaces/IAppAuthOwnable.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {AppAuthAssertions} from "../utils/AppAuthAssertions.sol";
import {BootInfos} from "../utils/BootInfos.sol";

/// @notice Set-up and helpers for the timelock's own tests: a deployed app whose initial policy
/// requires an up-to-date TCB (so that dropping it is a loosening to test), an owner, a keeper who
/// activates matured changes, an attacker and a nominee.
abstract contract TimelockTestBase is AppAuthAssertions, IAppAuthEvents {
    using BootInfos for IAppAuth.AppBootInfo;
    /// @dev A realistic start time, so that `activatesAt - 1` and friends never underflow.
    uint256 internal constant START = 1_750_000_000;

    string internal constant URI = "ipfs://bafy-release-notes-v2";

    address internal owner = makeAddr("owner");
    address internal keeper = makeAddr("keeper");
    address internal attacker = makeAddr("attacker");
    address internal nominee = makeAddr("nominee");

    TimelockAppAuth internal app;

    function setUp() public virtual {
        vm.warp(START);
        app = new TimelockAppAuth(owner, NOTICE, MIN_NOTICE, GRACE, initialPolicy());
    }

    function _appUnderTest() internal view override returns (address) {
        return address(app);
    }

    function _id(IAppAuthNotice.ChangeKind kind, bytes32 value) internal view returns (bytes32) {
        return app.changeId(kind, value);
    }

    function _ownerValue(address account) internal pure returns (bytes32) {
        return bytes32(uint256(uint160(account)));
    }

    function _proposeHash(bytes32 composeHash) internal returns (bytes32 id) {
        vm.prank(owner);
        id = app.proposeComposeHash(composeHash, URI);
    }

    function _proposeDevice(bytes32 deviceId) internal returns (bytes32 id) {
        vm.prank(owner);
        id = app.proposeDevice(deviceId, URI);
    }

    function _activateAs(address caller, bytes32 id) internal {
        vm.prank(caller);
        app.activate(id);
    }

    function _expectNotElapsed(bytes32 id) internal {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, app.activatesAt(id)
            )
        );
    }

    function _expectUnauthorized(address caller) internal {
        vm.expectRevert(abi.encodeWithSelector(IAppAuthOwnable.AppAuthUnauthorized.selector, caller));
    }

    function _countTopic(Vm.Log[] memory logs, bytes32 topic0) internal view returns (uint256 count) {
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == address(app) && logs[i].topics.length > 0 && logs[i].topics[0] == topic0) {
                ++count;
            }
        }
    }

    /// @dev The id's pending change; fails the test if none is pending.
    function _change(bytes32 id) internal view returns (IAppAuthNotice.Change memory) {
        return app.getChange(id);
    }
}
