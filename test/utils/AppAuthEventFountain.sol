// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthEvents} from "../../contracts/interfaces/IAppAuthEvents.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";

/// @notice Test helper for the TypeScript monitor: emits long AppAuth event histories cheaply, many
/// events per transaction, with the same signatures our variants (and DstackApp) emit. Every event
/// carries its sequence number in its `value`, so a reader can check it saw each one exactly once and
/// in order. It answers IAppAuth's ERC-165 id so tools accept it as an AppAuth; it allows nothing.
contract AppAuthEventFountain is IAppAuth {
    /// @notice Emits events `first` .. `first + count - 1`, cycling through a proposal, its
    /// cancellation, a compose hash added and a device added.
    function emitHistory(uint256 first, uint256 count) external {
        for (uint256 i = first; i < first + count; ++i) {
            bytes32 value = bytes32(i);
            uint256 shape = i % 4;
            if (shape == 0) {
                emit IAppAuthNotice.ChangeProposed(
                    value,
                    IAppAuthNotice.ChangeKind.ComposeHash,
                    value,
                    uint64(block.timestamp + 7 days),
                    uint64(block.timestamp + 8 days),
                    ""
                );
            } else if (shape == 1) {
                emit IAppAuthNotice.ChangeCancelled(value, IAppAuthNotice.ChangeKind.ComposeHash, value);
            } else if (shape == 2) {
                emit IAppAuthEvents.ComposeHashAdded(value);
            } else {
                emit IAppAuthEvents.DeviceAdded(value);
            }
        }
    }

    /// @inheritdoc IAppAuth
    function isAppAllowed(AppBootInfo calldata) external pure returns (bool, string memory) {
        return (false, "event fountain");
    }

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == type(IAppAuth).interfaceId || interfaceId == type(IERC165).interfaceId;
    }
}
