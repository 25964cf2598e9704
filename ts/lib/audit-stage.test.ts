import { describe, expect, it } from 'vitest'
import { rateStage, stageConditions, stageNames } from './audit-stage'

describe('rateStage', () => {
  const governed = { governedByVote: true, verifierHooks: true }

  it('rates Stage 3 only when no trusted finding remains and the app has verifier hooks', () => {
    expect(rateStage([], governed).stage).toBe(3)
    const withoutHooks = rateStage([], { governedByVote: true, verifierHooks: false })
    expect(withoutHooks.stage).toBe(2)
    expect(withoutHooks.conditions.filter((condition) => condition.stage === 3).map((condition) => condition.reasons)).toEqual(
      Array(5).fill(['the app has no verifier hooks: no TEE vendor attestation is required for a boot']),
    )
    const oneVendor = rateStage([{ id: 'VERIFIER_ONE_VENDOR', severity: 'trusted', message: 'k = 1' }], governed)
    expect(oneVendor.stage).toBe(2)
    expect(oneVendor.conditions.find((condition) => !condition.met)).toMatchObject({ id: 'MULTI_VENDOR', reasons: ['VERIFIER_ONE_VENDOR: k = 1'] })
  })

  it('keeps a trusted finding from capping below Stage 2, and a centralized one caps at Stage 1 as before', () => {
    expect(rateStage([{ id: 'ADAPTER_MUTABLE', severity: 'trusted', message: 'proxy' }], { governedByVote: false, verifierHooks: true }).stage).toBe(1)
    expect(rateStage([{ id: 'OWNER_EOA', severity: 'centralized', message: 'one key' }], governed).stage).toBe(1)
  })

  it('refuses a trusted finding that no Stage 3 condition owns, rather than let it cap nothing', () => {
    expect(() => rateStage([{ id: 'SOMETHING_NEW', severity: 'trusted', message: '?' }], governed)).toThrow('finding SOMETHING_NEW is rated trusted but no Stage 3 condition owns it')
  })

  it('names every stage and lists the Stage 3 conditions after those of Stage 2', () => {
    expect(stageNames[3]).toMatch(/^Stage 3 \(trustless: /)
    expect(stageConditions.map((condition) => condition.stage)).toEqual([1, 1, 2, 2, 3, 3, 3, 3, 3])
  })
})
