// The ERC-733 stage as a list of conditions per stage, each met or not with its reasons. The one
// rating that `deploy`, `status` and `audit` print. No Node-only imports (the browser app uses it).

/** ERC-733 stages the auditor can establish. */
export type Stage = 0 | 1 | 2 | 3

/**
 * How much a finding weighs: `unknown` and `rug` keep the app at Stage 0 (code nobody can vouch for;
 * a loosening that skips the notice), `centralized` keeps it at Stage 1 at most (one party decides),
 * `trusted` at Stage 2 at most (the vendor attestation the boot needs trusts a party beyond the TEE
 * vendors: one vendor alone, a verifier's owner, code nobody identified), `warning` and `info` inform
 * without capping.
 */
export type Severity = 'unknown' | 'rug' | 'centralized' | 'trusted' | 'warning' | 'info'

export const severityOrder: readonly Severity[] = ['unknown', 'rug', 'centralized', 'trusted', 'warning', 'info']

/** What a finding needs for the rating: its id, weight and message. */
export type RatedFinding = { id: string; severity: Severity; message: string }

/** One condition of one stage: met or not, and the findings (messages) that decide it. */
export type StageCondition = {
  stage: Exclude<Stage, 0>
  id: string
  description: string
  met: boolean
  reasons: string[]
}

export type StageRating = { stage: Stage; conditions: StageCondition[] }

/**
 * What the rating needs beyond the findings: whether token holders decide by vote, and whether the
 * app has verifier hooks at all (an app without them has nothing a Stage 3 finding could be about).
 */
export type RatingFacts = { governedByVote: boolean; verifierHooks: boolean }

type ConditionRule = {
  stage: Exclude<Stage, 0>
  id: string
  description: string
  /** The reasons the condition fails; empty means met. */
  failures: (findings: readonly RatedFinding[], facts: RatingFacts) => string[]
}

const messages = (findings: readonly RatedFinding[], severity: Severity) =>
  findings.filter((finding) => finding.severity === severity).map((finding) => `${finding.id}: ${finding.message}`)

/** The `trusted` findings with one of `ids`: each Stage 3 condition owns some of them. */
const trustedMessages = (findings: readonly RatedFinding[], ids: readonly string[]) =>
  messages(
    findings.filter((finding) => ids.includes(finding.id)),
    'trusted',
  )

const noHooks = 'the app has no verifier hooks: no TEE vendor attestation is required for a boot'

/** Which `trusted` finding ids each Stage 3 condition owns (audit.ts raises them). */
export const stage3FindingIds = {
  MULTI_VENDOR: ['VERIFIER_ONE_VENDOR'],
  ADAPTERS_IMMUTABLE: ['ADAPTER_MUTABLE'],
  VERIFIERS_FIXED: ['VERIFIER_ROUTER', 'VERIFIER_MUTABLE', 'VERIFIER_UNKNOWN'],
  MEASUREMENTS_PINNED: ['MEASUREMENT_UNPINNED'],
  VERIFIER_CHANGES_NOTICED: ['VERIFIER_RULES_UNKNOWN'],
} as const

/**
 * The conditions in stage order; an app reaches a stage when every condition of that stage and of every stage below is met.
 */
export const stageConditions: readonly ConditionRule[] = [
  {
    stage: 1,
    id: 'KNOWN_CODE',
    description: 'every contract the boot decision or its control relies on is a known build',
    failures: (findings) => messages(findings, 'unknown'),
  },
  {
    stage: 1,
    id: 'NOTICE_BEFORE_LOOSENING',
    description: 'no loosening of the boot policy takes effect before the required notice',
    failures: (findings) => messages(findings, 'rug'),
  },
  {
    stage: 2,
    id: 'NO_SINGLE_PARTY',
    description: 'no single party (a key, a signer set, an admin) decides a change',
    failures: (findings) => messages(findings, 'centralized'),
  },
  {
    stage: 2,
    id: 'DECIDED_BY_VOTE',
    description: 'changes are decided by a token vote (a Governor, through a timelock or directly)',
    failures: (_, facts) => (facts.governedByVote ? [] : ['the controller is not a Governor vote']),
  },
  // Stage 3, trustless: a boot also needs attestations of its TEE from k >= 2 vendors, checked by code
  // nobody can change without the app's notice, against measurements the app pinned.
  {
    stage: 3,
    id: 'MULTI_VENDOR',
    description: 'verifier hooks require attestations from k >= 2 distinct TEE vendors',
    failures: (findings, facts) => (facts.verifierHooks ? trustedMessages(findings, stage3FindingIds.MULTI_VENDOR) : [noHooks]),
  },
  {
    stage: 3,
    id: 'ADAPTERS_IMMUTABLE',
    description: 'every verifier adapter is a known immutable build',
    failures: (findings, facts) => (facts.verifierHooks ? trustedMessages(findings, stage3FindingIds.ADAPTERS_IMMUTABLE) : [noHooks]),
  },
  {
    stage: 3,
    id: 'VERIFIERS_FIXED',
    description: "every verifier the adapters call is immutable known code, or code whose changes wait at least the app's notice",
    failures: (findings, facts) => (facts.verifierHooks ? trustedMessages(findings, stage3FindingIds.VERIFIERS_FIXED) : [noHooks]),
  },
  {
    stage: 3,
    id: 'MEASUREMENTS_PINNED',
    description: 'every vendor that counts towards k has at least one pinned measurement',
    failures: (findings, facts) => (facts.verifierHooks ? trustedMessages(findings, stage3FindingIds.MEASUREMENTS_PINNED) : [noHooks]),
  },
  {
    stage: 3,
    id: 'VERIFIER_CHANGES_NOTICED',
    description: 'adding or replacing an adapter, lowering k and pinning a measurement wait the notice',
    failures: (findings, facts) => (facts.verifierHooks ? trustedMessages(findings, stage3FindingIds.VERIFIER_CHANGES_NOTICED) : [noHooks]),
  },
]

const stage3Ids: readonly string[] = Object.values(stage3FindingIds).flat()

/** The one rating function: evaluates every condition and returns the highest stage all of whose conditions (and those below) hold. */
export function rateStage(findings: readonly RatedFinding[], facts: RatingFacts): StageRating {
  const conditions = stageConditions.map((rule): StageCondition => {
    const reasons = rule.failures(findings, facts)
    return { stage: rule.stage, id: rule.id, description: rule.description, met: reasons.length === 0, reasons }
  })
  const stages = [...new Set(conditions.map((condition) => condition.stage))].sort()
  // A `trusted` finding no Stage 3 condition owns would cap nothing: a programming error, caught here.
  const stray = findings.find((finding) => finding.severity === 'trusted' && !stage3Ids.includes(finding.id))
  if (stray) throw new Error(`finding ${stray.id} is rated trusted but no Stage 3 condition owns it`)
  let stage: Stage = 0
  for (const next of stages) {
    if (!conditions.filter((condition) => condition.stage === next).every((condition) => condition.met)) break
    stage = next
  }
  return { stage, conditions }
}

/** What each stage means, in a few words. */
export const stageDescriptions = {
  0: 'ruggable',
  1: 'DevProof: changes wait a notice users can exit in',
  2: 'governance: changes are voted, then wait the notice',
  3: 'trustless: boots also need attestations from k >= 2 TEE vendors, checked by code nobody can change without notice',
} as const satisfies Record<Stage, string>

/** A stage as people read it: `Stage 1 (DevProof: …)`. */
export const stageNames = {
  0: `Stage 0 (${stageDescriptions[0]})`,
  1: `Stage 1 (${stageDescriptions[1]})`,
  2: `Stage 2 (${stageDescriptions[2]})`,
  3: `Stage 3 (${stageDescriptions[3]})`,
} as const satisfies Record<Stage, string>
