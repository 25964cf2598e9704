import { Command } from 'commander'
import { advanceTime } from '../lib/local-chain'
import { formatDuration, formatTimestamp } from '../lib/time'
import type { Cli } from '../runtime/context'
import { duration } from '../runtime/parsers'

export function timeAdvanceCommand(cli: Cli): Command {
  return new Command('advance')
    .description('move the local chain clock forward (e.g. past a notice period) and mine a block')
    .argument('<duration>', 'how far: 7d, 12h, 90s, 1d12h or seconds', duration('duration'))
    .action(async (seconds: bigint, _options: unknown, command: Command) => {
      const session = await cli.session(command, { signer: false })
      const result = await advanceTime(session.client, { seconds })
      cli.print(command, { advancedBy: seconds, ...result }, `chain time advanced by ${formatDuration(seconds)}: now ${formatTimestamp(result.timestamp)} (block ${result.blockNumber})`)
    })
}
