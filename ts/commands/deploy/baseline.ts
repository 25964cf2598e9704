// `deploy baseline`: a BaselineAppAuth (Stage 0), its owner's changes effective at once as DstackApp's.
import { deployBaselineAppAuth } from '../../lib/deploy'
import { defaultNotice, type DeployVariant } from './shared'

export const baseline: DeployVariant = {
  accepts: () => ['owner'],
  refusals: { notice: 'a baseline AppAuth has no notice period: --notice, --min-notice and --grace apply to timelock only' },
  verifierHooks: () => false,
  defaultNotice,
  notice: false,
  async deploy({ session, owner, policy, progress }) {
    const deployed = await deployBaselineAppAuth(session.client, { owner, policy, ...progress })
    return { deployed, controller: { json: { owner }, lines: [['owner', owner]] } }
  },
}
