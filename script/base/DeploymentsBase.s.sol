// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Script, console2} from "forge-std/Script.sol";
import {VmSafe} from "forge-std/Vm.sol";

/// @notice Reads and writes the curated deployment record `deployments/<chainId>.json` (the pattern of
/// Zora's protocol deployments): one entry per name,
/// `{variant, address, block, constructorArgs, constructorArgsEncoded, compiler, commit}`.
/// @dev An entry is written only when the script runs with `--broadcast`, so a dry run never records
/// a contract that does not exist. It is written while forge executes the script, before the
/// transactions are sent: if the broadcast then fails, run the script again. `block` is the head block
/// the script ran against, a lower bound of the deployment block (where an indexer may start); forge
/// cannot know the transaction hash at that point, so there is no `txHash` (the broadcast record in
/// `broadcast/<script>/<chainId>/run-latest.json` has it).
abstract contract DeploymentsBase is Script {
    /// @notice `deployments/<chainId>.json` has no entry `name`.
    error DeploymentsEntryMissing(string name, string path);

    /// @dev The path of this chain's deployment record.
    function _deploymentsPath() internal view returns (string memory) {
        return string.concat(vm.projectRoot(), "/deployments/", vm.toString(block.chainid), ".json");
    }

    /// @dev The address recorded as `name` on this chain; reverts if there is none.
    function _deployment(string memory name) internal view returns (address) {
        string memory path = _deploymentsPath();
        string memory key = string.concat(".", name, ".address");
        if (!vm.isFile(path) || !vm.keyExistsJson(vm.readFile(path), key)) {
            revert DeploymentsEntryMissing(name, path);
        }
        return vm.parseJsonAddress(vm.readFile(path), key);
    }

    /// @dev The account that signs the script's transactions. Call inside a broadcast.
    function _broadcaster() internal returns (address sender) {
        (, sender,) = vm.readCallers();
    }

    /// @dev Records `deployed` as `name`, keeping the file's other entries.
    /// @param variant The contract's name, which is also its source file's (`contracts/**/<variant>.sol`).
    /// @param constructorArgs The constructor arguments as a JSON object with their names.
    /// @param constructorArgsEncoded The ABI-encoded constructor arguments, as verifiers want them.
    function _record(
        string memory name,
        string memory variant,
        address deployed,
        string memory constructorArgs,
        bytes memory constructorArgsEncoded
    ) internal {
        string memory path = _deploymentsPath();
        if (!vm.isContext(VmSafe.ForgeContext.ScriptBroadcast)) {
            console2.log("Dry run: %s is not recorded in %s", name, path);
            return;
        }
        string memory key = string.concat("deployment ", name);
        vm.serializeString(key, "variant", variant);
        vm.serializeAddress(key, "address", deployed);
        vm.serializeUint(key, "block", block.number);
        vm.serializeString(key, "constructorArgs", constructorArgs);
        vm.serializeBytes(key, "constructorArgsEncoded", constructorArgsEncoded);
        vm.serializeString(key, "compiler", _compiler(variant));
        string memory entry = vm.serializeString(key, "commit", vm.envOr("GIT_COMMIT", string("unknown")));

        string memory fileKey = string.concat("deployments ", vm.toString(block.chainid));
        if (vm.isFile(path)) vm.serializeJson(fileKey, vm.readFile(path));
        vm.writeJson(vm.serializeString(fileKey, name, entry), path);
        console2.log("Recorded %s at %s in %s", name, deployed, path);
    }

    /// @dev The compiler settings the artifact of `variant` was built with, from its metadata, so the
    /// record states what produced the deployed bytecode rather than what the config says now.
    function _compiler(string memory variant) internal view returns (string memory) {
        string memory artifact =
            vm.readFile(string.concat(vm.projectRoot(), "/out/", variant, ".sol/", variant, ".json"));
        return string.concat(
            "solc ",
            vm.parseJsonString(artifact, ".metadata.compiler.version"),
            ", optimizer ",
            vm.parseJsonBool(artifact, ".metadata.settings.optimizer.enabled")
                ? string.concat(
                    vm.toString(vm.parseJsonUint(artifact, ".metadata.settings.optimizer.runs")), " runs"
                )
                : "off",
            ", evm ",
            vm.parseJsonString(artifact, ".metadata.settings.evmVersion")
        );
    }
}
