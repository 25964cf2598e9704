// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {VerifiedTimelockAppAuth} from "../VerifiedTimelockAppAuth.sol";
import {AppAuthVerifierHooks} from "../extensions/AppAuthVerifierHooks.sol";
import {IGovernedAppAuthDeployment} from "../interfaces/IGovernedAppAuthDeployment.sol";

/// @title VerifiedAppAuthDeployer
/// @notice Creates VerifiedTimelockAppAuth instances for whoever calls it, owned by the owner given.
/// Stateless, ownerless and deployed once per chain: it exists because the AppAuth's creation code,
/// the governor's and the timelock's together exceed EIP-3860's init-code limit, so
/// {GovernedVerifiedAppAuthDeployment} keeps this one in a contract's runtime code and calls it.
contract VerifiedAppAuthDeployer {
    /// @notice `app` was created for `owner`, at the request of `deployer`.
    event VerifiedAppAuthCreated(address indexed app, address indexed owner, address indexed deployer);

    /// @notice Creates a VerifiedTimelockAppAuth owned by `owner`.
    /// @param owner The AppAuth's owner.
    /// @param appConfig Notice and grace periods and the initial policy.
    /// @param verifiers Adapters, threshold, attestation validity and pinned measurements.
    /// @return app The new AppAuth.
    function deploy(
        address owner,
        IGovernedAppAuthDeployment.AppConfig memory appConfig,
        AppAuthVerifierHooks.VerifierConfig memory verifiers
    ) external returns (address app) {
        app = address(
            new VerifiedTimelockAppAuth(
                owner,
                appConfig.noticePeriod,
                appConfig.minNoticePeriod,
                appConfig.gracePeriod,
                appConfig.policy,
                verifiers
            )
        );
        emit VerifiedAppAuthCreated(app, owner, msg.sender);
    }
}
