// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IVerifierAdapter} from "./IVerifierAdapter.sol";

/// @title IAppAuthVerifierHooks
/// @notice Requires, on top of the allow-lists, that k of the registered TEE vendors have attested
/// the booting instance and compose hash recently. Attestations are submitted by anyone in earlier
/// transactions, verified by the vendor's adapter, bound to this contract, chain, instance and compose
/// hash by a challenge in the report data, and stored with an expiry; the boot check reads only
/// what is stored and never calls out.
/// @dev Adding or replacing an adapter and lowering k loosen the rule and wait the notice period
/// (change kinds `VerifierAdapter` and `VerifierThreshold`); removing an adapter and raising k are
/// instant. Replacing or removing a vendor's adapter voids that vendor's earlier attestations.
///
/// Measurement pinning: a vendor that has pinned measurements only counts records whose measurement
/// (the adapter's digest of the TEE's code registers) is pinned, so a genuine TEE running some other
/// image cannot satisfy the rule by echoing the challenge. Pinning is sticky per vendor: once a
/// vendor has had a pin, removing its last pin leaves it accepting no measurement rather than any.
/// Adding a pin loosens (change kind `VerifierMeasurement`, whose value is {measurementKey}) and
/// waits the notice; removing one is instant and voids every record of that vendor, since records
/// do not keep their measurement (instances still running a pinned image submit again).
/// Records for instance id 0 are refused: a boot reporting no instance id cannot be told apart from
/// any other such boot, so one record would serve them all.
interface IAppAuthVerifierHooks {
    /// @notice A measurement a vendor's records may carry.
    /// @param vendor The vendor id, as its adapter reports it.
    /// @param measurement The adapter's measurement digest (see each adapter).
    struct MeasurementPin {
        bytes32 vendor;
        bytes32 measurement;
    }

    /// @notice `adapter` speaks for `vendor` from this block on; attestations made through
    /// `previousAdapter` (zero if none) stopped counting.
    /// @param epoch The registration's number; records carry it and count only while it is current.
    event VerifierAdapterSet(
        bytes32 indexed vendor, address indexed adapter, address previousAdapter, uint256 epoch
    );

    /// @notice `vendor` has no adapter any more; its attestations stopped counting.
    event VerifierAdapterRemoved(bytes32 indexed vendor, address indexed adapter);

    /// @notice The number of distinct vendors a boot needs changed, effective from this block.
    event VerifierThresholdSet(uint256 previousThreshold, uint256 newThreshold);

    /// @notice `vendor` attested that `instanceId` runs `composeHash`; it counts until `expiresAt`.
    /// @param measurement The adapter's digest of the TEE's measurement registers, for auditors.
    event AttestationSubmitted(
        address indexed instanceId,
        bytes32 indexed composeHash,
        bytes32 indexed vendor,
        address adapter,
        bytes32 measurement,
        uint64 expiresAt
    );

    /// @notice Records of `vendor` count only if their measurement is pinned; `measurement` now is.
    event VerifierMeasurementPinned(bytes32 indexed vendor, bytes32 indexed measurement);

    /// @notice `measurement` is no longer pinned for `vendor`; every record of `vendor` stopped counting.
    event VerifierMeasurementUnpinned(bytes32 indexed vendor, bytes32 indexed measurement);

    /// @notice A pin of `measurement` for `vendor` was announced as the change `id`.
    event VerifierMeasurementProposed(bytes32 indexed id, bytes32 indexed vendor, bytes32 indexed measurement);

    /// @notice `account` does not answer ERC-165 for {IVerifierAdapter}.
    error VerifierNotAdapter(address account);

    /// @notice The adapter's `vendor()` reverted, answered out of shape, or answered zero.
    error VerifierInvalidVendor(address adapter);

    /// @notice The adapter is already registered, for `vendor`.
    error VerifierAdapterAlreadyRegistered(address adapter, bytes32 vendor);

    /// @notice Two adapters in a deployment's configuration speak for the same vendor.
    error VerifierDuplicateVendor(bytes32 vendor);

    /// @notice Every vendor slot is taken.
    error VerifierTooManyVendors(uint256 maxVendors);

    /// @notice No adapter is registered for `vendor`.
    error VerifierUnknownVendor(bytes32 vendor);

    /// @notice A threshold outside `[min, max]`.
    error VerifierInvalidThreshold(uint256 requested, uint256 min, uint256 max);

    /// @notice An attestation validity of zero or above the maximum.
    error VerifierInvalidValidity(uint256 requested, uint256 max);

    /// @notice The challenge's block is not among the last 256 blocks (or is the current one).
    error VerifierChallengeBlockUnavailable(uint256 blockNumber, uint256 currentBlock);

    /// @notice The adapter reverted; `reason` is its revert data (usually an {IVerifierAdapter} error).
    error VerifierAdapterFailed(address adapter, bytes reason);

    /// @notice The adapter's answer is not an {IVerifierAdapter-Attestation}.
    error VerifierMalformedAnswer(address adapter);

    /// @notice The adapter answered for another vendor than the one it is registered for.
    error VerifierVendorMismatch(address adapter, bytes32 expected, bytes32 reported);

    /// @notice The report data does not carry this contract's challenge.
    error VerifierChallengeMismatch(bytes32 expected, bytes32 reported);

    /// @notice The vendor judged the platform not up to date; such an attestation would not count.
    error VerifierTcbNotUpToDate(bytes32 vendor, IVerifierAdapter.TcbStatus status);

    /// @notice Attestations for instance id 0 are refused: they would serve every boot without one.
    error VerifierZeroInstance();

    /// @notice `vendor` pins its measurements and `measurement` is not among them.
    error VerifierMeasurementNotPinned(bytes32 vendor, bytes32 measurement);

    /// @notice A pin with a zero vendor or measurement, one already pinned (or pinned twice in a
    /// deployment), or, for removal, one that is not pinned.
    error VerifierInvalidMeasurement(bytes32 vendor, bytes32 measurement);

    /// @notice `vendor` already has the most pins allowed.
    error VerifierTooManyMeasurements(bytes32 vendor, uint256 maxPins);

    /// @notice The most vendors that can be registered at once (bounds the boot check's loop).
    function MAX_VENDORS() external view returns (uint256);

    /// @notice How many distinct vendors must have attested a boot; zero means none.
    function verifierThreshold() external view returns (uint256);

    /// @notice The adapter registered for `vendor`, or zero.
    function verifierAdapter(bytes32 vendor) external view returns (address);

    /// @notice Every registered vendor and its adapter, in slot order.
    function verifierAdapters() external view returns (bytes32[] memory vendors, address[] memory adapters);

    /// @notice How long a submitted attestation counts, in seconds. Fixed at deployment.
    function attestationValidity() external view returns (uint256);

    /// @notice The most measurements one vendor can have pinned at once (bounds {pinnedMeasurements}).
    function MAX_PINS_PER_VENDOR() external view returns (uint256);

    /// @notice Whether `vendor` pins its measurements; if not, a record counts whatever it measured.
    function measurementPinning(bytes32 vendor) external view returns (bool);

    /// @notice The measurements pinned for `vendor`, in no particular order.
    function pinnedMeasurements(bytes32 vendor) external view returns (bytes32[] memory);

    /// @notice Whether `measurement` is pinned for `vendor`.
    function isMeasurementPinned(bytes32 vendor, bytes32 measurement) external view returns (bool);

    /// @notice The value of a `VerifierMeasurement` change: `keccak256(abi.encode(vendor, measurement))`.
    function measurementKey(bytes32 vendor, bytes32 measurement) external pure returns (bytes32);

    /// @notice The pin behind a `VerifierMeasurement` change value, if it was ever announced here or
    /// pinned at deployment; zeros otherwise.
    function measurementOfKey(bytes32 key) external view returns (bytes32 vendor, bytes32 measurement);

    /// @notice The 32 bytes that a TEE must put first in its report data to attest that
    /// `instanceId` runs `composeHash` for this contract:
    /// `keccak256(abi.encode(block.chainid, address(this), instanceId, composeHash, blockhash(blockNumber)))`.
    /// @dev Reverts unless `blockNumber` is one of the last 256 blocks, so the challenge proves the
    /// report is at most about 256 blocks older than its submission.
    function attestationChallenge(address instanceId, bytes32 composeHash, uint256 blockNumber)
        external
        view
        returns (bytes32);

    /// @notice When `vendor`'s attestation of `(instanceId, composeHash)` stops counting, or zero if
    /// it has none that counts now (none submitted, expired, or made through a replaced adapter).
    function attestationExpiresAt(address instanceId, bytes32 composeHash, bytes32 vendor)
        external
        view
        returns (uint256);

    /// @notice How many distinct registered vendors attest `(instanceId, composeHash)` right now.
    function attestedVendorCount(address instanceId, bytes32 composeHash) external view returns (uint256);

    /// @notice Verifies `evidence` through `vendor`'s adapter and records that `vendor` attests that
    /// `instanceId` runs `composeHash`. Anyone may call it.
    /// @param vendor The vendor whose adapter verifies the evidence; the record's vendor is the one
    /// the adapter is registered for.
    /// @param evidence The adapter's input (see each adapter).
    /// @dev Reverts for instance id 0 ({VerifierZeroInstance}) and, when the vendor pins its
    /// measurements, for a measurement that is not pinned ({VerifierMeasurementNotPinned}).
    /// @param instanceId The instance the report data commits to; never zero.
    /// @param composeHash The compose hash the report data commits to.
    /// @param blockNumber The block whose hash the report data commits to.
    /// @return expiresAt When the record stops counting.
    function submitAttestation(
        bytes32 vendor,
        bytes calldata evidence,
        address instanceId,
        bytes32 composeHash,
        uint256 blockNumber
    ) external returns (uint256 expiresAt);

    /// @notice Announces that `adapter` will speak for its vendor, added or replacing the current one.
    function proposeVerifierAdapter(address adapter, string calldata uri) external returns (bytes32 id);

    /// @notice Announces a lower threshold; it waits the notice period.
    function proposeVerifierThreshold(uint256 threshold, string calldata uri) external returns (bytes32 id);

    /// @notice Announces that records of `vendor` with `measurement` will count; it waits the notice.
    /// The first pin of a vendor also switches on its {measurementPinning}.
    function proposeVerifierMeasurement(bytes32 vendor, bytes32 measurement, string calldata uri)
        external
        returns (bytes32 id);

    /// @notice Unpins `measurement` for `vendor` at once and voids every record of `vendor`. Tightening.
    function unpinVerifierMeasurement(bytes32 vendor, bytes32 measurement) external;

    /// @notice Removes `vendor`'s adapter at once; its attestations stop counting. Tightening.
    /// @dev May leave fewer vendors than the threshold, which denies every boot until an adapter is
    /// added (with notice) or the threshold is lowered (with notice).
    function removeVerifierAdapter(bytes32 vendor) external;

    /// @notice Raises the threshold at once. Tightening.
    function raiseVerifierThreshold(uint256 threshold) external;
}
