// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IAppAuthVotes
/// @notice A votes token that names the one account able to create voting supply, so that a governed
/// deployment can refuse a token whose votes someone outside governance can mint.
/// @dev A declaration: the deployment cannot read code, so a token that lies here passes it. The
/// project's own tokens ({AppAuthVotesToken}, {AppAuthNodeVotes}) answer truthfully; a token from
/// elsewhere must be judged by its code (the audit's code identity), not by this answer.
interface IAppAuthVotes {
    /// @notice The only account that can ever create voting supply (mint, seat), or zero if nobody can.
    function mintAuthority() external view returns (address);
}
