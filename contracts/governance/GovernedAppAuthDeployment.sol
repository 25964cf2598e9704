// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {TimelockAppAuth} from "../TimelockAppAuth.sol";
import {IAppAuthGovernor} from "../interfaces/IAppAuthGovernor.sol";
import {IGovernedAppAuthDeployment} from "../interfaces/IGovernedAppAuthDeployment.sol";
import {IAppAuthVotes} from "../interfaces/IAppAuthVotes.sol";
import {AppAuthGovernor} from "./AppAuthGovernor.sol";
import {AppAuthTimelock} from "./AppAuthTimelock.sol";

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
/// proposal through {Governor-execute}. The timelock enforces the governor's execution window itself,
/// so even a later vote that opens execution to everyone cannot revive an expired proposal.
contract GovernedAppAuthDeployment is IGovernedAppAuthDeployment {
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
        // A fresh contract's nonce starts at 1: the governor is created at nonce 1, the timelock at 2.
        address expectedTimelock = _createAddress(2);
        AppAuthGovernor governor_ = new AppAuthGovernor(
            governorName, token, TimelockController(payable(expectedTimelock)), governorConfig
        );

        // Admin zero: the timelock administers itself, so roles change only by a governance proposal.
        // Its execution window is the governor's, so an operation expires in both at the same second.
        AppAuthTimelock timelock_ =
            new AppAuthTimelock(timelockDelay, governorConfig.executionWindow, address(governor_));
        if (address(timelock_) != expectedTimelock) {
            revert AppAuthGovernorUnexpectedAddress(expectedTimelock, address(timelock_));
        }
        _checkToken(address(token), address(timelock_));

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

    /// @dev Who owns a token says nothing about who can mint it (a minter role, a separate minter, a
    /// bridge), so the token must name its mint authority ({IAppAuthVotes}); a token that does not is
    /// refused. Both the mint authority and the owner, if any, must be governance or nobody.
    function _checkToken(address token, address timelock_) private view {
        (bool ok, bytes memory data) = token.staticcall(abi.encodeCall(IAppAuthVotes.mintAuthority, ()));
        if (!ok || data.length != 32 || uint256(bytes32(data)) >> 160 != 0) {
            revert AppAuthGovernorTokenMintAuthorityUnknown(token);
        }
        address authority = abi.decode(data, (address));
        if (authority != address(0) && authority != timelock_) {
            revert AppAuthGovernorTokenMintable(authority);
        }

        (ok, data) = token.staticcall(abi.encodeWithSignature("owner()"));
        if (!ok || data.length != 32) return;
        address tokenOwner = address(uint160(uint256(bytes32(data))));
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
