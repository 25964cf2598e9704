// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @dev An ERC20Votes token left on OpenZeppelin's default block-number clock.
contract BlockClockVotes is ERC20, ERC20Permit, ERC20Votes {
    constructor() ERC20("Block votes", "BLK") ERC20Permit("Block votes") {}

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }
}

/// @dev Counts the calls it receives.
contract CallCounter {
    uint256 public calls;

    function count() external {
        ++calls;
    }
}
