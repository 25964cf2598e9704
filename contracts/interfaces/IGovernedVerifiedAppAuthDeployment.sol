// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IGovernedAppAuthDeployment} from "./IGovernedAppAuthDeployment.sol";

/// @title IGovernedVerifiedAppAuthDeployment
/// @notice A governed AppAuth with multi-vendor verifier hooks, deployed and wired in one
/// transaction: a VerifiedTimelockAppAuth (adapters, threshold and measurement pins from the
/// deployment's parameters) owned by a TimelockController whose only proposer, canceller and executor
/// is an AppAuthGovernor. Nobody keeps a role, so every loosening — an adapter added, k lowered, a
/// measurement pinned — needs a vote, the timelock's delay and the AppAuth's notice.
interface IGovernedVerifiedAppAuthDeployment is IGovernedAppAuthDeployment {
    /// @notice The app deployer returned an AppAuth that the new timelock does not own.
    error AppAuthGovernorAppNotOwned(address app, address owner);

    /// @notice The stateless factory that created the AppAuth (its creation code does not fit in
    /// this contract's init code next to the governor's and the timelock's).
    function appDeployer() external view returns (address);
}
