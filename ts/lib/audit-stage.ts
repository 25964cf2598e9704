// The ERC-733 stage as a list of conditions per stage, each met or not with its reasons. The one
// rating that `deploy`, `status` and `audit` print. No Node-only imports (the browser app uses it).

/** ERC-733 stages the auditor can establish. */
export type Stage = 0 | 1 | 2

/**
 * How much a finding weighs: `unknown` and `rug` keep the app at Stage 0 (code nobody can vouch for;
 * a loosening that skips the notice), `centralized` keeps it at Stage 1 at most (one party decides),
 * `warning` and `info` inform without capping.
 */
export type Severity = 'unknown' | 'rug' | 'centralized' | 'warning' | 'info'

export const severityOrder: readonly Severity[] = ['unknown', 'rug', 'centralized', 'warning', 'info']

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

/** What the controller is, as far as the rating needs: whether token holders decide by vote. */
export type RatingFacts = { governedByVote: boolean }

type ConditionRule = {
  stage: Exclude<Stage, 0>
  id: string
  description: string
  /** The reasons the condition fails; empty means met. */
  failures: (findings: readonly RatedFinding[], facts: RatingFacts) => string[]
}

const messages = (findings: readonly RatedFinding[], severity: Severity) =>
  findings.filter((finding) => finding.severity === severity).map((finding) => `${finding.id}: ${finding.message}`)

/**
 * The conditions in stage order. A later stage appends its own (issue 14 adds Stage 3's); an app
 * reaches a stage when every condition of that stage and of every stage below is met.
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
]

/** The one rating function: evaluates every condition and returns the highest stage all of whose conditions (and those below) hold. */
export function rateStage(findings: readonly RatedFinding[], facts: RatingFacts): StageRating {
  const conditions = stageConditions.map((rule): StageCondition => {
    const reasons = rule.failures(findings, facts)
    return { stage: rule.stage, id: rule.id, description: rule.description, met: reasons.length === 0, reasons }
  })
  const stages = [...new Set(conditions.map((condition) => condition.stage))].sort()
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
} as const satisfies Record<Stage, string>

/** A stage as people read it: `Stage 1 (DevProof: …)`. */
export const stageNames = {
  0: `Stage 0 (${stageDescriptions[0]})`,
  1: `Stage 1 (${stageDescriptions[1]})`,
  2: `Stage 2 (${stageDescriptions[2]})`,
} as const satisfies Record<Stage, string>
