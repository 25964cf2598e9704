// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {IAppAuthGovernor} from "../interfaces/IAppAuthGovernor.sol";
import {IGovernedAppAuthDeployment} from "../interfaces/IGovernedAppAuthDeployment.sol";
import {AppAuthGovernor} from "./AppAuthGovernor.sol";

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
    /// anyone): anyone can still execute a queued proposal through {Governor-execute}, and the
    /// governor's execution window cannot be bypassed by executing on the timelock directly.
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

        address[] memory onlyGovernor = new address[](1);
        onlyGovernor[0] = address(governor_);
        // Admin zero: the timelock administers itself, so roles change only by a governance proposal.
        timelock_ = new TimelockController(timelockDelay, onlyGovernor, onlyGovernor, address(0));
        if (address(timelock_) != expectedTimelock) {
            revert AppAuthGovernorUnexpectedAddress(expectedTimelock, address(timelock_));
        }
        _checkTokenOwner(address(token), address(timelock_));
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
