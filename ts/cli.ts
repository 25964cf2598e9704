// appauth: deploy, govern and inspect DevProof AppAuth contracts. Thin on purpose: each command in
// ts/commands/ parses its arguments, calls the library in ts/lib/ and prints.
import { pathToFileURL } from 'node:url'
import { Command, CommanderError, Option } from 'commander'
import { BaseError } from 'viem'
import { activateCommand } from './commands/activate'
import { attestCommand } from './commands/attest'
import { auditCommand } from './commands/audit'
import { cancelCommand } from './commands/cancel'
import { composeHashCommand } from './commands/compose-hash'
import { deployCommand } from './commands/deploy'
import { deployOptOutCommand } from './commands/deploy-optout'
import { deviceAddCommand } from './commands/device-add'
import { deviceRemoveCommand } from './commands/device-remove'
import { historyCommand } from './commands/history'
import { kmsAllowOsCommand } from './commands/kms-allow-os'
import { kmsDeployCommand } from './commands/kms-deploy'
import { kmsRegisterCommand } from './commands/kms-register'
import { multisigCommand } from './commands/multisig'
import { govCommand } from './commands/gov'
import { nodeCommand } from './commands/node'
import { optOutCommand } from './commands/opt-out'
import { proposeCommand } from './commands/propose'
import { removeCommand } from './commands/remove'
import { safeExportCommand } from './commands/safe-export'
import { serveCommand } from './commands/serve'
import { simulateBootCommand } from './commands/simulate-boot'
import { statusCommand } from './commands/status'
import { timeAdvanceCommand } from './commands/time-advance'
import { verifyInputCommand } from './commands/verify-input'
import { watchCommand } from './commands/watch'
import { AppAuthError } from './lib/errors'
import { Cli, exitCodes, type Io } from './runtime/context'
import { count } from './runtime/parsers'

export function program(cli: Cli): Command {
  const root = new Command('appauth')
    .description('Deploy, govern and inspect DevProof AppAuth contracts for dstack.')
    .addOption(new Option('--rpc <url>', 'JSON-RPC endpoint; without it, commands run on the embedded local chain'))
    .addOption(new Option('--chain <chain>', 'expected chain: base, base-sepolia, local or a chain id (checked against the RPC)'))
    .addOption(new Option('--private-key <hex>', 'key to sign with (default: $PRIVATE_KEY with --rpc, anvil dev key locally)'))
    .addOption(new Option('--home <dir>', 'local data folder for the embedded chain (default: $APPAUTH_HOME or ./.appauth)'))
    .addOption(new Option('--deployments <dir>', 'deployment records folder (default: ./deployments with --rpc, <home>/deployments locally)'))
    .addOption(new Option('--confirmations <n>', 'blocks to wait for after inclusion; serve and watch read only blocks this deep below the head').argParser(count('--confirmations')).default(1))
    .addOption(new Option('--json', 'print machine-readable JSON (no spinner)').default(false))
    .showHelpAfterError(false)

  root.addCommand(deployCommand(cli).addCommand(deployOptOutCommand(cli)))
  root.addCommand(
    new Command('kms')
      .description('the local KMS contract (DstackKms stand-in)')
      .addCommand(kmsDeployCommand(cli))
      .addCommand(kmsAllowOsCommand(cli))
      .addCommand(kmsRegisterCommand(cli)),
  )
  root.addCommand(proposeCommand(cli))
  root.addCommand(activateCommand(cli))
  root.addCommand(cancelCommand(cli))
  root.addCommand(optOutCommand(cli))
  root.addCommand(multisigCommand(cli))
  root.addCommand(govCommand(cli))
  root.addCommand(attestCommand(cli))
  root.addCommand(removeCommand(cli))
  root.addCommand(new Command('device').description('allow or disallow a TEE device').addCommand(deviceAddCommand(cli)).addCommand(deviceRemoveCommand(cli)))
  root.addCommand(statusCommand(cli))
  root.addCommand(historyCommand(cli))
  root.addCommand(simulateBootCommand(cli))
  root.addCommand(composeHashCommand(cli))
  root.addCommand(safeExportCommand(cli))
  root.addCommand(auditCommand(cli))
  root.addCommand(verifyInputCommand(cli))
  root.addCommand(watchCommand(cli))
  root.addCommand(serveCommand(cli))
  root.addCommand(nodeCommand(cli))
  root.addCommand(new Command('time').description('the local chain clock').addCommand(timeAdvanceCommand(cli)))

  // Commander does not pass these settings to commands added with addCommand; set them everywhere.
  const configure = (command: Command) => {
    command.exitOverride().configureOutput({
      writeOut: (text) => cli.io.stdout.write(text),
      writeErr: (text) => cli.io.stderr.write(text),
    })
    command.commands.forEach(configure)
  }
  configure(root)
  return root
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const cli = new Cli(io)
  // Ctrl-C: a command that waits for it (appauth node) stops its own way; any other still saves
  // the local chain before exiting.
  const onSignal = () => {
    if (cli.interrupt()) return
    io.stderr.write('\ninterrupted: saving the local chain\n')
    void cli.close().finally(() => process.exit(130))
  }
  if (io.handleSignals) {
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
  }
  try {
    await program(cli).parseAsync([...argv], { from: 'user' })
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
    try {
      await cli.close()
    } catch (error) {
      io.stderr.write(`error: cannot save the local chain: ${oneLine(error)}\n`)
    }
  }
}

function oneLine(error: unknown): string {
  if (error instanceof AppAuthError) return error.shortMessage
  if (error instanceof BaseError) return error.shortMessage
  return error instanceof Error ? error.message : String(error)
}

function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), handleSignals: true }
}

// Run when executed directly (`tsx ts/cli.ts ...`); bin/appauth.mjs imports `run` instead.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await run(process.argv.slice(2))
}
