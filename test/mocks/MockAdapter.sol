// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC165} from "@openzeppelin/contracts/utils/introspection/ERC165.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IVerifierAdapter} from "../../contracts/interfaces/IVerifierAdapter.sol";

/// @notice A scriptable adapter for hook tests. Honest mode answers `abi.decode(evidence, (bytes32
/// reportData, uint8 status))` for its vendor; it can also revert, answer raw bytes, claim another
/// vendor in its answer, change its `vendor()`, or call back into a target before answering.
contract MockAdapter is ERC165, IVerifierAdapter {
    bytes32 private _vendor;
    bool private _vendorReverts;
    bytes32 private _claimedVendor;
    bool private _reverts;
    bool private _answersRaw;
    bytes private _raw;
    address private _reentryTarget;
    bytes private _reentryData;

    constructor(bytes32 vendor_) {
        _vendor = vendor_;
    }

    function setVendor(bytes32 vendor_) external {
        _vendor = vendor_;
    }

    function setVendorReverts(bool reverts_) external {
        _vendorReverts = reverts_;
    }

    function setClaimedVendor(bytes32 claimed) external {
        _claimedVendor = claimed;
    }

    function setReverts(bool reverts_) external {
        _reverts = reverts_;
    }

    function setRawAnswer(bytes calldata raw) external {
        _answersRaw = true;
        _raw = raw;
    }

    function setReentry(address target, bytes calldata data) external {
        _reentryTarget = target;
        _reentryData = data;
    }

    function vendor() external view returns (bytes32) {
        require(!_vendorReverts, "vendor unavailable");
        return _vendor;
    }

    function verifier() external pure returns (address) {
        return address(0);
    }

    function verifierKind() external pure returns (VerifierKind) {
        return VerifierKind.Router;
    }

    function verify(bytes calldata evidence) external returns (Attestation memory attestation) {
        require(!_reverts, "adapter broken");
        if (_answersRaw) {
            bytes memory raw = _raw;
            assembly ("memory-safe") {
                return(add(raw, 32), mload(raw))
            }
        }
        if (_reentryTarget != address(0)) {
            (bool ok,) = _reentryTarget.call(_reentryData);
            require(ok, "reentry failed");
        }
        (bytes32 reportData, uint8 status) = abi.decode(evidence, (bytes32, uint8));
        attestation.vendor = _claimedVendor == bytes32(0) ? _vendor : _claimedVendor;
        attestation.reportData = reportData;
        attestation.measurement = keccak256(evidence);
        attestation.tcbStatus = TcbStatus(status);
    }

    function supportsInterface(bytes4 interfaceId) public view override(ERC165, IERC165) returns (bool) {
        return interfaceId == type(IVerifierAdapter).interfaceId || super.supportsInterface(interfaceId);
    }
}

/// @notice Claims every interface, including the invalid id 0xffffffff, as a careless contract might.
contract ClaimsEverything {
    function supportsInterface(bytes4) external pure returns (bool) {
        return true;
    }

    function vendor() external pure returns (bytes32) {
        return keccak256("intel-tdx");
    }
}

/// @notice A contract that is no adapter at all.
contract NotAnAdapter {
    function vendor() external pure returns (bytes32) {
        return keccak256("intel-tdx");
    }
}
