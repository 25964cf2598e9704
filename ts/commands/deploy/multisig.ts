// `deploy multisig`: a MultisigAppAuth (Stage 1), m-of-n signers instead of an owner.
import { InvalidInputError } from '../../lib/errors'
import { deployMultisigAppAuth } from '../../lib/multisig'
import { defaultNotice, type DeployVariant } from './shared'

export const multisig: DeployVariant = {
  accepts: () => ['notice', 'signers'],
  refusals: { owner: 'a multisig has no owner: its --signer accounts control it' },
  verifierHooks: () => false,
  defaultNotice,
  notice: true,
  check(options) {
    if (options.signer.length === 0 || options.threshold === undefined) {
      throw new InvalidInputError('a multisig needs its signers and threshold: pass --signer <address> (repeatable) and --threshold <m>')
    }
  },
  async deploy({ session, options, policy, timing, progress }) {
    const deployed = await deployMultisigAppAuth(session.client, { signers: options.signer, threshold: options.threshold!, policy, ...timing, ...progress })
    return {
      deployed,
      controller: {
        json: { signers: options.signer, threshold: options.threshold },
        lines: [['signers', `${options.threshold} of ${options.signer.join(', ')}`]],
      },
    }
  },
}
