/** Exit codes: 0 done (or allowed), 1 a negative answer (simulate-boot: denied), 2 an error. */
export const exitCodes = { ok: 0, denied: 1, error: 2 } as const
