// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {LocalKms} from "../../contracts/kms/LocalKms.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {composeHashId} from "../utils/Defaults.sol";
import {GovernorFixture} from "../utils/GovernorFixture.sol";
import {GasHarness} from "./GasHarness.sol";

/// @notice Gas of the governance path and of the boot check on a governed AppAuth: entries
/// `governor_<operation>` in `snapshots/governor.json`, measured as {GasHarness} measures every entry.
contract GovernorGasTest is GovernorFixture, GasHarness {
    string internal constant GROUP = "governor";

    Proposal internal allowV2;

    function setUp() public {
        token = _deployVotesToken();
        AppAuthCore.InitialPolicy memory policy = initialPolicy();
        _deployGovernedApp(token, policy);
        allowV2 = _proposal(address(appAuth), proposeComposeHashCall(HASH_V2));
    }

    function test_propose_Gas() public onlyIsolated {
        vm.prank(alice);
        _measure(
            address(governor),
            abi.encodeCall(IGovernor.propose, (allowV2.targets, allowV2.values, allowV2.calldatas, allowV2.description)),
            "propose"
        );
        assertEq(uint8(governor.state(_proposalId(allowV2))), uint8(IGovernor.ProposalState.Pending));
    }

    function test_castVote_Gas() public onlyIsolated {
        uint256 proposalId = _propose(alice, allowV2);
        vm.warp(governor.proposalSnapshot(proposalId) + 1);
        vm.prank(alice);
        _measure(address(governor), abi.encodeCall(IGovernor.castVote, (proposalId, FOR)), "castVote");
        assertTrue(governor.hasVoted(proposalId, alice));
    }

    function test_queue_Gas() public onlyIsolated {
        uint256 proposalId = _propose(alice, allowV2);
        _voteToPass(proposalId);
        _measure(address(governor), _queueCall(allowV2), "queue");
        assertEq(uint8(governor.state(proposalId)), uint8(IGovernor.ProposalState.Queued));
    }

    /// @dev Execution through the timelock into the AppAuth's `proposeComposeHash`.
    function test_execute_Gas() public onlyIsolated {
        uint256 proposalId = _propose(alice, allowV2);
        _voteToPass(proposalId);
        _queue(allowV2);
        vm.warp(governor.proposalEta(proposalId));
        _measure(address(governor), _executeCall(allowV2), "execute");
        assertEq(appAuth.activatesAt(composeHashId(HASH_V2)), block.timestamp + GOVERNED_NOTICE);
    }

    function test_activate_Gas() public onlyIsolated {
        _govern(allowV2);
        vm.warp(appAuth.activatesAt(composeHashId(HASH_V2)));
        _measure(
            address(appAuth), abi.encodeCall(IAppAuthNotice.activateComposeHash, (HASH_V2)), "activateComposeHash"
        );
        assertTrue(appAuth.allowedComposeHashes(HASH_V2));
    }

    /// @dev The boot check is the core's, whoever governs: it must not cost more than DstackApp's.
    function test_isAppAllowed_Gas() public onlyIsolated {
        IAppAuth.AppBootInfo memory boot = BootInfos.upToDate(address(appAuth), HASH_V1, DEVICE_1);
        (bool allowed,) = appAuth.isAppAllowed(boot);
        uint256 gasUsed = _snapshotView(GROUP, "governor_isAppAllowed_direct");
        assertTrue(allowed);
        assertLe(gasUsed, _publishedGas("isAppAllowed_direct"));
    }

    function test_isAppAllowed_GasThroughKms() public onlyIsolated {
        LocalKms kms = new LocalKms(address(this));
        kms.addOsImageHash(BootInfos.OS_IMAGE);
        kms.registerApp(address(appAuth));
        IAppAuth.AppBootInfo memory boot = BootInfos.upToDate(address(appAuth), HASH_V1, DEVICE_1);
        (bool allowed,) = kms.isAppAllowed(boot);
        _snapshotView(GROUP, "governor_isAppAllowed_viaKms");
        assertTrue(allowed);
    }

    function _measure(address target, bytes memory data, string memory operation) internal {
        _transact(target, data, GROUP, string.concat("governor_", operation));
    }

    function _queueCall(Proposal memory p) internal pure returns (bytes memory) {
        return abi.encodeCall(IGovernor.queue, (p.targets, p.values, p.calldatas, _descriptionHash(p)));
    }

    function _executeCall(Proposal memory p) internal pure returns (bytes memory) {
        return abi.encodeCall(IGovernor.execute, (p.targets, p.values, p.calldatas, _descriptionHash(p)));
    }
}
