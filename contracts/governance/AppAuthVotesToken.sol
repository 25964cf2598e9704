// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {IAppAuthVotes} from "../interfaces/IAppAuthVotes.sol";

/// @title AppAuthVotesToken
/// @notice A fixed-supply ERC20Votes token that keeps time in seconds, for an {AppAuthGovernor}.
/// @dev The whole supply is minted once, at deployment; there is no owner and no minter, so nobody
/// holds a role that could create votes later (A7). Vote weights are checkpointed by timestamp, and
/// the governor reads them at each proposal's snapshot, so tokens bought, borrowed or delegated after
/// the snapshot carry no weight in that vote.
contract AppAuthVotesToken is ERC20, ERC20Permit, ERC20Votes, IAppAuthVotes {
    /// @param name_ Token name, also its EIP-712 name for permits and delegation by signature.
    /// @param symbol_ Token symbol.
    /// @param recipient Receives the whole supply.
    /// @param supply The fixed total supply.
    constructor(string memory name_, string memory symbol_, address recipient, uint256 supply)
        ERC20(name_, symbol_)
        ERC20Permit(name_)
    {
        _mint(recipient, supply);
    }

    /// @notice Nobody: the supply is fixed at deployment.
    function mintAuthority() external pure returns (address) {
        return address(0);
    }

    /// @notice The current timepoint: the block's timestamp (ERC-6372).
    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    /// @notice ERC-6372's description of {clock}.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    /// @inheritdoc ERC20Permit
    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }
}
