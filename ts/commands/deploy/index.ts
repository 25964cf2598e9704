// Every `deploy <variant>`, keyed as the variant table (ts/lib/contracts.ts) and deployment records name them.
import { baseline } from './baseline'
import { governor } from './governor'
import { multisig } from './multisig'
import type { DeployVariants } from './shared'
import { timelock } from './timelock'
import { verified } from './verified'

export const deployVariants: DeployVariants = { timelock, verified, governor, baseline, multisig }
