// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

/// @title IVerifierAdapter
/// @notice Turns one TEE vendor's on-chain verifier result into one normalised record. An adapter
/// speaks for exactly one vendor, fixed in its code, and holds no state about any app: the AppAuth
/// that calls it binds the record to its own chain, address, instance and compose hash.
/// @dev Registered adapters are checked with ERC-165 (this interface's id) before they are
/// accepted, and their answers are checked for shape when they are called.
///
/// Trust: registering an adapter waits the notice period, but what the adapter does afterwards is
/// outside the AppAuth's reach. An adapter that forwards to a target its owner can change, or that
/// sits behind a proxy, or whose verifier routes through an owner-configurable entry point, can
/// change behaviour at any moment without notice, up to believing any evidence. No contract can see
/// another's code, so the AppAuth cannot refuse such an adapter; an auditor must check the adapter's
/// code, its {verifier} and its {verifierKind}. The adapters in `contracts/verifiers/` are immutable:
/// no owner, no setter, no proxy; the verifier they call is fixed in their constructor.
interface IVerifierAdapter is IERC165 {
    /// @notice How an adapter reaches its vendor's verification logic, for auditors.
    enum VerifierKind {
        Router, // an entry point whose owner can change where it routes (or what it trusts)
        Direct //  the version-specific verifier contract itself, called without a router
    }

    /// @notice The platform's state as the vendor's verifier judged it, reduced to what a boot
    /// policy needs. Only `UpToDate` satisfies a boot check.
    enum TcbStatus {
        UpToDate, //   patched to the vendor's current level
        OutOfDate, //  genuine but behind the current level (needs patching or configuration)
        Revoked, //    revoked, or a status the verifier does not recognise
        Debug //       a debug platform or guest: the host can read guest memory
    }

    /// @notice What an adapter returns for verified evidence.
    /// @param vendor The adapter's vendor id; always equal to {vendor}.
    /// @param reportData The first 32 bytes of the data the TEE guest put into its report (TDX and
    /// SNP report data, the Nitro nonce), where the AppAuth's challenge must appear.
    /// @param measurement keccak256 of the vendor's code measurement registers (see each adapter).
    /// @param tcbStatus The platform's state.
    struct Attestation {
        bytes32 vendor;
        bytes32 reportData;
        bytes32 measurement;
        TcbStatus tcbStatus;
    }

    /// @notice The vendor's verifier reverted.
    /// @param verifier The verifier contract.
    /// @param reason Its revert data.
    error VerifierCallFailed(address verifier, bytes reason);

    /// @notice The vendor's verifier answered, and its answer is "not verified".
    /// @param verifier The verifier contract.
    /// @param reason The verifier's own failure output (a string for DCAP, the result code for SNP).
    error VerifierRejected(address verifier, bytes reason);

    /// @notice The verifier's answer does not have the layout this adapter models, or describes a
    /// TEE this adapter does not handle.
    /// @param verifier The verifier contract.
    error VerifierMalformedOutput(address verifier);

    /// @notice An adapter was constructed with a verifier address that holds no code.
    error VerifierAdapterNoVerifier(address verifier);

    /// @notice The vendor this adapter speaks for, e.g. `keccak256("intel-tdx")`. Never changes.
    function vendor() external view returns (bytes32);

    /// @notice The vendor's verifier contract this adapter calls.
    function verifier() external view returns (address);

    /// @notice Whether {verifier} is an owner-configurable router or the verifier itself. A `Direct`
    /// verifier may still read data its vendor's operators publish (e.g. DCAP collateral); the
    /// adapter's NatSpec says what remains mutable behind it.
    function verifierKind() external view returns (VerifierKind);

    /// @notice Verifies `evidence` with the vendor's verifier and normalises the result.
    /// @dev Not `view`: real verifiers emit events and cache certificates. Reverts with one of this
    /// interface's errors when the verifier reverts, rejects the evidence or answers out of shape.
    /// @param evidence The vendor-specific input (see each adapter).
    /// @return attestation The normalised record.
    function verify(bytes calldata evidence) external returns (Attestation memory attestation);
}
