// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {DeploymentsBase} from "./DeploymentsBase.s.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {BaselineAppAuth} from "../../contracts/BaselineAppAuth.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {LocalKms} from "../../contracts/kms/LocalKms.sol";

/// @notice The one permissionless call a script makes on a KMS: DstackKms and LocalKms both have it.
interface IKmsRegistry {
    function registerApp(address appId) external;
}

/// @notice Deploys each variant from a configuration read from the environment and records it in
/// `deployments/<chainId>.json` under the CLI's variant names (`timelock`, `baseline`, `kms`), so that
/// `appauth` commands resolve what a script deployed and the other way round.
///
/// Environment (all optional unless said otherwise):
/// - `OWNER`: the owner; default the broadcasting account.
/// - `COMPOSE_HASH`, `DEVICE_ID`: comma-separated bytes32 lists allowed from deployment; default none.
/// - `ALLOW_ANY_DEVICE`, `REQUIRE_TCB_UP_TO_DATE`: booleans; default false, as DstackApp's initializer
///   is usually called.
/// - `KMS`: a KMS (DstackKms or LocalKms) to register the app with; default none.
/// - `NOTICE_PERIOD`: seconds; default 7 days. `MIN_NOTICE_PERIOD`: the floor; default the notice period,
///   so the delay can never be shortened unless a lower floor is chosen at deployment.
///   `GRACE_PERIOD`: seconds a matured change stays activatable; default 7 days.
/// - `OS_IMAGE` (LocalKms): comma-separated OS image hashes to allow. `GATEWAY_APP_ID` (LocalKms).
/// - `DEPLOYMENT_NAME`: the entry's name in `deployments/<chainId>.json`, refused if taken; default the
///   first free one among `<variant>`, `<variant>-2`, ... as the CLI picks it.
/// - `GIT_COMMIT`: the source commit to record; default null.
abstract contract Deployers is DeploymentsBase {
    /// @notice Who controls an app and the allow-lists it starts with.
    struct AppConfig {
        address owner;
        bytes32[] composeHashes;
        bytes32[] deviceIds;
        bool allowAnyDevice;
        bool requireTcbUpToDate;
        address kms;
    }

    /// @notice The timelock's periods, in seconds.
    struct NoticeConfig {
        uint256 noticePeriod;
        uint256 minNoticePeriod;
        uint256 gracePeriod;
    }

    /// @notice A local KMS's owner and allowed OS images.
    struct LocalKmsConfig {
        address owner;
        bytes32[] osImages;
        string gatewayAppId;
    }

    function _appConfigFromEnv(address deployer) internal view returns (AppConfig memory config) {
        config.owner = vm.envOr("OWNER", deployer);
        config.composeHashes = vm.envOr("COMPOSE_HASH", ",", new bytes32[](0));
        config.deviceIds = vm.envOr("DEVICE_ID", ",", new bytes32[](0));
        config.allowAnyDevice = vm.envOr("ALLOW_ANY_DEVICE", false);
        config.requireTcbUpToDate = vm.envOr("REQUIRE_TCB_UP_TO_DATE", false);
        config.kms = vm.envOr("KMS", address(0));
    }

    function _noticeConfigFromEnv() internal view returns (NoticeConfig memory config) {
        config.noticePeriod = vm.envOr("NOTICE_PERIOD", uint256(7 days));
        config.minNoticePeriod = vm.envOr("MIN_NOTICE_PERIOD", config.noticePeriod);
        config.gracePeriod = vm.envOr("GRACE_PERIOD", uint256(7 days));
    }

    function _localKmsConfigFromEnv(address deployer) internal view returns (LocalKmsConfig memory config) {
        config.owner = vm.envOr("OWNER", deployer);
        config.osImages = vm.envOr("OS_IMAGE", ",", new bytes32[](0));
        config.gatewayAppId = vm.envOr("GATEWAY_APP_ID", string(""));
    }

    /// @dev Deploys the timelock, registers it with the KMS if one is given, and records it. Broadcasting.
    function _deployTimelock(string memory name, AppConfig memory app, NoticeConfig memory notice)
        internal
        returns (TimelockAppAuth timelock)
    {
        AppAuthCore.InitialPolicy memory policy = _policy(app);
        timelock = new TimelockAppAuth(
            app.owner, notice.noticePeriod, notice.minNoticePeriod, notice.gracePeriod, policy
        );
        _register(app.kms, address(timelock));
        bytes memory args =
            abi.encode(app.owner, notice.noticePeriod, notice.minNoticePeriod, notice.gracePeriod, policy);
        _record(name, "timelock", "TimelockAppAuth", address(timelock), args);
    }

    /// @dev Deploys the Stage-0 baseline, registers it with the KMS if one is given, and records it.
    function _deployBaseline(string memory name, AppConfig memory app)
        internal
        returns (BaselineAppAuth baseline)
    {
        AppAuthCore.InitialPolicy memory policy = _policy(app);
        baseline = new BaselineAppAuth(app.owner, policy);
        _register(app.kms, address(baseline));
        _record(name, "baseline", "BaselineAppAuth", address(baseline), abi.encode(app.owner, policy));
    }

    /// @dev Deploys a local KMS owned by the broadcaster, allows the OS images, then hands ownership to
    /// the configured owner. Broadcasting.
    function _deployLocalKms(string memory name, LocalKmsConfig memory config, address deployer)
        internal
        returns (LocalKms kms)
    {
        kms = new LocalKms(deployer);
        for (uint256 i; i < config.osImages.length; ++i) {
            kms.addOsImageHash(config.osImages[i]);
        }
        if (bytes(config.gatewayAppId).length != 0) kms.setGatewayAppId(config.gatewayAppId);
        if (config.owner != deployer) kms.transferOwnership(config.owner);

        _record(name, "kms", "LocalKms", address(kms), abi.encode(deployer));
    }

    function _policy(AppConfig memory app) private pure returns (AppAuthCore.InitialPolicy memory policy) {
        policy = AppAuthCore.InitialPolicy({
            composeHashes: app.composeHashes,
            deviceIds: app.deviceIds,
            allowAnyDevice: app.allowAnyDevice,
            requireTcbUpToDate: app.requireTcbUpToDate
        });
    }

    function _register(address kms, address app) private {
        if (kms != address(0)) IKmsRegistry(kms).registerApp(app);
    }
}
