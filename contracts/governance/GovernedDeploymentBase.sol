// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {IAppAuthGovernor} from "../interfaces/IAppAuthGovernor.sol";
import {IGovernedAppAuthDeployment} from "../interfaces/IGovernedAppAuthDeployment.sol";
import {IAppAuthVotes} from "../interfaces/IAppAuthVotes.sol";
import {AppAuthGovernor} from "./AppAuthGovernor.sol";
import {AppAuthTimelock} from "./AppAuthTimelock.sol";

/// @title GovernedDeploymentBase
/// @notice The governance half of a one-transaction governed deployment: an AppAuthGovernor and a
/// TimelockController wired to each other, with nobody else holding a role. Each deployment adds the
/// AppAuth it hands to the timelock.
/// @dev Must be the first thing a deployment's constructor creates: the governor is created at this
/// contract's nonce 1 with the timelock's address computed for nonce 2, and the result is checked, so
/// a chain with other CREATE rules reverts instead of wiring the wrong address.
abstract contract GovernedDeploymentBase is IGovernedAppAuthDeployment {
    /// @dev Creates the governor and its timelock; the timelock administers itself and the governor is
    /// its only proposer, canceller and executor. Execution is reserved to the governor (not open to
    /// anyone): anyone can still execute a queued proposal through {Governor-execute}. The timelock
    /// enforces the governor's execution window itself, so even a later vote that opens execution to
    /// everyone cannot revive an expired proposal.
    function _deployGovernance(
        IVotes token,
        string memory governorName,
        IAppAuthGovernor.Config memory governorConfig,
        uint256 timelockDelay
    ) internal returns (AppAuthGovernor governor_, TimelockController timelock_) {
        // A fresh contract's nonce starts at 1: the governor is created at nonce 1, the timelock at 2.
        address expectedTimelock = _createAddress(2);
        governor_ =
            new AppAuthGovernor(governorName, token, TimelockController(payable(expectedTimelock)), governorConfig);

        // Admin zero: the timelock administers itself, so roles change only by a governance proposal.
        // Its execution window is the governor's, so an operation expires in both at the same second.
        timelock_ = new AppAuthTimelock(timelockDelay, governorConfig.executionWindow, address(governor_));
        if (address(timelock_) != expectedTimelock) {
            revert AppAuthGovernorUnexpectedAddress(expectedTimelock, address(timelock_));
        }
        _checkToken(address(token), address(timelock_));
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
