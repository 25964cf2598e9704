// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Script, console2} from "forge-std/Script.sol";
import {VmSafe} from "forge-std/Vm.sol";

/// @notice Writes the curated deployment record `deployments/<chainId>.json` (the pattern of Zora's
/// protocol deployments) in the one schema the `appauth` CLI writes and reads too (ts/lib/deployments.ts,
/// described in script/README.md): an object keyed by deployment name, each entry
/// `{variant, address, transactionHash, blockNumber, constructorArgs, compiler, commit, deployedAt}`.
/// @dev An entry is written only when the script runs with `--broadcast`, so a dry run never records a
/// contract that does not exist. It is written while forge executes the script, before the transactions
/// are sent: if the broadcast then fails, remove the entry and run the script again. At that point the
/// transaction hash is unknown, so `transactionHash` is null (forge's
/// `broadcast/<script>/<chainId>/run-latest.json` has it), and `blockNumber` / `deployedAt` are the head
/// block the script ran against: a lower bound of the deployment block, which is where a reader of the
/// app's events may start.
abstract contract DeploymentsBase is Script {
    /// @notice `DEPLOYMENT_NAME` is already recorded on this chain: a record is never overwritten.
    error DeploymentsNameTaken(string name, string path);

    /// @notice A deployment name must start with a letter and hold only letters, digits, `.`, `_`, `-`.
    error DeploymentsInvalidName(string name);

    /// @notice `GIT_COMMIT` must be letters, digits and `-` only (a commit hash, maybe `-dirty`).
    error DeploymentsInvalidCommit(string commit);

    /// @dev The path of this chain's deployment record.
    function _deploymentsPath() internal view returns (string memory) {
        return string.concat(vm.projectRoot(), "/deployments/", vm.toString(block.chainid), ".json");
    }

    /// @dev The account that signs the script's transactions. Call inside a broadcast.
    function _broadcaster() internal returns (address sender) {
        (, sender,) = vm.readCallers();
    }

    /// @dev The name to record a new deployment under, as the CLI chooses it: `DEPLOYMENT_NAME` if set
    /// (refused when taken or malformed), otherwise the first free one among `base`, `base-2`, `base-3`, ...
    function _nameFromEnv(string memory base) internal view returns (string memory name) {
        string[] memory taken = _recordedNames();
        if (vm.envExists("DEPLOYMENT_NAME")) {
            name = vm.envString("DEPLOYMENT_NAME");
            _checkName(name);
            if (_contains(taken, name)) revert DeploymentsNameTaken(name, _deploymentsPath());
            return name;
        }
        name = base;
        for (uint256 i = 2; _contains(taken, name); ++i) {
            name = string.concat(base, "-", vm.toString(i));
        }
    }

    /// @dev Records `deployed` as `name`, keeping the file's other entries.
    /// @param variant The CLI's name of what was deployed: `timelock`, `baseline`, `kms`, ...
    /// @param artifact The contract's name, which is also its source file's (`contracts/**/<artifact>.sol`).
    /// @param constructorArgs The ABI-encoded constructor arguments, as verifiers want them.
    function _record(
        string memory name,
        string memory variant,
        string memory artifact,
        address deployed,
        bytes memory constructorArgs
    ) internal {
        string memory path = _deploymentsPath();
        if (!vm.isContext(VmSafe.ForgeContext.ScriptBroadcast)) {
            console2.log("Dry run: %s is not recorded in %s", name, path);
            return;
        }
        // Built by hand because forge's serializer cannot write null; every value is a fixed word,
        // a number, hex, or a checked commit, so nothing needs escaping.
        string memory entry = string.concat(
            '{"variant":"',
            variant,
            '","address":"',
            vm.toString(deployed),
            '","transactionHash":null,"blockNumber":',
            vm.toString(block.number),
            ',"constructorArgs":"',
            vm.toString(constructorArgs),
            '","compiler":"',
            _compiler(artifact),
            '","commit":',
            _commitJson(),
            ',"deployedAt":',
            vm.toString(block.timestamp),
            "}"
        );
        string memory fileKey = string.concat("deployments ", vm.toString(block.chainid));
        if (vm.isFile(path)) vm.serializeJson(fileKey, vm.readFile(path));
        vm.writeJson(vm.serializeString(fileKey, name, entry), path);
        console2.log("Recorded %s at %s in %s", name, deployed, path);
    }

    /// @dev The solc version the artifact of `contract_` was built with, from its metadata (the CLI
    /// records the same string from ts/generated), so the record states what produced the bytecode.
    function _compiler(string memory contract_) internal view returns (string memory) {
        string memory artifact =
            vm.readFile(string.concat(vm.projectRoot(), "/out/", contract_, ".sol/", contract_, ".json"));
        return vm.parseJsonString(artifact, ".metadata.compiler.version");
    }

    /// @dev `GIT_COMMIT` as a JSON string, or null when it is not set (forge scripts cannot run git).
    function _commitJson() private view returns (string memory) {
        if (!vm.envExists("GIT_COMMIT")) return "null";
        string memory commit = vm.envString("GIT_COMMIT");
        bytes memory raw = bytes(commit);
        if (raw.length == 0) revert DeploymentsInvalidCommit(commit);
        for (uint256 i; i < raw.length; ++i) {
            bytes1 c = raw[i];
            bool ok = (c >= "0" && c <= "9") || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "-";
            if (!ok) revert DeploymentsInvalidCommit(commit);
        }
        return string.concat('"', commit, '"');
    }

    /// @dev The names already recorded on this chain.
    function _recordedNames() private view returns (string[] memory names) {
        string memory path = _deploymentsPath();
        if (!vm.isFile(path)) return names;
        string memory json = vm.readFile(path);
        if (bytes(json).length == 0) return names;
        names = vm.parseJsonKeys(json, "$");
    }

    function _checkName(string memory name) private pure {
        bytes memory raw = bytes(name);
        if (raw.length == 0) revert DeploymentsInvalidName(name);
        for (uint256 i; i < raw.length; ++i) {
            bytes1 c = raw[i];
            bool letter = (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
            bool ok = letter || (i > 0 && ((c >= "0" && c <= "9") || c == "_" || c == "." || c == "-"));
            if (!ok) revert DeploymentsInvalidName(name);
        }
    }

    function _contains(string[] memory names, string memory name) private pure returns (bool) {
        for (uint256 i; i < names.length; ++i) {
            if (keccak256(bytes(names[i])) == keccak256(bytes(name))) return true;
        }
        return false;
    }
}
