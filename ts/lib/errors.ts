import type { Address, Hex } from 'viem'

export type AppAuthErrorOptions = {
  /** What lies behind the short message: the RPC's answer, the raw revert data, a hint. */
  details?: string | undefined
  cause?: unknown
}

/**
 * Base of every error the library raises on purpose. `shortMessage` is one line fit for a terminal;
 * `details` holds what lies behind it. The CLI prints the short message and exits non-zero.
 */
export class AppAuthError extends Error {
  override name = 'AppAuthError'
  readonly shortMessage: string
  readonly details: string | undefined

  constructor(shortMessage: string, options: AppAuthErrorOptions = {}) {
    super(options.details ? `${shortMessage}\n\nDetails: ${options.details}` : shortMessage, {
      cause: options.cause,
    })
    this.shortMessage = shortMessage
    this.details = options.details
  }
}

/** Input that cannot be what it claims: malformed or wrong-length hex, a bad duration, a bad flag. */
export class InvalidInputError extends AppAuthError {
  override name = 'InvalidInputError'
}

/** The RPC serves another chain than the one asked for. */
export class ChainMismatchError extends AppAuthError {
  override name = 'ChainMismatchError'
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`wrong chain: expected chain id ${expected}, the RPC serves ${actual}`)
  }
}

/** `appauth watch` was given a contract that is neither an AppAuth nor an opt-out registry. */
export class NotWatchableError extends AppAuthError {
  override name = 'NotWatchableError'
  constructor(
    readonly address: Address,
    interfaces: { appAuth: Hex; optOutRegistry: Hex },
  ) {
    super(
      `${address} is neither an AppAuth nor an opt-out registry (supportsInterface answers neither ${interfaces.appAuth} nor ${interfaces.optOutRegistry})`,
    )
  }
}

/** The address holds no contract, or one that does not answer the dstack AppAuth interface. */
export class NotAnAppAuthError extends AppAuthError {
  override name = 'NotAnAppAuthError'
  constructor(
    readonly address: Address,
    reason: 'no code' | 'no IAppAuth' | 'not manageable' | 'account' | 'kms',
  ) {
    super(
      reason === 'kms'
        ? `${address} is a KMS (the project's LocalKms), not an AppAuth: its isAppAllowed forwards to each app's own; rate its apps with \`appauth audit --kms ${address}\``
        : reason === 'account'
        ? `${address} is not an AppAuth: it is an account, not a contract (no code at that address)`
        : reason === 'no code'
        ? `${address} is not a contract (no code at that address)`
        : reason === 'no IAppAuth'
          ? `${address} is not an AppAuth (supportsInterface(0x1e079198) is not true)`
          : `${address} is an AppAuth this tool cannot manage (neither a notice-period nor a baseline AppAuth)`,
    )
  }
}

/** A write was asked for without a key to sign it. */
export class MissingKeyError extends AppAuthError {
  override name = 'MissingKeyError'
  constructor() {
    super('no key to sign with: pass --private-key or set PRIVATE_KEY')
  }
}

/** The sender cannot pay for the transaction. */
export class InsufficientFundsError extends AppAuthError {
  override name = 'InsufficientFundsError'
  constructor(
    readonly account: Address,
    readonly balance: bigint,
    readonly required: bigint,
  ) {
    super(`${account} has too little to pay for gas: balance ${ether(balance)} ETH, needs ${ether(required)} ETH`)
  }
}

/** A call or transaction would revert (or did); `errorName` and `args` are decoded when the ABI knows the error. */
export class ContractRevertError extends AppAuthError {
  override name = 'ContractRevertError'
  constructor(
    shortMessage: string,
    readonly revert: { errorName?: string | undefined; args?: readonly unknown[] | undefined; data?: Hex | undefined },
    options: AppAuthErrorOptions = {},
  ) {
    super(shortMessage, options)
  }
}

/** A name that no deployment record on this chain carries. */
export class UnknownDeploymentError extends AppAuthError {
  override name = 'UnknownDeploymentError'
}

/** The embedded local chain could not start, or an operation needs a local chain. */
export class LocalChainError extends AppAuthError {
  override name = 'LocalChainError'
}

/** Wei as ether in decimal, trailing zeros dropped (as viem's formatEther; local so this module loads no viem). */
function ether(wei: bigint): string {
  const sign = wei < 0n ? '-' : ''
  const digits = (wei < 0n ? -wei : wei).toString().padStart(19, '0')
  const fraction = digits.slice(-18).replace(/0+$/, '')
  return `${sign}${digits.slice(0, -18)}${fraction ? `.${fraction}` : ''}`
}
