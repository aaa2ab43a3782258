// The seed of every fast-check property in the suite: fixed, so a run on a
// fresh clone is the run CI did (a random seed failed about 5% of fresh runs,
// issue 11); printed once per run; overridable to explore or to replay.
//
//   QUIZBANK_FC_SEED=12345 npx vitest run packages/core
//
// A failing property prints its own seed and path as well; pass the seed
// here to replay the whole suite's draws.

/** The seed used when QUIZBANK_FC_SEED is not set. */
export const DEFAULT_FC_SEED = 20_261_121

/**
 * The seed for this run: QUIZBANK_FC_SEED when set (a 32-bit integer),
 * else {@link DEFAULT_FC_SEED}. Throws on anything else, rather than fall
 * back silently to another seed than the one asked for.
 *
 * @example
 *   fastCheckSeed({ QUIZBANK_FC_SEED: '7' }) // 7
 */
export function fastCheckSeed(env: Readonly<Record<string, string | undefined>>): number {
  const text = env.QUIZBANK_FC_SEED
  if (text === undefined || text === '') return DEFAULT_FC_SEED
  const seed = Number(text)
  if (!Number.isInteger(seed) || seed < -(2 ** 31) || seed >= 2 ** 32) throw new Error(`QUIZBANK_FC_SEED must be a 32-bit integer, received ${JSON.stringify(text.slice(0, 40))}`)
  return seed
}
