import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Command } from 'commander'
import { InvalidInputError } from '../lib/errors'
import { repositoryRoot } from '../lib/repository'
import { verifyInput } from '../lib/verify-input'
import type { Cli } from '../runtime/context'
import { formatFields } from '../runtime/output'

export function verifyInputCommand(cli: Cli): Command {
  return new Command('verify-input')
    .description("write what a block explorer needs to verify a recorded deployment's source: solc standard-JSON input, compiler version and ABI-encoded constructor arguments (Basescan's \"Standard JSON input\" form, Sourcify)")
    .argument('<deployment>', 'a deployment name from deployments/<chainId>.json')
    .option('--out <dir>', 'folder to write <deployment>.standard-input.json into', '.')
    .action(async (deployment: string, options: { out: string }, command: Command) => {
      const session = await cli.session(command, { signer: false })
      const { address, record, name } = session.resolve(deployment)
      if (!record || !name) throw new InvalidInputError(`${deployment} is not a recorded deployment: verify-input needs its creation transaction and constructor arguments`)
      cli.spinner(command).update(`reading ${address}`)
      const proof = await verifyInput(session.client, { record, root: repositoryRoot })
      const dir = resolve(cli.io.cwd, options.out)
      mkdirSync(dir, { recursive: true })
      const inputFile = join(dir, `${name}.standard-input.json`)
      writeFileSync(inputFile, `${JSON.stringify(proof.input, null, 2)}\n`)
      const json = { deployment: name, address, chainId: session.chainId, contract: proof.contract, compilerVersion: proof.compilerVersion, constructorArguments: proof.constructorArguments, inputFile }
      cli.print(command, json, () =>
        [
          `verification input for ${session.label(address)} written to ${inputFile}`,
          formatFields([
            ['contract', proof.contract],
            ['compiler', `${proof.compilerVersion} (optimizer and EVM version are in the input's settings)`],
            ['constructor args', proof.constructorArguments],
            ['license', 'MIT'],
          ]),
        ].join('\n'),
      )
    })
}
