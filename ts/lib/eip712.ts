// EIP-712 domains as the contracts declare them, read with ERC-5267 `eip712Domain()`: the name,
// version and chain id are the contract's, never repeated here (after a chain fork the contract
// rebuilds its domain with the new chain id, and so does a signature made from this read).
// No Node-only imports: the web app signs opt-outs with it too.
import { type Address, type Client, hexToNumber, type TypedDataDomain } from 'viem'
import { getEip712Domain } from 'viem/actions'

/** ERC-5267's bitmap: which domain fields the contract uses. */
const fieldBits = { name: 0x01, version: 0x02, chainId: 0x04, verifyingContract: 0x08, salt: 0x10 } as const

/** The EIP-712 domain `address` signs under: exactly the fields its `eip712Domain()` says it uses. */
export async function readEip712Domain(client: Client, { address }: { address: Address }): Promise<TypedDataDomain> {
  const { domain, fields } = await getEip712Domain(client, { address })
  const used = hexToNumber(fields)
  return Object.fromEntries(
    (Object.keys(fieldBits) as (keyof typeof fieldBits)[]).filter((field) => (used & fieldBits[field]) !== 0).map((field) => [field, domain[field]]),
  ) as TypedDataDomain
}
