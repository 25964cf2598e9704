// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Test.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {OptOutRegistry} from "../../contracts/OptOutRegistry.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {IOptOutRegistry} from "../../contracts/interfaces/IOptOutRegistry.sol";
import {Defaults, composeHashId} from "../utils/Defaults.sol";
import {GasHarness} from "./GasHarness.sol";

/// @notice Gas of the opt-out registry: entries `registry_<operation>` in `snapshots/optout.json`,
/// measured as {GasHarness} measures every entry.
///
/// A timelock AppAuth and its registry with three pending upgrades: v2 and v3 tracked, v4 not.
abstract contract OptOutGasBase is GasHarness, Defaults {
    string internal constant GROUP = "optout";
    string internal constant URI = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

    address internal owner = makeAddr("owner");
    TimelockAppAuth internal app;
    OptOutRegistry internal registry;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        AppAuthCore.InitialPolicy memory policy;
        policy.composeHashes = new bytes32[](1);
        policy.composeHashes[0] = HASH_V1;
        app = new TimelockAppAuth(owner, NOTICE, MIN_NOTICE, GRACE, policy);
        registry = new OptOutRegistry(app);
        vm.startPrank(owner);
        app.proposeComposeHash(HASH_V2, URI);
        app.proposeComposeHash(HASH_V3, URI);
        app.proposeComposeHash(HASH_V4, URI);
        vm.stopPrank();
        registry.track(composeHashId(HASH_V2));
        registry.track(composeHashId(HASH_V3));
    }

    /// @dev Sends `data` to the registry as its own transaction (the caller pranks as needed) and
    /// records the call's frame gas as `registry_<operation>`.
    function _transact(bytes memory data, string memory operation) internal returns (uint256) {
        return _transact(address(registry), data, GROUP, string.concat("registry_", operation));
    }

    function _optOutCall(bytes32 changeId) internal pure returns (bytes memory) {
        return abi.encodeCall(IOptOutRegistry.optOut, (changeId));
    }

    function _user(uint256 i) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("gas user", i)))));
    }
}

/// @notice Opts `count` distinct users out of `changeId`, each by their own call, inside one top-level
/// call, so that --isolate does not turn 9,999 set-up opt-outs into as many transactions.
contract OptOutFiller {
    Vm private constant VM = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    function fill(OptOutRegistry registry, bytes32 changeId, uint256 count) external {
        for (uint256 i; i < count; ++i) {
            VM.prank(address(uint160(uint256(keccak256(abi.encode("gas user", i))))));
            registry.optOut(changeId);
        }
    }
}

/// @notice Every opt-out costs the same, whether it is a proposal's first or its 10,000th.
contract OptOutTenThousandGasTest is OptOutGasBase {
    uint256 internal constant PRIOR = 9999;

    function setUp() public override {
        super.setUp();
        vm.pauseGasMetering();
        new OptOutFiller().fill(registry, composeHashId(HASH_V2), PRIOR);
        vm.resumeGasMetering();
    }

    function test_optOut_TenThousandthCostsTheSameAsFirst() external onlyIsolated {
        bytes32 v2Key = registry.currentProposalKey(composeHashId(HASH_V2));
        bytes32 v3Key = registry.currentProposalKey(composeHashId(HASH_V3));
        assertEq(registry.optOutCount(v2Key), PRIOR);
        assertEq(registry.optOutCount(v3Key), 0);

        vm.prank(_user(PRIOR));
        uint256 tenThousandth = _transact(_optOutCall(composeHashId(HASH_V2)), "optOut_10000th");
        vm.prank(_user(PRIOR + 1));
        uint256 first = _transact(_optOutCall(composeHashId(HASH_V3)), "optOut_first");

        assertEq(registry.optOutCount(v2Key), PRIOR + 1);
        assertEq(registry.optOutCount(v3Key), 1);
        assertEq(tenThousandth, first, "an opt-out's cost depends on the size of the set");
    }
}

/// @notice The other calls a monitor, a user or a relayer pays for.
contract OptOutGasTest is OptOutGasBase {
    function test_track_RecordsWindow() external onlyIsolated {
        _transact(abi.encodeCall(IOptOutRegistry.track, (composeHashId(HASH_V4))), "track");
        assertEq(registry.proposal(registry.currentProposalKey(composeHashId(HASH_V4))).changeId, composeHashId(HASH_V4));
    }

    function test_optOut_TracksUntrackedProposal() external onlyIsolated {
        vm.prank(_user(0));
        _transact(_optOutCall(composeHashId(HASH_V4)), "optOut_firstTrackingLazily");
        assertTrue(registry.isOptedOut(_user(0), registry.currentProposalKey(composeHashId(HASH_V4))));
    }

    function test_optOutBySig_RecordsSigner() external onlyIsolated {
        (address user, uint256 key) = makeAddrAndKey("signer");
        bytes32 proposalKey = registry.currentProposalKey(composeHashId(HASH_V3));
        uint256 deadline = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, registry.hashOptOut(user, proposalKey, deadline));
        bytes memory data = abi.encodeCall(
            IOptOutRegistry.optOutBySig, (user, composeHashId(HASH_V3), proposalKey, deadline, abi.encodePacked(r, s, v))
        );
        vm.prank(makeAddr("relayer"));
        _transact(data, "optOutBySig_relayed");
        assertTrue(registry.isOptedOut(user, proposalKey));
    }
}
