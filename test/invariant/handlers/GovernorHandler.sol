// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {TimelockAppAuth} from "../../../contracts/TimelockAppAuth.sol";
import {AppAuthGovernor} from "../../../contracts/governance/AppAuthGovernor.sol";
import {AppAuthVotesToken} from "../../../contracts/governance/AppAuthVotesToken.sol";
import {IAppAuthNotice} from "../../../contracts/interfaces/IAppAuthNotice.sol";

/// @notice Drives a governed AppAuth over time: voters propose, vote, queue, execute and activate
/// loosening changes; an attacker buys votes after snapshots, proposes, and calls the AppAuth, the
/// timelock and the governor directly. Ghost state records when each change was announced (only a
/// governor execution can do that) and activated, for the invariants to check.
/// @dev Actions pick a proposal in the state they need, so that whole governance paths happen
/// within a run's depth rather than by luck.
contract GovernorHandler is CommonBase, StdUtils {
    struct Tracked {
        address[] targets;
        uint256[] values;
        bytes[] calldatas;
        bytes32 descriptionHash;
        bytes32 changeId;
    }

    AppAuthGovernor public immutable governor;
    TimelockController public immutable timelock;
    TimelockAppAuth public immutable app;
    AppAuthVotesToken public immutable token;
    address public immutable attacker;

    address[] private _voters;
    IAppAuthNotice.ChangeKind[] private _itemKinds;
    bytes32[] private _itemValues;
    Tracked[] private _proposals;

    // ghost state, per change id
    mapping(bytes32 id => uint256) public announcedAt;
    mapping(bytes32 id => uint256) public announcedBy; // the governor proposal id that announced it
    mapping(bytes32 id => uint256) public activatedAt;

    uint256 public lateWeightViolations;
    uint256 public attackerBreaches;

    mapping(bytes32 action => uint256) public calls;

    /// @param voters The token holders; the first two hold a majority.
    constructor(
        AppAuthGovernor governor_,
        TimelockController timelock_,
        TimelockAppAuth app_,
        AppAuthVotesToken token_,
        address[] memory voters,
        address attacker_
    ) {
        (governor, timelock, app, token, attacker) = (governor_, timelock_, app_, token_, attacker_);
        _voters = voters;
        for (uint256 i; i < 3; ++i) {
            _itemKinds.push(IAppAuthNotice.ChangeKind.ComposeHash);
            _itemValues.push(keccak256(abi.encode("invariant compose", i)));
        }
        for (uint256 i; i < 2; ++i) {
            _itemKinds.push(IAppAuthNotice.ChangeKind.Device);
            _itemValues.push(keccak256(abi.encode("invariant device", i)));
        }
    }

    // ------------------------------------------------------------------ views for the invariants

    function itemCount() external view returns (uint256) {
        return _itemValues.length;
    }

    function item(uint256 i)
        external
        view
        returns (IAppAuthNotice.ChangeKind kind, bytes32 value, bytes32 id)
    {
        return (_itemKinds[i], _itemValues[i], app.changeId(_itemKinds[i], _itemValues[i]));
    }

    function proposalCount() external view returns (uint256) {
        return _proposals.length;
    }

    // ------------------------------------------------------------------ voters

    function propose(uint256 voterSeed, uint256 itemSeed) external {
        _propose(_voters[voterSeed % _voters.length], itemSeed);
    }

    function vote(uint256 voterSeed, uint256 proposalSeed, uint8 support) external {
        (bool found, uint256 pid,) = _find(proposalSeed, IGovernor.ProposalState.Active);
        if (!found) return;
        vm.prank(_voters[voterSeed % _voters.length]);
        try governor.castVote(pid, support % 3) {
            ++calls["vote"];
        } catch {}
    }

    /// @dev The holders of a majority vote for an active proposal.
    function passVote(uint256 proposalSeed) external {
        (bool found, uint256 pid,) = _find(proposalSeed, IGovernor.ProposalState.Active);
        if (!found) return;
        for (uint256 i; i < 2; ++i) {
            vm.prank(_voters[i]);
            try governor.castVote(pid, 1) {
                ++calls["vote"];
            } catch {}
        }
    }

    function queue(uint256 proposalSeed) external {
        (bool found,, uint256 index) = _find(proposalSeed, IGovernor.ProposalState.Succeeded);
        if (!found) return;
        Tracked storage t = _proposals[index];
        try governor.queue(t.targets, t.values, t.calldatas, t.descriptionHash) {
            ++calls["queue"];
        } catch {}
    }

    function execute(uint256 proposalSeed) external {
        (bool found, uint256 pid, uint256 index) = _find(proposalSeed, IGovernor.ProposalState.Queued);
        if (!found) return;
        Tracked storage t = _proposals[index];
        bytes32 id = t.changeId;
        bool wasPending = app.activatesAt(id) != 0;
        try governor.execute(t.targets, t.values, t.calldatas, t.descriptionHash) {
            ++calls["execute"];
            if (!wasPending && app.activatesAt(id) != 0) {
                announcedAt[id] = block.timestamp;
                announcedBy[id] = pid;
                activatedAt[id] = 0;
            }
        } catch {}
    }

    /// @dev Anyone may activate: tries the pending items from `itemSeed` on, matured or not.
    function activate(uint256 itemSeed) external {
        uint256 n = _itemValues.length;
        for (uint256 k; k < n; ++k) {
            uint256 i = (itemSeed + k) % n;
            bytes32 id = app.changeId(_itemKinds[i], _itemValues[i]);
            if (app.activatesAt(id) == 0) continue;
            try app.activate(id) {
                ++calls["activate"];
                activatedAt[id] = block.timestamp;
                return;
            } catch {}
        }
    }

    /// @dev Lets time pass: by a random amount, or straight to the next moment something can
    /// happen (a vote opens or closes, a timelock delay ends, a change matures).
    function warp(uint256 seconds_, bool toNextEvent) external {
        uint256 next = toNextEvent ? _nextEvent() : 0;
        vm.warp(next != 0 ? next : block.timestamp + _bound(seconds_, 1 hours, 15 days));
        ++calls["warp"];
    }

    // ------------------------------------------------------------------ attacker

    /// @dev Flash-loan voting: a voter hands tokens to the attacker during an active vote, the
    /// attacker delegates to himself and votes. Only what he held at the snapshot may count.
    function attackerBuysAndVotes(uint256 sellerSeed, uint256 amount, uint256 proposalSeed, uint8 support)
        external
    {
        (bool found, uint256 pid,) = _find(proposalSeed, IGovernor.ProposalState.Active);
        if (!found) return;
        address seller = _voters[sellerSeed % _voters.length];
        amount = _bound(amount, 0, token.balanceOf(seller));
        uint256 snapshot = governor.proposalSnapshot(pid);
        uint256 weightAtSnapshot = token.getPastVotes(attacker, snapshot);

        vm.prank(seller);
        token.transfer(attacker, amount);
        vm.prank(attacker);
        token.delegate(attacker);
        vm.prank(attacker);
        try governor.castVote(pid, support % 3) returns (uint256 weight) {
            ++calls["attackerVote"];
            if (weight != weightAtSnapshot) ++lateWeightViolations;
        } catch {}
    }

    /// @dev The attacker's tokens bought earlier count in later votes; he may propose like anyone.
    function attackerProposes(uint256 itemSeed) external {
        _propose(attacker, itemSeed);
    }

    /// @dev Every route around the vote: announcing on the AppAuth, scheduling or executing on the
    /// timelock, relaying through the governor, cancelling the timelock's operations.
    function attackerCallsDirectly(uint256 itemSeed, uint256 route) external {
        bytes memory call = _announceCall(itemSeed);
        address target;
        bytes memory data;
        route %= 4;
        if (route == 0) {
            (target, data) = (address(app), call);
        } else if (route == 1) {
            (target, data) =
            (
                address(timelock),
                abi.encodeCall(
                    TimelockController.schedule, (address(app), 0, call, 0, 0, timelock.getMinDelay())
                )
            );
        } else if (route == 2) {
            (target, data) =
            (address(timelock), abi.encodeCall(TimelockController.execute, (address(app), 0, call, 0, 0)));
        } else {
            (target, data) = (address(governor), abi.encodeCall(Governor.relay, (address(app), 0, call)));
        }
        vm.prank(attacker);
        (bool ok,) = target.call(data);
        ++calls["attackerDirect"];
        if (ok) ++attackerBreaches;
    }

    // ------------------------------------------------------------------ internals

    function _propose(address proposer, uint256 itemSeed) private {
        uint256 i = itemSeed % _itemValues.length;
        Tracked storage t = _proposals.push();
        t.targets.push(address(app));
        t.values.push(0);
        t.calldatas.push(_announceCall(i));
        string memory description = string.concat("invariant proposal ", vm.toString(_proposals.length));
        t.descriptionHash = keccak256(bytes(description));
        t.changeId = app.changeId(_itemKinds[i], _itemValues[i]);
        vm.prank(proposer);
        try governor.propose(t.targets, t.values, t.calldatas, description) {
            ++calls["propose"];
        } catch {
            _proposals.pop();
        }
    }

    function _nextEvent() private view returns (uint256 next) {
        for (uint256 k; k < _proposals.length; ++k) {
            Tracked storage t = _proposals[k];
            uint256 pid = governor.hashProposal(t.targets, t.values, t.calldatas, t.descriptionHash);
            next = _earliestAfterNow(next, governor.proposalSnapshot(pid) + 1);
            next = _earliestAfterNow(next, governor.proposalDeadline(pid) + 1);
            next = _earliestAfterNow(next, governor.proposalEta(pid));
        }
        for (uint256 i; i < _itemValues.length; ++i) {
            next = _earliestAfterNow(next, app.activatesAt(app.changeId(_itemKinds[i], _itemValues[i])));
        }
    }

    function _earliestAfterNow(uint256 current, uint256 candidate) private view returns (uint256) {
        if (candidate <= block.timestamp) return current;
        return current == 0 || candidate < current ? candidate : current;
    }

    function _announceCall(uint256 itemSeed) private view returns (bytes memory) {
        uint256 i = itemSeed % _itemValues.length;
        if (_itemKinds[i] == IAppAuthNotice.ChangeKind.ComposeHash) {
            return abi.encodeWithSignature("proposeComposeHash(bytes32)", _itemValues[i]);
        }
        return abi.encodeCall(IAppAuthNotice.proposeDevice, (_itemValues[i], ""));
    }

    /// @dev The first tracked proposal in `wanted` state, searching from `seed`.
    function _find(uint256 seed, IGovernor.ProposalState wanted)
        private
        view
        returns (bool found, uint256 pid, uint256 index)
    {
        uint256 n = _proposals.length;
        for (uint256 k; k < n; ++k) {
            index = (seed + k) % n;
            Tracked storage t = _proposals[index];
            pid = governor.hashProposal(t.targets, t.values, t.calldatas, t.descriptionHash);
            if (governor.state(pid) == wanted) return (true, pid, index);
        }
        return (false, 0, 0);
    }
}
