// Startup time of the `appauth` command, as a ratio to `node -e 0` measured in the same run:
//
//   npm run bench:startup [-- --runs 7]
//
// Times (median of --runs, wall clock, each a fresh process through bin/appauth.mjs and the compiled
// CLI in dist/) `--help`, `compose-hash <file>` and `status <app>` against a running `appauth node`
// (so the time is the CLI's, not anvil's start-up), and prints them beside their goals.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin/appauth.mjs");
const { values } = parseArgs({ options: { runs: { type: "string", default: "7" } } });
const runs = Number(values.runs);

const home = mkdtempSync(join(tmpdir(), "appauth-startup-"));
const env = { ...process.env, APPAUTH_HOME: home };

function time(args) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: home, env, stdio: ["ignore", "pipe", "pipe"] });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(" ")} exited with ${result.status}: ${result.stderr}`);
    samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

function appauth(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: home, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`appauth ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

// A running local node, and an app on it for `status`.
const node = spawn(process.execPath, [bin, "--json", "node", "--port", "0"], { cwd: home, env, stdio: ["ignore", "pipe", "inherit"] });
try {
  await new Promise((resolve, reject) => {
    let out = "";
    node.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes("}")) resolve();
    });
    node.once("exit", (code) => reject(new Error(`appauth node exited with ${code}`)));
  });
  appauth("deploy", "timelock", "--name", "app", "--notice", "1d", "--compose-hash", `0x${"a1".repeat(32)}`);
  writeFileSync(join(home, "app-compose.json"), '{"runner":"docker-compose"}\n');

  const baseline = time(["-e", "0"]);
  const rows = [
    ["--help", time([bin, "--help"]), 4],
    ["compose-hash app-compose.json", time([bin, "compose-hash", "app-compose.json"]), 5],
    ["status app (running local node)", time([bin, "status", "app"]), 8],
  ];
  const table = [
    ["command", "median ms", "× node -e 0", "goal", ""],
    ["node -e 0", baseline.toFixed(0), "1.0", "", ""],
    ...rows.map(([name, ms, goal]) => [`appauth ${name}`, ms.toFixed(0), (ms / baseline).toFixed(1), `≤ ${goal}×`, ms / baseline <= goal ? "ok" : "OVER"]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  console.log(`CLI startup: median of ${runs} runs each, node ${process.version}`);
  for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  "));
} finally {
  node.kill("SIGINT");
  await new Promise((resolve) => node.once("exit", resolve));
  rmSync(home, { recursive: true, force: true });
}
