import { Command } from 'commander'
import { getHistory, getRegistryHistory } from '../lib/history'
import { getSourceKind } from '../lib/watch'
import { formatTimestamp } from '../lib/time'
import type { Cli } from '../runtime/context'
import { blockNumber } from '../runtime/parsers'

export function historyCommand(cli: Cli): Command {
  return new Command('history')
    .description("every change of an AppAuth from its events, in order, or every window and opt-out of an opt-out registry (log queries paged to fit public RPC limits)")
    .argument('<app>', 'the AppAuth or opt-out registry (told apart by ERC-165): deployment name or address')
    .option('--from-block <n>', 'first block (default: the deployment block)', blockNumber('--from-block'))
    .option('--to-block <n>', 'last block (default: latest)', blockNumber('--to-block'))
    .option('--page-size <n>', 'blocks per eth_getLogs request (default 10000, halved when the RPC refuses)', blockNumber('--page-size'))
    .action(async (app: string, options: { fromBlock?: bigint; toBlock?: bigint; pageSize?: bigint }, command: Command) => {
      const session = await cli.session(command, { signer: false })
      const { address, record } = session.resolve(app)
      const spinner = cli.spinner(command)
      const kind = await getSourceKind(session.client, { address })
      const history = await (kind === 'registry' ? getRegistryHistory : getHistory)(session.client, {
        address,
        fromBlock: options.fromBlock ?? session.deploymentBlock(record),
        toBlock: options.toBlock,
        pageSize: options.pageSize,
        onPage: ({ toBlock }) => spinner.update(`reading logs up to block ${toBlock}`),
      })
      cli.print(command, history, () =>
        [
          `history of ${session.label(address)}, blocks ${history.fromBlock}-${history.toBlock}: ${history.entries.length} event(s)`,
          ...history.entries.map((entry) => `  ${formatTimestamp(entry.timestamp)}  block ${entry.blockNumber}  ${entry.summary}`),
        ].join('\n'),
      )
    })
}
