// The project's solc (solc-js from npm, the compiler tools/solc gives forge) for tests that compile a
// standard-JSON input the way an auditor or a block explorer would. Test code only.
import { createRequire } from 'node:module'
import type { StandardJsonInput } from '../lib/verify-input'

type Solc = { compile: (input: string) => string; version: () => string }
const solc = createRequire(import.meta.url)('solc') as Solc

export type StandardJsonOutput = {
  errors?: { severity: string; formattedMessage: string }[]
  contracts: Record<string, Record<string, { abi: unknown[]; evm: { bytecode: { object: string }; deployedBytecode: { object: string; immutableReferences: Record<string, { start: number; length: number }[]> } } }>>
}

/** Compiles a standard-JSON input; throws on compile errors. */
export function compileStandardJson(input: StandardJsonInput): StandardJsonOutput {
  const output = JSON.parse(solc.compile(JSON.stringify(input))) as StandardJsonOutput
  const errors = (output.errors ?? []).filter((error) => error.severity === 'error')
  if (errors.length) throw new Error(errors.map((error) => error.formattedMessage).join('\n'))
  return output
}

export const solcVersion = () => solc.version()
