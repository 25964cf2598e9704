// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC165Checker} from "@openzeppelin/contracts/utils/introspection/ERC165Checker.sol";
import {AppAuthNotice} from "./AppAuthNotice.sol";
import {IAppAuthVerifierHooks} from "../interfaces/IAppAuthVerifierHooks.sol";
import {IVerifierAdapter} from "../interfaces/IVerifierAdapter.sol";

/// @title AppAuthVerifierHooks
/// @notice Multi-vendor TEE attestation on top of the notice period: a boot that passes the
/// allow-lists must also have been attested, recently, by k distinct registered vendors.
/// @dev Vendors live in at most {MAX_VENDORS} fixed slots. Each registration of an adapter gets a
/// fresh epoch; a record stores the epoch of the adapter that verified it and counts only while that
/// epoch is still the slot's, so replacing or removing an adapter voids its records without touching
/// them, and registering the old adapter again does not revive them.
///
/// The threshold and the eight slot epochs fill one storage word, and the records of one (instance,
/// compose hash) are packed three to a word, so a boot check with up to three vendors costs two
/// SLOADs; it stops once k vendors are found.
abstract contract AppAuthVerifierHooks is AppAuthNotice, IAppAuthVerifierHooks {
    /// @notice The adapters and rule a variant starts with, effective from deployment.
    /// @param adapters One adapter per vendor.
    /// @param threshold How many distinct vendors a boot needs; at most `adapters.length`.
    /// @param attestationValidity How long a submitted attestation counts, in seconds.
    /// @param measurements Measurements pinned from deployment; each vendor named here pins.
    struct VerifierConfig {
        IVerifierAdapter[] adapters;
        uint256 threshold;
        uint256 attestationValidity;
        MeasurementPin[] measurements;
    }

    /// @inheritdoc IAppAuthVerifierHooks
    uint256 public constant MAX_VENDORS = 8;

    /// @notice No attestation may count for longer than this.
    uint256 public constant MAX_ATTESTATION_VALIDITY = 30 days;

    /// @inheritdoc IAppAuthVerifierHooks
    uint256 public constant MAX_PINS_PER_VENDOR = 32;

    string private constant _REASON = "Insufficient TEE vendor attestations";

    // _vendorSet layout: bits 0-7 the threshold, then the epoch of slot i in the 31 bits from
    // 8 + 31 * i (0 = free slot). 8 + 8 * 31 = 256.
    uint256 private constant _EPOCH_BITS = 31;
    uint256 private constant _EPOCH_MASK = (1 << _EPOCH_BITS) - 1;

    // A record is the epoch of the adapter that verified it (32 bits) and its expiry (48 bits, enough
    // for timestamps until the year 8 million); slot i's record sits in word i / 3 at bit 80 * (i % 3).
    uint256 private constant _RECORD_BITS = 80;
    uint256 private constant _RECORDS_PER_WORD = 3;
    uint256 private constant _RECORD_MASK = (1 << _RECORD_BITS) - 1;
    uint256 private constant _RECORD_WORDS = (MAX_VENDORS + _RECORDS_PER_WORD - 1) / _RECORDS_PER_WORD;

    uint256 private immutable _attestationValidity;

    uint256 private _vendorSet;
    uint256 private _lastEpoch;
    IVerifierAdapter[MAX_VENDORS] private _adapters;
    bytes32[MAX_VENDORS] private _vendors;
    // 1-based slot of a vendor; 0 means none.
    mapping(bytes32 vendor => uint256) private _slotOf;
    // Keyed by keccak256(instanceId, composeHash); see _RECORD_BITS for the packing.
    mapping(bytes32 bootKey => uint256[_RECORD_WORDS]) private _records;
    // Vendors that pin their measurements (sticky), their pins, and each pin's 1-based list position.
    mapping(bytes32 vendor => bool) private _pinning;
    mapping(bytes32 vendor => bytes32[]) private _pins;
    mapping(bytes32 key => uint256) private _pinPosition;
    // The pre-image of every measurement key announced or configured, for views and activation.
    mapping(bytes32 key => MeasurementPin) private _pinOfKey;

    constructor(VerifierConfig memory config) {
        if (config.attestationValidity == 0 || config.attestationValidity > MAX_ATTESTATION_VALIDITY) {
            revert VerifierInvalidValidity(config.attestationValidity, MAX_ATTESTATION_VALIDITY);
        }
        _attestationValidity = config.attestationValidity;
        for (uint256 i; i < config.adapters.length; ++i) {
            // One adapter per vendor: a second one would silently replace the first.
            bytes32 vendor = _vendorOf(config.adapters[i]);
            if (_slotOf[vendor] != 0) revert VerifierDuplicateVendor(vendor);
            _setAdapter(config.adapters[i]);
        }
        if (config.threshold > config.adapters.length) {
            revert VerifierInvalidThreshold(config.threshold, 0, config.adapters.length);
        }
        _setThreshold(config.threshold);
        for (uint256 i; i < config.measurements.length; ++i) {
            MeasurementPin memory pin = config.measurements[i];
            bytes32 key = _rememberPin(pin.vendor, pin.measurement);
            _checkPinnable(pin.vendor, pin.measurement, key);
            _pin(pin.vendor, pin.measurement, key);
        }
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IAppAuthVerifierHooks
    function verifierThreshold() public view returns (uint256) {
        return _vendorSet & 0xff;
    }

    /// @inheritdoc IAppAuthVerifierHooks
    function verifierAdapter(bytes32 vendor) public view returns (address) {
        uint256 slot = _slotOf[vendor];
        return slot == 0 ? address(0) : address(_adapters[slot - 1]);
    }

    /// @inheritdoc IAppAuthVerifierHooks
    function verifierAdapters() public view returns (bytes32[] memory vendors, address[] memory adapters) {
        uint256 set = _vendorSet;
        uint256 count;
        for (uint256 i; i < MAX_VENDORS; ++i) {
            if (_epochAt(set, i) != 0) ++count;
        }
        vendors = new bytes32[](count);
        adapters = new address[](count);
        uint256 j;
        for (uint256 i; i < MAX_VENDORS; ++i) {
            if (_epochAt(set, i) == 0) continue;
            vendors[j] = _vendors[i];
            adapters[j] = address(_adapters[i]);
            ++j;
        }
    }

    /// @inheritdoc IAppAuthVerifierHooks
    function attestationValidity() public view returns (uint256) {
        return _attestationValidity;
    }

    /// @inheritdoc IAppAuthVerifierHooks
    function measurementPinning(bytes32 vendor) public view returns (bool) {
        return _pinning[vendor];
    }

    /// @inheritdoc IAppAuthVerifierHooks
    function pinnedMeasurements(bytes32 vendor) public view returns (bytes32[] memory) {
        return _pins[vendor];
    }

    /// @inheritdoc IAppAuthVerifierHooks
    function isMeasurementPinned(bytes32 vendor, bytes32 measurement) public view returns (bool) {
        return _pinPosition[measurementKey(vendor, measurement)] != 0;
    }

    /// @inheritdoc IAppAuthVerifierHooks
    function measurementKey(bytes32 vendor, bytes32 measurement) public pure returns (bytes32) {
        return keccak256(abi.encode(vendor, measurement));
    }

    /// @inheritdoc IAppAuthVerifierHooks
    function measurementOfKey(bytes32 key) public view returns (bytes32 vendor, bytes32 measurement) {
        MeasurementPin storage pin = _pinOfKey[key];
        return (pin.vendor, pin.measurement);
    }

    /// @inheritdoc IAppAuthVerifierHooks
    function attestationChallenge(address instanceId, bytes32 composeHash, uint256 blockNumber)
        public
        view
        returns (bytes32)
    {
        // blockhash is zero for the current block, future blocks and blocks older than 256.
        bytes32 blockHash = blockhash(blockNumber);
        if (blockHash == bytes32(0)) revert VerifierChallengeBlockUnavailable(blockNumber, block.number);
        return keccak256(abi.encode(block.chainid, address(this), instanceId, composeHash, blockHash));
    }

    /// @inheritdoc IAppAuthVerifierHooks
    function attestationExpiresAt(address instanceId, bytes32 composeHash, bytes32 vendor)
        public
        view
        returns (uint256)
    {
        uint256 slot = _slotOf[vendor];
        if (slot == 0) return 0;
        uint256 index = slot - 1;
        uint256 record =
            _recordIn(_records[_bootKey(instanceId, composeHash)][index / _RECORDS_PER_WORD], index);
        return _counts(record, _epochAt(_vendorSet, index)) ? record >> 32 : 0;
    }

    /// @inheritdoc IAppAuthVerifierHooks
    function attestedVendorCount(address instanceId, bytes32 composeHash)
        public
        view
        returns (uint256 count)
    {
        uint256 set = _vendorSet;
        uint256[_RECORD_WORDS] storage records = _records[_bootKey(instanceId, composeHash)];
        for (uint256 i; i < MAX_VENDORS; ++i) {
            uint256 epoch = _epochAt(set, i);
            if (epoch != 0 && _counts(_recordIn(records[i / _RECORDS_PER_WORD], i), epoch)) ++count;
        }
    }

    // ---------------------------------------------------------------- attestations: permissionless

    /// @inheritdoc IAppAuthVerifierHooks
    function submitAttestation(
        bytes32 vendor,
        bytes calldata evidence,
        address instanceId,
        bytes32 composeHash,
        uint256 blockNumber
    ) external returns (uint256 expiresAt) {
        if (instanceId == address(0)) revert VerifierZeroInstance();
        uint256 slot = _slotOf[vendor];
        if (slot == 0) revert VerifierUnknownVendor(vendor);
        uint256 index = slot - 1;
        IVerifierAdapter adapter = _adapters[index];
        // Read before the call: if the adapter is replaced while we wait for it (a matured change
        // activated from inside the call), the record carries the old epoch and never counts.
        uint256 epoch = _epochAt(_vendorSet, index);
        bytes32 challenge = attestationChallenge(instanceId, composeHash, blockNumber);

        IVerifierAdapter.Attestation memory attestation = _verify(adapter, evidence);
        if (attestation.vendor != vendor) {
            revert VerifierVendorMismatch(address(adapter), vendor, attestation.vendor);
        }
        if (attestation.reportData != challenge) {
            revert VerifierChallengeMismatch(challenge, attestation.reportData);
        }
        // Only up-to-date records are stored, so a worse attestation can never overwrite a good one.
        if (attestation.tcbStatus != IVerifierAdapter.TcbStatus.UpToDate) {
            revert VerifierTcbNotUpToDate(vendor, attestation.tcbStatus);
        }
        if (_pinning[vendor] && _pinPosition[measurementKey(vendor, attestation.measurement)] == 0) {
            revert VerifierMeasurementNotPinned(vendor, attestation.measurement);
        }

        uint64 expires = uint64(block.timestamp + _attestationValidity);
        _storeRecord(_bootKey(instanceId, composeHash), index, epoch | (uint256(expires) << 32));
        emit AttestationSubmitted(
            instanceId, composeHash, vendor, address(adapter), attestation.measurement, expires
        );
        return expires;
    }

    // ---------------------------------------------------------------- loosening: announce, then activate

    /// @inheritdoc IAppAuthVerifierHooks
    function proposeVerifierAdapter(address adapter, string calldata uri)
        external
        onlyController
        returns (bytes32)
    {
        return _propose(ChangeKind.VerifierAdapter, bytes32(uint256(uint160(adapter))), uri);
    }

    /// @inheritdoc IAppAuthVerifierHooks
    function proposeVerifierThreshold(uint256 threshold, string calldata uri)
        external
        onlyController
        returns (bytes32)
    {
        return _propose(ChangeKind.VerifierThreshold, bytes32(threshold), uri);
    }

    /// @inheritdoc IAppAuthVerifierHooks
    function proposeVerifierMeasurement(bytes32 vendor, bytes32 measurement, string calldata uri)
        external
        onlyController
        returns (bytes32 id)
    {
        bytes32 key = _rememberPin(vendor, measurement);
        id = _propose(ChangeKind.VerifierMeasurement, key, uri);
        emit VerifierMeasurementProposed(id, vendor, measurement);
    }

    // ---------------------------------------------------------------- tightening: instant

    /// @inheritdoc IAppAuthVerifierHooks
    function unpinVerifierMeasurement(bytes32 vendor, bytes32 measurement) external onlyController {
        bytes32 key = measurementKey(vendor, measurement);
        uint256 position = _pinPosition[key];
        if (position == 0) revert VerifierInvalidMeasurement(vendor, measurement);
        bytes32[] storage pins = _pins[vendor];
        bytes32 last = pins[pins.length - 1];
        if (last != measurement) {
            pins[position - 1] = last;
            _pinPosition[measurementKey(vendor, last)] = position;
        }
        pins.pop();
        delete _pinPosition[key];
        // Records do not keep their measurement: void them all, pinned or not.
        _voidRecords(vendor);
        emit VerifierMeasurementUnpinned(vendor, measurement);
    }

    /// @inheritdoc IAppAuthVerifierHooks
    function removeVerifierAdapter(bytes32 vendor) external onlyController {
        uint256 slot = _slotOf[vendor];
        if (slot == 0) revert VerifierUnknownVendor(vendor);
        uint256 index = slot - 1;
        address adapter = address(_adapters[index]);
        _vendorSet = _withEpoch(_vendorSet, index, 0);
        delete _adapters[index];
        delete _vendors[index];
        delete _slotOf[vendor];
        emit VerifierAdapterRemoved(vendor, adapter);
    }

    /// @inheritdoc IAppAuthVerifierHooks
    function raiseVerifierThreshold(uint256 threshold) external onlyController {
        uint256 current = verifierThreshold();
        if (threshold <= current || threshold > MAX_VENDORS) {
            revert VerifierInvalidThreshold(threshold, current + 1, MAX_VENDORS);
        }
        _setThreshold(threshold);
    }

    // ---------------------------------------------------------------- hooks

    /// @inheritdoc AppAuthNotice
    function supportsInterface(bytes4 interfaceId) public view virtual override returns (bool) {
        return interfaceId == type(IAppAuthVerifierHooks).interfaceId || super.supportsInterface(interfaceId);
    }

    /// @dev Counts distinct vendors whose current adapter attested this (instance, compose hash) and
    /// whose record has not expired. Reads storage only: no adapter or verifier is called, so a broken
    /// verifier can only make a boot fail with a reason, never make this revert.
    function _checkBoot(AppBootInfo calldata bootInfo)
        internal
        view
        virtual
        override
        returns (bool isAllowed, string memory reason)
    {
        uint256 set = _vendorSet;
        uint256 needed = set & 0xff;
        if (needed != 0) {
            uint256[_RECORD_WORDS] storage records =
                _records[_bootKey(bootInfo.instanceId, bootInfo.composeHash)];
            uint256 found;
            uint256 word;
            uint256 loaded = type(uint256).max; // index of the record word in `word`
            for (uint256 i; i < MAX_VENDORS; ++i) {
                uint256 epoch = _epochAt(set, i);
                if (epoch == 0) continue;
                if (i / _RECORDS_PER_WORD != loaded) {
                    loaded = i / _RECORDS_PER_WORD;
                    word = records[loaded];
                }
                if (_counts(_recordIn(word, i), epoch) && ++found == needed) break;
            }
            if (found < needed) return (false, _REASON);
        }
        return super._checkBoot(bootInfo);
    }

    function _validateChange(ChangeKind kind, bytes32 value) internal view virtual override {
        if (kind == ChangeKind.VerifierAdapter) {
            IVerifierAdapter adapter = _toAdapter(kind, value);
            bytes32 vendor = _vendorOf(adapter);
            uint256 slot = _slotOf[vendor];
            if (slot != 0 && _adapters[slot - 1] == adapter) revert AppAuthNoOp(kind, value);
            _checkRegistrable(adapter, slot);
        } else if (kind == ChangeKind.VerifierMeasurement) {
            MeasurementPin storage pin = _pinOfKey[value];
            if (pin.vendor == bytes32(0)) revert AppAuthInvalidChange(kind, value);
            _checkPinnable(pin.vendor, pin.measurement, value);
        } else if (kind == ChangeKind.VerifierThreshold) {
            // Only lowering is a loosening; raising is instant through raiseVerifierThreshold.
            uint256 current = verifierThreshold();
            if (current == 0 || uint256(value) >= current) {
                revert VerifierInvalidThreshold(uint256(value), 0, current == 0 ? 0 : current - 1);
            }
        } else {
            super._validateChange(kind, value);
        }
    }

    function _applyChange(ChangeKind kind, bytes32 value) internal virtual override {
        if (kind == ChangeKind.VerifierAdapter) {
            _setAdapter(_toAdapter(kind, value));
        } else if (kind == ChangeKind.VerifierMeasurement) {
            MeasurementPin memory pin = _pinOfKey[value];
            // Re-checked: the vendor may have reached the cap since the announcement.
            _checkPinnable(pin.vendor, pin.measurement, value);
            // A vendor's first pin narrows what counts: records made before it measured anything.
            if (!_pinning[pin.vendor]) _voidRecords(pin.vendor);
            _pin(pin.vendor, pin.measurement, value);
        } else if (kind == ChangeKind.VerifierThreshold) {
            // The announced end state, whatever the threshold became meanwhile.
            _setThreshold(uint256(value));
        } else {
            super._applyChange(kind, value);
        }
    }

    // ---------------------------------------------------------------- internals

    /// @dev Registers `adapter` for the vendor it names, in that vendor's slot or a free one, under a
    /// fresh epoch. Re-checks everything, since state may have changed since the announcement.
    function _setAdapter(IVerifierAdapter adapter) private {
        bytes32 vendor = _vendorOf(adapter);
        uint256 slot = _slotOf[vendor];
        _checkRegistrable(adapter, slot);
        uint256 set = _vendorSet;
        uint256 index;
        address previous;
        if (slot == 0) {
            while (_epochAt(set, index) != 0) ++index; // a free slot exists: _checkRegistrable
            _slotOf[vendor] = index + 1;
            _vendors[index] = vendor;
        } else {
            index = slot - 1;
            previous = address(_adapters[index]);
        }
        _adapters[index] = adapter;
        uint256 epoch = _lastEpoch + 1;
        // Unreachable in practice (2^31 registrations), but a wrapped epoch would revive old records.
        if (epoch > _EPOCH_MASK) revert VerifierTooManyVendors(MAX_VENDORS);
        _lastEpoch = epoch;
        _vendorSet = _withEpoch(set, index, epoch);
        emit VerifierAdapterSet(vendor, address(adapter), previous, epoch);
    }

    /// @dev Reverts unless `adapter` may take its vendor's slot (1-based `slot`, 0 if the vendor is new).
    function _checkRegistrable(IVerifierAdapter adapter, uint256 slot) private view {
        uint256 set = _vendorSet;
        bool freeSlot;
        for (uint256 i; i < MAX_VENDORS; ++i) {
            if (_epochAt(set, i) == 0) {
                freeSlot = true;
            } else if (_adapters[i] == adapter && i + 1 != slot) {
                // One adapter never counts for two vendors, even if its vendor() changes.
                revert VerifierAdapterAlreadyRegistered(address(adapter), _vendors[i]);
            }
        }
        if (slot == 0 && !freeSlot) revert VerifierTooManyVendors(MAX_VENDORS);
    }

    /// @dev Records the pre-image of a measurement key, so a pending change can be read and applied.
    function _rememberPin(bytes32 vendor, bytes32 measurement) private returns (bytes32 key) {
        if (vendor == bytes32(0) || measurement == bytes32(0)) {
            revert VerifierInvalidMeasurement(vendor, measurement);
        }
        key = measurementKey(vendor, measurement);
        if (_pinOfKey[key].vendor == bytes32(0)) _pinOfKey[key] = MeasurementPin(vendor, measurement);
    }

    /// @dev Reverts if `measurement` is already pinned for `vendor` or the vendor has no room.
    function _checkPinnable(bytes32 vendor, bytes32 measurement, bytes32 key) private view {
        if (_pinPosition[key] != 0) revert VerifierInvalidMeasurement(vendor, measurement);
        if (_pins[vendor].length >= MAX_PINS_PER_VENDOR) {
            revert VerifierTooManyMeasurements(vendor, MAX_PINS_PER_VENDOR);
        }
    }

    function _pin(bytes32 vendor, bytes32 measurement, bytes32 key) private {
        _pinning[vendor] = true;
        _pins[vendor].push(measurement);
        _pinPosition[key] = _pins[vendor].length;
        emit VerifierMeasurementPinned(vendor, measurement);
    }

    /// @dev Gives `vendor`'s slot (if it has one) a fresh epoch, so none of its records counts any
    /// more; the adapter stays. Costs nothing at boot, unlike keeping each record's measurement.
    function _voidRecords(bytes32 vendor) private {
        uint256 slot = _slotOf[vendor];
        if (slot == 0) return;
        uint256 epoch = _lastEpoch + 1;
        if (epoch > _EPOCH_MASK) revert VerifierTooManyVendors(MAX_VENDORS);
        _lastEpoch = epoch;
        _vendorSet = _withEpoch(_vendorSet, slot - 1, epoch);
    }

    function _setThreshold(uint256 threshold) private {
        uint256 set = _vendorSet;
        uint256 previous = set & 0xff;
        _vendorSet = (set & ~uint256(0xff)) | threshold;
        emit VerifierThresholdSet(previous, threshold);
    }

    /// @dev Calls the adapter and checks the shape of its answer before trusting any field of it.
    function _verify(IVerifierAdapter adapter, bytes calldata evidence)
        private
        returns (IVerifierAdapter.Attestation memory attestation)
    {
        (bool ok, bytes memory answer) =
            address(adapter).call(abi.encodeCall(IVerifierAdapter.verify, (evidence)));
        if (!ok) revert VerifierAdapterFailed(address(adapter), answer);
        if (answer.length != 128) revert VerifierMalformedAnswer(address(adapter));
        (bytes32 vendor, bytes32 reportData, bytes32 measurement, uint256 status) =
            abi.decode(answer, (bytes32, bytes32, bytes32, uint256));
        if (status > uint256(type(IVerifierAdapter.TcbStatus).max)) {
            revert VerifierMalformedAnswer(address(adapter));
        }
        attestation =
            IVerifierAdapter.Attestation(vendor, reportData, measurement, IVerifierAdapter.TcbStatus(status));
    }

    /// @dev The adapter's vendor, after the ERC-165 check. Never trusts `vendor()` to be well-formed.
    function _vendorOf(IVerifierAdapter adapter) private view returns (bytes32 vendor) {
        if (!ERC165Checker.supportsInterface(address(adapter), type(IVerifierAdapter).interfaceId)) {
            revert VerifierNotAdapter(address(adapter));
        }
        (bool ok, bytes memory answer) =
            address(adapter).staticcall(abi.encodeCall(IVerifierAdapter.vendor, ()));
        if (!ok || answer.length != 32) revert VerifierInvalidVendor(address(adapter));
        vendor = bytes32(answer);
        if (vendor == bytes32(0)) revert VerifierInvalidVendor(address(adapter));
    }

    function _storeRecord(bytes32 bootKey, uint256 index, uint256 record) private {
        uint256[_RECORD_WORDS] storage records = _records[bootKey];
        uint256 shift = _RECORD_BITS * (index % _RECORDS_PER_WORD);
        uint256 word = records[index / _RECORDS_PER_WORD] & ~(_RECORD_MASK << shift);
        records[index / _RECORDS_PER_WORD] = word | ((record & _RECORD_MASK) << shift);
    }

    /// @dev Slot `index`'s record out of the word that holds it: epoch in bits 0-31, expiry above.
    function _recordIn(uint256 word, uint256 index) private pure returns (uint256) {
        return (word >> (_RECORD_BITS * (index % _RECORDS_PER_WORD))) & _RECORD_MASK;
    }

    function _counts(uint256 record, uint256 epoch) private view returns (bool) {
        return record & type(uint32).max == epoch && block.timestamp <= record >> 32;
    }

    function _bootKey(address instanceId, bytes32 composeHash) private pure returns (bytes32) {
        return keccak256(abi.encode(instanceId, composeHash));
    }

    function _epochAt(uint256 set, uint256 index) private pure returns (uint256) {
        return (set >> (8 + _EPOCH_BITS * index)) & _EPOCH_MASK;
    }

    function _withEpoch(uint256 set, uint256 index, uint256 epoch) private pure returns (uint256) {
        uint256 shift = 8 + _EPOCH_BITS * index;
        return (set & ~(_EPOCH_MASK << shift)) | (epoch << shift);
    }

    function _toAdapter(ChangeKind kind, bytes32 value) private pure returns (IVerifierAdapter) {
        if (uint256(value) >> 160 != 0) revert AppAuthInvalidChange(kind, value);
        return IVerifierAdapter(address(uint160(uint256(value))));
    }
}
