import { Command } from 'commander'
import { anvilBinary } from '../lib/anvil'
import { localChain } from '../lib/chains'
import { advertiseNode, localChainFiles, startPersistentAnvil } from '../lib/local-chain'
import type { Cli } from '../runtime/context'
import { formatFields } from '../runtime/output'
import { count } from '../runtime/parsers'

export function nodeCommand(cli: Cli): Command {
  return new Command('node')
    .description('run the local chain in the foreground; other commands use it while it runs, and its state is saved on exit')
    .option('--port <port>', 'port to listen on', count('--port'), 8545)
    .action(async (options: { port: number }, command: Command) => {
      const home = cli.home(command)
      const anvil = await startPersistentAnvil({ home, port: options.port, clockSaveIntervalMs: 5_000 })
      const unadvertise = advertiseNode(home, anvil.url)
      try {
        cli.print(command, { url: anvil.url, chainId: localChain.id, home, anvil: anvilBinary() }, () =>
          [
            `local chain listening at ${anvil.url} (chain ${localChain.id})`,
            formatFields([
              ['state', localChainFiles(home).state],
              ['deployments', localChainFiles(home).deployments],
              ['anvil', `${anvilBinary()} (npm does not put it on PATH: \`npx anvil\` runs it)`],
            ]),
            `other appauth commands use it while it runs (cast, forge and wallets: --rpc-url ${anvil.url}); Ctrl-C saves the chain and stops`,
          ].join('\n'),
        )
        await new Promise<void>((resolve) => {
          cli.onInterrupt(resolve)
          anvil.process.once('exit', () => resolve())
        })
      } finally {
        unadvertise()
        await anvil.close()
      }
    })
}
