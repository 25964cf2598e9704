// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {VerifiedTimelockAppAuth} from "../../contracts/VerifiedTimelockAppAuth.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IAppAuthOwnable} from "../../contracts/interfaces/IAppAuthOwnable.sol";
import {IAppAuthVerifierHooks} from "../../contracts/interfaces/IAppAuthVerifierHooks.sol";
import {IVerifierAdapter} from "../../contracts/interfaces/IVerifierAdapter.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {VerifierFixture} from "./utils/VerifierFixture.sol";

/// @notice Issue 10, scenario 10: a record for instance id 0 would serve every boot reporting 0, and
/// a genuine TEE running any image could satisfy k-of-n by echoing the challenge. Instance id 0 is
/// refused; vendors can pin the measurements they accept, pins wait the notice, unpinning is instant.
contract AppAuthVerifierPinningTest is VerifierFixture {
    using BootInfos for IAppAuth.AppBootInfo;

    bytes32 internal constant OTHER_IMAGE = keccak256("attacker's own image");

    function setUp() public {
        _deployVerifiers();
    }

    function _pins(bytes32 vendor, bytes32 measurement)
        internal
        pure
        returns (IAppAuthVerifierHooks.MeasurementPin[] memory pins)
    {
        pins = new IAppAuthVerifierHooks.MeasurementPin[](1);
        pins[0] = IAppAuthVerifierHooks.MeasurementPin(vendor, measurement);
    }

    function _pinned(bytes32 vendor, bytes32 measurement, uint256 threshold)
        internal
        returns (VerifiedTimelockAppAuth)
    {
        return _deploy(_adapters(), threshold, VALIDITY, _pins(vendor, measurement));
    }

    function _proposePin(VerifiedTimelockAppAuth target, bytes32 vendor, bytes32 measurement)
        internal
        returns (bytes32 id)
    {
        vm.prank(owner);
        id = target.proposeVerifierMeasurement(vendor, measurement, "ipfs://image-audit");
    }

    // ------------------------------------------------------------------ instance id 0

    function test_submitAttestation_RevertWhen_InstanceIdZero() public {
        VerifiedTimelockAppAuth app = _deploy(1);
        uint256 n = block.number - 1;
        bytes memory evidence = _evidence(TDX, app.attestationChallenge(address(0), HASH_V1, n));
        vm.expectRevert(IAppAuthVerifierHooks.VerifierZeroInstance.selector);
        app.submitAttestation(TDX, evidence, address(0), HASH_V1, n);
        // No record exists, so no boot reporting instance 0 passes the rule.
        _assertDenied(app, _boot(app).withInstance(address(0)));
    }

    // ------------------------------------------------------------------ pinned measurements

    function test_submitAttestation_RevertWhen_MeasurementNotPinned() public {
        VerifiedTimelockAppAuth app = _pinned(TDX, OTHER_IMAGE, 1);
        bytes32 reported = _fixtureMeasurement(TDX);
        uint256 n = block.number - 1;
        bytes memory evidence = _evidence(TDX, app.attestationChallenge(INSTANCE, HASH_V1, n));
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierMeasurementNotPinned.selector, TDX, reported)
        );
        app.submitAttestation(TDX, evidence, INSTANCE, HASH_V1, n);
        _assertDenied(app, _boot(app));
    }

    function test_isAppAllowed_CountsPinnedMeasurementOfEachVendor() public {
        bytes32[3] memory vendors = [TDX, SNP, NITRO];
        IAppAuthVerifierHooks.MeasurementPin[] memory pins = new IAppAuthVerifierHooks.MeasurementPin[](3);
        for (uint256 i; i < 3; ++i) {
            pins[i] = IAppAuthVerifierHooks.MeasurementPin(vendors[i], _fixtureMeasurement(vendors[i]));
        }
        VerifiedTimelockAppAuth app = _deploy(_adapters(), 3, VALIDITY, pins);
        for (uint256 i; i < 3; ++i) {
            assertTrue(app.measurementPinning(vendors[i]));
            assertTrue(app.isMeasurementPinned(vendors[i], pins[i].measurement));
            assertEq(app.pinnedMeasurements(vendors[i]).length, 1);
            _assertDenied(app, _boot(app));
            _attest(app, vendors[i]);
        }
        _assertAllowed(app, _boot(app));
    }

    function test_isAppAllowed_UnpinnedVendorAcceptsAnyMeasurement() public {
        VerifiedTimelockAppAuth app = _pinned(SNP, OTHER_IMAGE, 1);
        assertFalse(app.measurementPinning(TDX));
        _attest(app, TDX);
        _assertAllowed(app, _boot(app));
    }

    function test_proposeVerifierMeasurement_WaitsTheNotice() public {
        VerifiedTimelockAppAuth app = _pinned(TDX, OTHER_IMAGE, 1);
        bytes32 measurement = _fixtureMeasurement(TDX);
        bytes32 key = app.measurementKey(TDX, measurement);

        vm.expectEmit(address(app));
        emit IAppAuthVerifierHooks.VerifierMeasurementProposed(
            app.changeId(IAppAuthNotice.ChangeKind.VerifierMeasurement, key), TDX, measurement
        );
        bytes32 id = _proposePin(app, TDX, measurement);
        (bytes32 vendor, bytes32 pinned) = app.measurementOfKey(key);
        assertEq(vendor, TDX);
        assertEq(pinned, measurement);
        assertFalse(app.isMeasurementPinned(TDX, measurement));

        uint256 at = app.activatesAt(id);
        assertEq(at, block.timestamp + NOTICE);
        vm.warp(at - 1);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, at));
        app.activate(id);

        vm.warp(at);
        vm.roll(block.number + 1);
        vm.expectEmit(address(app));
        emit IAppAuthVerifierHooks.VerifierMeasurementPinned(TDX, measurement);
        app.activate(id);
        assertTrue(app.isMeasurementPinned(TDX, measurement));
        _attest(app, TDX);
        _assertAllowed(app, _boot(app));
    }

    function test_proposeVerifierMeasurement_RevertWhen_NotController() public {
        VerifiedTimelockAppAuth app = _deploy(1);
        vm.prank(attacker);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthOwnable.AppAuthUnauthorized.selector, attacker));
        app.proposeVerifierMeasurement(TDX, OTHER_IMAGE, "");
    }

    function test_proposeVerifierMeasurement_RevertWhen_AlreadyPinnedOrZero() public {
        VerifiedTimelockAppAuth app = _pinned(TDX, OTHER_IMAGE, 1);
        vm.startPrank(owner);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierInvalidMeasurement.selector, TDX, OTHER_IMAGE)
        );
        app.proposeVerifierMeasurement(TDX, OTHER_IMAGE, "");
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierInvalidMeasurement.selector, TDX, bytes32(0))
        );
        app.proposeVerifierMeasurement(TDX, bytes32(0), "");
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierInvalidMeasurement.selector, bytes32(0), OTHER_IMAGE)
        );
        app.proposeVerifierMeasurement(bytes32(0), OTHER_IMAGE, "");
        vm.stopPrank();
    }

    function test_constructor_RevertWhen_PinRepeated() public {
        IAppAuthVerifierHooks.MeasurementPin[] memory pins = new IAppAuthVerifierHooks.MeasurementPin[](2);
        pins[0] = IAppAuthVerifierHooks.MeasurementPin(TDX, OTHER_IMAGE);
        pins[1] = pins[0];
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierInvalidMeasurement.selector, TDX, OTHER_IMAGE)
        );
        _deploy(_adapters(), 1, VALIDITY, pins);
    }

    function test_activate_RevertWhen_VendorReachedPinCap() public {
        VerifiedTimelockAppAuth app = _deploy(1);
        uint256 max = app.MAX_PINS_PER_VENDOR();
        bytes32[] memory ids = new bytes32[](max + 1);
        for (uint256 i; i <= max; ++i) {
            ids[i] = _proposePin(app, TDX, keccak256(abi.encode("image", i)));
        }
        vm.warp(block.timestamp + NOTICE);
        for (uint256 i; i < max; ++i) {
            app.activate(ids[i]);
        }
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierTooManyMeasurements.selector, TDX, max)
        );
        app.activate(ids[max]);
        assertEq(app.pinnedMeasurements(TDX).length, max);
    }

    function test_activate_FirstPinVoidsRecordsOfAnyMeasurement() public {
        VerifiedTimelockAppAuth app = _deploy(1);
        bytes32 id = _proposePin(app, TDX, OTHER_IMAGE);
        vm.warp(app.activatesAt(id));
        vm.roll(block.number + 1);
        _attest(app, TDX); // unpinned: any measurement counts
        _assertAllowed(app, _boot(app));
        app.activate(id);
        assertTrue(app.measurementPinning(TDX));
        // The record did not say what it measured, so it stops counting with the first pin.
        _assertDenied(app, _boot(app));
        assertEq(app.attestationExpiresAt(INSTANCE, HASH_V1, TDX), 0);
    }

    // ------------------------------------------------------------------ unpinning: instant

    function test_unpinVerifierMeasurement_IsInstantAndVoidsRecords() public {
        bytes32 measurement = _fixtureMeasurement(TDX);
        VerifiedTimelockAppAuth app = _pinned(TDX, measurement, 1);
        _attest(app, TDX);
        _assertAllowed(app, _boot(app));

        vm.expectEmit(address(app));
        emit IAppAuthVerifierHooks.VerifierMeasurementUnpinned(TDX, measurement);
        vm.prank(owner);
        app.unpinVerifierMeasurement(TDX, measurement);
        _assertDenied(app, _boot(app));
        assertFalse(app.isMeasurementPinned(TDX, measurement));

        // Pinning is sticky: with no pin left, the vendor accepts no measurement, not any.
        assertTrue(app.measurementPinning(TDX));
        assertEq(app.pinnedMeasurements(TDX).length, 0);
        vm.roll(block.number + 1);
        uint256 n = block.number - 1;
        bytes memory evidence = _evidence(TDX, app.attestationChallenge(INSTANCE, HASH_V1, n));
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierMeasurementNotPinned.selector, TDX, measurement)
        );
        app.submitAttestation(TDX, evidence, INSTANCE, HASH_V1, n);
    }

    function test_unpinVerifierMeasurement_KeepsOtherPinsListed() public {
        IAppAuthVerifierHooks.MeasurementPin[] memory pins = new IAppAuthVerifierHooks.MeasurementPin[](3);
        for (uint256 i; i < 3; ++i) {
            pins[i] = IAppAuthVerifierHooks.MeasurementPin(TDX, keccak256(abi.encode("image", i)));
        }
        VerifiedTimelockAppAuth app = _deploy(_adapters(), 1, VALIDITY, pins);
        vm.prank(owner);
        app.unpinVerifierMeasurement(TDX, pins[0].measurement);
        bytes32[] memory left = app.pinnedMeasurements(TDX);
        assertEq(left.length, 2);
        assertTrue(app.isMeasurementPinned(TDX, pins[1].measurement));
        assertTrue(app.isMeasurementPinned(TDX, pins[2].measurement));
        // Positions stay consistent after the swap-and-pop: the moved pin can be removed too.
        vm.prank(owner);
        app.unpinVerifierMeasurement(TDX, pins[2].measurement);
        assertEq(app.pinnedMeasurements(TDX)[0], pins[1].measurement);
    }

    function test_unpinVerifierMeasurement_RevertWhen_NotPinnedOrNotController() public {
        VerifiedTimelockAppAuth app = _pinned(TDX, OTHER_IMAGE, 1);
        vm.prank(attacker);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthOwnable.AppAuthUnauthorized.selector, attacker));
        app.unpinVerifierMeasurement(TDX, OTHER_IMAGE);
        vm.prank(owner);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierInvalidMeasurement.selector, SNP, OTHER_IMAGE)
        );
        app.unpinVerifierMeasurement(SNP, OTHER_IMAGE);
    }

    function test_unpinVerifierMeasurement_VoidsOnlyThatVendor() public {
        bytes32 tdxMeasurement = _fixtureMeasurement(TDX);
        IAppAuthVerifierHooks.MeasurementPin[] memory pins = new IAppAuthVerifierHooks.MeasurementPin[](2);
        pins[0] = IAppAuthVerifierHooks.MeasurementPin(TDX, tdxMeasurement);
        pins[1] = IAppAuthVerifierHooks.MeasurementPin(TDX, OTHER_IMAGE);
        VerifiedTimelockAppAuth app = _deploy(_adapters(), 2, VALIDITY, pins);
        _attest(app, TDX);
        _attest(app, SNP);
        _assertAllowed(app, _boot(app));
        vm.prank(owner);
        app.unpinVerifierMeasurement(TDX, OTHER_IMAGE);
        assertEq(app.attestedVendorCount(INSTANCE, HASH_V1), 1); // SNP's record survives
        vm.roll(block.number + 1);
        _attest(app, TDX); // still pinned: the instance re-attests
        _assertAllowed(app, _boot(app));
    }
}
