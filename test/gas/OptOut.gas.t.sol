// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {OptOutRegistry} from "../../contracts/OptOutRegistry.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";

/// @notice A timelock AppAuth and its registry with three pending upgrades: v2 and v3 tracked, v4 not.
abstract contract OptOutGasBase is Test {
    bytes32 internal constant HASH_V1 = keccak256("compose v1");
    bytes32 internal constant HASH_V2 = keccak256("compose v2");
    bytes32 internal constant HASH_V3 = keccak256("compose v3");
    bytes32 internal constant HASH_V4 = keccak256("compose v4");

    address internal owner = makeAddr("owner");
    TimelockAppAuth internal app;
    OptOutRegistry internal registry;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        AppAuthCore.InitialPolicy memory policy;
        policy.composeHashes = new bytes32[](1);
        policy.composeHashes[0] = HASH_V1;
        app = new TimelockAppAuth(owner, 7 days, 3 days, 7 days, policy);
        registry = new OptOutRegistry(app);
        vm.startPrank(owner);
        // A release-notes link of a typical length: the AppAuth returns it with every read of the change.
        app.proposeComposeHash(HASH_V2, "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi");
        app.proposeComposeHash(HASH_V3, "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi");
        app.proposeComposeHash(HASH_V4, "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi");
        vm.stopPrank();
        registry.track(HASH_V2);
        registry.track(HASH_V3);
    }

    function _user(uint256 i) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("gas user", i)))));
    }
}

/// @notice Opts `count` distinct users out of `changeId`, each by their own call.
contract OptOutFiller {
    Vm private constant VM = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    function fill(OptOutRegistry registry, bytes32 changeId, uint256 count) external {
        for (uint256 i; i < count; ++i) {
            VM.prank(gasUser(i));
            registry.optOut(changeId);
        }
    }

    function gasUser(uint256 i) public pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("gas user", i)))));
    }
}

/// @notice Every opt-out costs the same, whether it is a proposal's first or its 10,000th.
/// @dev Run with --isolate, each call is its own transaction. Without it, the two measured calls are
/// still alike: each is the first touch of its proposal's slots in the test, and the accounts are
/// cooled in between.
contract OptOutTenThousandGasTest is OptOutGasBase {
    uint256 internal constant PRIOR = 9999;

    function setUp() public override {
        super.setUp();
        // One call that makes the 9,999 opt-outs, so that --isolate does not turn each into a transaction.
        vm.pauseGasMetering();
        new OptOutFiller().fill(registry, HASH_V2, PRIOR);
        vm.resumeGasMetering();
    }

    function test_optOut_TenThousandthCostsTheSameAsFirst() public {
        bytes32 v2Key = registry.currentProposalKey(HASH_V2);
        bytes32 v3Key = registry.currentProposalKey(HASH_V3);
        assertEq(registry.optOutCount(v2Key), PRIOR);

        vm.cool(address(registry));
        vm.cool(address(app));
        vm.prank(_user(PRIOR));
        registry.optOut(HASH_V2);
        uint256 tenThousandth = vm.snapshotGasLastCall("optout", "optOut (10,000th of a proposal)");
        assertEq(registry.optOutCount(v2Key), PRIOR + 1);

        vm.cool(address(registry));
        vm.cool(address(app));
        vm.prank(_user(PRIOR + 1));
        registry.optOut(HASH_V3);
        uint256 first = vm.snapshotGasLastCall("optout", "optOut (first of a tracked proposal)");
        assertEq(registry.optOutCount(v3Key), 1);

        assertEq(tenThousandth, first, "an opt-out's cost depends on the set's size");
    }
}

/// @notice The other entry points a user, relayer or monitor pays for.
contract OptOutGasTest is OptOutGasBase {
    function test_track_Gas() public {
        registry.track(HASH_V4);
        vm.snapshotGasLastCall("optout", "track");
    }

    function test_optOut_FirstTrackingLazilyGas() public {
        vm.prank(_user(0));
        registry.optOut(HASH_V4);
        vm.snapshotGasLastCall("optout", "optOut (first of an untracked proposal, tracks it)");
    }

    function test_optOutBySig_RelayGas() public {
        (address user, uint256 key) = makeAddrAndKey("signer");
        bytes32 proposalKey = registry.currentProposalKey(HASH_V3);
        uint256 deadline = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, registry.hashOptOut(user, proposalKey, 0, deadline));
        bytes memory signature = abi.encodePacked(r, s, v);
        vm.cool(address(registry));
        vm.cool(address(app));
        vm.prank(makeAddr("relayer"));
        registry.optOutBySig(user, HASH_V3, proposalKey, 0, deadline, signature);
        vm.snapshotGasLastCall("optout", "optOutBySig (relayed, ECDSA)");
        assertTrue(registry.isOptedOut(user, proposalKey));
    }
}
