// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AppAuthCore} from "./AppAuthCore.sol";
import {TimelockAppAuth} from "./TimelockAppAuth.sol";
import {AppAuthNotice} from "./extensions/AppAuthNotice.sol";
import {AppAuthVerifierHooks} from "./extensions/AppAuthVerifierHooks.sol";

/// @title VerifiedTimelockAppAuth
/// @notice The Stage-1 timelock with multi-vendor TEE attestation: a boot must pass the allow-lists
/// and have been attested recently by k distinct TEE vendors through their registered adapters.
/// Adding or replacing an adapter and lowering k are announced and wait the notice period, like
/// every other loosening; removing an adapter and raising k are instant.
/// @dev Ownership, notice period and allow-lists are exactly {TimelockAppAuth}'s; the verifier rule
/// is {AppAuthVerifierHooks}. The two extensions own disjoint change kinds and each passes the rest
/// to `super`, so the overrides below only name both parents (`_checkBoot` reaches this contract
/// from the core through the timelock and from the hooks, so it is named too).
contract VerifiedTimelockAppAuth is TimelockAppAuth, AppAuthVerifierHooks {
    /// @param initialOwner The owner; must not be zero.
    /// @param noticePeriod_ The notice period at deployment.
    /// @param minNoticePeriod_ The floor the notice period can never go below.
    /// @param gracePeriod_ How long a matured change may still be activated.
    /// @param policy The allow-lists effective from deployment.
    /// @param verifiers The adapters, threshold and attestation validity effective from deployment.
    constructor(
        address initialOwner,
        uint256 noticePeriod_,
        uint256 minNoticePeriod_,
        uint256 gracePeriod_,
        AppAuthCore.InitialPolicy memory policy,
        VerifierConfig memory verifiers
    )
        TimelockAppAuth(initialOwner, noticePeriod_, minNoticePeriod_, gracePeriod_, policy)
        AppAuthVerifierHooks(verifiers)
    {}

    /// @inheritdoc AppAuthNotice
    function supportsInterface(bytes4 interfaceId)
        public
        view
        override(TimelockAppAuth, AppAuthVerifierHooks)
        returns (bool)
    {
        return super.supportsInterface(interfaceId);
    }

    function _checkBoot(AppBootInfo calldata bootInfo)
        internal
        view
        override(AppAuthCore, AppAuthVerifierHooks)
        returns (bool isAllowed, string memory reason)
    {
        return super._checkBoot(bootInfo);
    }

    function _validateChange(ChangeKind kind, bytes32 value)
        internal
        view
        override(TimelockAppAuth, AppAuthVerifierHooks)
    {
        super._validateChange(kind, value);
    }

    function _applyChange(ChangeKind kind, bytes32 value)
        internal
        override(TimelockAppAuth, AppAuthVerifierHooks)
    {
        super._applyChange(kind, value);
    }
}
