import { Command } from 'commander'
import type { Address } from 'viem'
import { deployLocalKms, deploymentRecord } from '../lib/deploy'
import { chooseDeploymentName } from '../lib/deployments'
import type { Cli } from '../runtime/context'
import { formatFields } from '../runtime/output'
import { transactionLine } from '../runtime/format'
import { address } from '../runtime/parsers'

export function kmsDeployCommand(cli: Cli): Command {
  return new Command('deploy')
    .description("deploy a LocalKms (DstackKms's observable behaviour) for local simulation")
    .option('--owner <address>', 'owner, who allows OS images (default: the signer)', address('--owner'))
    .option('--name <name>', 'deployment name (default: kms, numbered if taken)')
    .action(async (options: { owner?: Address; name?: string }, command: Command) => {
      const session = await cli.session(command, { signer: true })
      const name = chooseDeploymentName(session.deploymentsDir, session.chainId, options.name, 'kms')
      const owner = options.owner ?? session.client.account!.address
      const deployed = await deployLocalKms(session.client, { owner, ...cli.transaction(command, 'deploying LocalKms') })
      session.record(name, await deploymentRecord(session.client, 'kms', deployed))
      cli.print(command, { name, chainId: session.chainId, address: deployed.address, transactionHash: deployed.transactionHash, blockNumber: deployed.blockNumber, owner }, () =>
        [
          `deployed LocalKms "${name}" at ${deployed.address}`,
          formatFields([
            ['transaction', transactionLine(deployed)],
            ['owner', owner],
          ]),
        ].join('\n'),
      )
    })
}
