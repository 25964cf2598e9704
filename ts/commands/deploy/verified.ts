// `deploy verified`: a VerifiedTimelockAppAuth: the timelock variant whose boots also need k-of-n TEE
// vendor attestations through verifier adapters.
import { deployVerifiedTimelockAppAuth } from '../../lib/verified'
import { defaultNotice, type DeployVariant } from './shared'

export const verified: DeployVariant = {
  accepts: () => ['notice', 'owner', 'verifiers'],
  verifierHooks: () => true,
  defaultNotice,
  notice: true,
  async deploy({ session, owner, policy, verifiers, timing, progress }) {
    const deployed = await deployVerifiedTimelockAppAuth(session.client, { owner, policy, verifiers: verifiers!, ...timing, ...progress })
    return { deployed, controller: { json: { owner }, lines: [['owner', owner]] } }
  },
}
