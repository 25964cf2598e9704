import { useState } from 'react'
import { isAddress } from 'viem'
import { defaultRpc, type Route } from '../route'

/** Where a link without a page lands: a form that builds one. */
export function HomePage({ route }: { route: Route }) {
  const [chain, setChain] = useState(String(route.chainId))
  const [kind, setKind] = useState<'app' | 'kms'>('app')
  const [address, setAddress] = useState('')
  const [rpc, setRpc] = useState(route.rpc)
  const valid = isAddress(address) && /^\d+$/.test(chain)
  const open = () => {
    const query = rpc && rpc !== defaultRpc[Number(chain)] ? `?rpc=${encodeURIComponent(rpc)}` : ''
    window.location.hash = `#/${chain}/${kind}/${address}${query}`
  }
  return (
    <section aria-labelledby="home-heading">
      <h1 id="home-heading">Check a dstack app before you trust it</h1>
      <p>
        Enter an AppAuth (the app's id) to see its ERC-733 stage, what it allows, what is about to change and when; or a KMS to rate every app registered
        with it. Everything is read from the chain by your browser.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (valid) open()
        }}
      >
        <label htmlFor="home-chain">Chain id</label>
        <input id="home-chain" value={chain} onChange={(event) => setChain(event.target.value)} inputMode="numeric" />
        <label htmlFor="home-kind">Kind</label>
        <select id="home-kind" value={kind} onChange={(event) => setKind(event.target.value as 'app' | 'kms')}>
          <option value="app">App (AppAuth)</option>
          <option value="kms">KMS</option>
        </select>
        <label htmlFor="home-address">Address</label>
        <input id="home-address" value={address} onChange={(event) => setAddress(event.target.value.trim())} placeholder="0x…" />
        <label htmlFor="home-rpc">RPC URL</label>
        <input id="home-rpc" value={rpc} onChange={(event) => setRpc(event.target.value.trim())} />
        <button type="submit" disabled={!valid}>
          Open
        </button>
      </form>
    </section>
  )
}
