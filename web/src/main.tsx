import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode, useEffect, useMemo, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { WagmiProvider } from 'wagmi'
import { AppPage } from './pages/AppPage'
import { HomePage } from './pages/HomePage'
import { KmsPage } from './pages/KmsPage'
import { VotesPage } from './pages/VotesPage'
import { parseRoute, type Route } from './route'
import './styles.css'
import { WalletBar } from './wallet'
import { makeConfig } from './wagmi'

function useRoute(): Route {
  const read = () => parseRoute(window.location.hash, window.location.search)
  const [route, setRoute] = useState(read)
  useEffect(() => {
    const onChange = () => setRoute(read())
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}

function Shell() {
  const route = useRoute()
  const config = useMemo(() => makeConfig(route.chainId, route.rpc), [route.chainId, route.rpc])
  const queryClient = useMemo(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }), [config])
  return (
    <WagmiProvider config={config} key={`${route.chainId}-${route.rpc}`}>
      <QueryClientProvider client={queryClient}>
        <header>
          <a href="#/" className="brand">
            AppAuth
          </a>
          <span className="muted">
            chain {route.chainId} · {route.rpc}
          </span>
          <WalletBar chainId={route.chainId} />
        </header>
        <main>
          {route.error && (
            <p className="error" role="alert">
              {route.error}
            </p>
          )}
          {route.page === 'home' && <HomePage route={route} />}
          {route.page === 'app' && route.address && <AppPage key={route.address} route={route} address={route.address} />}
          {route.page === 'governance' && route.address && <VotesPage key={route.address} route={route} address={route.address} />}
          {route.page === 'kms' && route.address && <KmsPage key={route.address} route={route} address={route.address} />}
        </main>
      </QueryClientProvider>
    </WagmiProvider>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Shell />
  </StrictMode>,
)
