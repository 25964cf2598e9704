// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AppAuthCore} from "./AppAuthCore.sol";
import {AppAuthNotice} from "./extensions/AppAuthNotice.sol";
import {AppAuthMultisig} from "./extensions/AppAuthMultisig.sol";

/// @title MultisigAppAuth
/// @notice ERC-733 Stage 1 under M-of-N control: a quorum of signers approves every controller action
/// with EIP-712 signatures or on-chain approvals, anyone submits it, and loosening changes (including
/// changes to the signers and the threshold) then wait the notice period. Tightening is instant once
/// approved.
/// @dev Deliberately not upgradeable, as {TimelockAppAuth}: what the app runs changes only through a
/// compose hash announced with notice (A2).
contract MultisigAppAuth is AppAuthMultisig {
    /// @param signers_ The signers: distinct, non-zero, at most {MAX_SIGNERS}.
    /// @param threshold_ How many of them must approve a call; in `[1, signers_.length]`.
    /// @param noticePeriod_ The notice period at deployment.
    /// @param minNoticePeriod_ The floor the notice period can never go below.
    /// @param gracePeriod_ How long a matured change may still be activated.
    /// @param policy The allow-lists effective from deployment.
    constructor(
        address[] memory signers_,
        uint256 threshold_,
        uint256 noticePeriod_,
        uint256 minNoticePeriod_,
        uint256 gracePeriod_,
        InitialPolicy memory policy
    )
        AppAuthMultisig(signers_, threshold_)
        AppAuthNotice(noticePeriod_, minNoticePeriod_, gracePeriod_)
        AppAuthCore(policy)
    {}
}
