// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TimelockAppAuthTest} from "./TimelockAppAuth.t.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {VerifiedTimelockAppAuth} from "../../contracts/VerifiedTimelockAppAuth.sol";
import {AppAuthVerifierHooks} from "../../contracts/extensions/AppAuthVerifierHooks.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IAppAuthVerifierHooks} from "../../contracts/interfaces/IAppAuthVerifierHooks.sol";
import {IVerifierAdapter} from "../../contracts/interfaces/IVerifierAdapter.sol";
import {AutomataDcapTdxAdapter} from "../../contracts/verifiers/AutomataDcapTdxAdapter.sol";
import {MockAutomataDcapAttestation} from "../mocks/MockAutomataDcapAttestation.sol";
import {Evidence} from "../verifiers/utils/Evidence.sol";

/// @notice The shared suite for the verified timelock. The verifier rule is live (k = 1, one TDX
/// adapter over a stand-in DCAP verifier) and setUp attests the suite's standard instance at v1 and
/// v2, with a validity that outlasts the notice period, so every shared expectation holds with the
/// hook in the path rather than switched off.
contract VerifiedTimelockAppAuthTest is TimelockAppAuthTest {
    uint256 internal constant VALIDITY = 30 days;

    AutomataDcapTdxAdapter internal tdxAdapter;

    function setUp() public override {
        vm.roll(1_000);
        tdxAdapter = new AutomataDcapTdxAdapter(address(new MockAutomataDcapAttestation()), IVerifierAdapter.VerifierKind.Router);
        super.setUp();
    }

    function _verified() internal view returns (VerifiedTimelockAppAuth) {
        return VerifiedTimelockAppAuth(address(app));
    }

    function _attest(bytes32 composeHash) internal {
        uint256 n = block.number - 1;
        address instanceId = _boot().instanceId;
        bytes32 challenge = _verified().attestationChallenge(instanceId, composeHash, n);
        _verified()
            .submitAttestation(
                TDX, Evidence.tdxQuote(Evidence.tdxBody(challenge)), instanceId, composeHash, n
            );
    }

    function _deployApp(AppAuthCore.InitialPolicy memory policy) internal override returns (IAppAuthPolicy) {
        IVerifierAdapter[] memory adapters = new IVerifierAdapter[](1);
        adapters[0] = tdxAdapter;
        IAppAuthPolicy previous = app;
        IAppAuthPolicy deployed = new VerifiedTimelockAppAuth(
            owner,
            NOTICE,
            MIN_NOTICE,
            GRACE,
            policy,
            AppAuthVerifierHooks.VerifierConfig(adapters, 1, VALIDITY, new IAppAuthVerifierHooks.MeasurementPin[](0))
        );
        // Every deployment the shared suite makes starts with the standard boot attested at v1 and
        // v2, so the suite exercises the hook without depending on which test deployed the app.
        app = deployed;
        _attest(HASH_V1);
        _attest(HASH_V2);
        app = previous;
        return deployed;
    }

    function _proposeOther(IAppAuthNotice.ChangeKind kind, bytes32 value)
        internal
        override
        returns (bytes32)
    {
        if (kind == IAppAuthNotice.ChangeKind.VerifierAdapter) {
            return _verified().proposeVerifierAdapter(address(uint160(uint256(value))), "");
        }
        if (kind == IAppAuthNotice.ChangeKind.VerifierThreshold) {
            return _verified().proposeVerifierThreshold(uint256(value), "");
        }
        return super._proposeOther(kind, value);
    }

    // ------------------------------------------------------------------ what the hook adds to the shared picture

    function test_isAppAllowed_DeniesStandardBootOnceItsAttestationExpires() public {
        _assertAllowed(_boot());
        vm.warp(block.timestamp + VALIDITY + 1);
        _assertDenied(_boot(), "Insufficient TEE vendor attestations");
    }

    function test_unauthorizedLoosen_VerifierChangesAreRefused() public {
        AutomataDcapTdxAdapter other = new AutomataDcapTdxAdapter(address(new MockAutomataDcapAttestation()), IVerifierAdapter.VerifierKind.Router);
        assertTrue(
            _unauthorizedLoosen(
                attacker, IAppAuthNotice.ChangeKind.VerifierAdapter, bytes32(uint256(uint160(address(other))))
            )
        );
        vm.prank(owner);
        _verified().raiseVerifierThreshold(2);
        assertTrue(
            _unauthorizedLoosen(attacker, IAppAuthNotice.ChangeKind.VerifierThreshold, bytes32(uint256(1)))
        );
        assertEq(_verified().verifierAdapter(TDX), address(tdxAdapter));
        assertEq(_verified().verifierThreshold(), 2);
    }
}
