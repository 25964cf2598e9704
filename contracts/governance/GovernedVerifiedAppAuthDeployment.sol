// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {AppAuthVerifierHooks} from "../extensions/AppAuthVerifierHooks.sol";
import {IAppAuthGovernor} from "../interfaces/IAppAuthGovernor.sol";
import {IAppAuthOwnable} from "../interfaces/IAppAuthOwnable.sol";
import {IGovernedAppAuthDeployment} from "../interfaces/IGovernedAppAuthDeployment.sol";
import {IGovernedVerifiedAppAuthDeployment} from "../interfaces/IGovernedVerifiedAppAuthDeployment.sol";
import {AppAuthGovernor} from "./AppAuthGovernor.sol";
import {GovernedDeploymentBase} from "./GovernedDeploymentBase.sol";
import {VerifiedAppAuthDeployer} from "./VerifiedAppAuthDeployer.sol";

/// @title GovernedVerifiedAppAuthDeployment
/// @notice ERC-733 Stage 3's contracts in one transaction: a governor and its timelock, and a
/// VerifiedTimelockAppAuth owned by the timelock with the adapters, threshold and pinned measurements
/// given. Nobody ever holds a role: the timelock administers itself, the governor is its only
/// proposer, canceller and executor, and the AppAuth's owner is the timelock.
/// @dev The governor's and timelock's creation codes are in this contract's init code; the AppAuth's
/// comes from {VerifiedAppAuthDeployer}, a stateless factory deployed once, whose result is checked
/// to be owned by the new timelock. The AppAuth's code itself is for the audit to identify.
contract GovernedVerifiedAppAuthDeployment is GovernedDeploymentBase, IGovernedVerifiedAppAuthDeployment {
    address private immutable _app;
    address private immutable _governor;
    address private immutable _timelock;
    address private immutable _appDeployer;

    /// @param token The votes token (timestamp clock); if it has an `owner()`, that must be zero or
    /// the new timelock (this contract's CREATE address at nonce 2).
    /// @param governorName The governor's name (its EIP-712 domain name).
    /// @param governorConfig Delays, threshold, quorum and execution window.
    /// @param timelockDelay The TimelockController's minimum delay, in seconds.
    /// @param appConfig The AppAuth's notice and grace periods and initial policy.
    /// @param verifiers The AppAuth's adapters, threshold, attestation validity and pinned measurements.
    /// @param appDeployer The factory that creates the VerifiedTimelockAppAuth.
    constructor(
        IVotes token,
        string memory governorName,
        IAppAuthGovernor.Config memory governorConfig,
        uint256 timelockDelay,
        AppConfig memory appConfig,
        AppAuthVerifierHooks.VerifierConfig memory verifiers,
        VerifiedAppAuthDeployer appDeployer
    ) {
        (AppAuthGovernor governor_, TimelockController timelock_) =
            _deployGovernance(token, governorName, governorConfig, timelockDelay);

        address app_ = appDeployer.deploy(address(timelock_), appConfig, verifiers);
        address appOwner = IAppAuthOwnable(app_).owner();
        if (appOwner != address(timelock_)) revert AppAuthGovernorAppNotOwned(app_, appOwner);

        (_app, _governor, _timelock, _appDeployer) =
            (app_, address(governor_), address(timelock_), address(appDeployer));
        emit GovernedAppAuthDeployed(app_, address(governor_), address(timelock_), address(token));
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

    /// @inheritdoc IGovernedVerifiedAppAuthDeployment
    function appDeployer() external view returns (address) {
        return _appDeployer;
    }
}
