#!/usr/bin/env node
// `npm run demo`: the lifecycle of a Stage-1 app on a local chain that this script starts and stops.
//
// It deploys a LocalKms and a TimelockAppAuth with the repository's Forge scripts, boots v1, proposes
// v2, shows v2 denied with its countdown, moves the chain's clock past the notice period, activates
// v2 and boots it. Every boot is an eth_call of the KMS's isAppAllowed, as the dstack KMS makes it.
// A forge script cannot wait for time to pass between broadcasts, so each phase is its own
// `forge script` run (script/Demo.s.sol with PHASE=propose|activate) and the clock moves in between.
// Exits non-zero as soon as a step's outcome is not the story's.
//
// Node built-ins only; anvil, cast and forge come from node_modules (npm ci).
import {spawn, spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {createServer} from "node:net";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "node_modules/.bin");

// anvil's first two default accounts: publicly known keys that exist only on local chains. The first
// deploys and owns the app; the second is any user, who activates v2 to show that activation is open.
const DEPLOYER_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const USER = {address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", key: "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"};
const NOTICE_PERIOD = 7 * 24 * 60 * 60;
const ZERO_ADDRESS = "0x" + "00".repeat(20);
const ZERO_BYTES32 = "0x" + "00".repeat(32);
const BOOT_INFO = "(address,bytes32,address,bytes32,bytes32,bytes32,bytes32,string,string[])";

// What the story boots: compose hashes are sha256 of the app-compose.json, as dstack computes them.
const compose = (tag) =>
  JSON.stringify({
    manifest_version: 2,
    name: "devproof-demo",
    runner: "docker-compose",
    docker_compose_file: `services:\n  app:\n    image: ghcr.io/example/devproof-demo:${tag}\n`,
  });
const sha256 = (text) => "0x" + createHash("sha256").update(text).digest("hex");
const V1 = sha256(compose("v1"));
const V2 = sha256(compose("v2"));
const OS_IMAGE = sha256("devproof-demo dstack OS image");
const DEVICE = sha256("devproof-demo TDX device");

class DemoError extends Error {}

let anvil = null;
let deployments = null; // {path, previous}: the demo's record is removed and any earlier one restored on exit

async function main() {
  const port = await freePort();
  const rpc = `http://127.0.0.1:${port}`;
  console.log("devproof-appauth demo: a Stage-1 (DevProof) app on a local chain\n");
  await startAnvil(port, rpc);
  const chainId = Number(await jsonRpc(rpc, "eth_chainId", []));
  console.log(`Local chain: anvil at ${rpc} (chain id ${chainId}), started for this demo.\n`);
  protectDeployments(chainId);
  const commit = gitCommit();

  step(1, "Deploy a local KMS and a TimelockAppAuth with a 7-day notice period");
  forgeScript(rpc, "script/DeployLocalKms.s.sol", {OS_IMAGE, GIT_COMMIT: commit});
  const kms = recorded("LocalKms");
  forgeScript(rpc, "script/DeployTimelock.s.sol", {
    KMS: kms,
    COMPOSE_HASH: V1,
    DEVICE_ID: DEVICE,
    NOTICE_PERIOD: String(NOTICE_PERIOD),
    REQUIRE_TCB_UP_TO_DATE: "true",
    GIT_COMMIT: commit,
  });
  const app = recorded("TimelockAppAuth");
  expect(call(rpc, kms, "allowedOsImages(bytes32)(bool)", OS_IMAGE)[0] === true, "the KMS allows the OS image");
  expect(call(rpc, kms, "registeredApps(address)(bool)", app)[0] === true, "the app is registered with the KMS");
  const notice = Number(call(rpc, app, "noticePeriod()(uint256)")[0]);
  expect(notice === NOTICE_PERIOD, `the notice period is 7 days (got ${notice} s)`);
  detail(`LocalKms         ${kms}   OS image ${short(OS_IMAGE)} allowed`);
  detail(`TimelockAppAuth  ${app}   the app id; notice period ${duration(notice)}`);
  detail(`                 v1 ${short(V1)} and device ${short(DEVICE)} allowed, registered with the KMS`);
  detail(`Recorded in deployments/${chainId}.json (removed again when the demo's chain stops)`);

  step(2, "Boot v1 through the KMS");
  bootExpect(rpc, kms, app, V1, {allowed: true});

  step(3, "The developer proposes v2; users get 7 days' notice");
  forgeScript(rpc, "script/Demo.s.sol", {PHASE: "propose", COMPOSE_HASH: V2, URI: "https://example.com/devproof-demo/releases/v2"});
  const activatesAt = Number(call(rpc, app, "activatesAt(bytes32)(uint256)", V2)[0]);
  expect(activatesAt > 0, "v2 is pending");
  detail(`v2 ${short(V2)} activates at ${new Date(activatesAt * 1000).toISOString()}`);

  step(4, "Boot v2 before its notice period has passed");
  const now = await chainTime(rpc);
  bootExpect(rpc, kms, app, V2, {allowed: false, reason: "Compose hash not allowed"});
  detail(`v2 becomes bootable in ${duration(activatesAt - now)}; until then users can review it or exit`);
  bootExpect(rpc, kms, app, V1, {allowed: true, label: "v1 keeps booting meanwhile"});
  const early = run(join(BIN, "cast"), ["call", "--rpc-url", rpc, "--from", USER.address, app, "activateComposeHash(bytes32)", V2]);
  const notElapsed = cast(["sig", "AppAuthNoticePeriodNotElapsed(bytes32,uint256)"]);
  expect(early.status !== 0 && early.stderr.includes(notElapsed), "activating v2 early is refused");
  detail("activating v2 now -> refused: AppAuthNoticePeriodNotElapsed");

  step(5, "7 days pass");
  await jsonRpc(rpc, "evm_increaseTime", [NOTICE_PERIOD]);
  await jsonRpc(rpc, "evm_mine", []);
  const later = await chainTime(rpc);
  expect(later >= activatesAt, "the chain's clock has passed the activation time");
  detail(`chain time ${new Date(later * 1000).toISOString()} (evm_increaseTime + evm_mine)`);

  step(6, "Anyone activates v2: here a user, not the owner");
  forgeScript(rpc, "script/Demo.s.sol", {PHASE: "activate", COMPOSE_HASH: V2}, USER.key);
  expect(call(rpc, app, "allowedComposeHashes(bytes32)(bool)", V2)[0] === true, "v2 is allowed");
  const added = await jsonRpc(rpc, "eth_getLogs", [
    {address: app, fromBlock: "0x0", toBlock: "latest", topics: [cast(["keccak", "ComposeHashAdded(bytes32)"])]},
  ]);
  expect(added.some((log) => log.data === V2), "ComposeHashAdded(v2) was emitted");
  detail(`activated by ${USER.address}; ComposeHashAdded(v2) emitted now, as DstackApp would have`);

  step(7, "Boot v2 through the KMS");
  bootExpect(rpc, kms, app, V2, {allowed: true});

  console.log("\nDemo complete: v2 could boot only after users had seen it coming for 7 days.");
}

// ---------------------------------------------------------------- the story's checks

function bootExpect(rpc, kms, app, composeHash, {allowed, reason = "", label}) {
  const bootInfo = `(${app},${composeHash},${ZERO_ADDRESS},${DEVICE},${ZERO_BYTES32},${ZERO_BYTES32},${OS_IMAGE},UpToDate,[])`;
  const [isAllowed, gotReason] = call(rpc, kms, `isAppAllowed(${BOOT_INFO})(bool,string)`, bootInfo);
  const outcome = isAllowed ? "allowed" : `denied: "${gotReason}"`;
  detail(`${label ?? `KMS.isAppAllowed(compose ${short(composeHash)})`} -> ${outcome}`);
  expect(isAllowed === allowed && gotReason === reason, `expected ${allowed ? "allowed" : `denied: "${reason}"`}`);
}

function expect(condition, what) {
  if (!condition) throw new DemoError(`unexpected outcome: ${what}`);
}

// ---------------------------------------------------------------- chain and tools

async function startAnvil(port, rpc) {
  const binary = join(BIN, "anvil");
  if (!existsSync(binary)) throw new DemoError("anvil not found in node_modules/.bin: run `npm ci` (linux-x64)");
  let output = "";
  anvil = spawn(binary, ["--host", "127.0.0.1", "--port", String(port)], {stdio: ["ignore", "pipe", "pipe"]});
  anvil.stdout.on("data", (chunk) => (output = (output + chunk).slice(-4000)));
  anvil.stderr.on("data", (chunk) => (output = (output + chunk).slice(-4000)));
  let exited = null;
  anvil.on("exit", (code) => (exited = code));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (exited !== null) throw new DemoError(`anvil exited with ${exited}:\n${output}`);
    try {
      await jsonRpc(rpc, "eth_chainId", []);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new DemoError(`anvil did not answer on ${rpc} within 20 s:\n${output}`);
}

function stopAnvil() {
  if (anvil && anvil.exitCode === null && anvil.signalCode === null) anvil.kill("SIGTERM");
  anvil = null;
}

async function jsonRpc(rpc, method, params) {
  const response = await fetch(rpc, {
    method: "POST",
    headers: {"content-type": "application/json"},
    body: JSON.stringify({jsonrpc: "2.0", id: 1, method, params}),
  });
  const body = await response.json();
  if (body.error) throw new DemoError(`${method}: ${body.error.message}`);
  return body.result;
}

async function chainTime(rpc) {
  const block = await jsonRpc(rpc, "eth_getBlockByNumber", ["latest", false]);
  return Number(block.timestamp);
}

function forgeScript(rpc, script, env, key = DEPLOYER_KEY) {
  const args = [join(ROOT, "tools/forge.sh"), "script", script, "--rpc-url", rpc, "--broadcast", "--private-key", key];
  const result = run("bash", args, env);
  if (result.status !== 0) throw new DemoError(`forge script ${script} failed:\n${result.stdout}${result.stderr}`);
}

function call(rpc, to, signature, ...args) {
  return JSON.parse(cast(["call", "--json", "--rpc-url", rpc, to, signature, ...args]));
}

function cast(args) {
  const result = run(join(BIN, "cast"), args);
  if (result.status !== 0) throw new DemoError(`cast ${args[0]} failed:\n${result.stderr}`);
  return result.stdout.trim();
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {cwd: ROOT, env: {...process.env, ...env}, encoding: "utf8", maxBuffer: 64 << 20});
  if (result.error) throw new DemoError(`cannot run ${command}: ${result.error.message}`);
  return result;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

function recorded(name) {
  const entry = JSON.parse(readFileSync(deployments.path, "utf8"))[name];
  if (!entry) throw new DemoError(`${name} is missing from ${deployments.path}`);
  return entry.address;
}

/// The demo's chain is gone when it exits, so its deployment record is removed then, and a record the
/// user had for the same chain id (another local chain) is put back.
function protectDeployments(chainId) {
  const path = join(ROOT, "deployments", `${chainId}.json`);
  deployments = {path, previous: existsSync(path) ? readFileSync(path) : null};
  rmSync(path, {force: true});
}

function restoreDeployments() {
  if (!deployments) return;
  if (deployments.previous === null) rmSync(deployments.path, {force: true});
  else writeFileSync(deployments.path, deployments.previous);
  deployments = null;
}

function gitCommit() {
  const head = spawnSync("git", ["rev-parse", "HEAD"], {cwd: ROOT, encoding: "utf8"});
  if (head.status !== 0) return "unknown";
  const status = spawnSync("git", ["status", "--porcelain"], {cwd: ROOT, encoding: "utf8"});
  return head.stdout.trim() + (status.stdout.trim() === "" ? "" : "-dirty");
}

// ---------------------------------------------------------------- output

function step(number, title) {
  console.log(`${number === 1 ? "" : "\n"}[${number}/7] ${title}`);
}

function detail(text) {
  console.log(`      ${text}`);
}

function short(hex) {
  return `${hex.slice(0, 10)}...`;
}

function duration(seconds) {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `${days}d ${hours}h ${minutes}m ${seconds % 60}s`;
}

// ---------------------------------------------------------------- lifecycle

function cleanUp() {
  stopAnvil();
  restoreDeployments();
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    cleanUp();
    console.error(`\ndemo: interrupted (${signal})`);
    process.exit(130);
  });
}
process.on("exit", cleanUp);

main()
  .catch((error) => {
    console.error(`\ndemo: ${error instanceof DemoError ? error.message : error.stack}`);
    process.exitCode = 1;
  })
  .finally(cleanUp);
