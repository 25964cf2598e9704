// `deploy governor`: token holders vote through an OpenZeppelin Governor and a TimelockController
// that owns a TimelockAppAuth (Stage 2); with --verified, the verified AppAuth under them.
import { assertGovernanceFloors, deployGovernedAppAuth, deployVotesToken, type GovernorConfig } from '../../lib/governor'
import { parseDuration, formatDuration } from '../../lib/time'
import { deployGovernedVerifiedAppAuth, deployVerifiedAppAuthDeployer } from '../../lib/verified'
import type { DeployContext, DeployOptions, DeployVariant } from './shared'

export const governorDefaults = { votingDelay: '1d', votingPeriod: '5d', quorum: 4n, timelockDelay: '2d', notice: '14d' }

function settings(options: DeployOptions): { governor: GovernorConfig; timelockDelay: bigint } {
  return {
    governor: {
      votingDelay: Number(options.votingDelay ?? parseDuration(governorDefaults.votingDelay)),
      votingPeriod: Number(options.votingPeriod ?? parseDuration(governorDefaults.votingPeriod)),
      proposalThreshold: options.proposalThreshold ?? 0n,
      quorumNumerator: options.quorum ?? governorDefaults.quorum,
      lateQuorumExtension: Number(parseDuration('1d')),
      executionWindow: Number(parseDuration('14d')),
    },
    timelockDelay: options.timelockDelay ?? parseDuration(governorDefaults.timelockDelay),
  }
}

export const governor: DeployVariant = {
  accepts: (options) => ['notice', 'governor', 'verifiedFlag', ...(options.verified ? (['verifiers', 'appDeployer'] as const) : [])],
  refusals: { owner: 'a governor AppAuth has no owner to choose: its timelock owns it' },
  verifierHooks: (options) => options.verified,
  defaultNotice: governorDefaults.notice,
  notice: true,
  // Before the votes token is deployed, so that a setting below a floor sends nothing at all.
  beforeDeploy: ({ options }) => assertGovernanceFloors(settings(options)),
  async deploy(context: DeployContext) {
    const { cli, command, session, options, name, owner, policy, timing, verifiers, progress } = context
    const { governor, timelockDelay } = settings(options)
    const token =
      options.token ??
      (await deployVotesToken(session.client, { name: `${name} votes`, symbol: 'VOTE', recipient: owner, supply: 10n ** 24n, ...cli.transaction(command, 'deploying the votes token') })).address
    const appDeployer = options.verified
      ? (options.appDeployer ?? (await deployVerifiedAppAuthDeployer(session.client, cli.transaction(command, 'deploying the VerifiedAppAuthDeployer factory'))).address)
      : undefined
    const common = { token, governorName: `${name} governor`, governor, timelockDelay, policy, ...timing, ...progress }
    const governed =
      verifiers && appDeployer
        ? await deployGovernedVerifiedAppAuth(session.client, { ...common, verifiers, appDeployer })
        : await deployGovernedAppAuth(session.client, common)
    return {
      deployed: governed,
      appDeployer,
      record: { governor: governed.governor, timelock: governed.timelock, ...(appDeployer ? { appDeployer } : {}) },
      controller: {
        json: { governor: governed.governor, timelock: governed.timelock, token, ...governor, timelockDelay },
        lines: [
          [
            'governor',
            `${governed.governor} (token ${token}${options.token ? '' : ', deployed to the signer'}; vote after ${formatDuration(BigInt(governor.votingDelay))} for ${formatDuration(BigInt(governor.votingPeriod))}, quorum ${governor.quorumNumerator}%)`,
          ],
          ['owner', `${governed.timelock} (TimelockController, delay ${formatDuration(timelockDelay)})`],
        ],
      },
    }
  },
}
