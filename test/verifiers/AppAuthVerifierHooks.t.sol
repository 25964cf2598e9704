// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {VerifiedTimelockAppAuth} from "../../contracts/VerifiedTimelockAppAuth.sol";
import {AutomataDcapTdxAdapter} from "../../contracts/verifiers/AutomataDcapTdxAdapter.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IAppAuthOwnable} from "../../contracts/interfaces/IAppAuthOwnable.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {IAppAuthVerifierHooks} from "../../contracts/interfaces/IAppAuthVerifierHooks.sol";
import {IVerifierAdapter} from "../../contracts/interfaces/IVerifierAdapter.sol";
import {INitroValidator} from "../../contracts/interfaces/external/INitroValidator.sol";
import {LocalKms} from "../../contracts/kms/LocalKms.sol";
import {ClaimsEverything, MockAdapter, NotAnAdapter} from "../mocks/MockAdapter.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {Evidence} from "./utils/Evidence.sol";
import {VerifierFixture} from "./utils/VerifierFixture.sol";

/// @notice The verifier rule of {VerifiedTimelockAppAuth}: k distinct vendors, bound challenges,
/// expiry, adapter epochs, notice for loosening, and a boot check that never reverts.
contract AppAuthVerifierHooksTest is VerifierFixture {
    using BootInfos for IAppAuth.AppBootInfo;

    VerifiedTimelockAppAuth internal app;

    function setUp() public {
        _deployVerifiers();
        app = _deploy(1);
    }

    function _propose(VerifiedTimelockAppAuth target, IAppAuthNotice.ChangeKind kind, bytes32 value)
        internal
        returns (bytes32 id)
    {
        vm.prank(owner);
        if (kind == IAppAuthNotice.ChangeKind.VerifierAdapter) {
            id = target.proposeVerifierAdapter(address(uint160(uint256(value))), "ipfs://adapter-audit");
        } else {
            id = target.proposeVerifierThreshold(uint256(value), "");
        }
    }

    function _loosen(VerifiedTimelockAppAuth target, IAppAuthNotice.ChangeKind kind, bytes32 value) internal {
        bytes32 id = _propose(target, kind, value);
        vm.warp(target.activatesAt(id));
        target.activate(id);
    }

    function _withInstance(IAppAuth.AppBootInfo memory bootInfo, address instanceId)
        internal
        pure
        returns (IAppAuth.AppBootInfo memory)
    {
        bootInfo.instanceId = instanceId;
        return bootInfo;
    }

    function _adapterValue(address adapter) internal pure returns (bytes32) {
        return bytes32(uint256(uint160(adapter)));
    }

    function _mockApp(bytes32 vendor, uint256 validity)
        internal
        returns (VerifiedTimelockAppAuth, MockAdapter)
    {
        MockAdapter adapter = new MockAdapter(vendor);
        IVerifierAdapter[] memory adapters = new IVerifierAdapter[](1);
        adapters[0] = adapter;
        return (_deploy(adapters, 1, validity), adapter);
    }

    function _mockEvidence(VerifiedTimelockAppAuth target, IVerifierAdapter.TcbStatus status)
        internal
        view
        returns (bytes memory)
    {
        return abi.encode(target.attestationChallenge(INSTANCE, HASH_V1, block.number - 1), uint8(status));
    }

    // ------------------------------------------------------------------ k of n distinct vendors

    function test_isAppAllowed_RequiresKDistinctVendors() public {
        bytes32[3] memory vendors = [TDX, SNP, NITRO];
        for (uint256 k = 1; k <= 3; ++k) {
            VerifiedTimelockAppAuth target = _deploy(k);
            for (uint256 i; i < k; ++i) {
                _assertDenied(target, _boot(target));
                _attest(target, vendors[i]);
            }
            _assertAllowed(target, _boot(target));
            assertEq(target.attestedVendorCount(INSTANCE, HASH_V1), k);
        }
    }

    function testFuzz_isAppAllowed_CountsEightVendorsAcrossRecordWords(uint256 seed) public {
        IVerifierAdapter[] memory adapters = new IVerifierAdapter[](8);
        bytes32[] memory vendors = new bytes32[](8);
        for (uint256 i; i < 8; ++i) {
            vendors[i] = keccak256(abi.encode("vendor", i));
            adapters[i] = new MockAdapter(vendors[i]);
        }
        VerifiedTimelockAppAuth target = _deploy(adapters, 8, VALIDITY);
        bytes memory evidence = _mockEvidence(target, IVerifierAdapter.TcbStatus.UpToDate);
        // Attest in a seeded order; records share storage words, so none may disturb another.
        uint256[] memory order = new uint256[](8);
        for (uint256 i; i < 8; ++i) {
            order[i] = i;
        }
        for (uint256 i = 7; i > 0; --i) {
            uint256 j = uint256(keccak256(abi.encode(seed, i))) % (i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        for (uint256 i; i < 8; ++i) {
            _assertDenied(target, _boot(target));
            target.submitAttestation(vendors[order[i]], evidence, INSTANCE, HASH_V1, block.number - 1);
            assertEq(target.attestedVendorCount(INSTANCE, HASH_V1), i + 1);
        }
        _assertAllowed(target, _boot(target));
        for (uint256 i; i < 8; ++i) {
            assertEq(target.attestationExpiresAt(INSTANCE, HASH_V1, vendors[i]), block.timestamp + VALIDITY);
        }
    }

    function test_isAppAllowed_ThresholdZeroRequiresNoAttestation() public {
        VerifiedTimelockAppAuth target = _deploy(0);
        _assertAllowed(target, _boot(target));
    }

    function test_isAppAllowed_AllowListsStillComeFirst() public {
        _attest(app, TDX);
        (bool allowed, string memory reason) = app.isAppAllowed(_boot(app).withDevice(keccak256("device 2")));
        assertFalse(allowed);
        assertEq(reason, "Device not allowed");
    }

    function test_isAppAllowed_CountsOneVendorOnce() public {
        VerifiedTimelockAppAuth target = _deploy(2);
        _attest(target, TDX);
        vm.roll(block.number + 1);
        _attest(target, TDX); // a second record for the same vendor replaces the first
        assertEq(target.attestedVendorCount(INSTANCE, HASH_V1), 1);
        _assertDenied(target, _boot(target));
        _attest(target, SNP);
        _assertAllowed(target, _boot(target));
    }

    function testFuzz_isAppAllowed_DeniesUnattestedInstance(address instanceId) public {
        vm.assume(instanceId != INSTANCE);
        _attest(app, TDX);
        _assertDenied(app, _withInstance(_boot(app), instanceId));
        _assertAllowed(app, _boot(app));
    }

    // ------------------------------------------------------------------ expiry

    function test_isAppAllowed_DeniesExpiredRecord() public {
        uint256 expiresAt = _attest(app, TDX);
        assertEq(expiresAt, block.timestamp + VALIDITY);
        assertEq(app.attestationExpiresAt(INSTANCE, HASH_V1, TDX), expiresAt);

        vm.warp(expiresAt);
        _assertAllowed(app, _boot(app));
        vm.warp(expiresAt + 1);
        _assertDenied(app, _boot(app));
        assertEq(app.attestationExpiresAt(INSTANCE, HASH_V1, TDX), 0);

        uint256 renewed = _attest(app, TDX); // a fresh attestation restores it, with its own expiry
        assertEq(app.attestationExpiresAt(INSTANCE, HASH_V1, TDX), renewed);
        _assertAllowed(app, _boot(app));
    }

    // ------------------------------------------------------------------ binding: contract, chain, instance, compose hash, block

    function test_submitAttestation_RevertWhen_EvidenceForAnotherContract() public {
        VerifiedTimelockAppAuth other = _deploy(1);
        uint256 n = block.number - 1;
        bytes32 otherChallenge = other.attestationChallenge(INSTANCE, HASH_V1, n);
        bytes memory evidence = _evidence(TDX, otherChallenge);

        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthVerifierHooks.VerifierChallengeMismatch.selector,
                app.attestationChallenge(INSTANCE, HASH_V1, n),
                otherChallenge
            )
        );
        app.submitAttestation(TDX, evidence, INSTANCE, HASH_V1, n);
        _assertDenied(app, _boot(app));

        other.submitAttestation(TDX, evidence, INSTANCE, HASH_V1, n); // valid where it was made for
        _assertAllowed(other, _boot(other));
    }

    function test_submitAttestation_RevertWhen_EvidenceForAnotherChain() public {
        uint256 n = block.number - 1;
        uint256 chainId = block.chainid;
        vm.chainId(8453); // the same contract address on Base
        bytes32 baseChallenge = app.attestationChallenge(INSTANCE, HASH_V1, n);
        vm.chainId(chainId);
        bytes32 expected = app.attestationChallenge(INSTANCE, HASH_V1, n);
        assertNotEq(baseChallenge, expected);

        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthVerifierHooks.VerifierChallengeMismatch.selector, expected, baseChallenge
            )
        );
        app.submitAttestation(TDX, _evidence(TDX, baseChallenge), INSTANCE, HASH_V1, n);
        _assertDenied(app, _boot(app));
    }

    function test_submitAttestation_RevertWhen_EvidenceForAnotherInstance() public {
        address otherInstance = address(0xB0B);
        uint256 n = block.number - 1;
        bytes memory evidence = _evidence(TDX, app.attestationChallenge(otherInstance, HASH_V1, n));

        vm.expectPartialRevert(IAppAuthVerifierHooks.VerifierChallengeMismatch.selector);
        app.submitAttestation(TDX, evidence, INSTANCE, HASH_V1, n);

        // Submitted for the instance it names, it counts for that instance only.
        app.submitAttestation(TDX, evidence, otherInstance, HASH_V1, n);
        _assertAllowed(app, _withInstance(_boot(app), otherInstance));
        _assertDenied(app, _boot(app));
    }

    function test_submitAttestation_RevertWhen_EvidenceForAnotherComposeHash() public {
        uint256 n = block.number - 1;
        bytes memory evidence = _evidence(SNP, app.attestationChallenge(INSTANCE, HASH_V2, n));

        vm.expectPartialRevert(IAppAuthVerifierHooks.VerifierChallengeMismatch.selector);
        app.submitAttestation(SNP, evidence, INSTANCE, HASH_V1, n);

        // Submitted for the compose hash it names, it counts for that compose hash only.
        app.submitAttestation(SNP, evidence, INSTANCE, HASH_V2, n);
        _assertAllowed(app, _boot(app).withComposeHash(HASH_V2));
        _assertDenied(app, _boot(app));
    }

    function test_submitAttestation_RevertWhen_ChallengeBlockOutOfWindow() public {
        vm.roll(5_000);
        uint256[3] memory unavailable = [block.number, block.number - 257, block.number + 1];
        for (uint256 i; i < unavailable.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAppAuthVerifierHooks.VerifierChallengeBlockUnavailable.selector,
                    unavailable[i],
                    block.number
                )
            );
            app.submitAttestation(TDX, "", INSTANCE, HASH_V1, unavailable[i]);
        }
        // The oldest block still in the window works.
        uint256 oldest = block.number - 256;
        bytes memory evidence = _evidence(TDX, app.attestationChallenge(INSTANCE, HASH_V1, oldest));
        app.submitAttestation(TDX, evidence, INSTANCE, HASH_V1, oldest);
        _assertAllowed(app, _boot(app));
    }

    function test_attestationChallenge_CommitsToChainContractInstanceComposeAndBlock() public view {
        uint256 n = block.number - 1;
        assertEq(
            app.attestationChallenge(INSTANCE, HASH_V1, n),
            keccak256(abi.encode(block.chainid, address(app), INSTANCE, HASH_V1, blockhash(n)))
        );
    }

    // ------------------------------------------------------------------ TCB

    function test_submitAttestation_RevertWhen_TcbRevoked() public {
        dcap.setTcbStatus(6); // Automata TCB_REVOKED
        uint256 n = block.number - 1;
        bytes memory evidence = _evidence(TDX, app.attestationChallenge(INSTANCE, HASH_V1, n));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthVerifierHooks.VerifierTcbNotUpToDate.selector, TDX, IVerifierAdapter.TcbStatus.Revoked
            )
        );
        app.submitAttestation(TDX, evidence, INSTANCE, HASH_V1, n);
        _assertDenied(app, _boot(app));
    }

    function test_submitAttestation_RevertWhen_TcbOutOfDate() public {
        dcap.setTcbStatus(4); // Automata TCB_OUT_OF_DATE
        uint256 n = block.number - 1;
        bytes memory evidence = _evidence(TDX, app.attestationChallenge(INSTANCE, HASH_V1, n));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthVerifierHooks.VerifierTcbNotUpToDate.selector,
                TDX,
                IVerifierAdapter.TcbStatus.OutOfDate
            )
        );
        app.submitAttestation(TDX, evidence, INSTANCE, HASH_V1, n);
        _assertDenied(app, _boot(app));
    }

    function test_submitAttestation_RevertWhen_OutOfDateWouldOverwriteAGoodRecord() public {
        uint256 expiresAt = _attest(app, TDX);
        vm.warp(block.timestamp + 1 hours);
        dcap.setTcbStatus(5); // an older machine, same challenge
        uint256 n = block.number - 1;
        bytes memory evidence = _evidence(TDX, app.attestationChallenge(INSTANCE, HASH_V1, n));
        vm.expectPartialRevert(IAppAuthVerifierHooks.VerifierTcbNotUpToDate.selector);
        app.submitAttestation(TDX, evidence, INSTANCE, HASH_V1, n);
        assertEq(app.attestationExpiresAt(INSTANCE, HASH_V1, TDX), expiresAt);
        _assertAllowed(app, _boot(app));
    }

    function test_submitAttestation_RevertWhen_DebugEnclave() public {
        uint256 n = block.number - 1;
        Evidence.NitroDoc memory doc = Evidence.nitroDoc(app.attestationChallenge(INSTANCE, HASH_V1, n));
        doc.pcrs[0] = new bytes(48); // Nitro reports all-zero PCRs in debug mode
        (bytes memory tbs, INitroValidator.Ptrs memory ptrs) = Evidence.nitroTbs(doc);
        nitro.register(tbs, ptrs);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthVerifierHooks.VerifierTcbNotUpToDate.selector, NITRO, IVerifierAdapter.TcbStatus.Debug
            )
        );
        app.submitAttestation(
            NITRO, abi.encode(tbs, Evidence.filled(96, "P-384 signature r || s")), INSTANCE, HASH_V1, n
        );
    }

    // ------------------------------------------------------------------ one vendor, one adapter

    function test_activate_SecondAdapterForAVendorReplacesTheFirst() public {
        VerifiedTimelockAppAuth target = _deploy(2);
        AutomataDcapTdxAdapter second = new AutomataDcapTdxAdapter(address(dcap), IVerifierAdapter.VerifierKind.Router);
        _loosen(target, IAppAuthNotice.ChangeKind.VerifierAdapter, _adapterValue(address(second)));

        (bytes32[] memory vendors, address[] memory adapters) = target.verifierAdapters();
        assertEq(vendors.length, 3);
        assertEq(vendors[0], TDX);
        assertEq(adapters[0], address(second));
        assertEq(target.verifierAdapter(TDX), address(second));

        // Two TDX records can therefore never make up k = 2.
        _attest(target, TDX);
        vm.roll(block.number + 1);
        _attest(target, TDX);
        _assertDenied(target, _boot(target));
    }

    function test_constructor_RevertWhen_TwoAdaptersForOneVendor() public {
        IVerifierAdapter[] memory adapters = new IVerifierAdapter[](2);
        adapters[0] = tdxAdapter;
        adapters[1] = new AutomataDcapTdxAdapter(address(dcap), IVerifierAdapter.VerifierKind.Router);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierDuplicateVendor.selector, TDX));
        _deploy(adapters, 2, VALIDITY);
    }

    function test_submitAttestation_RevertWhen_AdapterClaimsAnotherVendor() public {
        bytes32 vendor = keccak256("test-vendor");
        (VerifiedTimelockAppAuth target, MockAdapter adapter) = _mockApp(vendor, VALIDITY);
        adapter.setClaimedVendor(TDX);
        bytes memory evidence = _mockEvidence(target, IVerifierAdapter.TcbStatus.UpToDate);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthVerifierHooks.VerifierVendorMismatch.selector, address(adapter), vendor, TDX
            )
        );
        target.submitAttestation(vendor, evidence, INSTANCE, HASH_V1, block.number - 1);
    }

    function test_proposeVerifierAdapter_RevertWhen_AdapterAlreadyServesAnotherVendor() public {
        bytes32 vendor = keccak256("test-vendor");
        (VerifiedTimelockAppAuth target, MockAdapter adapter) = _mockApp(vendor, VALIDITY);
        adapter.setVendor(TDX); // a mutable vendor() must not let one adapter count twice
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthVerifierHooks.VerifierAdapterAlreadyRegistered.selector, address(adapter), vendor
            )
        );
        vm.prank(owner);
        target.proposeVerifierAdapter(address(adapter), "");
    }

    function test_proposeVerifierAdapter_RevertWhen_AdapterIsAlreadyCurrent() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthPolicy.AppAuthNoOp.selector,
                uint8(IAppAuthNotice.ChangeKind.VerifierAdapter),
                _adapterValue(address(tdxAdapter))
            )
        );
        vm.prank(owner);
        app.proposeVerifierAdapter(address(tdxAdapter), "");
    }

    function test_proposeVerifierAdapter_RevertWhen_AllSlotsTaken() public {
        IVerifierAdapter[] memory adapters = new IVerifierAdapter[](8);
        for (uint256 i; i < 8; ++i) {
            adapters[i] = new MockAdapter(keccak256(abi.encode("vendor", i)));
        }
        VerifiedTimelockAppAuth target = _deploy(adapters, 8, VALIDITY);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierTooManyVendors.selector, 8));
        vm.prank(owner);
        target.proposeVerifierAdapter(address(tdxAdapter), "");
        // Replacing one of the eight is still possible.
        MockAdapter replacement = new MockAdapter(keccak256(abi.encode("vendor", 3)));
        vm.prank(owner);
        target.proposeVerifierAdapter(address(replacement), "");
    }

    // ------------------------------------------------------------------ adapter swap needs notice; old records stop counting

    function test_proposeVerifierAdapter_ReplacementWaitsNoticeAndVoidsOldRecords() public {
        AutomataDcapTdxAdapter replacement = new AutomataDcapTdxAdapter(address(dcap), IVerifierAdapter.VerifierKind.Router);
        bytes32 id =
            _propose(app, IAppAuthNotice.ChangeKind.VerifierAdapter, _adapterValue(address(replacement)));

        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, app.activatesAt(id)
            )
        );
        app.activate(id);
        assertEq(app.verifierAdapter(TDX), address(tdxAdapter));

        // Just before the swap, a fresh attestation through the old adapter counts...
        vm.warp(app.activatesAt(id) - 1 hours);
        _attest(app, TDX);
        _assertAllowed(app, _boot(app));

        // ...and stops counting the moment the replacement takes effect, though not expired.
        vm.warp(app.activatesAt(id));
        vm.expectEmit(address(app));
        emit IAppAuthVerifierHooks.VerifierAdapterSet(TDX, address(replacement), address(tdxAdapter), 4);
        app.activate(id);
        _assertDenied(app, _boot(app));
        assertEq(app.attestationExpiresAt(INSTANCE, HASH_V1, TDX), 0);

        _attest(app, TDX);
        _assertAllowed(app, _boot(app));
    }

    function test_proposeVerifierAdapter_RevertWhen_CallerIsNotOwner() public {
        AutomataDcapTdxAdapter replacement = new AutomataDcapTdxAdapter(address(dcap), IVerifierAdapter.VerifierKind.Router);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthOwnable.AppAuthUnauthorized.selector, attacker));
        vm.prank(attacker);
        app.proposeVerifierAdapter(address(replacement), "");
    }

    function test_proposeVerifierAdapter_AddingAVendorWaitsNotice() public {
        IVerifierAdapter[] memory one = new IVerifierAdapter[](1);
        one[0] = tdxAdapter;
        VerifiedTimelockAppAuth target = _deploy(one, 1, VALIDITY);
        bytes32 id =
            _propose(target, IAppAuthNotice.ChangeKind.VerifierAdapter, _adapterValue(address(snpAdapter)));
        assertEq(target.verifierAdapter(SNP), address(0));
        vm.expectRevert(abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierUnknownVendor.selector, SNP));
        target.submitAttestation(SNP, "", INSTANCE, HASH_V1, block.number - 1);

        vm.warp(target.activatesAt(id));
        target.activate(id);
        assertEq(target.verifierAdapter(SNP), address(snpAdapter));
        _attest(target, SNP);
        _assertAllowed(target, _boot(target));
    }

    function test_submitAttestation_AdapterReplacedDuringItsCallLeavesTheRecordVoid() public {
        bytes32 vendor = keccak256("test-vendor");
        (VerifiedTimelockAppAuth target, MockAdapter adapter) = _mockApp(vendor, VALIDITY);
        MockAdapter replacement = new MockAdapter(vendor);
        bytes32 id =
            _propose(target, IAppAuthNotice.ChangeKind.VerifierAdapter, _adapterValue(address(replacement)));
        vm.warp(target.activatesAt(id));
        // The old adapter activates its own replacement from inside verify().
        adapter.setReentry(address(target), abi.encodeCall(IAppAuthNotice.activate, (id)));

        target.submitAttestation(
            vendor,
            _mockEvidence(target, IVerifierAdapter.TcbStatus.UpToDate),
            INSTANCE,
            HASH_V1,
            block.number - 1
        );
        assertEq(target.verifierAdapter(vendor), address(replacement));
        _assertDenied(target, _boot(target));
    }

    // ------------------------------------------------------------------ removal is instant; re-adding does not revive

    function test_removeVerifierAdapter_IsInstantAndVoidsRecords() public {
        _attest(app, TDX);
        _assertAllowed(app, _boot(app));
        vm.expectEmit(address(app));
        emit IAppAuthVerifierHooks.VerifierAdapterRemoved(TDX, address(tdxAdapter));
        vm.prank(owner);
        app.removeVerifierAdapter(TDX);
        assertEq(app.verifierAdapter(TDX), address(0));
        _assertDenied(app, _boot(app));
        (bytes32[] memory vendors,) = app.verifierAdapters();
        assertEq(vendors.length, 2);
    }

    function test_removeVerifierAdapter_RecordsStayVoidAfterReadding() public {
        VerifiedTimelockAppAuth target = _deploy(_adapters(), 1, 30 days);
        _attest(target, TDX);
        vm.prank(owner);
        target.removeVerifierAdapter(TDX);
        _loosen(target, IAppAuthNotice.ChangeKind.VerifierAdapter, _adapterValue(address(tdxAdapter)));
        assertEq(target.verifierAdapter(TDX), address(tdxAdapter));
        // The record has 23 days left, but it was made under the adapter's earlier registration.
        _assertDenied(target, _boot(target));
    }

    function test_removeVerifierAdapter_RevertWhen_CallerIsNotOwnerOrVendorUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IAppAuthOwnable.AppAuthUnauthorized.selector, attacker));
        vm.prank(attacker);
        app.removeVerifierAdapter(TDX);
        bytes32 unknown = keccak256("arm-cca");
        vm.expectRevert(abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierUnknownVendor.selector, unknown));
        vm.prank(owner);
        app.removeVerifierAdapter(unknown);
    }

    // ------------------------------------------------------------------ threshold: lowering waits, raising is instant

    function test_proposeVerifierThreshold_LoweringWaitsNotice() public {
        VerifiedTimelockAppAuth target = _deploy(2);
        bytes32 id = _propose(target, IAppAuthNotice.ChangeKind.VerifierThreshold, bytes32(uint256(1)));
        vm.expectPartialRevert(IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector);
        target.activate(id);
        assertEq(target.verifierThreshold(), 2);

        vm.warp(target.activatesAt(id));
        vm.expectEmit(address(target));
        emit IAppAuthVerifierHooks.VerifierThresholdSet(2, 1);
        target.activate(id);
        _attest(target, NITRO);
        _assertAllowed(target, _boot(target));
    }

    function test_proposeVerifierThreshold_RevertWhen_NotLower() public {
        for (uint256 k = 1; k <= 3; ++k) {
            vm.expectRevert(
                abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierInvalidThreshold.selector, k, 0, 0)
            );
            vm.prank(owner);
            app.proposeVerifierThreshold(k, "");
        }
        VerifiedTimelockAppAuth none = _deploy(0);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierInvalidThreshold.selector, 0, 0, 0)
        );
        vm.prank(owner);
        none.proposeVerifierThreshold(0, "");
    }

    function test_raiseVerifierThreshold_IsInstant() public {
        _attest(app, TDX);
        _assertAllowed(app, _boot(app));
        vm.expectEmit(address(app));
        emit IAppAuthVerifierHooks.VerifierThresholdSet(1, 2);
        vm.prank(owner);
        app.raiseVerifierThreshold(2);
        assertEq(app.verifierThreshold(), 2);
        _assertDenied(app, _boot(app));
    }

    function test_raiseVerifierThreshold_RevertWhen_NotHigherOrAboveMax() public {
        uint256[3] memory invalid = [uint256(0), 1, 9];
        for (uint256 i; i < invalid.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAppAuthVerifierHooks.VerifierInvalidThreshold.selector, invalid[i], 2, 8
                )
            );
            vm.prank(owner);
            app.raiseVerifierThreshold(invalid[i]);
        }
        vm.expectRevert(abi.encodeWithSelector(IAppAuthOwnable.AppAuthUnauthorized.selector, attacker));
        vm.prank(attacker);
        app.raiseVerifierThreshold(2);
    }

    function test_raiseVerifierThreshold_AboveVendorCountDeniesEveryBoot() public {
        vm.prank(owner);
        app.raiseVerifierThreshold(4);
        _attest(app, TDX);
        _attest(app, SNP);
        _attest(app, NITRO);
        _assertDenied(app, _boot(app));
    }

    // ------------------------------------------------------------------ ERC-165 at registration

    function test_proposeVerifierAdapter_RevertWhen_NotAnAdapter() public {
        address[3] memory candidates =
            [makeAddr("eoa"), address(new NotAnAdapter()), address(new ClaimsEverything())];
        for (uint256 i; i < candidates.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierNotAdapter.selector, candidates[i])
            );
            vm.prank(owner);
            app.proposeVerifierAdapter(candidates[i], "");
        }
    }

    function test_proposeVerifierAdapter_RevertWhen_VendorIsInvalid() public {
        MockAdapter zero = new MockAdapter(bytes32(0));
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierInvalidVendor.selector, address(zero))
        );
        vm.prank(owner);
        app.proposeVerifierAdapter(address(zero), "");

        MockAdapter silent = new MockAdapter(keccak256("test-vendor"));
        silent.setVendorReverts(true);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierInvalidVendor.selector, address(silent))
        );
        vm.prank(owner);
        app.proposeVerifierAdapter(address(silent), "");
    }

    function test_constructor_RevertWhen_NotAnAdapter() public {
        IVerifierAdapter[] memory adapters = new IVerifierAdapter[](1);
        adapters[0] = IVerifierAdapter(address(new NotAnAdapter()));
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierNotAdapter.selector, address(adapters[0]))
        );
        _deploy(adapters, 0, VALIDITY);
    }

    function test_constructor_RevertWhen_ThresholdOrValidityInvalid() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierInvalidThreshold.selector, 4, 0, 3)
        );
        _deploy(_adapters(), 4, VALIDITY);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierInvalidValidity.selector, 0, 30 days)
        );
        _deploy(_adapters(), 1, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthVerifierHooks.VerifierInvalidValidity.selector, 30 days + 1, 30 days
            )
        );
        _deploy(_adapters(), 1, 30 days + 1);
    }

    // ------------------------------------------------------------------ broken verifiers and adapters: denial, never a revert

    function test_isAppAllowed_DeniesWithReasonWhenVerifierReverts() public {
        LocalKms kms = _kmsFor(app);
        dcap.setRevert("P256 precompile missing");
        uint256 n = block.number - 1;
        bytes memory evidence = _evidence(TDX, app.attestationChallenge(INSTANCE, HASH_V1, n));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthVerifierHooks.VerifierAdapterFailed.selector,
                address(tdxAdapter),
                abi.encodeWithSelector(
                    IVerifierAdapter.VerifierCallFailed.selector,
                    address(dcap),
                    bytes("P256 precompile missing")
                )
            )
        );
        app.submitAttestation(TDX, evidence, INSTANCE, HASH_V1, n);

        _assertDenied(app, _boot(app));
        (bool allowed, string memory reason) = kms.isAppAllowed(_boot(app));
        assertFalse(allowed);
        assertEq(reason, REASON);
    }

    function test_isAppAllowed_DeniesWithReasonWhenVerifierAnswersGarbage() public {
        LocalKms kms = _kmsFor(app);
        dcap.setRawAnswer(abi.encode(true, hex"c0ffee"));
        uint256 n = block.number - 1;
        bytes memory evidence = _evidence(TDX, app.attestationChallenge(INSTANCE, HASH_V1, n));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthVerifierHooks.VerifierAdapterFailed.selector,
                address(tdxAdapter),
                abi.encodeWithSelector(IVerifierAdapter.VerifierMalformedOutput.selector, address(dcap))
            )
        );
        app.submitAttestation(TDX, evidence, INSTANCE, HASH_V1, n);

        (bool allowed, string memory reason) = kms.isAppAllowed(_boot(app));
        assertFalse(allowed);
        assertEq(reason, REASON);
    }

    function test_isAppAllowed_StoredRecordsOutliveABrokenVerifier() public {
        _attest(app, TDX);
        dcap.setRevert("down for maintenance");
        _assertAllowed(app, _boot(app));
    }

    function test_submitAttestation_RevertWhen_AdapterAnswersGarbage() public {
        bytes32 vendor = keccak256("test-vendor");
        (VerifiedTimelockAppAuth target, MockAdapter adapter) = _mockApp(vendor, VALIDITY);
        bytes memory evidence = _mockEvidence(target, IVerifierAdapter.TcbStatus.UpToDate);
        bytes32 challenge = abi.decode(evidence, (bytes32));
        bytes[] memory answers = new bytes[](3);
        answers[0] = hex"";
        answers[1] = abi.encode(vendor, challenge, bytes32(0)); // one word short
        answers[2] = abi.encode(vendor, challenge, bytes32(0), uint256(4)); // no such status
        for (uint256 i; i < answers.length; ++i) {
            adapter.setRawAnswer(answers[i]);
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAppAuthVerifierHooks.VerifierMalformedAnswer.selector, address(adapter)
                )
            );
            target.submitAttestation(vendor, evidence, INSTANCE, HASH_V1, block.number - 1);
        }
        adapter.setRawAnswer(abi.encode(vendor, challenge, bytes32(0), uint256(0)));
        target.submitAttestation(vendor, evidence, INSTANCE, HASH_V1, block.number - 1);
        _assertAllowed(target, _boot(target));
    }

    function test_submitAttestation_RevertWhen_AdapterReverts() public {
        bytes32 vendor = keccak256("test-vendor");
        (VerifiedTimelockAppAuth target, MockAdapter adapter) = _mockApp(vendor, VALIDITY);
        adapter.setReverts(true);
        bytes memory evidence = _mockEvidence(target, IVerifierAdapter.TcbStatus.UpToDate);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthVerifierHooks.VerifierAdapterFailed.selector,
                address(adapter),
                abi.encodeWithSignature("Error(string)", "adapter broken")
            )
        );
        target.submitAttestation(vendor, evidence, INSTANCE, HASH_V1, block.number - 1);
        _assertDenied(target, _boot(target));
    }

    function test_submitAttestation_RevertWhen_VendorUnknown() public {
        bytes32 unknown = keccak256("arm-cca");
        vm.expectRevert(abi.encodeWithSelector(IAppAuthVerifierHooks.VerifierUnknownVendor.selector, unknown));
        app.submitAttestation(unknown, "", INSTANCE, HASH_V1, block.number - 1);
    }

    // ------------------------------------------------------------------ events and views

    function test_submitAttestation_EmitsAttestationSubmitted() public {
        uint256 n = block.number - 1;
        Evidence.TdxBody memory body = Evidence.tdxBody(app.attestationChallenge(INSTANCE, HASH_V1, n));
        vm.expectEmit(address(app));
        emit IAppAuthVerifierHooks.AttestationSubmitted(
            INSTANCE,
            HASH_V1,
            TDX,
            address(tdxAdapter),
            keccak256(abi.encodePacked(body.mrTd, body.rtmrs)),
            uint64(block.timestamp + VALIDITY)
        );
        vm.prank(attacker); // anyone may submit
        app.submitAttestation(TDX, Evidence.tdxQuote(body), INSTANCE, HASH_V1, n);
    }

    function test_verifierAdapters_ListsVendorsInSlotOrder() public view {
        (bytes32[] memory vendors, address[] memory adapters) = app.verifierAdapters();
        assertEq(vendors.length, 3);
        assertEq(abi.encode(vendors[0], vendors[1], vendors[2]), abi.encode(TDX, SNP, NITRO));
        assertEq(
            abi.encode(adapters[0], adapters[1], adapters[2]),
            abi.encode(address(tdxAdapter), address(snpAdapter), address(nitroAdapter))
        );
        assertEq(app.attestationValidity(), VALIDITY);
        assertEq(app.MAX_VENDORS(), 8);
    }

    function test_supportsInterface_AnswersVerifierHooks() public view {
        assertTrue(app.supportsInterface(type(IAppAuthVerifierHooks).interfaceId));
        assertTrue(app.supportsInterface(type(IAppAuthNotice).interfaceId));
        assertTrue(app.supportsInterface(type(IAppAuthOwnable).interfaceId));
        assertTrue(app.supportsInterface(type(IAppAuth).interfaceId));
        assertTrue(app.supportsInterface(type(IERC165).interfaceId));
        assertFalse(app.supportsInterface(0x8fd37527));
    }

    function _kmsFor(VerifiedTimelockAppAuth target) internal returns (LocalKms kms) {
        kms = new LocalKms(address(this));
        kms.addOsImageHash(BootInfos.OS_IMAGE);
        kms.registerApp(address(target));
    }
}
