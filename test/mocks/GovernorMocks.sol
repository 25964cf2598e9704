// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {AppAuthVotesToken} from "../../contracts/governance/AppAuthVotesToken.sol";

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

/// @dev A timestamp-clock ERC20Votes whose `owner()` looks renounced while a separate minter can still
/// create votes at will: the shape an owner-only token check lets through.
contract MinterVotes is ERC20, ERC20Permit, ERC20Votes {
    address public immutable minter;

    constructor(address minter_) ERC20("Minter votes", "MNT") ERC20Permit("Minter votes") {
        minter = minter_;
    }

    function owner() external pure returns (address) {
        return address(0);
    }

    function mint(address to, uint256 amount) external {
        require(msg.sender == minter, "not the minter");
        _mint(to, amount);
    }

    function clock() public view override returns (uint48) {
        return uint48(block.timestamp);
    }

    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    function nonces(address owner_) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner_);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }
}

/// @dev A fixed-supply token (nobody can mint) that still has an owner, who could hold other powers.
contract OwnedVotesToken is AppAuthVotesToken {
    address public immutable owner;

    constructor(address owner_, uint256 supply) AppAuthVotesToken("Owned votes", "OWN", owner_, supply) {
        owner = owner_;
    }
}
