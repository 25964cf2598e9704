// The connected wallet (wagmi's injected connector, EIP-1193), and the checks made before anything is
// sent: a wallet exists, it is connected, on the page's chain. Every refusal is a sentence, not a code.
import { useState } from 'react'
import { BaseError, UserRejectedRequestError } from 'viem'
import { useAccount, useConnect, useDisconnect } from 'wagmi'
import { errorText, shorten } from './ui'

export function hasInjectedWallet(): boolean {
  return typeof window !== 'undefined' && (window as { ethereum?: unknown }).ethereum !== undefined
}

export function WalletBar({ chainId }: { chainId: number }) {
  const { address, chainId: walletChain, status } = useAccount()
  const { connect, connectors, error, isPending } = useConnect()
  const { disconnect } = useDisconnect()
  if (!hasInjectedWallet()) return <p className="wallet muted">No browser wallet found: the page works read-only.</p>
  if (status !== 'connected' || !address) {
    return (
      <div className="wallet">
        <button type="button" disabled={isPending} onClick={() => connect({ connector: connectors[0]! })}>
          {isPending ? 'Connecting…' : 'Connect wallet'}
        </button>
        {error && <span className="error" role="alert">{walletErrorText(error)}</span>}
      </div>
    )
  }
  return (
    <div className="wallet">
      <span>
        Connected: <code title={address}>{shorten(address)}</code>
        {walletChain !== chainId && <strong className="error"> (wallet on chain {walletChain}, this page is chain {chainId})</strong>}
      </span>
      <button type="button" onClick={() => disconnect()}>
        Disconnect
      </button>
    </div>
  )
}

/** Why the wallet cannot act on this page now, or undefined when it can. */
export function useWalletProblem(chainId: number): string | undefined {
  const { status, chainId: walletChain } = useAccount()
  if (!hasInjectedWallet()) return 'No wallet: install a browser wallet (or open this page in one) to act; reading needs none.'
  if (status !== 'connected') return 'Connect your wallet first (button at the top).'
  if (walletChain !== chainId) return `Your wallet is on chain ${walletChain}; switch it to chain ${chainId}. Nothing was sent.`
  return undefined
}

/** A wallet error in words: a refusal or a closed window says that nothing was sent. */
export function walletErrorText(error: unknown): string {
  const rejected =
    (error instanceof BaseError && error.walk((cause) => cause instanceof UserRejectedRequestError) !== null) ||
    (error as { code?: number })?.code === 4001 ||
    /reject|denied|closed|cancel/i.test(errorText(error))
  if (rejected) return 'The wallet request was rejected or its window closed: nothing was sent.'
  return errorText(error)
}

/** Runs a wallet action once at a time and keeps its outcome as text for the page. */
export function useWalletAction() {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>()
  const run = async (action: () => Promise<string>) => {
    setBusy(true)
    setMessage(undefined)
    try {
      setMessage({ kind: 'ok', text: await action() })
    } catch (error) {
      setMessage({ kind: 'error', text: walletErrorText(error) })
    } finally {
      setBusy(false)
    }
  }
  return { busy, message, run, setMessage }
}

export function ActionMessage({ message }: { message: { kind: 'ok' | 'error'; text: string } | undefined }) {
  if (!message) return null
  return (
    <p className={message.kind === 'ok' ? 'ok' : 'error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
      {message.text}
    </p>
  )
}
