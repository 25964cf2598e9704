// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {TimelockAppAuth} from "../TimelockAppAuth.sol";
import {IAppAuthGovernor} from "../interfaces/IAppAuthGovernor.sol";
import {IGovernedAppAuthDeployment} from "../interfaces/IGovernedAppAuthDeployment.sol";
import {AppAuthGovernor} from "./AppAuthGovernor.sol";
import {GovernedDeploymentBase} from "./GovernedDeploymentBase.sol";

/// @title GovernedAppAuthDeployment
/// @notice Deploys a governed AppAuth in its constructor, so that the whole stack exists, wired, in
/// one transaction and nobody ever holds a role in it: the TimelockController is its own only admin,
/// the governor its only proposer, canceller and executor, and the AppAuth's owner is the timelock.
/// @dev All work is in the constructor: the three creation codes are part of this contract's init
/// code, not of its runtime code, which keeps the runtime small and the init code under EIP-3860's
/// limit. The governance wiring is {GovernedDeploymentBase}'s.
contract GovernedAppAuthDeployment is GovernedDeploymentBase {
    address private immutable _app;
    address private immutable _governor;
    address private immutable _timelock;

    /// @param token The votes token (timestamp clock). It must answer {IAppAuthVotes-mintAuthority}
    /// with zero or the new timelock, and an `owner()`, if it has one, must be zero or the new timelock
    /// too; deploy an owned token with the timelock's future address (`address(this)`'s CREATE address
    /// at nonce 2) as owner.
    /// @param governorName The governor's name (its EIP-712 domain name).
    /// @param governorConfig Delays, threshold, quorum and execution window.
    /// @param timelockDelay The timelock's minimum delay, in seconds; at least {AppAuthTimelock-MIN_DELAY}.
    /// @param appConfig The AppAuth's notice and grace periods and initial policy.
    constructor(
        IVotes token,
        string memory governorName,
        IAppAuthGovernor.Config memory governorConfig,
        uint256 timelockDelay,
        AppConfig memory appConfig
    ) {
        (AppAuthGovernor governor_, TimelockController timelock_) =
            _deployGovernance(token, governorName, governorConfig, timelockDelay);

        TimelockAppAuth app_ = new TimelockAppAuth(
            address(timelock_),
            appConfig.noticePeriod,
            appConfig.minNoticePeriod,
            appConfig.gracePeriod,
            appConfig.policy
        );

        (_app, _governor, _timelock) = (address(app_), address(governor_), address(timelock_));
        emit GovernedAppAuthDeployed(address(app_), address(governor_), address(timelock_), address(token));
    }

    /// @inheritdoc IGovernedAppAuthDeployment
    function app() external view returns (address) {
        return _app;
    }

    /// @inheritdoc IGovernedAppAuthDeployment
    function governor() external view returns (address) {
        return _governor;
    }

    /// @inheritdoc IGovernedAppAuthDeployment
    function timelock() external view returns (address) {
        return _timelock;
    }
}
