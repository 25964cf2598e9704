// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test, Vm} from "forge-std/Test.sol";

/// @notice The one way every gas test measures: each entry is `<variant>_<operation>` in
/// `snapshots/<group>.json`, and its value is the gas of the measured call's own frame with cold storage,
/// as the EVM meters it: no 21,000 base cost, no calldata cost, no refunds (what forge's gas report
/// counts). `npm run bench` prints every entry beside DstackApp's published figures
/// (`test/gas/dstackapp-published.json`, the one place they are written down).
///
/// Transactions are measured under `forge test --isolate` (the `gas` profile: `npm run test:gas`), where
/// each top-level call is its own transaction: the calls that prepare a measurement are committed first,
/// so the measured one starts cold, as it does on chain. Without isolation the tests skip rather than
/// record warm numbers.
abstract contract GasHarness is Test {
    /// @dev Where DstackApp's published figures are kept, for the tests and for `tools/bench.mjs`.
    string internal constant PUBLISHED_GAS = "test/gas/dstackapp-published.json";

    modifier onlyIsolated() {
        vm.skip(!_isolated(), "gas snapshots are taken with --isolate only: npm run test:gas");
        _;
    }

    /// @dev Sends `data` to `target` as its own transaction (the caller pranks as needed), bubbles a
    /// revert up, and records the call's frame gas as `entry` in `group`.
    function _transact(address target, bytes memory data, string memory group, string memory entry)
        internal
        returns (uint256 gasUsed)
    {
        (bool success, bytes memory returned) = target.call(data);
        if (!success) {
            assembly ("memory-safe") {
                revert(add(returned, 0x20), mload(returned))
            }
        }
        gasUsed = _frameGas(vm.lastCallGas(), data);
        vm.snapshotValue(group, entry, gasUsed);
    }

    /// @dev Records the last call, a view, as `entry` in `group`. Forge never isolates static calls, so
    /// the frame's gas is recorded as metered; the test's own transaction has touched none of the
    /// target's storage before, so it is cold.
    function _snapshotView(string memory group, string memory entry) internal returns (uint256) {
        return vm.snapshotGasLastCall(group, entry);
    }

    /// @dev DstackApp's published gas for `operation` (e.g. "isAppAllowed_direct").
    function _publishedGas(string memory operation) internal view returns (uint256) {
        return vm.parseJsonUint(vm.readFile(PUBLISHED_GAS), string.concat(".figures.", operation));
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
