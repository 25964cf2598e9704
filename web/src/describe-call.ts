// A call a proposal would make, in words: "announce compose hash 0x… with notice 14d".
import { type Abi, decodeFunctionData, type Hex } from 'viem'
import { formatDuration } from '../../ts/lib/time'
import { multisigAppAuthAbi, timelockAppAuthAbi } from './generated'

const short = (value: unknown) => {
  const text = String(value)
  return /^0x[0-9a-fA-F]{40,}$/.test(text) ? `${text.slice(0, 6)}…${text.slice(-4)}` : text
}

/**
 * Decodes calldata sent to an AppAuth and says what it does; `notice` is the app's notice period,
 * for announcements. Calldata no AppAuth ABI decodes is shown by its selector.
 */
export function describeCall(data: Hex, notice?: bigint): string {
  for (const abi of [timelockAppAuthAbi, multisigAppAuthAbi] as Abi[]) {
    let decoded: { functionName: string; args?: readonly unknown[] }
    try {
      decoded = decodeFunctionData({ abi, data })
    } catch {
      continue
    }
    const args = decoded.args ?? []
    const withNotice = notice === undefined ? '' : ` with notice ${formatDuration(notice)}`
    const uri = (index: number) => (typeof args[index] === 'string' && args[index] ? ` (${args[index] as string})` : '')
    switch (decoded.functionName) {
      case 'proposeComposeHash':
        return `announce compose hash ${short(args[0])}${withNotice}${uri(1)}`
      case 'proposeDevice':
        return `announce device ${short(args[0])}${withNotice}${uri(1)}`
      case 'proposeAllowAnyDevice':
        return `announce allowing any device${withNotice}${uri(0)}`
      case 'proposeTcbNotRequired':
        return `announce dropping the up-to-date TCB requirement${withNotice}${uri(0)}`
      case 'proposeNoticePeriod':
        return `announce a notice period of ${formatDuration(args[0] as bigint)}${withNotice}${uri(1)}`
      case 'activate':
        return `activate change ${short(args[0])}`
      case 'activateComposeHash':
        return `activate compose hash ${short(args[0])}`
      case 'cancelProposal':
        return `cancel change ${short(args[0])}`
      case 'removeComposeHash':
        return `remove compose hash ${short(args[0])} (at once: removing only tightens)`
      case 'removeDevice':
        return `remove device ${short(args[0])} (at once)`
      case 'transferOwnership':
        return `hand control to ${short(args[0])}`
      default:
        return `${decoded.functionName}(${args.map(short).join(', ')})`
    }
  }
  return `call ${data.slice(0, 10)} (not an AppAuth function)`
}
