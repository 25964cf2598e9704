// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IVerifierAdapter} from "../../contracts/interfaces/IVerifierAdapter.sol";
import {AutomataDcapTdxAdapter} from "../../contracts/verifiers/AutomataDcapTdxAdapter.sol";
import {MockAutomataDcapAttestation} from "../mocks/MockAutomataDcapAttestation.sol";
import {MockAutomataQuoteVerifier} from "../mocks/MockAutomataQuoteVerifier.sol";
import {Evidence} from "./utils/Evidence.sol";

/// @notice The TDX adapter reads Automata's V4 TDX output layout, on synthetic quotes.
contract AutomataDcapTdxAdapterTest is Test {
    bytes32 internal constant CHALLENGE = keccak256("challenge");

    MockAutomataDcapAttestation internal dcap;
    AutomataDcapTdxAdapter internal adapter;

    function setUp() public {
        dcap = new MockAutomataDcapAttestation();
        adapter = new AutomataDcapTdxAdapter(address(dcap), IVerifierAdapter.VerifierKind.Router);
    }

    function _malformed() internal view returns (bytes memory) {
        return abi.encodeWithSelector(IVerifierAdapter.VerifierMalformedOutput.selector, address(dcap));
    }

    /// @dev A verifier answer `(true, output)` whose output is `output`.
    function _answer(bytes memory output) internal pure returns (bytes memory) {
        return abi.encode(true, output);
    }

    /// @dev A well-formed V4 TDX output for `body`, as Automata serialises it.
    function _output(Evidence.TdxBody memory body, uint8 status) internal pure returns (bytes memory) {
        bytes memory quote = Evidence.tdxQuote(body);
        bytes memory report = new bytes(584);
        for (uint256 i; i < 584; ++i) {
            report[i] = quote[48 + i];
        }
        return abi.encodePacked(uint16(4), bytes4(0x00000081), status, bytes6(0x90c06f000000), report);
    }

    function test_vendor_IsIntelTdx() public view {
        assertEq(adapter.vendor(), keccak256("intel-tdx"));
        assertEq(adapter.verifier(), address(dcap));
    }

    function test_verifierKind_IsRouterForTheEntryPoint() public view {
        assertEq(uint8(adapter.verifierKind()), uint8(IVerifierAdapter.VerifierKind.Router));
    }

    function test_verify_DirectQuoteVerifierAnswersAsTheRouter() public {
        MockAutomataQuoteVerifier quoteVerifier = new MockAutomataQuoteVerifier();
        AutomataDcapTdxAdapter direct =
            new AutomataDcapTdxAdapter(address(quoteVerifier), IVerifierAdapter.VerifierKind.Direct);
        assertEq(direct.verifier(), address(quoteVerifier));
        assertEq(uint8(direct.verifierKind()), uint8(IVerifierAdapter.VerifierKind.Direct));

        bytes memory quote = Evidence.tdxQuote(Evidence.tdxBody(CHALLENGE));
        IVerifierAdapter.Attestation memory viaRouter = adapter.verify(quote);
        IVerifierAdapter.Attestation memory viaDirect = direct.verify(quote);
        assertEq(abi.encode(viaDirect), abi.encode(viaRouter));
        assertEq(viaDirect.reportData, CHALLENGE);

        // The direct path forwards the verifier's rejection like the router path.
        quoteVerifier.setRejects(true);
        vm.expectRevert(
            abi.encodeWithSelector(
                IVerifierAdapter.VerifierRejected.selector, address(quoteVerifier), bytes("Failed to verify X509 Chain")
            )
        );
        direct.verify(quote);
    }

    function test_verify_RevertWhen_DirectQuoteShorterThanHeader() public {
        MockAutomataQuoteVerifier quoteVerifier = new MockAutomataQuoteVerifier();
        AutomataDcapTdxAdapter direct =
            new AutomataDcapTdxAdapter(address(quoteVerifier), IVerifierAdapter.VerifierKind.Direct);
        vm.expectRevert(
            abi.encodeWithSelector(
                IVerifierAdapter.VerifierRejected.selector, address(quoteVerifier), bytes("quote shorter than its header")
            )
        );
        direct.verify(new bytes(47));
    }

    function test_constructor_RevertWhen_DirectVerifierIsNotAV4QuoteVerifier() public {
        // The entry point has no quoteVersion(): declaring it Direct would misstate the trust path.
        vm.expectRevert(abi.encodeWithSelector(IVerifierAdapter.VerifierAdapterNoVerifier.selector, address(dcap)));
        new AutomataDcapTdxAdapter(address(dcap), IVerifierAdapter.VerifierKind.Direct);
    }

    function test_constructor_RevertWhen_VerifierHasNoCode() public {
        address nothing = makeAddr("no code");
        vm.expectRevert(abi.encodeWithSelector(IVerifierAdapter.VerifierAdapterNoVerifier.selector, nothing));
        new AutomataDcapTdxAdapter(nothing, IVerifierAdapter.VerifierKind.Router);
    }

    function test_supportsInterface_AnswersAdapterId() public view {
        assertTrue(adapter.supportsInterface(type(IVerifierAdapter).interfaceId));
        assertTrue(adapter.supportsInterface(type(IERC165).interfaceId));
        assertFalse(adapter.supportsInterface(0xffffffff));
    }

    function test_verify_ParsesTd10ReportBody() public {
        Evidence.TdxBody memory body = Evidence.tdxBody(CHALLENGE);
        IVerifierAdapter.Attestation memory a = adapter.verify(Evidence.tdxQuote(body));
        assertEq(a.vendor, keccak256("intel-tdx"));
        assertEq(a.reportData, CHALLENGE);
        assertEq(a.measurement, keccak256(abi.encodePacked(body.mrTd, body.rtmrs)));
        assertEq(uint8(a.tcbStatus), uint8(IVerifierAdapter.TcbStatus.UpToDate));
    }

    function test_verify_MeasurementCoversMrTdAndEveryRtmr() public {
        Evidence.TdxBody memory body = Evidence.tdxBody(CHALLENGE);
        bytes32 baseline = adapter.verify(Evidence.tdxQuote(body)).measurement;
        body.mrTd[47] ^= 0x01;
        assertNotEq(adapter.verify(Evidence.tdxQuote(body)).measurement, baseline, "MRTD");
        for (uint256 rtmr; rtmr < 4; ++rtmr) {
            body = Evidence.tdxBody(CHALLENGE);
            body.rtmrs[rtmr * 48] ^= 0x01;
            assertNotEq(adapter.verify(Evidence.tdxQuote(body)).measurement, baseline, "RTMR");
        }
    }

    function test_verify_MapsAutomataTcbStatuses() public {
        // Automata TCBStatus: OK, SW_HARDENING_NEEDED, CONFIGURATION_AND_SW_HARDENING_NEEDED,
        // CONFIGURATION_NEEDED, OUT_OF_DATE, OUT_OF_DATE_CONFIGURATION_NEEDED, REVOKED, UNRECOGNIZED.
        IVerifierAdapter.TcbStatus[8] memory expected = [
            IVerifierAdapter.TcbStatus.UpToDate,
            IVerifierAdapter.TcbStatus.OutOfDate,
            IVerifierAdapter.TcbStatus.OutOfDate,
            IVerifierAdapter.TcbStatus.OutOfDate,
            IVerifierAdapter.TcbStatus.OutOfDate,
            IVerifierAdapter.TcbStatus.OutOfDate,
            IVerifierAdapter.TcbStatus.Revoked,
            IVerifierAdapter.TcbStatus.Revoked
        ];
        bytes memory quote = Evidence.tdxQuote(Evidence.tdxBody(CHALLENGE));
        for (uint8 status; status < 8; ++status) {
            dcap.setTcbStatus(status);
            assertEq(uint8(adapter.verify(quote).tcbStatus), uint8(expected[status]));
        }
    }

    function test_verify_DebugTdIsDebug() public {
        Evidence.TdxBody memory body = Evidence.tdxBody(CHALLENGE);
        body.debug = true;
        assertEq(
            uint8(adapter.verify(Evidence.tdxQuote(body)).tcbStatus), uint8(IVerifierAdapter.TcbStatus.Debug)
        );
    }

    function test_verify_RevertWhen_VerifierRejects() public {
        dcap.setRejects(true);
        vm.expectRevert(
            abi.encodeWithSelector(
                IVerifierAdapter.VerifierRejected.selector,
                address(dcap),
                bytes("Failed to verify X509 Chain")
            )
        );
        adapter.verify(Evidence.tdxQuote(Evidence.tdxBody(CHALLENGE)));
    }

    function test_verify_RevertWhen_VerifierReverts() public {
        dcap.setRevert("out of gas in P256");
        vm.expectRevert(
            abi.encodeWithSelector(
                IVerifierAdapter.VerifierCallFailed.selector, address(dcap), bytes("out of gas in P256")
            )
        );
        adapter.verify(Evidence.tdxQuote(Evidence.tdxBody(CHALLENGE)));
    }

    function test_verify_RevertWhen_VerifierAnswersGarbage() public {
        Evidence.TdxBody memory body = Evidence.tdxBody(CHALLENGE);
        bytes memory good = _output(body, 0);
        bytes[] memory answers = new bytes[](9);
        answers[0] = hex"";
        answers[1] = hex"deadbeef";
        answers[2] = abi.encode(uint256(2), good); // not a bool
        answers[3] = abi.encodePacked(uint256(1), uint256(0x1000)); // offset past the end
        answers[4] = abi.encodePacked(uint256(1), uint256(0x40), type(uint256).max); // length overflows
        answers[5] = _answer(abi.encodePacked(uint16(4), bytes4(0), uint8(0), bytes6(0), new bytes(584))); // SGX
        answers[6] =
            _answer(abi.encodePacked(uint16(3), bytes4(0x00000081), uint8(0), bytes6(0), new bytes(584)));
        answers[7] = _answer(_output(body, 8)); // no such status
        answers[8] = _answer(bytes.concat(good, hex"00")); // not a TD 1.0 body
        for (uint256 i; i < answers.length; ++i) {
            dcap.setRawAnswer(answers[i]);
            vm.expectRevert(_malformed());
            adapter.verify(Evidence.tdxQuote(body));
        }
        // The same path accepts the well-formed answer, so the cases above fail for their flaw.
        dcap.setRawAnswer(_answer(good));
        assertEq(adapter.verify(Evidence.tdxQuote(body)).reportData, CHALLENGE);
    }
}
