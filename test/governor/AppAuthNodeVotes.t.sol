// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {AppAuthNodeVotes} from "../../contracts/governance/AppAuthNodeVotes.sol";
import {IAppAuthGovernor} from "../../contracts/interfaces/IAppAuthGovernor.sol";
import {GovernorFixture} from "../utils/GovernorFixture.sol";
import {composeHashId} from "../utils/Defaults.sol";

/// @notice One node, one vote: the governor on ERC721Votes seats with a timestamp clock.
/// @dev Three seats and a 67% quorum: two nodes must vote for (or abstain) for a proposal to pass.
contract AppAuthNodeVotesTest is GovernorFixture {
    uint256 internal constant NODE_QUORUM_PERCENT = 67;

    address internal node1 = makeAddr("node 1");
    address internal node2 = makeAddr("node 2");
    address internal node3 = makeAddr("node 3");
    address internal attacker = makeAddr("attacker");

    AppAuthNodeVotes internal seats;

    function setUp() public {
        address futureDeployment = vm.computeCreateAddress(deployer, vm.getNonce(deployer));
        address[] memory operators = new address[](3);
        (operators[0], operators[1], operators[2]) = (node1, node2, node3);
        seats = new AppAuthNodeVotes(
            "AppAuth Nodes", "NODE", vm.computeCreateAddress(futureDeployment, 2), operators
        );
        for (uint256 i; i < operators.length; ++i) {
            vm.prank(operators[i]);
            seats.delegate(operators[i]);
        }
        vm.warp(block.timestamp + 1);

        AppAuthCore.InitialPolicy memory policy = initialPolicyAnyDevice();
        _deployGovernedApp(seats, policy);
    }

    function _governorConfig() internal pure override returns (IAppAuthGovernor.Config memory config) {
        config = super._governorConfig();
        config.proposalThreshold = 1;
        config.quorumNumerator = NODE_QUORUM_PERCENT;
    }

    function _allowV2() internal returns (Proposal memory) {
        return _proposal(address(appAuth), abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2));
    }

    function test_clock_IsTimestamp() public view {
        assertEq(seats.CLOCK_MODE(), "mode=timestamp");
        assertEq(seats.clock(), block.timestamp);
        assertEq(governor.CLOCK_MODE(), "mode=timestamp");
        assertEq(governor.clock(), block.timestamp);
        assertEq(seats.owner(), address(timelock));
    }

    function test_getVotes_OneSeatOneVote() public {
        vm.warp(block.timestamp + 1);
        assertEq(governor.getVotes(node1, block.timestamp - 1), 1);
        assertEq(seats.getPastTotalSupply(block.timestamp - 1), 3);
        assertEq(governor.quorum(block.timestamp - 1), 2);
    }

    function test_fullPath_TwoOfThreeNodesAllowComposeHash() public {
        Proposal memory p = _allowV2();
        uint256 id = _propose(node1, p);
        vm.warp(governor.proposalSnapshot(id) + 1);
        assertEq(_castVote(node1, id, FOR), 1);
        assertEq(_castVote(node2, id, FOR), 1);
        assertEq(_castVote(node3, id, AGAINST), 1);
        vm.warp(governor.proposalDeadline(id) + 1);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Succeeded));

        _queue(p);
        vm.warp(governor.proposalEta(id));
        _execute(p);
        vm.warp(appAuth.activatesAt(composeHashId(HASH_V2)));
        appAuth.activateComposeHash(HASH_V2);
        assertTrue(appAuth.allowedComposeHashes(HASH_V2));
    }

    function test_state_OneNodeMissesQuorum() public {
        uint256 id = _propose(node1, _allowV2());
        vm.warp(governor.proposalSnapshot(id) + 1);
        _castVote(node1, id, FOR);
        vm.warp(governor.proposalDeadline(id) + 1);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Defeated));
    }

    /// @dev A seat bought after the snapshot carries no weight; its seller still votes with it.
    function test_castVote_SeatMovedAfterSnapshotCarriesNoWeight() public {
        uint256 id = _propose(node1, _allowV2());
        vm.warp(governor.proposalSnapshot(id) + 1);
        uint256 seatOf3 = 2;
        vm.prank(node3);
        seats.transferFrom(node3, attacker, seatOf3);
        vm.prank(attacker);
        seats.delegate(attacker);
        assertEq(seats.getVotes(attacker), 1);

        assertEq(_castVote(attacker, id, AGAINST), 0);
        assertEq(_castVote(node3, id, AGAINST), 1);
    }

    /// @dev The voter set changes only by a vote: seating a node is a governance proposal.
    function test_seat_ThroughGovernanceAddsAVoter() public {
        address node4 = makeAddr("node 4");
        Proposal memory p = _proposal(address(seats), abi.encodeCall(AppAuthNodeVotes.seat, (node4)));
        uint256 id = _propose(node1, p);
        vm.warp(governor.proposalSnapshot(id) + 1);
        _castVote(node1, id, FOR);
        _castVote(node2, id, FOR);
        vm.warp(governor.proposalDeadline(id) + 1);
        _queue(p);
        vm.warp(governor.proposalEta(id));
        _execute(p);

        assertEq(seats.ownerOf(3), node4);
        vm.prank(node4);
        seats.delegate(node4);
        vm.warp(block.timestamp + 1);
        assertEq(seats.getPastTotalSupply(block.timestamp - 1), 4);
        assertEq(governor.getVotes(node4, block.timestamp - 1), 1);
    }

    function test_RevertWhen_NonOwnerSeatsANode() public {
        vm.prank(node1);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, node1));
        seats.seat(node1);
    }

    function test_RevertWhen_NonOwnerUnseatsANode() public {
        vm.prank(attacker);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, attacker));
        seats.unseat(0);
    }
}
