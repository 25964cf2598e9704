// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Vm.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {AppAuthNodeVotes} from "../../contracts/governance/AppAuthNodeVotes.sol";
import {AppAuthTimelock} from "../../contracts/governance/AppAuthTimelock.sol";
import {GovernedAppAuthDeployment} from "../../contracts/governance/GovernedAppAuthDeployment.sol";
import {IAppAuthTimelock} from "../../contracts/interfaces/IAppAuthTimelock.sol";
import {IGovernedAppAuthDeployment} from "../../contracts/interfaces/IGovernedAppAuthDeployment.sol";
import {GovernorFixture} from "../utils/GovernorFixture.sol";
import {MinterVotes, OwnedVotesToken} from "../mocks/GovernorMocks.sol";

/// @notice The one-transaction deployment: wiring, and no role left to the deployer or anyone else (A7).
contract GovernedAppAuthDeploymentTest is GovernorFixture {

    Vm.Log[] internal deploymentLogs;

    function setUp() public {
        token = _deployVotesToken();
        vm.recordLogs();
        _deployGovernedApp(token, initialPolicyAnyDevice());
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            deploymentLogs.push(logs[i]);
        }
    }


    function _roles() internal view returns (bytes32[4] memory) {
        return [
            timelock.DEFAULT_ADMIN_ROLE(),
            timelock.PROPOSER_ROLE(),
            timelock.CANCELLER_ROLE(),
            timelock.EXECUTOR_ROLE()
        ];
    }

    function test_constructor_WiresTheStack() public view {
        assertEq(governor.timelock(), address(timelock));
        assertEq(address(governor.token()), address(token));
        assertEq(governor.name(), "AppAuth Governor");
        assertEq(timelock.getMinDelay(), TIMELOCK_DELAY);
        assertEq(appAuth.owner(), address(timelock));
        assertEq(appAuth.pendingOwner(), address(0));
        assertEq(appAuth.noticePeriod(), GOVERNED_NOTICE);
        assertEq(appAuth.minNoticePeriod(), GOVERNED_MIN_NOTICE);
        assertEq(appAuth.gracePeriod(), GOVERNED_GRACE);
        assertTrue(appAuth.allowedComposeHashes(HASH_V1));
        assertTrue(appAuth.allowAnyDevice());
        assertEq(deployment.app(), address(appAuth));
    }

    function test_constructor_EmitsDeployed() public view {
        Vm.Log memory last = deploymentLogs[deploymentLogs.length - 1];
        assertEq(last.emitter, address(deployment));
        assertEq(last.topics[0], IGovernedAppAuthDeployment.GovernedAppAuthDeployed.selector);
        assertEq(last.topics[1], bytes32(uint256(uint160(address(appAuth)))));
        assertEq(last.topics[2], bytes32(uint256(uint160(address(governor)))));
        assertEq(last.topics[3], bytes32(uint256(uint160(address(timelock)))));
        assertEq(abi.decode(last.data, (address)), address(token));
    }

    /// @dev Neither the deployer nor the deployment contract holds any timelock role; execution is not
    /// open to anyone; the AppAuth answers to the timelock.
    function test_constructor_LeavesDeployerNoRole() public view {
        bytes32[4] memory roles = _roles();
        for (uint256 i; i < roles.length; ++i) {
            assertFalse(timelock.hasRole(roles[i], deployer), "deployer holds a role");
            assertFalse(timelock.hasRole(roles[i], address(deployment)), "deployment holds a role");
            assertFalse(timelock.hasRole(roles[i], address(0)), "role open to anyone");
        }
        assertTrue(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), address(timelock)));
        assertFalse(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), address(governor)));
        assertTrue(timelock.hasRole(timelock.PROPOSER_ROLE(), address(governor)));
        assertTrue(timelock.hasRole(timelock.CANCELLER_ROLE(), address(governor)));
        assertTrue(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(governor)));
        assertEq(appAuth.owner(), address(timelock));
    }

    /// @dev `hasRole` cannot show that nobody else holds a role; the grants made during deployment
    /// can: exactly four, admin to the timelock itself and the three others to the governor.
    function test_constructor_GrantsNoOtherRole() public view {
        bytes32[4] memory roles = _roles();
        address[4] memory holders =
            [address(timelock), address(governor), address(governor), address(governor)];
        uint256 grants;
        for (uint256 i; i < deploymentLogs.length; ++i) {
            Vm.Log memory log = deploymentLogs[i];
            if (log.topics[0] != IAccessControl.RoleGranted.selector) continue;
            assertEq(log.emitter, address(timelock));
            assertEq(log.topics[1], roles[grants], "unexpected role");
            assertEq(log.topics[2], bytes32(uint256(uint160(holders[grants]))), "unexpected holder");
            ++grants;
        }
        assertEq(grants, 4);
    }

    function test_RevertWhen_TokenOwnedByDeployer() public {
        OwnedVotesToken owned = new OwnedVotesToken(deployer, SUPPLY);
        vm.prank(deployer);
        vm.expectRevert(
            abi.encodeWithSelector(IGovernedAppAuthDeployment.AppAuthGovernorTokenOwned.selector, deployer)
        );
        new GovernedAppAuthDeployment(owned, "g", _governorConfig(), TIMELOCK_DELAY, _appConfig(initialPolicyAnyDevice()));
    }

    /// @dev The seats' owner is the timelock's address, known before anything is deployed: the
    /// deployment's CREATE address at nonce 2.
    function test_constructor_AcceptsTokenOwnedByNewTimelock() public {
        address futureDeployment = vm.computeCreateAddress(deployer, vm.getNonce(deployer));
        address futureTimelock = vm.computeCreateAddress(futureDeployment, 2);
        AppAuthNodeVotes seats = new AppAuthNodeVotes("Nodes", "NODE", futureTimelock, new address[](0));

        GovernedAppAuthDeployment d = _deployGovernedApp(seats, initialPolicyAnyDevice());
        assertEq(address(d), futureDeployment);
        assertEq(d.timelock(), futureTimelock);
        assertEq(seats.owner(), d.timelock());
    }

    /// @notice Threat-table row "settings without floors" (token): `owner()` says nobody, but someone
    /// else can mint votes. The deployment must judge who can create supply, not who owns the token.
    function test_RevertWhen_TokenMintableBySomeoneElse() public {
        MinterVotes votes = new MinterVotes(deployer);
        vm.prank(deployer);
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernedAppAuthDeployment.AppAuthGovernorTokenMintAuthorityUnknown.selector, address(votes)
            )
        );
        new GovernedAppAuthDeployment(votes, "g", _governorConfig(), TIMELOCK_DELAY, _appConfig(initialPolicyAnyDevice()));
    }

    /// @dev Node seats are minted by their owner; an owner other than governance is refused as the
    /// mint authority, before its ownership is even looked at.
    function test_RevertWhen_NodeSeatsMintableByDeployer() public {
        AppAuthNodeVotes seats = new AppAuthNodeVotes("Nodes", "NODE", deployer, new address[](0));
        assertEq(seats.mintAuthority(), deployer);
        vm.prank(deployer);
        vm.expectRevert(
            abi.encodeWithSelector(IGovernedAppAuthDeployment.AppAuthGovernorTokenMintable.selector, deployer)
        );
        new GovernedAppAuthDeployment(seats, "g", _governorConfig(), TIMELOCK_DELAY, _appConfig(initialPolicyAnyDevice()));
    }

    function test_constructor_TimelockFloorsAndWindow() public {
        AppAuthTimelock t = AppAuthTimelock(payable(address(timelock)));
        assertEq(t.executionWindow(), EXECUTION_WINDOW);
        assertEq(t.MIN_DELAY(), 1 hours);
        assertEq(token.mintAuthority(), address(0));
        vm.prank(deployer);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthTimelock.AppAuthTimelockDelayBelowFloor.selector, 0, 1 hours)
        );
        new GovernedAppAuthDeployment(token, "g", _governorConfig(), 0, _appConfig(initialPolicyAnyDevice()));
    }
}
