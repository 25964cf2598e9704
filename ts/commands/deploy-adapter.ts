import { Argument, Command, Option } from 'commander'
import type { Address } from 'viem'
import { deploymentRecord } from '../lib/deploy'
import { chooseDeploymentName } from '../lib/deployments'
import { InvalidInputError } from '../lib/errors'
import { adapterKind, deployVerifierAdapter, parseSnpMinimumTcb, type SnpMinimumTcb, type VendorAlias, type VerifierKind, vendors, verifierKinds } from '../lib/verified'
import type { Cli } from '../runtime/context'
import { transactionLine } from '../runtime/format'
import { formatFields } from '../runtime/output'
import { address } from '../runtime/parsers'

const kindMeaning: Record<VerifierKind, string> = {
  direct: 'the verifier itself, no router in between',
  router: "an owner-configurable entry point: its owner can change what the adapter believes, without notice",
}

export function deployAdapterCommand(cli: Cli): Command {
  return new Command('adapter')
    .description('deploy one of the immutable TEE vendor adapters a verified AppAuth registers (pass its address to --adapter <vendor>=<address>)')
    .addArgument(new Argument('<vendor>', 'tdx (Automata DCAP), snp (Automata SEV-SNP) or nitro (Base NitroValidator)').choices(Object.keys(vendors)))
    .requiredOption('--verifier <address>', "the vendor's on-chain verifier the adapter calls (fixed for the adapter's life)", address('--verifier'))
    .addOption(new Option('--kind <kind>', "tdx: Automata's V4QuoteVerifier (direct, default) or its AutomataDcapAttestation entry point (router)").choices(verifierKinds))
    .option('--min-tcb <bl.tee.snp.ucode>', 'snp: the lowest up-to-date REPORTED_TCB, e.g. 4.1.22.213', (value) => parseSnpMinimumTcb(value))
    .option('--name <name>', 'deployment name (default: adapter-<vendor>, numbered if taken)')
    .action(async (vendor: VendorAlias, _options: unknown, command: Command) => {
      // `deploy` declares --name too and, parsing first, takes it: read it from either.
      const options = command.optsWithGlobals() as { verifier: Address; kind?: VerifierKind; minTcb?: SnpMinimumTcb; name?: string }
      const kind = adapterKind(vendor, options.kind)
      if (vendor === 'snp' && !options.minTcb) throw new InvalidInputError('the snp adapter needs the lowest up-to-date TCB: pass --min-tcb <bootloader>.<tee>.<snp>.<microcode>')
      if (vendor !== 'snp' && options.minTcb) throw new InvalidInputError('--min-tcb applies to the snp adapter only')
      const session = await cli.session(command, { signer: true })
      const name = chooseDeploymentName(session.deploymentsDir, session.chainId, options.name, `adapter-${vendor}`)
      const deployed = await deployVerifierAdapter(session.client, {
        vendor,
        verifier: options.verifier,
        kind,
        ...(options.minTcb ? { minimumTcb: options.minTcb } : {}),
        ...cli.transaction(command, `deploying the ${vendors[vendor].name} adapter`),
      })
      session.record(name, await deploymentRecord(session.client, `adapter-${vendor}`, deployed))
      const json = {
        name,
        chainId: session.chainId,
        address: deployed.address,
        transactionHash: deployed.transactionHash,
        blockNumber: deployed.blockNumber,
        vendor: vendors[vendor].name,
        verifier: options.verifier,
        verifierKind: kind,
        ...(options.minTcb ? { minimumTcb: options.minTcb } : {}),
      }
      cli.print(command, json, () =>
        [
          `deployed the ${vendors[vendor].name} adapter "${name}" at ${deployed.address} (immutable: no owner, no setter, no proxy)`,
          formatFields([
            ['transaction', transactionLine(deployed)],
            ['calls', `${options.verifier} (${kind}: ${kindMeaning[kind]})`],
            ...(options.minTcb ? [['up to date from', `boot loader ${options.minTcb.bootLoader}, TEE ${options.minTcb.tee}, SNP ${options.minTcb.snp}, microcode ${options.minTcb.microcode}`] as const] : []),
            ['use', `--adapter ${vendor}=${deployed.address}`],
          ]),
        ].join('\n'),
      )
    })
}
