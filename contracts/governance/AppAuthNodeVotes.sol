// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC721Votes} from "@openzeppelin/contracts/token/ERC721/extensions/ERC721Votes.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {IAppAuthVotes} from "../interfaces/IAppAuthVotes.sol";

/// @title AppAuthNodeVotes
/// @notice One node, one vote: an ERC721Votes seat per node operator, keeping time in seconds, for an
/// {AppAuthGovernor}.
/// @dev The owner seats and unseats nodes; deploy it with the governance timelock as owner, so that
/// the set of voters itself changes only by a vote (A7: no deployer role). Seats are ordinary ERC-721
/// tokens: weight counts once delegated, as with any ERC-5805 token, and is read at each proposal's
/// snapshot, so a seat moved after the snapshot carries no weight in that vote.
contract AppAuthNodeVotes is ERC721, EIP712, ERC721Votes, Ownable, IAppAuthVotes {
    uint256 private _nextSeat;

    /// @param name_ Collection name, also its EIP-712 name for delegation by signature.
    /// @param symbol_ Collection symbol.
    /// @param owner_ Who may seat and unseat nodes: the governance timelock.
    /// @param operators One seat each, minted at deployment.
    constructor(string memory name_, string memory symbol_, address owner_, address[] memory operators)
        ERC721(name_, symbol_)
        EIP712(name_, "1")
        Ownable(owner_)
    {
        for (uint256 i; i < operators.length; ++i) {
            _seat(operators[i]);
        }
    }

    /// @notice Gives `operator` a new seat; returns its token id.
    function seat(address operator) external onlyOwner returns (uint256 seatId) {
        return _seat(operator);
    }

    /// @notice Removes the seat `seatId`, whoever holds it.
    function unseat(uint256 seatId) external onlyOwner {
        _burn(seatId);
    }

    /// @notice The owner: {seat} is the only way a seat, and so a vote, comes into being.
    function mintAuthority() external view returns (address) {
        return owner();
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

    function _seat(address operator) private returns (uint256 seatId) {
        seatId = _nextSeat++;
        _safeMint(operator, seatId);
    }

    function _update(address to, uint256 tokenId, address auth)
        internal
        override(ERC721, ERC721Votes)
        returns (address)
    {
        return super._update(to, tokenId, auth);
    }

    function _increaseBalance(address account, uint128 amount) internal override(ERC721, ERC721Votes) {
        super._increaseBalance(account, amount);
    }
}
