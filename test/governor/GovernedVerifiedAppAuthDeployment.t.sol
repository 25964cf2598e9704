// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Vm.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {VerifiedTimelockAppAuth} from "../../contracts/VerifiedTimelockAppAuth.sol";
import {AppAuthVerifierHooks} from "../../contracts/extensions/AppAuthVerifierHooks.sol";
import {AppAuthGovernor} from "../../contracts/governance/AppAuthGovernor.sol";
import {GovernedVerifiedAppAuthDeployment} from "../../contracts/governance/GovernedVerifiedAppAuthDeployment.sol";
import {VerifiedAppAuthDeployer} from "../../contracts/governance/VerifiedAppAuthDeployer.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IAppAuthOwnable} from "../../contracts/interfaces/IAppAuthOwnable.sol";
import {IAppAuthVerifierHooks} from "../../contracts/interfaces/IAppAuthVerifierHooks.sol";
import {IGovernedAppAuthDeployment} from "../../contracts/interfaces/IGovernedAppAuthDeployment.sol";
import {IGovernedVerifiedAppAuthDeployment} from
    "../../contracts/interfaces/IGovernedVerifiedAppAuthDeployment.sol";
import {IVerifierAdapter} from "../../contracts/interfaces/IVerifierAdapter.sol";
import {AutomataDcapTdxAdapter} from "../../contracts/verifiers/AutomataDcapTdxAdapter.sol";
import {AutomataSevSnpAdapter} from "../../contracts/verifiers/AutomataSevSnpAdapter.sol";
import {BaseNitroAdapter} from "../../contracts/verifiers/BaseNitroAdapter.sol";
import {GovernorFixture} from "../utils/GovernorFixture.sol";
import {MockAutomataQuoteVerifier} from "../mocks/MockAutomataQuoteVerifier.sol";
import {MockNitroValidator} from "../mocks/MockNitroValidator.sol";
import {MockSevSnpAttestation} from "../mocks/MockSevSnpAttestation.sol";

/// @notice Hands the AppAuth to an owner other than the one asked for, as a dishonest factory would.
contract DishonestAppDeployer {
    address private immutable _actualOwner;

    constructor(address actualOwner) {
        _actualOwner = actualOwner;
    }

    function deploy(
        address,
        IGovernedAppAuthDeployment.AppConfig memory appConfig,
        AppAuthVerifierHooks.VerifierConfig memory verifiers
    ) external returns (address) {
        return address(
            new VerifiedTimelockAppAuth(
                _actualOwner,
                appConfig.noticePeriod,
                appConfig.minNoticePeriod,
                appConfig.gracePeriod,
                appConfig.policy,
                verifiers
            )
        );
    }
}

/// @notice Issue 14: the governed verified deployment (ERC-733 Stage 3's contracts) in one transaction.
/// No role is left to the deployer; adding an adapter, lowering k and pinning a measurement each wait a
/// vote, the timelock's delay and the AppAuth's notice; tightening takes effect when the vote executes.
contract GovernedVerifiedAppAuthDeploymentTest is GovernorFixture {
    bytes32 internal constant TDX_IMAGE = keccak256("pinned TDX image");
    bytes32 internal constant SNP_IMAGE = keccak256("pinned SNP image");
    uint256 internal constant VALIDITY = 1 days;

    VerifiedAppAuthDeployer internal appDeployer;
    GovernedVerifiedAppAuthDeployment internal verifiedDeployment;
    VerifiedTimelockAppAuth internal app;
    AutomataDcapTdxAdapter internal tdxAdapter;
    AutomataSevSnpAdapter internal snpAdapter;
    BaseNitroAdapter internal nitroAdapter;

    Vm.Log[] internal deploymentLogs;

    function setUp() public {
        token = _deployVotesToken();
        tdxAdapter =
            new AutomataDcapTdxAdapter(address(new MockAutomataQuoteVerifier()), IVerifierAdapter.VerifierKind.Direct);
        snpAdapter = new AutomataSevSnpAdapter(address(new MockSevSnpAttestation()), 4, 1, 22, 213);
        nitroAdapter = new BaseNitroAdapter(address(new MockNitroValidator()));
        appDeployer = new VerifiedAppAuthDeployer();

        vm.recordLogs();
        vm.prank(deployer);
        verifiedDeployment = new GovernedVerifiedAppAuthDeployment(
            token, "AppAuth Governor", _governorConfig(), TIMELOCK_DELAY, _appConfig(initialPolicyAnyDevice()), _verifiers(), appDeployer
        );
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            deploymentLogs.push(logs[i]);
        }
        governor = AppAuthGovernor(payable(verifiedDeployment.governor()));
        timelock = TimelockController(payable(verifiedDeployment.timelock()));
        app = VerifiedTimelockAppAuth(verifiedDeployment.app());
        appAuth = TimelockAppAuth(address(app));
    }


    /// @dev TDX and SNP, both required; TDX pins one image.
    function _verifiers() internal view returns (AppAuthVerifierHooks.VerifierConfig memory config) {
        config.adapters = new IVerifierAdapter[](2);
        config.adapters[0] = tdxAdapter;
        config.adapters[1] = snpAdapter;
        config.threshold = 2;
        config.attestationValidity = VALIDITY;
        config.measurements = new IAppAuthVerifierHooks.MeasurementPin[](1);
        config.measurements[0] = IAppAuthVerifierHooks.MeasurementPin(TDX, TDX_IMAGE);
    }

    /// @dev Runs `call` on the AppAuth through the whole governance path and returns the pending
    /// change it announced, after checking that it is not effective before the notice has run.
    function _loosenThroughGovernance(bytes memory call, IAppAuthNotice.ChangeKind kind, bytes32 value)
        internal
        returns (bytes32 id)
    {
        uint256 proposedAt = block.timestamp;
        _govern(_proposal(address(app), call));
        id = app.changeId(kind, value);
        uint256 at = app.activatesAt(id);
        assertEq(at, block.timestamp + GOVERNED_NOTICE, "notice starts when the vote executes");
        assertGe(
            at - proposedAt, VOTING_DELAY + VOTING_PERIOD + TIMELOCK_DELAY + GOVERNED_NOTICE, "vote, delay and notice"
        );
        vm.warp(at - 1);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, at));
        app.activate(id);
        vm.warp(at);
        app.activate(id);
    }

    // ------------------------------------------------------------------ wiring

    function test_constructor_WiresTheVerifiedStack() public view {
        assertEq(app.owner(), address(timelock));
        assertEq(governor.timelock(), address(timelock));
        assertEq(address(governor.token()), address(token));
        assertEq(app.verifierThreshold(), 2);
        assertEq(app.verifierAdapter(TDX), address(tdxAdapter));
        assertEq(app.verifierAdapter(SNP), address(snpAdapter));
        assertEq(app.attestationValidity(), VALIDITY);
        assertTrue(app.isMeasurementPinned(TDX, TDX_IMAGE));
        assertFalse(app.measurementPinning(SNP));
        assertEq(app.noticePeriod(), GOVERNED_NOTICE);
        assertTrue(app.allowedComposeHashes(HASH_V1));
        assertEq(verifiedDeployment.appDeployer(), address(appDeployer));
    }

    /// @dev The factory holds the AppAuth's creation code in its runtime: it must stay deployable
    /// (EIP-170) as the AppAuth grows, and the deployment's init code under EIP-3860.
    function test_constructor_FitsTheCodeSizeLimits() public view {
        assertLe(address(appDeployer).code.length, 24_576);
        assertLe(type(GovernedVerifiedAppAuthDeployment).creationCode.length, 49_152);
    }

    function test_constructor_EmitsDeployed() public view {
        Vm.Log memory last = deploymentLogs[deploymentLogs.length - 1];
        assertEq(last.emitter, address(verifiedDeployment));
        assertEq(last.topics[0], IGovernedAppAuthDeployment.GovernedAppAuthDeployed.selector);
        assertEq(last.topics[1], bytes32(uint256(uint160(address(app)))));
        assertEq(last.topics[2], bytes32(uint256(uint160(address(governor)))));
        assertEq(last.topics[3], bytes32(uint256(uint160(address(timelock)))));
    }

    /// @dev The grants made during deployment are exactly the four of the plain governed stack.
    function test_constructor_LeavesDeployerNoRole() public view {
        bytes32[4] memory roles =
            [timelock.DEFAULT_ADMIN_ROLE(), timelock.PROPOSER_ROLE(), timelock.CANCELLER_ROLE(), timelock.EXECUTOR_ROLE()];
        address[4] memory holders = [address(timelock), address(governor), address(governor), address(governor)];
        uint256 grants;
        for (uint256 i; i < deploymentLogs.length; ++i) {
            Vm.Log memory log = deploymentLogs[i];
            if (log.topics[0] != IAccessControl.RoleGranted.selector) continue;
            assertEq(log.topics[1], roles[grants], "unexpected role");
            assertEq(log.topics[2], bytes32(uint256(uint160(holders[grants]))), "unexpected holder");
            ++grants;
        }
        assertEq(grants, 4);
        for (uint256 i; i < roles.length; ++i) {
            assertFalse(timelock.hasRole(roles[i], deployer));
            assertFalse(timelock.hasRole(roles[i], address(verifiedDeployment)));
            assertFalse(timelock.hasRole(roles[i], address(appDeployer)));
            assertFalse(timelock.hasRole(roles[i], address(0)));
        }
        assertEq(app.pendingOwner(), address(0));
        assertEq(app.pendingChangeCount(), 0);
    }

    function test_RevertWhen_DeployerTouchesTheVerifierRule() public {
        address[3] memory outsiders = [deployer, address(verifiedDeployment), address(appDeployer)];
        for (uint256 i; i < outsiders.length; ++i) {
            vm.startPrank(outsiders[i]);
            vm.expectRevert(abi.encodeWithSelector(IAppAuthOwnable.AppAuthUnauthorized.selector, outsiders[i]));
            app.proposeVerifierAdapter(address(nitroAdapter), "");
            vm.expectRevert(abi.encodeWithSelector(IAppAuthOwnable.AppAuthUnauthorized.selector, outsiders[i]));
            app.proposeVerifierThreshold(1, "");
            vm.expectRevert(abi.encodeWithSelector(IAppAuthOwnable.AppAuthUnauthorized.selector, outsiders[i]));
            app.proposeVerifierMeasurement(SNP, SNP_IMAGE, "");
            vm.expectRevert(abi.encodeWithSelector(IAppAuthOwnable.AppAuthUnauthorized.selector, outsiders[i]));
            app.removeVerifierAdapter(TDX);
            vm.stopPrank();
        }
    }

    function test_RevertWhen_AppDeployerHandsTheAppToSomeoneElse() public {
        DishonestAppDeployer dishonest = new DishonestAppDeployer(deployer);
        address dishonestApp = vm.computeCreateAddress(address(dishonest), 1);
        vm.prank(deployer);
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernedVerifiedAppAuthDeployment.AppAuthGovernorAppNotOwned.selector, dishonestApp, deployer
            )
        );
        new GovernedVerifiedAppAuthDeployment(
            token,
            "g",
            _governorConfig(),
            TIMELOCK_DELAY,
            _appConfig(initialPolicyAnyDevice()),
            _verifiers(),
            VerifiedAppAuthDeployer(address(dishonest))
        );
    }

    // ------------------------------------------------------------------ loosening: vote, delay, notice

    function test_proposeVerifierAdapter_WaitsVoteAndNotice() public {
        _loosenThroughGovernance(
            abi.encodeCall(IAppAuthVerifierHooks.proposeVerifierAdapter, (address(nitroAdapter), "")),
            IAppAuthNotice.ChangeKind.VerifierAdapter,
            bytes32(uint256(uint160(address(nitroAdapter))))
        );
        assertEq(app.verifierAdapter(NITRO), address(nitroAdapter));
    }

    function test_proposeVerifierThreshold_WaitsVoteAndNotice() public {
        _loosenThroughGovernance(
            abi.encodeCall(IAppAuthVerifierHooks.proposeVerifierThreshold, (1, "")),
            IAppAuthNotice.ChangeKind.VerifierThreshold,
            bytes32(uint256(1))
        );
        assertEq(app.verifierThreshold(), 1);
    }

    function test_proposeVerifierMeasurement_WaitsVoteAndNotice() public {
        _loosenThroughGovernance(
            abi.encodeCall(IAppAuthVerifierHooks.proposeVerifierMeasurement, (SNP, SNP_IMAGE, "")),
            IAppAuthNotice.ChangeKind.VerifierMeasurement,
            app.measurementKey(SNP, SNP_IMAGE)
        );
        assertTrue(app.isMeasurementPinned(SNP, SNP_IMAGE));
        assertTrue(app.measurementPinning(SNP));
    }

    // ------------------------------------------------------------------ tightening: effective when the vote executes

    function test_tightening_TakesEffectWhenTheVoteExecutes() public {
        _govern(_proposal(address(app), abi.encodeCall(IAppAuthVerifierHooks.raiseVerifierThreshold, (3))));
        assertEq(app.verifierThreshold(), 3);
        _govern(_proposal(address(app), abi.encodeCall(IAppAuthVerifierHooks.unpinVerifierMeasurement, (TDX, TDX_IMAGE))));
        assertFalse(app.isMeasurementPinned(TDX, TDX_IMAGE));
        _govern(_proposal(address(app), abi.encodeCall(IAppAuthVerifierHooks.removeVerifierAdapter, (SNP))));
        assertEq(app.verifierAdapter(SNP), address(0));
        assertEq(app.pendingChangeCount(), 0, "nothing waited a notice");
    }
}
