import { Command } from 'commander'
import { deploymentRecord } from '../lib/deploy'
import { chooseDeploymentName } from '../lib/deployments'
import { deployOptOutRegistry } from '../lib/optout'
import type { Cli } from '../runtime/context'
import { transactionLine } from '../runtime/format'
import { formatFields } from '../runtime/output'

export function deployOptOutCommand(cli: Cli): Command {
  return new Command('optout')
    .description("deploy the OptOutRegistry for a notice-period AppAuth: users record, on chain, that they reject a pending change")
    .argument('<app>', 'the AppAuth: deployment name or address')
    .option('--name <name>', 'deployment name (default: <app>-optout when the app has a deployment name, else optout; numbered if taken)')
    .action(async (appArgument: string, _options: unknown, command: Command) => {
      // `deploy` declares --name too and, parsing first, takes it: read it from either.
      const options = command.optsWithGlobals() as { name?: string }
      const session = await cli.session(command, { signer: true })
      const { address: app, name: appName } = session.resolve(appArgument)
      // Checked before deploying, so a taken or malformed name costs no transaction.
      const name = chooseDeploymentName(session.deploymentsDir, session.chainId, options.name, appName ? `${appName}-optout` : 'optout')
      const deployed = await deployOptOutRegistry(session.client, { app, ...cli.transaction(command, 'deploying OptOutRegistry') })
      // The record names the app it serves, so that `status <app>` finds its registries.
      session.record(name, { ...(await deploymentRecord(session.client, 'optout', deployed)), app })
      const json = { name, chainId: session.chainId, address: deployed.address, transactionHash: deployed.transactionHash, blockNumber: deployed.blockNumber, app }
      cli.print(command, json, () =>
        [
          `deployed OptOutRegistry "${name}" at ${deployed.address}`,
          formatFields([
            ['transaction', transactionLine(deployed)],
            ['serves', session.label(app)],
          ]),
        ].join('\n'),
      )
    })
}
