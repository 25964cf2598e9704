// Typed requests to a development chain's own methods (anvil, Hardhat): `evm_mine`, `evm_increaseTime`,
// `anvil_setCode`... viem types a client's `request` by the standard RPC schema, which does not name
// them; this schema names the ones the tooling and its tests send, with the parameters they send.
// No Node-only imports.
import type { Address, Client, EIP1193RequestFn, Hex } from 'viem'

export type DevRpcSchema = [
  { Method: 'evm_mine'; Parameters: []; ReturnType: string },
  { Method: 'evm_increaseTime'; Parameters: [seconds: number]; ReturnType: unknown },
  { Method: 'evm_setAutomine'; Parameters: [enabled: boolean]; ReturnType: unknown },
  { Method: 'evm_snapshot'; Parameters: []; ReturnType: Hex },
  { Method: 'evm_revert'; Parameters: [snapshot: Hex]; ReturnType: boolean },
  { Method: 'anvil_mine'; Parameters: [blocks: Hex]; ReturnType: unknown },
  { Method: 'anvil_setCode'; Parameters: [address: Address, code: Hex]; ReturnType: unknown },
  { Method: 'anvil_setStorageAt'; Parameters: [address: Address, slot: Hex, value: Hex]; ReturnType: boolean },
  { Method: 'anvil_setBalance'; Parameters: [address: Address, balance: Hex]; ReturnType: unknown },
]

/** The client's `request`, typed with the development methods (anvil answers them; a public node refuses them). */
export function devRpc(client: Pick<Client, 'request'>): EIP1193RequestFn<DevRpcSchema> {
  return client.request as EIP1193RequestFn<DevRpcSchema>
}
