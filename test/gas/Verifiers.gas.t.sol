// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {VerifiedTimelockAppAuth} from "../../contracts/VerifiedTimelockAppAuth.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthVerifierHooks} from "../../contracts/interfaces/IAppAuthVerifierHooks.sol";
import {VerifierFixture} from "../verifiers/utils/VerifierFixture.sol";
import {GasHarness} from "./GasHarness.sol";

/// @notice Gas of the verifier rule: entries `verified_<operation>` in `snapshots/verifiers.json`,
/// measured as {GasHarness} measures every entry.
/// @dev `submitAttestation_*` includes the adapter's parsing and the hook's checks and storage write,
/// but the stand-in verifiers cost almost nothing: a real DCAP, SNP or Nitro verification adds its
/// own (large) cost on top.
contract VerifiersGasTest is VerifierFixture, GasHarness {
    string internal constant GROUP = "verifiers";

    VerifiedTimelockAppAuth internal app;
    VerifiedTimelockAppAuth internal unhooked;

    function setUp() public {
        _deployVerifiers();
        app = _deploy(1);
        unhooked = _deploy(0);
        _attest(app, TDX);
        _attest(app, SNP);
        _attest(app, NITRO);
    }

    function _measureBoot(VerifiedTimelockAppAuth target, string memory name, bool expected) internal {
        IAppAuth.AppBootInfo memory bootInfo = _boot(target);
        (bool allowed,) = target.isAppAllowed(bootInfo);
        _snapshotView(GROUP, string.concat("verified_", name));
        assertEq(allowed, expected);
    }

    function _raise(uint256 threshold) internal {
        vm.prank(owner);
        app.raiseVerifierThreshold(threshold);
    }

    function test_gas_isAppAllowed_k0() public onlyIsolated {
        _measureBoot(unhooked, "isAppAllowed_k0", true);
    }

    function test_gas_isAppAllowed_k1() public onlyIsolated {
        _measureBoot(app, "isAppAllowed_k1", true);
    }

    function test_gas_isAppAllowed_k2() public onlyIsolated {
        _raise(2);
        _measureBoot(app, "isAppAllowed_k2", true);
    }

    function test_gas_isAppAllowed_k3() public onlyIsolated {
        _raise(3);
        _measureBoot(app, "isAppAllowed_k3", true);
    }

    /// @dev The worst case for three vendors: every slot is read and the boot is still denied.
    function test_gas_isAppAllowed_k3_Denied() public onlyIsolated {
        _raise(3);
        vm.prank(owner);
        app.removeVerifierAdapter(NITRO);
        _measureBoot(app, "isAppAllowed_k3_denied", false);
    }

    /// @dev A vendor with pinned measurements: the pin is checked at submission, so the boot check
    /// costs what it does unpinned.
    function _pinnedApp() internal returns (VerifiedTimelockAppAuth pinned) {
        IAppAuthVerifierHooks.MeasurementPin[] memory pins = new IAppAuthVerifierHooks.MeasurementPin[](1);
        pins[0] = IAppAuthVerifierHooks.MeasurementPin(TDX, _fixtureMeasurement(TDX));
        pinned = _deploy(_adapters(), 1, VALIDITY, pins);
    }

    function test_gas_isAppAllowed_k1_Pinned() public onlyIsolated {
        VerifiedTimelockAppAuth pinned = _pinnedApp();
        _attest(pinned, TDX);
        _measureBoot(pinned, "isAppAllowed_k1_pinned", true);
    }

    function test_gas_submitAttestation_TdxPinned() public onlyIsolated {
        VerifiedTimelockAppAuth pinned = _pinnedApp();
        uint256 n = block.number - 1;
        bytes memory evidence = _evidence(TDX, pinned.attestationChallenge(INSTANCE, HASH_V2, n));
        _submit(pinned, TDX, evidence, n, "submitAttestation_tdx_pinned");
        assertGt(pinned.attestationExpiresAt(INSTANCE, HASH_V2, TDX), 0);
    }

    function _measureSubmit(bytes32 vendor, string memory name) internal {
        uint256 n = block.number - 1;
        bytes memory evidence = _evidence(vendor, app.attestationChallenge(INSTANCE, HASH_V2, n));
        _submit(app, vendor, evidence, n, name);
        assertGt(app.attestationExpiresAt(INSTANCE, HASH_V2, vendor), 0);
    }

    function test_gas_submitAttestation_Tdx() public onlyIsolated {
        _measureSubmit(TDX, "submitAttestation_tdx");
    }

    function test_gas_submitAttestation_Snp() public onlyIsolated {
        _measureSubmit(SNP, "submitAttestation_snp");
    }

    function test_gas_submitAttestation_Nitro() public onlyIsolated {
        _measureSubmit(NITRO, "submitAttestation_nitro");
    }

    function _submit(
        VerifiedTimelockAppAuth target,
        bytes32 vendor,
        bytes memory evidence,
        uint256 n,
        string memory name
    ) internal {
        bytes memory data =
            abi.encodeCall(IAppAuthVerifierHooks.submitAttestation, (vendor, evidence, INSTANCE, HASH_V2, n));
        _transact(address(target), data, GROUP, string.concat("verified_", name));
    }
}
