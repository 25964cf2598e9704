import { decodeFunctionResult, encodeFunctionResult, encodeFunctionData, type Hex } from 'viem'
import { describe, expect, it } from 'vitest'
import { localKmsAbi, staticCallBatchAbi } from '../generated/contracts'
import { type AppBootInfo, emptyBootInfo } from '../lib/boot-info'
import { checkData, gatewayAppIdData, staticCallsData, unpack } from './backend'

const full: AppBootInfo = {
  appId: '0x7a3f00000000000000000000000000000000beef',
  composeHash: `0x${'68'.repeat(32)}`,
  instanceId: '0x6212a06cac8b50f7a9f4a2667fb8178722cbf48e',
  deviceId: `0x${'0A'.repeat(32)}`,
  mrAggregated: `0x${'d1'.repeat(32)}`,
  mrSystem: `0x${'00'.repeat(31)}01`,
  osImageHash: `0x${'3f'.repeat(32)}`,
  tcbStatus: 'UpToDate',
  advisoryIds: ['INTEL-SA-00837', '', 'x'.repeat(32), 'y'.repeat(33), 'ünïcødé ✓'],
}

const cases: [string, AppBootInfo][] = [
  ['an empty boot info', emptyBootInfo],
  ['a full boot info with advisories of every padding', full],
  ['a tcbStatus of exactly one word', { ...full, tcbStatus: 'z'.repeat(32), advisoryIds: [] }],
  ['the largest request', { ...full, tcbStatus: 'x'.repeat(128), advisoryIds: Array.from({ length: 128 }, (_, i) => 'y'.repeat(i * 2)) }],
]

describe('call data written by hand', () => {
  it.each(cases)('encodes %s exactly as viem does, for both checks', (_, bootInfo) => {
    for (const [kind, functionName] of [['app', 'isAppAllowed'], ['kms', 'isKmsAllowed']] as const) {
      expect(checkData(kind, bootInfo)).toBe(encodeFunctionData({ abi: localKmsAbi, functionName, args: [bootInfo] }).toLowerCase())
    }
  })

  it('encodes StaticCallBatch.staticCalls exactly as viem does', () => {
    const kms = '0x00000000000000000000000000000000000dead1'
    for (const calls of [[], [gatewayAppIdData], cases.map(([, bootInfo]) => checkData('app', bootInfo)), ['0x', '0x01', `0x${'ab'.repeat(64)}`] as Hex[]]) {
      expect(staticCallsData(kms, 2_000_000n, calls)).toBe(encodeFunctionData({ abi: staticCallBatchAbi, functionName: 'staticCalls', args: [kms, 2_000_000n, calls] }).toLowerCase())
    }
  })
})

describe("StaticCallBatch's answer read by hand", () => {
  const answers: [boolean[], Hex[]][] = [
    [[], []],
    [[true], ['0x']],
    [[true, false, true], [checkData('app', full), '0x08c379a0', `0x${'ff'.repeat(32)}`]],
    [Array.from({ length: 40 }, (_, i) => i % 3 !== 0), Array.from({ length: 40 }, (_, i) => `0x${'a5'.repeat(i * 7)}` as Hex)],
  ]

  it.each(answers.map((answer) => [answer[0].length, answer] as const))('reads %i items exactly as viem does', (_, [ok, results]) => {
    const data = encodeFunctionResult({ abi: staticCallBatchAbi, functionName: 'staticCalls', result: [ok, results] })
    const [viemOk, viemResults] = decodeFunctionResult({ abi: staticCallBatchAbi, functionName: 'staticCalls', data })
    expect(unpack({ ok: true, result: data }, ok.length)).toEqual(viemOk.map((passed, i) => (passed ? { ok: true, result: viemResults[i] } : undefined)))
  })

  it('refuses anything but exactly the expected list, so the caller reads each call on its own', () => {
    const data = encodeFunctionResult({ abi: staticCallBatchAbi, functionName: 'staticCalls', result: [[true, true], ['0x1234', `0x${'ab'.repeat(40)}`]] })
    expect(unpack({ ok: true, result: data }, 2)).toHaveLength(2)
    const refused = [
      data.slice(0, -2), // cut short
      data.slice(0, -64), // the last item's bytes missing
      `${data}0`, // odd length
      `${data.slice(0, -2)}zz`, // not hex
      data.replace(/^(0x.{192}.{63})1/, '$12'), // a flag of 2 (the first flag, the fourth word)
      '0x',
      'deadbeef',
    ]
    for (const result of refused) expect(unpack({ ok: true, result }, 2)).toBeUndefined()
    expect(unpack({ ok: true, result: data }, 3)).toBeUndefined() // another count
    expect(unpack({ ok: true, result: 42 }, 2)).toBeUndefined()
    expect(unpack({ ok: false, error: { code: -32602, message: 'no overrides' } }, 2)).toBeUndefined()
  })
})
