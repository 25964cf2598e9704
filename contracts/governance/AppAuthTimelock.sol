// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IAppAuthTimelock} from "../interfaces/IAppAuthTimelock.sol";

/// @title AppAuthTimelock
/// @notice The TimelockController of a governed AppAuth, with the governor as its only proposer,
/// canceller and executor and itself as its only admin; operations expire and the delay has a floor.
/// @dev OpenZeppelin's TimelockController, unchanged but for two checks. Expiry is enforced here, where
/// the operation lives, and not only in the governor: roles can change by a later vote, the expiry
/// cannot. The window equals the governor's, so the governor's `Expired` and this refusal begin at the
/// same second (a queued proposal's ETA is its operation's ready time).
contract AppAuthTimelock is TimelockController, IAppAuthTimelock {
    /// @notice No minimum delay may be set below this: holders need time to see a passed vote coming.
    uint256 public constant MIN_DELAY = 1 hours;

    /// @notice No execution window may exceed this.
    uint256 public constant MAX_EXECUTION_WINDOW = 365 days;

    uint256 private immutable _executionWindow;

    /// @param minDelay The minimum delay, at least {MIN_DELAY}.
    /// @param executionWindow_ How long a ready operation stays executable, in `(0, MAX_EXECUTION_WINDOW]`.
    /// @param governor The only proposer, canceller and executor.
    constructor(uint256 minDelay, uint256 executionWindow_, address governor)
        TimelockController(minDelay, _only(governor), _only(governor), address(0))
    {
        if (minDelay < MIN_DELAY) revert AppAuthTimelockDelayBelowFloor(minDelay, MIN_DELAY);
        if (executionWindow_ == 0 || executionWindow_ > MAX_EXECUTION_WINDOW) {
            revert AppAuthTimelockInvalidExecutionWindow(executionWindow_, MAX_EXECUTION_WINDOW);
        }
        _executionWindow = executionWindow_;
    }

    /// @inheritdoc IAppAuthTimelock
    function executionWindow() external view returns (uint256) {
        return _executionWindow;
    }

    /// @inheritdoc IAppAuthTimelock
    function isOperationExpired(bytes32 id) public view returns (bool) {
        uint256 readyAt = getTimestamp(id);
        // 0 is unset and 1 is done: neither is a pending operation.
        return readyAt > 1 && block.timestamp > readyAt + _executionWindow;
    }

    /// @notice TimelockController's `execute`, refused for an operation past its execution window.
    function execute(address target, uint256 value, bytes calldata payload, bytes32 predecessor, bytes32 salt)
        public
        payable
        override
        onlyRoleOrOpenRole(EXECUTOR_ROLE)
    {
        _checkNotExpired(hashOperation(target, value, payload, predecessor, salt));
        super.execute(target, value, payload, predecessor, salt);
    }

    /// @notice TimelockController's `executeBatch`, refused for an operation past its execution window.
    function executeBatch(
        address[] calldata targets,
        uint256[] calldata values,
        bytes[] calldata payloads,
        bytes32 predecessor,
        bytes32 salt
    ) public payable override onlyRoleOrOpenRole(EXECUTOR_ROLE) {
        _checkNotExpired(hashOperationBatch(targets, values, payloads, predecessor, salt));
        super.executeBatch(targets, values, payloads, predecessor, salt);
    }

    /// @notice TimelockController's `updateDelay`, refused below {MIN_DELAY}.
    function updateDelay(uint256 newDelay) public override {
        if (newDelay < MIN_DELAY) revert AppAuthTimelockDelayBelowFloor(newDelay, MIN_DELAY);
        super.updateDelay(newDelay);
    }

    function _checkNotExpired(bytes32 id) private view {
        if (isOperationExpired(id)) {
            revert AppAuthTimelockOperationExpired(id, getTimestamp(id) + _executionWindow);
        }
    }

    function _only(address account) private pure returns (address[] memory accounts) {
        accounts = new address[](1);
        accounts[0] = account;
    }
}
