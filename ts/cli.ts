// appauth: deploy, govern and inspect DevProof AppAuth contracts. Thin on purpose: each command in
// ts/commands/ parses its arguments, calls the library in ts/lib/ and prints.
//
// Fast start: this file imports commander and nothing that reaches viem. Every command is an entry of
// the `commands` table below: its name, the line `appauth --help` shows for it, and `load`, which
// imports the command's module only when that command runs. A run parses twice: first against
// placeholders (to find which command is asked for, or to print the top-level help or version), then
// against a program in which that one command is real.
import { pathToFileURL } from 'node:url'
import { Command, CommanderError, Help, Option } from 'commander'
import { AppAuthError, InvalidInputError } from './lib/errors'
import { packageVersion } from './lib/repository'
import type { Cli, Io } from './runtime/context'
import { exitCodes } from './runtime/exit-codes'
import { type GuardedStream, processStreams } from './runtime/streams'

/** A top-level command: what `appauth --help` lists, and how to build the real command. */
export type CommandEntry = {
  name: string
  /** The command's line in `appauth --help`: `name [options] <args>` (a test checks it against the module). */
  term: string
  /** The command's description (a test checks it equals the one its module declares). */
  description: string
  load: (cli: Cli) => Promise<Command>
}

/** Builds a command group (kms, device, time) from subcommand modules. */
const group = (name: string, description: string, ...subcommands: Command[]) => {
  const command = new Command(name).description(description)
  for (const subcommand of subcommands) command.addCommand(subcommand)
  return command
}

export const commands: CommandEntry[] = [
  {
    name: 'deploy',
    term: 'deploy [options] <variant>',
    description: 'deploy an AppAuth, record it in deployments/<chainId>.json and optionally register it with a KMS',
    load: async (cli) => {
      const [{ deployCommand }, { deployOptOutCommand }, { deployAdapterCommand }] = await Promise.all([
        import('./commands/deploy'),
        import('./commands/deploy-optout'),
        import('./commands/deploy-adapter'),
      ])
      return deployCommand(cli).addCommand(deployOptOutCommand(cli)).addCommand(deployAdapterCommand(cli))
    },
  },
  {
    name: 'kms',
    term: 'kms',
    description: 'the local KMS contract (DstackKms stand-in)',
    load: async (cli) => {
      const [deploy, allowOs, register] = await Promise.all([import('./commands/kms-deploy'), import('./commands/kms-allow-os'), import('./commands/kms-register')])
      return group('kms', 'the local KMS contract (DstackKms stand-in)', deploy.kmsDeployCommand(cli), allowOs.kmsAllowOsCommand(cli), register.kmsRegisterCommand(cli))
    },
  },
  {
    name: 'propose',
    term: 'propose [options] <app> <compose-hash>',
    description: 'allow a compose hash: announce it for the notice period (or, on a baseline, add it at once)',
    load: async (cli) => (await import('./commands/propose')).proposeCommand(cli),
  },
  {
    name: 'activate',
    term: 'activate [options] <app> <id>',
    description: 'make a matured change effective (anyone may, inside its activation window)',
    load: async (cli) => (await import('./commands/activate')).activateCommand(cli),
  },
  {
    name: 'cancel',
    term: 'cancel <app> <id>',
    description: 'withdraw a pending change at once (tightening needs no notice)',
    load: async (cli) => (await import('./commands/cancel')).cancelCommand(cli),
  },
  {
    name: 'transfer-ownership',
    term: 'transfer-ownership <app> <new-owner>',
    description: 'hand an AppAuth to a new owner (an account, a Safe or a TimelockController): announced for the notice period on a notice-period AppAuth, at once on a baseline; the new owner then runs `accept`',
    load: async (cli) => (await import('./commands/transfer-ownership')).transferOwnershipCommand(cli),
  },
  {
    name: 'accept',
    term: 'accept <app>',
    description: 'take ownership of an AppAuth the signer was nominated for by `transfer-ownership` (after the notice period on a notice-period AppAuth); a Safe accepts with `safe-export <app> accept-ownership`',
    load: async (cli) => (await import('./commands/accept')).acceptCommand(cli),
  },
  {
    name: 'opt-out',
    term: 'opt-out [options] <registry> <proposal-id>',
    description: 'record on chain that you reject a pending change (in its notice window), or sign that for a relayer',
    load: async (cli) => (await import('./commands/opt-out')).optOutCommand(cli),
  },
  {
    name: 'multisig',
    term: 'multisig',
    description: 'control a multisig AppAuth: each signer signs a change off chain or approves it on chain, anyone submits it once enough signers agree',
    load: async (cli) => (await import('./commands/multisig')).multisigCommand(cli),
  },
  {
    name: 'gov',
    term: 'gov',
    description: 'control a Governor-variant AppAuth: propose a change, vote on it, queue it in the timelock, execute it',
    load: async (cli) => (await import('./commands/gov')).govCommand(cli),
  },
  {
    name: 'attest',
    term: 'attest [options] <app>',
    description: "submit a vendor's attestation evidence to a verified AppAuth (anyone may); the adapter verifies it on chain",
    load: async (cli) => (await import('./commands/attest')).attestCommand(cli),
  },
  {
    name: 'remove',
    term: 'remove <app> <compose-hash>',
    description: 'disallow a compose hash at once and withdraw its pending announcement (tightening needs no notice)',
    load: async (cli) => (await import('./commands/remove')).removeCommand(cli),
  },
  {
    name: 'device',
    term: 'device',
    description: 'allow or disallow a TEE device',
    load: async (cli) => {
      const [add, remove] = await Promise.all([import('./commands/device-add'), import('./commands/device-remove')])
      return group('device', 'allow or disallow a TEE device', add.deviceAddCommand(cli), remove.deviceRemoveCommand(cli))
    },
  },
  {
    name: 'status',
    term: 'status [options] <app>',
    description: 'what an AppAuth allows now and what is coming: controller, notice period, effective hashes and devices, pending changes, its opt-out registries; given an opt-out registry: its windows and opt-outs',
    load: async (cli) => (await import('./commands/status')).statusCommand(cli),
  },
  {
    name: 'history',
    term: 'history [options] <app>',
    description: 'every change of an AppAuth from its events, in order, or every window and opt-out of an opt-out registry (log queries paged to fit public RPC limits)',
    load: async (cli) => (await import('./commands/history')).historyCommand(cli),
  },
  {
    name: 'simulate-boot',
    term: 'simulate-boot [options]',
    description: "ask the KMS contract (eth_call) whether it would release an app's keys to a boot; exit 0 allowed, 1 denied",
    load: async (cli) => (await import('./commands/simulate-boot')).simulateBootCommand(cli),
  },
  {
    name: 'compose-hash',
    term: 'compose-hash <file>',
    description: "dstack's compose hash of an app-compose.json: sha256 of the file's exact bytes",
    load: async (cli) => (await import('./commands/compose-hash')).composeHashCommand(cli),
  },
  {
    name: 'safe-export',
    term: 'safe-export [options] <app> <action> [value]',
    description: 'write a change as a Safe Transaction Builder batch (JSON to import in Safe{Wallet}) instead of sending it',
    load: async (cli) => (await import('./commands/safe-export')).safeExportCommand(cli),
  },
  {
    name: 'audit',
    term: 'audit [options] [app]',
    description: 'ERC-733 stage report for any AppAuth (ours, a stock DstackApp, or unknown), naming every path that loosens boot policy without notice',
    load: async (cli) => (await import('./commands/audit')).auditCommand(cli),
  },
  {
    name: 'watch',
    term: 'watch [options] <apps...>',
    description:
      'follow the events of one or more AppAuths and their opt-out registries: every proposal (with its countdown), cancellation, activation, expiry, allow-list and controller change, and every opt-out; resumable with --cursor',
    load: async (cli) => (await import('./commands/watch')).watchCommand(cli),
  },
  {
    name: 'serve',
    term: 'serve [options]',
    description:
      'run a dstack-compatible auth webhook (GET /, POST /bootAuth/app, POST /bootAuth/kms) answering from the KMS contract at head - --confirmations; every fault is a denial',
    load: async (cli) => (await import('./commands/serve')).serveCommand(cli),
  },
  {
    name: 'node',
    term: 'node [options]',
    description: 'run the local chain in the foreground; other commands use it while it runs, and its state is saved on exit',
    load: async (cli) => (await import('./commands/node')).nodeCommand(cli),
  },
  {
    name: 'verify-input',
    term: 'verify-input [options] <deployment>',
    description: "write what a block explorer needs to verify a recorded deployment's source: solc standard-JSON input, compiler version and ABI-encoded constructor arguments (Basescan's \"Standard JSON input\" form, Sourcify)",
    load: async (cli) => (await import('./commands/verify-input')).verifyInputCommand(cli),
  },
  {
    name: 'ui',
    term: 'ui [options]',
    description: 'serve the web app (web/dist, built first when missing) locally, reading the chain in use: the embedded local chain, or --rpc',
    load: async (cli) => (await import('./commands/ui')).uiCommand(cli),
  },
  {
    name: 'time',
    term: 'time',
    description: 'the local chain clock',
    load: async (cli) => group('time', 'the local chain clock', (await import('./commands/time-advance')).timeAdvanceCommand(cli)),
  },
]

/**
 * The program with global options and every command of the table: `real` commands as their modules
 * build them, the others as placeholders that only record that they were chosen.
 */
export async function program(io: Io, { cli, real = [], chosen }: { cli?: Cli; real?: readonly string[]; chosen?: (name: string, argv?: string[]) => void } = {}): Promise<Command> {
  // As runtime/parsers' count, which this file cannot import without loading viem.
  const count = (value: string) => {
    if (!/^\d+$/.test(value)) throw new InvalidInputError(`--confirmations must be a whole number, got ${JSON.stringify(value)}`)
    return Number(value)
  }
  const root = new Command('appauth')
    .description('Deploy, govern and inspect DevProof AppAuth contracts for dstack.')
    .version(packageVersion, '-V, --version', 'print the version')
    .addOption(new Option('--rpc <url>', 'JSON-RPC endpoint; without it, commands run on the embedded local chain'))
    .addOption(new Option('--chain <chain>', 'expected chain: base, base-sepolia, local or a chain id (checked against the RPC)'))
    .addOption(new Option('--private-key <hex>', 'key to sign with (default: $PRIVATE_KEY with --rpc, anvil dev key locally)'))
    .addOption(new Option('--home <dir>', 'local data folder for the embedded chain (default: $APPAUTH_HOME or ./.appauth)'))
    .addOption(new Option('--deployments <dir>', 'deployment records folder (default: ./deployments with --rpc, <home>/deployments locally)'))
    .addOption(new Option('--confirmations <n>', 'blocks to wait for after inclusion; serve and watch read only blocks this deep below the head').argParser(count).default(1))
    .addOption(new Option('--json', 'print machine-readable JSON (no spinner)').default(false))
    .showHelpAfterError(false)
    .configureHelp({
      subcommandTerm: (command) => commands.find((entry) => entry.name === command.name())?.term ?? new Help().subcommandTerm(command),
    })
    // `appauth help <command>` is `appauth <command> --help`: the command's module must load first.
    .helpCommand(false)

  for (const entry of commands) {
    if (cli && real.includes(entry.name)) {
      root.addCommand(await entry.load(cli))
    } else {
      root.addCommand(
        new Command(entry.name)
          .description(entry.description)
          .helpOption(false)
          .allowUnknownOption()
          .allowExcessArguments()
          .action(() => chosen?.(entry.name)),
      )
    }
  }

  root.addCommand(
    new Command('help')
      .description('display help for command')
      .argument('[command...]')
      .action((names: string[]) => {
        if (names.length === 0) root.help()
        if (!commands.some((entry) => entry.name === names[0])) root.error(`error: unknown command '${names[0]}'`)
        chosen?.(names[0]!, [...names, '--help'])
      }),
  )

  // Commander does not pass these settings to commands added with addCommand; set them everywhere.
  const configure = (command: Command) => {
    // Help prints a default with JSON.stringify, which throws on a bigint (block counts, durations).
    for (const option of command.options) {
      if (typeof option.defaultValue === 'bigint' && option.defaultValueDescription === undefined) option.defaultValueDescription = String(option.defaultValue)
    }
    command.exitOverride().configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    command.commands.forEach(configure)
  }
  configure(root)
  return root
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let cli: Cli | undefined
  // Ctrl-C: a command that waits for it (appauth node) stops its own way; any other still saves
  // the local chain before exiting. A closed terminal (SIGHUP) does not stop a command: it finishes
  // (its output goes nowhere) and saves the local chain as usual.
  const onSignal = () => {
    if (cli?.interrupt()) return
    io.stderr.write('\ninterrupted: saving the local chain\n')
    void (cli?.close() ?? Promise.resolve()).finally(() => process.exit(130))
  }
  const onHangup = () => {}
  if (io.handleSignals) {
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
    process.on('SIGHUP', onHangup)
  }
  try {
    let chosen: { name: string; argv: readonly string[] } | undefined
    await (await program(io, { chosen: (name, helpArgv = [...argv]) => (chosen = { name, argv: helpArgv }) })).parseAsync([...argv], { from: 'user' })
    if (chosen === undefined) return exitCodes.ok
    const { Cli } = await import('./runtime/context')
    cli = new Cli(io)
    // Once nobody reads stdout, a command that runs until stopped (watch, serve, node) stops as on
    // Ctrl-C; any other finishes its work (see runtime/streams.ts).
    const running = cli
    if ('onClose' in io.stdout && typeof io.stdout.onClose === 'function') (io.stdout as GuardedStream).onClose(() => running.interrupt())
    await (await program(io, { cli, real: [chosen.name] })).parseAsync([...chosen.argv], { from: 'user' })
    return cli.exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are exits too; commander has already printed what it had to say.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.error
    }
    io.stderr.write(`error: ${oneLine(error)}\n`)
    return exitCodes.error
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    process.off('SIGHUP', onHangup)
    try {
      await cli?.close()
    } catch (error) {
      io.stderr.write(`error: cannot save the local chain: ${oneLine(error)}\n`)
    }
  }
}

function oneLine(error: unknown): string {
  if (error instanceof AppAuthError) return error.shortMessage
  // viem's errors (BaseError) carry a one-line shortMessage; checked by shape so this file loads no viem.
  if (error instanceof Error && 'shortMessage' in error && typeof error.shortMessage === 'string') return error.shortMessage
  return error instanceof Error ? error.message : String(error)
}

function processIo(): Io {
  const { stdout, stderr } = processStreams()
  return { stdout, stderr, env: process.env, cwd: process.cwd(), handleSignals: true }
}

// Run when executed directly (`tsx ts/cli.ts ...`); bin/appauth.mjs imports `run` instead.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await run(process.argv.slice(2))
}
