#!/usr/bin/env node
// Gas benchmarks and the gas-snapshot check.
//
// Runs the gas tests (test/gas) with `forge test --isolate` and prints every entry of every
// snapshots/<group>.json next to DstackApp's published figures (test/gas/dstackapp-published.json)
// and our measured DstackApp reference. Every entry is named `<variant>_<operation>` and measured the
// same way (test/gas/GasHarness.sol); a new variant's entries appear without changes here.
//
//   node tools/bench.mjs            run into a temporary directory, print the table and any drift
//   node tools/bench.mjs --no-run   print the committed snapshots/ without running forge
//   node tools/bench.mjs --check    run, compare with snapshots/, exit 1 on any difference
//   node tools/bench.mjs --write    run and write the results to snapshots/
//   add --json for machine-readable output
//
// Node built-ins only.
import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SNAPSHOTS = join(ROOT, "snapshots");

/// DstackApp's published gas (solc 0.8.28, 200 optimizer runs), by operation. Kept in one file, which
/// the gas tests also read (the boot-check budget they assert).
const PUBLISHED = JSON.parse(readFileSync(join(ROOT, "test/gas/dstackapp-published.json"), "utf8")).figures;

/// The variant whose entries are our DstackApp re-implementation (test/reference), measured as ours are.
const REFERENCE = "reference";

/// Operations listed first, in this order; the rest follow alphabetically.
const OPERATION_ORDER = [
  "isAppAllowed_direct",
  "isAppAllowed_viaKms",
  "addComposeHash",
  "proposeComposeHash",
  "activateComposeHash",
  "cancelProposal",
  "removeComposeHash",
];

const USAGE = "usage: node tools/bench.mjs [--json] [--no-run | --check | --write]";

function main(argv) {
  const flags = new Set(argv);
  for (const flag of flags) {
    if (!["--json", "--no-run", "--check", "--write", "--help", "-h"].includes(flag)) fail(`unknown option ${flag}\n${USAGE}`);
  }
  if (flags.has("--help") || flags.has("-h")) return console.log(USAGE);
  const modes = ["--no-run", "--check", "--write"].filter((mode) => flags.has(mode));
  if (modes.length > 1) fail(`${modes.join(" and ")} exclude each other`);
  const json = flags.has("--json");

  const committed = readGroups(SNAPSHOTS);
  let measured = committed;
  if (!flags.has("--no-run")) {
    const target = flags.has("--write") ? SNAPSHOTS : mkdtempSync(join(tmpdir(), "appauth-gas-"));
    try {
      runGasTests(target, json);
      measured = readGroups(target);
    } finally {
      if (target !== SNAPSHOTS) rmSync(target, {recursive: true, force: true});
    }
    if (Object.keys(measured).length === 0) fail("the gas tests recorded no snapshots (were they skipped?)");
  }

  const drift = flags.has("--no-run") || flags.has("--write") ? [] : compare(committed, measured);
  if (flags.has("--check")) return report(drift, measured, json);

  const rows = tabulate(measured);
  if (json) {
    console.log(JSON.stringify({method: METHOD, published: PUBLISHED, entries: rows, drift}, null, 2));
  } else {
    printTable(rows);
    if (!flags.has("--no-run") && !flags.has("--write")) printDrift(drift);
  }
}

const METHOD =
  "gas of the measured call's own frame with cold storage (no 21,000 base, calldata cost or refunds); " +
  "forge test --isolate; solc 0.8.28, 200 optimizer runs, evm cancun";

function runGasTests(snapshotDir, json) {
  if (!json) process.stderr.write("Running the gas tests (FOUNDRY_PROFILE=gas forge test --isolate test/gas)...\n");
  const args = [
    join(ROOT, "tools/forge.sh"),
    "test",
    "--match-path",
    "test/gas/**",
    "--isolate",
    // Drift is judged here, over every group; forge's own check is not used.
    "--gas-snapshot-check=false",
    "--gas-snapshot-emit=true",
  ];
  const result = spawnSync("bash", args, {
    cwd: ROOT,
    // The `gas` profile (foundry.toml) is the one that includes test/gas and isolates every call.
    env: {...process.env, FOUNDRY_PROFILE: "gas", FOUNDRY_SNAPSHOTS: snapshotDir},
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) fail(`cannot run forge: ${result.error.message}`);
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    fail(`the gas tests failed (forge exited with ${result.status})`);
  }
}

/// Reads every <group>.json in `dir` into {group: {name: gas}}.
function readGroups(dir) {
  const groups = {};
  if (!existsSync(dir)) return groups;
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".json")).sort()) {
    const entries = JSON.parse(readFileSync(join(dir, file), "utf8"));
    groups[file.slice(0, -".json".length)] = Object.fromEntries(
      Object.entries(entries).map(([name, gas]) => [name, Number(gas)]),
    );
  }
  return groups;
}

/// Every difference between the committed snapshots and a fresh run: changed, new and vanished entries.
function compare(committed, measured) {
  const drift = [];
  for (const group of new Set([...Object.keys(committed), ...Object.keys(measured)])) {
    const before = committed[group] ?? {};
    const after = measured[group] ?? {};
    for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (before[name] !== after[name]) drift.push({group, name, committed: before[name] ?? null, measured: after[name] ?? null});
    }
  }
  return drift;
}

function report(drift, measured, json) {
  const count = Object.values(measured).reduce((sum, entries) => sum + Object.keys(entries).length, 0);
  if (json) console.log(JSON.stringify({ok: drift.length === 0, entries: count, drift}, null, 2));
  else if (drift.length === 0) console.log(`Gas snapshots match snapshots/ (${count} entries).`);
  else {
    printDrift(drift);
    console.log("\nIf the change is intended, run `npm run snapshot` and commit snapshots/.");
  }
  if (drift.length !== 0) process.exitCode = 1;
}

function tabulate(groups) {
  const rows = [];
  for (const [group, entries] of Object.entries(groups)) {
    for (const [name, gas] of Object.entries(entries)) {
      const split = name.indexOf("_");
      const variant = split > 0 ? name.slice(0, split) : "";
      const operation = split > 0 ? name.slice(split + 1) : name;
      const reference = variant === REFERENCE ? null : entries[`${REFERENCE}_${operation}`] ?? null;
      rows.push({group, name, variant, operation, gas, published: publishedFor(operation), reference});
    }
  }
  const rank = (operation) => {
    const index = OPERATION_ORDER.findIndex((known) => operation === known || operation.startsWith(`${known}_`));
    return index === -1 ? OPERATION_ORDER.length : index;
  };
  return rows.sort(
    (a, b) =>
      a.group.localeCompare(b.group) ||
      rank(a.operation) - rank(b.operation) ||
      a.operation.localeCompare(b.operation) ||
      (a.variant === REFERENCE) - (b.variant === REFERENCE) ||
      a.variant.localeCompare(b.variant),
  );
}

/// The published figure for an operation, or for the operation it refines (`isAppAllowed_direct_callerSide`
/// compares with `isAppAllowed_direct`).
function publishedFor(operation) {
  for (let name = operation; ; name = name.slice(0, name.lastIndexOf("_"))) {
    if (name in PUBLISHED) return PUBLISHED[name];
    if (!name.includes("_")) return null;
  }
}

function printTable(rows) {
  const header = ["group", "operation", "variant", "gas", "DstackApp*", "vs DstackApp", "reference", "vs reference"];
  const body = rows.map((row) => [
    row.group,
    row.operation,
    row.variant,
    format(row.gas),
    row.published === null ? "-" : format(row.published),
    ratio(row.gas, row.published),
    row.reference === null ? "-" : format(row.reference),
    ratio(row.gas, row.reference),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column].length)));
  const numeric = new Set([3, 4, 5, 6, 7]);
  const line = (cells) =>
    cells.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join("  ");
  console.log(`Gas per call: ${METHOD}\n`);
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  let group = null;
  for (const [index, cells] of body.entries()) {
    if (group !== null && rows[index].group !== group) console.log("");
    group = rows[index].group;
    console.log(line(cells));
  }
  console.log(
    "\n* DstackApp's published figures. 'reference' is our DstackApp re-implementation" +
      "\n  (test/reference) measured exactly as our variants are; it is the like-for-like comparison." +
      "\n  LocalKms is not behind a proxy, unlike DstackKms: compare via-KMS rows with each other." +
      "\n  See test/README.md, 'Gas'.",
  );
}

function printDrift(drift) {
  if (drift.length === 0) return console.log("\nNo drift against the committed snapshots/.");
  console.log("\nDrift against the committed snapshots/:");
  for (const {group, name, committed, measured} of drift) {
    const was = committed === null ? "(new)" : format(committed);
    const now = measured === null ? "(gone)" : format(measured);
    console.log(`  ${group}/${name}: ${was} -> ${now}`);
  }
}

function format(gas) {
  return gas.toLocaleString("en-US");
}

function ratio(gas, base) {
  if (base === null || base === undefined) return "-";
  const percent = ((gas - base) / base) * 100;
  return `${percent >= 0 ? "+" : ""}${percent.toFixed(1)}%`;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

main(process.argv.slice(2));
