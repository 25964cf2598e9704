// `deploy timelock`: an owner-controlled TimelockAppAuth (Stage 1), every loosening after the notice period.
import { deployTimelockAppAuth } from '../../lib/deploy'
import { defaultNotice, type DeployVariant } from './shared'

export const timelock: DeployVariant = {
  accepts: () => ['notice', 'owner'],
  verifierHooks: () => false,
  defaultNotice,
  notice: true,
  async deploy({ session, owner, policy, timing, progress }) {
    const deployed = await deployTimelockAppAuth(session.client, { owner, policy, ...timing, ...progress })
    return { deployed, controller: { json: { owner }, lines: [['owner', owner]] } }
  },
}
