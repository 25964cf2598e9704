import { resolve } from 'node:path'
import { Command } from 'commander'
import { composeHashOfFile } from '../lib/compose-hash'
import type { Cli } from '../runtime/context'

export function composeHashCommand(cli: Cli): Command {
  return new Command('compose-hash')
    .description("dstack's compose hash of an app-compose.json: sha256 of the file's exact bytes")
    .argument('<file>', 'the app-compose.json')
    .action((file: string, _options: unknown, command: Command) => {
      const composeHash = composeHashOfFile(resolve(cli.io.cwd, file))
      cli.print(command, { file, composeHash }, composeHash)
    })
}
