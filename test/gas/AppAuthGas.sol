// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test, Vm} from "forge-std/Test.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {LocalKms} from "../../contracts/kms/LocalKms.sol";
import {BootInfos} from "../utils/BootInfos.sol";

/// @notice Gas snapshots every AppAuth variant shares, written once and instantiated per variant (like
/// the shared suite). Each measurement is a named entry `<variant>_<operation>` in
/// `snapshots/appauth.json`; `npm run bench` prints them next to DstackApp's published figures.
///
/// Every entry is the gas of the measured call itself, as the EVM meters its frame with cold storage:
/// no 21,000 base cost, no calldata cost, no refunds (what forge's gas report counts). Transactions
/// are measured under `forge test --isolate` (`npm run test:gas`), where each top-level call is its
/// own transaction: the calls that prepare a measurement are committed first, so the measured one
/// starts cold, as it does on chain. Without isolation the tests skip rather than record warm numbers.
///
/// Hooks a variant implements:
/// - {_variant}: the entry prefix, e.g. "timelock";
/// - {_deployApp}: deploy the app owned by `owner` with v1 and device 1 allowed and an up-to-date
///   TCB required, and return its address (the app id).
abstract contract AppAuthGasTest is Test {
    /// @notice The snapshot group (`snapshots/appauth.json`).
    string internal constant GROUP = "appauth";

    /// @notice DstackApp's `isAppAllowed` called directly through its proxy (BRIEF section 6).
    uint256 internal constant DSTACK_APP_CHECK_GAS = 18_433;

    bytes32 internal constant HASH_V1 = keccak256("compose v1");
    bytes32 internal constant HASH_V2 = keccak256("compose v2");
    bytes32 internal constant DEVICE_1 = keccak256("device 1");

    address internal owner = makeAddr("owner");
    address internal kmsOwner = makeAddr("kms owner");

    address internal app;
    LocalKms internal kms;

    modifier onlyIsolated() {
        vm.skip(!_isolated(), "gas snapshots are taken with --isolate only: npm run test:gas");
        _;
    }

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

    /// @dev The most an allowed boot's direct check may cost. Our variants must not cost more than
    /// DstackApp (BRIEF section 6); the reference overrides this, since measuring it is its purpose.
    function _maxCheckGas() internal pure virtual returns (uint256) {
        return DSTACK_APP_CHECK_GAS;
    }

    // ------------------------------------------------------------------ shared measurements

    function test_isAppAllowed_DirectWithinDstackAppBudget() external onlyIsolated {
        (bool allowed, string memory reason) = IAppAuth(app).isAppAllowed(_boot());
        uint256 gasUsed = _snapshotView("isAppAllowed_direct");
        assertTrue(allowed, reason);
        assertLe(gasUsed, _maxCheckGas(), "isAppAllowed costs more than DstackApp's");
    }

    function test_isAppAllowed_ViaKmsAllowsBoot() external onlyIsolated {
        (bool allowed, string memory reason) = kms.isAppAllowed(_boot());
        _snapshotView("isAppAllowed_viaKms");
        assertTrue(allowed, reason);
    }

    // ------------------------------------------------------------------ helpers

    function _boot() internal view returns (IAppAuth.AppBootInfo memory) {
        return BootInfos.upToDate(app, HASH_V1, DEVICE_1);
    }

    function _entry(string memory operation) internal pure returns (string memory) {
        return string.concat(_variant(), "_", operation);
    }

    /// @dev Records the last call, a view, as `<variant>_<operation>`. Forge never isolates static
    /// calls, so the frame's gas is recorded as metered; the test's own transaction has touched none
    /// of the app's storage before, so it is cold.
    function _snapshotView(string memory operation) internal returns (uint256) {
        return vm.snapshotGasLastCall(GROUP, _entry(operation));
    }

    /// @dev Sends `data` to `target` as its own transaction (the caller pranks as needed), bubbles a
    /// revert up, and records the call's frame gas as `<variant>_<operation>`.
    function _transact(address target, bytes memory data, string memory operation)
        internal
        returns (uint256)
    {
        (bool success, bytes memory returned) = target.call(data);
        if (!success) {
            assembly ("memory-safe") {
                revert(add(returned, 0x20), mload(returned))
            }
        }
        uint256 gasUsed = _frameGas(vm.lastCallGas(), data);
        vm.snapshotValue(GROUP, _entry(operation), gasUsed);
        return gasUsed;
    }

    /// @dev An isolated call reports what its transaction used: the base and calldata cost plus the
    /// frame's gas, less the refund. Undoing both gives the frame's gas as forge meters a plain call.
    function _frameGas(Vm.Gas memory gas, bytes memory data) internal pure returns (uint256) {
        return uint256(gas.gasTotalUsed) + uint256(int256(gas.gasRefunded)) - _intrinsicGas(data);
    }

    /// @dev The intrinsic gas of a plain call transaction on cancun (foundry.toml's evm_version).
    function _intrinsicGas(bytes memory data) internal pure returns (uint256 gas) {
        gas = 21_000;
        for (uint256 i; i < data.length; ++i) {
            gas += data[i] == 0 ? 4 : 16;
        }
    }

    /// @dev Whether forge runs with `--isolate`: an isolated call is a transaction of its own, so even
    /// a trivial one reports the 21,000 base cost.
    function _isolated() private returns (bool) {
        GasProbe probe = new GasProbe();
        probe.ping();
        return vm.lastCallGas().gasTotalUsed >= 21_000;
    }
}

/// @dev A call far cheaper than 21,000 gas, to see whether forge wraps calls in transactions of their own.
contract GasProbe {
    event Pinged();

    function ping() external {
        emit Pinged();
    }
}
