// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {TimelockAppAuth} from "../TimelockAppAuth.sol";
import {IAppAuthGovernor} from "../interfaces/IAppAuthGovernor.sol";
import {IGovernedAppAuthDeployment} from "../interfaces/IGovernedAppAuthDeployment.sol";
import {AppAuthGovernor} from "./AppAuthGovernor.sol";

/// @title GovernedAppAuthDeployment
/// @notice Deploys a governed AppAuth in its constructor, so that the whole stack exists, wired, in
/// one transaction and nobody ever holds a role in it: the TimelockController is its own only admin,
/// the governor its only proposer, canceller and executor, and the AppAuth's owner is the timelock.
/// @dev All work is in the constructor: the three creation codes are part of this contract's init
/// code, not of its runtime code, which keeps the runtime small and the init code under EIP-3860's
/// limit. The governor needs the timelock's address and the timelock the governor's; the governor is
/// created first with the timelock's address computed from this contract's nonce, and the result is
/// checked, so a chain with other CREATE rules reverts instead of wiring the wrong address.
///
/// Execution is reserved to the governor (not open to anyone): anyone can still execute a queued
/// proposal through {Governor-execute}, and the governor's execution window cannot be bypassed by
/// executing on the timelock directly.
contract GovernedAppAuthDeployment is IGovernedAppAuthDeployment {
    address private immutable _app;
    address private immutable _governor;
    address private immutable _timelock;

    /// @param token The votes token (timestamp clock). If it has an `owner()`, that must be zero or
    /// the new timelock; deploy an owned token with the timelock's future address (`address(this)`'s
    /// CREATE address at nonce 2) as owner.
    /// @param governorName The governor's name (its EIP-712 domain name).
    /// @param governorConfig Delays, threshold, quorum and execution window.
    /// @param timelockDelay The TimelockController's minimum delay, in seconds.
    /// @param appConfig The AppAuth's notice and grace periods and initial policy.
    constructor(
        IVotes token,
        string memory governorName,
        IAppAuthGovernor.Config memory governorConfig,
        uint256 timelockDelay,
        AppConfig memory appConfig
    ) {
        // A fresh contract's nonce starts at 1: the governor is created at nonce 1, the timelock at 2.
        address expectedTimelock = _createAddress(2);
        AppAuthGovernor governor_ = new AppAuthGovernor(
            governorName, token, TimelockController(payable(expectedTimelock)), governorConfig
        );

        address[] memory onlyGovernor = new address[](1);
        onlyGovernor[0] = address(governor_);
        // Admin zero: the timelock administers itself, so roles change only by a governance proposal.
        TimelockController timelock_ =
            new TimelockController(timelockDelay, onlyGovernor, onlyGovernor, address(0));
        if (address(timelock_) != expectedTimelock) {
            revert AppAuthGovernorUnexpectedAddress(expectedTimelock, address(timelock_));
        }
        _checkTokenOwner(address(token), address(timelock_));

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

    /// @dev A token without `owner()` has nobody to check; one with an owner must be owned by
    /// governance, or by nobody.
    function _checkTokenOwner(address token, address timelock_) private view {
        (bool ok, bytes memory data) = token.staticcall(abi.encodeWithSignature("owner()"));
        if (!ok || data.length != 32) return;
        address tokenOwner = abi.decode(data, (address));
        if (tokenOwner != address(0) && tokenOwner != timelock_) {
            revert AppAuthGovernorTokenOwned(tokenOwner);
        }
    }

    /// @dev The address CREATE gives this contract's `nonce`-th deployment (RLP of [this, nonce], nonce < 128).
    function _createAddress(uint8 nonce) private view returns (address) {
        return address(
            uint160(uint256(keccak256(abi.encodePacked(bytes1(0xd6), bytes1(0x94), address(this), nonce))))
        );
    }
}
