// What to tell someone who is not the app's owner: who the owner is, and how to act through it.
import type { Address } from 'viem'
import { describeController } from '../lib/controller'
import { ContractRevertError } from '../lib/errors'
import { getOwnership } from '../lib/ownership'
import { formatRevert } from '../lib/revert'
import type { Session } from './context'

/** Errors by which an AppAuth refuses a caller who is not its controller. */
const notOwnerErrors = new Set(['AppAuthUnauthorized', 'OwnableUnauthorizedAccount'])

/**
 * Runs an owner-only write; when the app refuses the signer as not its owner, the error names the
 * owner, says what it is, and points at the way to act through it (`safe-export` for a Safe). The
 * decoded error stays in the message.
 */
export async function asOwner<result>(
  session: Session,
  { app, appArgument, action }: { app: Address; appArgument: string; action: string },
  write: () => Promise<result>,
): Promise<result> {
  try {
    return await write()
  } catch (error) {
    if (!(error instanceof ContractRevertError) || !notOwnerErrors.has(error.revert.errorName ?? '')) throw error
    const ownership = await getOwnership(session.client, { address: app }).catch(() => undefined)
    if (!ownership) throw error
    const { controller } = ownership
    const signer = session.client.account?.address
    const how =
      controller.kind === 'safe'
        ? `export the change for the Safe to sign: \`appauth safe-export ${appArgument} ${action} --safe ${controller.address}\``
        : controller.kind === 'timelock'
          ? "schedule the call through the timelock's proposers (`appauth gov propose` when a governor proposes to it)"
          : controller.kind === 'governor'
            ? 'propose it to the governor: `appauth gov propose`'
            : controller.kind === 'eoa'
              ? "sign with the owner's key (--private-key)"
              : controller.kind === 'none'
                ? 'nobody can: ownership was renounced'
                : "send it from the owner contract's own interface"
    throw new ContractRevertError(
      `${signer ?? 'the signer'} is not the owner of ${session.label(app)}: its owner is ${describeController(controller)}; ${how} (${formatRevert(error.revert)})`,
      error.revert,
      { details: error.shortMessage, cause: error },
    )
  }
}
