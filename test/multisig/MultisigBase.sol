// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {MultisigAppAuth} from "../../contracts/MultisigAppAuth.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthEvents} from "../../contracts/interfaces/IAppAuthEvents.sol";
import {IAppAuthMultisig} from "../../contracts/interfaces/IAppAuthMultisig.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {AppAuthAssertions} from "../utils/AppAuthAssertions.sol";
import {MultisigSignatures} from "../utils/MultisigSignatures.sol";

/// @notice A 2-of-3 MultisigAppAuth (alice, bob, carol) with v1 on device 1 allowed, and the helpers
/// the multisig tests share: approve and execute a call, propose through the quorum, boot checks.
abstract contract MultisigBase is AppAuthAssertions, IAppAuthEvents {
    using MultisigSignatures for IAppAuthMultisig;

    uint256 internal aliceKey;
    uint256 internal bobKey;
    uint256 internal carolKey;
    uint256 internal strangerKey;
    address internal alice;
    address internal bob;
    address internal carol;
    address internal stranger;
    address internal submitter = makeAddr("submitter");

    MultisigAppAuth internal app;

    function setUp() public virtual {
        (alice, aliceKey) = makeAddrAndKey("alice");
        (bob, bobKey) = makeAddrAndKey("bob");
        (carol, carolKey) = makeAddrAndKey("carol");
        (stranger, strangerKey) = makeAddrAndKey("stranger");
        app = _deploy(_signers(alice, bob, carol), 2);
    }

    function _deploy(address[] memory signers, uint256 threshold) internal returns (MultisigAppAuth) {
        return new MultisigAppAuth(signers, threshold, NOTICE, MIN_NOTICE, GRACE, initialPolicy());
    }


    function _signers(address a, address b, address c) internal pure returns (address[] memory signers) {
        signers = new address[](3);
        (signers[0], signers[1], signers[2]) = (a, b, c);
    }

    function _keys(uint256 a, uint256 b) internal pure returns (uint256[] memory) {
        return MultisigSignatures.keyList(a, b);
    }

    function _keys(uint256 a) internal pure returns (uint256[] memory) {
        return MultisigSignatures.keyList(a);
    }

    /// @dev Signatures of `keys` for `data` at the current nonce of `app`.
    function _sign(uint256[] memory keys, bytes memory data) internal view returns (bytes[] memory) {
        return IAppAuthMultisig(address(app)).signAll(keys, data, app.nonce());
    }

    /// @dev Has `keys` approve `data` and a third party submit it; returns what the call returned.
    function _execute(uint256[] memory keys, bytes memory data) internal returns (bytes memory) {
        bytes[] memory signatures = _sign(keys, data);
        uint256 nonce = app.nonce();
        vm.prank(submitter);
        return app.execute(data, nonce, signatures);
    }

    /// @dev Has alice and bob approve the proposal `data`; returns its change id.
    function _propose(bytes memory data) internal returns (bytes32) {
        return abi.decode(_execute(_keys(aliceKey, bobKey), data), (bytes32));
    }

    function _appUnderTest() internal view override returns (address) {
        return address(app);
    }

    function _id(IAppAuthNotice.ChangeKind kind, bytes32 value) internal view returns (bytes32) {
        return app.changeId(kind, value);
    }
}
