// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {LocalKms} from "../../contracts/kms/LocalKms.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {Defaults} from "../utils/Defaults.sol";
import {GasHarness} from "./GasHarness.sol";

/// @notice Gas snapshots every AppAuth variant shares, written once and instantiated per variant (like
/// the shared suite): entries `<variant>_<operation>` in `snapshots/appauth.json`, measured as
/// {GasHarness} measures every entry.
///
/// Hooks a variant implements:
/// - {_variant}: the entry prefix, e.g. "timelock";
/// - {_deployApp}: deploy the app owned by `owner` with v1 and device 1 allowed and an up-to-date
///   TCB required, and return its address (the app id).
abstract contract AppAuthGasTest is GasHarness, Defaults {
    /// @notice The snapshot group (`snapshots/appauth.json`).
    string internal constant GROUP = "appauth";

    address internal owner = makeAddr("owner");
    address internal kmsOwner = makeAddr("kms owner");

    address internal app;
    LocalKms internal kms;

    function setUp() public virtual {
        app = _deployApp();
        kms = new LocalKms(kmsOwner);
        vm.prank(kmsOwner);
        kms.addOsImageHash(BootInfos.OS_IMAGE);
        kms.registerApp(app);
    }

    // ------------------------------------------------------------------ hooks

    function _variant() internal pure virtual returns (string memory);

    function _deployApp() internal virtual returns (address);

    /// @dev Whether an allowed boot's direct check must cost no more than DstackApp's published figure.
    /// Our variants must not; the reference opts out, since measuring it is its purpose.
    function _withinDstackAppBudget() internal pure virtual returns (bool) {
        return true;
    }

    // ------------------------------------------------------------------ shared measurements

    function test_isAppAllowed_DirectWithinDstackAppBudget() external onlyIsolated {
        (bool allowed, string memory reason) = IAppAuth(app).isAppAllowed(_boot());
        uint256 gasUsed = _snapshotView(GROUP, _entry("isAppAllowed_direct"));
        assertTrue(allowed, reason);
        if (_withinDstackAppBudget()) {
            assertLe(gasUsed, _publishedGas("isAppAllowed_direct"), "isAppAllowed costs more than DstackApp's");
        }
    }

    function test_isAppAllowed_ViaKmsAllowsBoot() external onlyIsolated {
        (bool allowed, string memory reason) = kms.isAppAllowed(_boot());
        _snapshotView(GROUP, _entry("isAppAllowed_viaKms"));
        assertTrue(allowed, reason);
    }

    // ------------------------------------------------------------------ helpers

    function _boot() internal view returns (IAppAuth.AppBootInfo memory) {
        return BootInfos.upToDate(app, HASH_V1, DEVICE_1);
    }

    function _entry(string memory operation) internal pure returns (string memory) {
        return string.concat(_variant(), "_", operation);
    }

    /// @dev {GasHarness-_transact} into this group as `<variant>_<operation>`.
    function _transact(address target, bytes memory data, string memory operation) internal returns (uint256) {
        return _transact(target, data, GROUP, _entry(operation));
    }
}
