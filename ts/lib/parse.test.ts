import { getAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { emptyBootInfo, parseKmsBootInfo } from './boot-info'
import { parseAddress, parseBytes32, parseKmsHex } from './hex'
import { formatDuration, parseDuration } from './time'

describe('parseBytes32', () => {
  it('takes 64 hex digits with or without 0x, lower-cased', () => {
    expect(parseBytes32('AB'.repeat(32))).toBe(`0x${'ab'.repeat(32)}`)
    expect(parseBytes32(`0x${'ab'.repeat(32)}`)).toBe(`0x${'ab'.repeat(32)}`)
  })
  it('refuses anything shorter, longer or not hex, naming the field', () => {
    expect(() => parseBytes32('0xab', 'compose hash')).toThrow('compose hash must be 32 bytes (64 hex digits), got 2 digits: 0xab')
    expect(() => parseBytes32('ab'.repeat(33))).toThrow('must be 32 bytes')
    expect(() => parseBytes32('0xg'.padEnd(66, '0'))).toThrow('is not hex')
  })
})

describe('parseAddress', () => {
  it('checksums lower-case input and checks mixed-case input', () => {
    expect(parseAddress('0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266')).toBe('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266')
    expect(parseAddress('f39fd6e51aad88f6f4ce6ab8827279cfffb92266')).toBe('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266')
    expect(() => parseAddress('0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266')).toThrow('invalid checksum')
  })
})

describe('parseKmsHex', () => {
  it('left-pads short hex, takes empty as zero and refuses overlong hex', () => {
    expect(parseKmsHex('0x1', 32, 'f')).toBe(`0x${'0'.repeat(63)}1`)
    expect(parseKmsHex('', 20, 'f')).toBe(`0x${'0'.repeat(40)}`)
    expect(() => parseKmsHex('ab'.repeat(21), 20, 'instanceId')).toThrow('instanceId is longer than 20 bytes: 42 hex digits')
  })
})

describe('parseKmsBootInfo', () => {
  const base = {
    appId: 'a172cedcae47474b615c54d510a5d84a8dea3032',
    composeHash: '68ce99a0a5a89666cc9f5b11d8f8819a2047c5db49aa6ffecc7a7b4cc837ef36',
    instanceId: '',
    deviceId: '03',
    mrAggregated: '',
    mrSystem: '',
    osImageHash: '0x3fca2aab5217d4970f621e7a27a2f455e0bf568d071e68f839c43976dfbf29ac',
    tcbStatus: 'UpToDate',
    advisoryIds: ['INTEL-SA-00837'],
    teeVariant: 'dstack-tdx',
    keyProviderInfo: 'ab',
  }
  it("maps the KMS's JSON to the contract struct, dropping what the contract never sees", () => {
    expect(parseKmsBootInfo(base)).toEqual({
      ...emptyBootInfo,
      appId: getAddress('0xa172cedcae47474b615c54d510a5d84a8dea3032'),
      composeHash: '0x68ce99a0a5a89666cc9f5b11d8f8819a2047c5db49aa6ffecc7a7b4cc837ef36',
      deviceId: `0x${'0'.repeat(62)}03`,
      osImageHash: '0x3fca2aab5217d4970f621e7a27a2f455e0bf568d071e68f839c43976dfbf29ac',
      tcbStatus: 'UpToDate',
      advisoryIds: ['INTEL-SA-00837'],
    })
  })
  it('names a missing or mistyped field', () => {
    const { deviceId: _, ...missing } = base
    expect(() => parseKmsBootInfo(missing)).toThrow('boot info field deviceId must be a string, got undefined')
    expect(() => parseKmsBootInfo({ ...base, advisoryIds: 'x' })).toThrow('advisoryIds must be an array of strings')
    expect(() => parseKmsBootInfo([])).toThrow('boot info must be a JSON object')
  })
})

describe('durations', () => {
  it('parses units, combinations and bare seconds', () => {
    expect(parseDuration('7d')).toBe(604_800n)
    expect(parseDuration('1h')).toBe(3_600n)
    expect(parseDuration('90s')).toBe(90n)
    expect(parseDuration('1w1d12h30m')).toBe(604_800n + 86_400n + 43_200n + 1_800n)
    expect(parseDuration('3600')).toBe(3_600n)
  })
  it('refuses anything else', () => {
    for (const bad of ['', '7', 'd7', '7days', '1h 30m', '-1h', '1.5h'].filter((text) => text !== '7')) {
      expect(() => parseDuration(bad), bad).toThrow('duration must look like')
    }
  })
  it('formats the two largest units', () => {
    expect(formatDuration(604_800n)).toBe('7d')
    expect(formatDuration(604_799n)).toBe('6d 23h')
    expect(formatDuration(90n)).toBe('1m 30s')
    expect(formatDuration(0n)).toBe('0s')
  })
})
