// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {AppAuthCore} from "../../../contracts/AppAuthCore.sol";
import {VerifiedTimelockAppAuth} from "../../../contracts/VerifiedTimelockAppAuth.sol";
import {AppAuthVerifierHooks} from "../../../contracts/extensions/AppAuthVerifierHooks.sol";
import {IAppAuth} from "../../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthVerifierHooks} from "../../../contracts/interfaces/IAppAuthVerifierHooks.sol";
import {IVerifierAdapter} from "../../../contracts/interfaces/IVerifierAdapter.sol";
import {INitroValidator} from "../../../contracts/interfaces/external/INitroValidator.sol";
import {AutomataDcapTdxAdapter} from "../../../contracts/verifiers/AutomataDcapTdxAdapter.sol";
import {AutomataSevSnpAdapter} from "../../../contracts/verifiers/AutomataSevSnpAdapter.sol";
import {BaseNitroAdapter} from "../../../contracts/verifiers/BaseNitroAdapter.sol";
import {MockAutomataDcapAttestation} from "../../mocks/MockAutomataDcapAttestation.sol";
import {MockNitroValidator} from "../../mocks/MockNitroValidator.sol";
import {MockSevSnpAttestation} from "../../mocks/MockSevSnpAttestation.sol";
import {BootInfos} from "../../utils/BootInfos.sol";
import {Evidence} from "./Evidence.sol";
import {Defaults} from "../../utils/Defaults.sol";

/// @notice A verified timelock wired to the three real adapters over stand-in verifiers, and helpers
/// that produce valid evidence for a given challenge and submit it.
abstract contract VerifierFixture is Test, Defaults {
    uint256 internal constant VALIDITY = 1 days;
    address internal constant INSTANCE = address(0x1157A9CE); // BootInfos' instance

    string internal constant REASON = "Insufficient TEE vendor attestations";

    address internal owner = makeAddr("owner");
    address internal attacker = makeAddr("attacker");

    MockAutomataDcapAttestation internal dcap;
    MockSevSnpAttestation internal snp;
    MockNitroValidator internal nitro;
    AutomataDcapTdxAdapter internal tdxAdapter;
    AutomataSevSnpAdapter internal snpAdapter;
    BaseNitroAdapter internal nitroAdapter;

    function _deployVerifiers() internal {
        vm.roll(1_000);
        vm.warp(1_700_000_000);
        dcap = new MockAutomataDcapAttestation();
        snp = new MockSevSnpAttestation();
        nitro = new MockNitroValidator();
        tdxAdapter = new AutomataDcapTdxAdapter(address(dcap), IVerifierAdapter.VerifierKind.Router);
        snpAdapter = new AutomataSevSnpAdapter(address(snp), 4, 1, 22, 213);
        nitroAdapter = new BaseNitroAdapter(address(nitro));
    }

    function _policy() internal pure returns (AppAuthCore.InitialPolicy memory policy) {
        policy.composeHashes = new bytes32[](2);
        policy.composeHashes[0] = HASH_V1;
        policy.composeHashes[1] = HASH_V2;
        policy.deviceIds = new bytes32[](1);
        policy.deviceIds[0] = DEVICE_1;
    }

    /// @dev The three real adapters, in the order TDX, SNP, Nitro.
    function _adapters() internal view returns (IVerifierAdapter[] memory adapters) {
        adapters = new IVerifierAdapter[](3);
        adapters[0] = tdxAdapter;
        adapters[1] = snpAdapter;
        adapters[2] = nitroAdapter;
    }

    function _deploy(IVerifierAdapter[] memory adapters, uint256 threshold, uint256 validity)
        internal
        returns (VerifiedTimelockAppAuth)
    {
        return _deploy(adapters, threshold, validity, new IAppAuthVerifierHooks.MeasurementPin[](0));
    }

    function _deploy(
        IVerifierAdapter[] memory adapters,
        uint256 threshold,
        uint256 validity,
        IAppAuthVerifierHooks.MeasurementPin[] memory pins
    ) internal returns (VerifiedTimelockAppAuth) {
        return new VerifiedTimelockAppAuth(
            owner,
            NOTICE,
            MIN_NOTICE,
            GRACE,
            _policy(),
            AppAuthVerifierHooks.VerifierConfig(adapters, threshold, validity, pins)
        );
    }

    /// @dev The measurement digest `vendor`'s real adapter reports for the fixture's evidence
    /// (Evidence fills the measurement registers the same way whatever the challenge).
    function _fixtureMeasurement(bytes32 vendor) internal returns (bytes32) {
        IVerifierAdapter adapter = vendor == TDX ? IVerifierAdapter(tdxAdapter) : vendor == SNP
            ? IVerifierAdapter(snpAdapter)
            : IVerifierAdapter(nitroAdapter);
        return adapter.verify(_evidence(vendor, bytes32(0))).measurement;
    }

    function _deploy(uint256 threshold) internal returns (VerifiedTimelockAppAuth) {
        return _deploy(_adapters(), threshold, VALIDITY);
    }

    function _boot(VerifiedTimelockAppAuth target) internal pure returns (IAppAuth.AppBootInfo memory) {
        return BootInfos.upToDate(address(target), HASH_V1, DEVICE_1);
    }

    /// @dev Valid evidence from `vendor`'s TEE whose report data starts with `challenge`.
    function _evidence(bytes32 vendor, bytes32 challenge) internal returns (bytes memory) {
        if (vendor == TDX) return Evidence.tdxQuote(Evidence.tdxBody(challenge));
        if (vendor == SNP) return Evidence.snpEvidence(Evidence.snpReport(challenge));
        require(vendor == NITRO, "fixture has no such vendor");
        (bytes memory tbs, INitroValidator.Ptrs memory ptrs) = Evidence.nitroTbs(Evidence.nitroDoc(challenge));
        nitro.register(tbs, ptrs);
        return abi.encode(tbs, Evidence.filled(96, "P-384 signature r || s"));
    }

    /// @dev Submits valid evidence from `vendor` for (`instanceId`, `composeHash`) to `target`.
    function _attest(VerifiedTimelockAppAuth target, bytes32 vendor, address instanceId, bytes32 composeHash)
        internal
        returns (uint256 expiresAt)
    {
        uint256 n = block.number - 1;
        bytes memory evidence = _evidence(vendor, target.attestationChallenge(instanceId, composeHash, n));
        return target.submitAttestation(vendor, evidence, instanceId, composeHash, n);
    }

    function _attest(VerifiedTimelockAppAuth target, bytes32 vendor) internal returns (uint256 expiresAt) {
        return _attest(target, vendor, INSTANCE, HASH_V1);
    }

    function _assertAllowed(VerifiedTimelockAppAuth target, IAppAuth.AppBootInfo memory bootInfo)
        internal
        view
    {
        (bool allowed, string memory reason) = target.isAppAllowed(bootInfo);
        assertTrue(allowed, reason);
        assertEq(reason, "");
    }

    function _assertDenied(VerifiedTimelockAppAuth target, IAppAuth.AppBootInfo memory bootInfo)
        internal
        view
    {
        (bool allowed, string memory reason) = target.isAppAllowed(bootInfo);
        assertFalse(allowed, "boot allowed");
        assertEq(reason, REASON);
    }
}
