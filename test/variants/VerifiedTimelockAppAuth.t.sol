// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AppAuthSharedTest} from "../shared/AppAuthShared.t.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {VerifiedTimelockAppAuth} from "../../contracts/VerifiedTimelockAppAuth.sol";
import {AppAuthVerifierHooks} from "../../contracts/extensions/AppAuthVerifierHooks.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IVerifierAdapter} from "../../contracts/interfaces/IVerifierAdapter.sol";
import {AutomataDcapTdxAdapter} from "../../contracts/verifiers/AutomataDcapTdxAdapter.sol";
import {MockAutomataDcapAttestation} from "../verifiers/mocks/MockAutomataDcapAttestation.sol";
import {Evidence} from "../verifiers/utils/Evidence.sol";

/// @notice The shared suite for the verified timelock. The verifier rule is live (k = 1, one TDX
/// adapter over a stand-in DCAP verifier) and setUp attests the suite's standard instance at v1 and
/// v2, with a validity that outlasts the notice period, so every shared expectation holds with the
/// hook in the path rather than switched off.
contract VerifiedTimelockAppAuthTest is AppAuthSharedTest {
    uint256 internal constant NOTICE = 7 days;
    uint256 internal constant MIN_NOTICE = 3 days;
    uint256 internal constant GRACE = 7 days;
    uint256 internal constant VALIDITY = 30 days;
    bytes32 internal constant TDX = keccak256("intel-tdx");

    address internal owner = makeAddr("owner");
    AutomataDcapTdxAdapter internal tdxAdapter;

    function setUp() public override {
        vm.roll(1_000);
        tdxAdapter = new AutomataDcapTdxAdapter(address(new MockAutomataDcapAttestation()));
        super.setUp();
        _attest(HASH_V1);
        _attest(HASH_V2);
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
        return new VerifiedTimelockAppAuth(
            owner,
            NOTICE,
            MIN_NOTICE,
            GRACE,
            policy,
            AppAuthVerifierHooks.VerifierConfig(adapters, 1, VALIDITY)
        );
    }

    function _loosen(IAppAuthNotice.ChangeKind kind, bytes32 value) internal override {
        bytes32 id = _proposeAs(owner, kind, value);
        vm.warp(_verified().activatesAt(id));
        _verified().activate(id);
    }

    function _proposeAs(address caller, IAppAuthNotice.ChangeKind kind, bytes32 value)
        internal
        returns (bytes32 id)
    {
        VerifiedTimelockAppAuth verified = _verified();
        vm.startPrank(caller);
        if (kind == IAppAuthNotice.ChangeKind.ComposeHash) {
            id = verified.proposeComposeHash(value);
        } else if (kind == IAppAuthNotice.ChangeKind.Device) {
            id = verified.proposeDevice(value, "");
        } else if (kind == IAppAuthNotice.ChangeKind.AllowAnyDevice) {
            id = verified.proposeAllowAnyDevice("");
        } else if (kind == IAppAuthNotice.ChangeKind.TcbNotRequired) {
            id = verified.proposeTcbNotRequired("");
        } else if (kind == IAppAuthNotice.ChangeKind.NoticePeriod) {
            id = verified.proposeNoticePeriod(uint256(value), "");
        } else if (kind == IAppAuthNotice.ChangeKind.VerifierAdapter) {
            id = verified.proposeVerifierAdapter(address(uint160(uint256(value))), "");
        } else if (kind == IAppAuthNotice.ChangeKind.VerifierThreshold) {
            id = verified.proposeVerifierThreshold(uint256(value), "");
        } else {
            revert("verified timelock test has no such change");
        }
        vm.stopPrank();
    }

    function _tighten(Tightening change, bytes32 value) internal override {
        vm.startPrank(owner);
        if (change == Tightening.RemoveComposeHash) _verified().removeComposeHash(value);
        else if (change == Tightening.RemoveDevice) _verified().removeDevice(value);
        else if (change == Tightening.DisallowAnyDevice) _verified().disallowAnyDevice();
        else _verified().requireUpToDateTcb();
        vm.stopPrank();
    }

    function _unauthorizedLoosen(address caller, IAppAuthNotice.ChangeKind kind, bytes32 value)
        internal
        override
        returns (bool refused)
    {
        try this.proposeAs(caller, kind, value) {
            return false;
        } catch {
            return true;
        }
    }

    /// @dev External so that `_unauthorizedLoosen` can catch the revert.
    function proposeAs(address caller, IAppAuthNotice.ChangeKind kind, bytes32 value)
        external
        returns (bytes32)
    {
        return _proposeAs(caller, kind, value);
    }

    function _advertisesBasicManagement() internal pure override returns (bool) {
        return false;
    }

    // ------------------------------------------------------------------ what the hook adds to the shared picture

    function test_isAppAllowed_DeniesStandardBootOnceItsAttestationExpires() public {
        _assertAllowed(_boot());
        vm.warp(block.timestamp + VALIDITY + 1);
        _assertDenied(_boot(), "Insufficient TEE vendor attestations");
    }

    function test_unauthorizedLoosen_VerifierChangesAreRefused() public {
        AutomataDcapTdxAdapter other = new AutomataDcapTdxAdapter(address(new MockAutomataDcapAttestation()));
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
