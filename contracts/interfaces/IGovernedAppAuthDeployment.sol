// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AppAuthCore} from "../AppAuthCore.sol";

/// @title IGovernedAppAuthDeployment
/// @notice A Stage-2 AppAuth deployed and wired in one transaction: a TimelockAppAuth owned by an
/// AppAuthTimelock (a TimelockController whose operations expire) whose only proposer, canceller and
/// executor is an AppAuthGovernor. The deployment holds no role and keeps no function besides the
/// views below; nobody else gets one either.
interface IGovernedAppAuthDeployment {
    /// @notice The AppAuth's parameters.
    /// @param noticePeriod The notice period at deployment.
    /// @param minNoticePeriod The floor the notice period can never go below.
    /// @param gracePeriod How long a matured change may still be activated.
    /// @param policy The allow-lists effective from deployment.
    struct AppConfig {
        uint256 noticePeriod;
        uint256 minNoticePeriod;
        uint256 gracePeriod;
        AppAuthCore.InitialPolicy policy;
    }

    /// @notice The stack was deployed and wired.
    event GovernedAppAuthDeployed(
        address indexed app, address indexed governor, address indexed timelock, address token
    );

    /// @notice The votes token has an owner other than the new timelock (or none): that owner could
    /// mint votes or change the voter set around governance.
    error AppAuthGovernorTokenOwned(address tokenOwner);

    /// @notice The votes token does not name who can mint it ({IAppAuthVotes-mintAuthority}), so
    /// nothing shows that nobody outside governance can create votes.
    error AppAuthGovernorTokenMintAuthorityUnknown(address token);

    /// @notice Someone other than the new timelock can create voting supply.
    error AppAuthGovernorTokenMintable(address mintAuthority);

    /// @notice A contract did not land at the address the wiring was computed for (a chain whose
    /// CREATE addresses differ from Ethereum's).
    error AppAuthGovernorUnexpectedAddress(address expected, address actual);

    /// @notice The AppAuth; its address is the app id.
    function app() external view returns (address);

    /// @notice The governor whose proposals the timelock executes.
    function governor() external view returns (address);

    /// @notice The TimelockController that owns the AppAuth.
    function timelock() external view returns (address);
}
