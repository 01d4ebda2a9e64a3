/**
 * One pattern for a list of phrases that each start at a word boundary: `\b(?:a|b|c)`.
 * It matches exactly what `\ba|\bb|\bc` matches (same phrases tried in the same order at the
 * same positions), but V8 checks the boundary once per position instead of once per phrase,
 * which takes a third to a half off the time of the engine's long phrase lists
 * (measured with tests/bench/engine.ts).
 *
 * A phrase must not contain a `|` outside brackets: the boundary would then also apply to
 * the part after it. Give each alternative its own entry instead.
 */
export function phrasesAtWordStart(phrases: readonly string[], flags: string): RegExp {
  return new RegExp(`\\b(?:${phrases.join('|')})`, flags);
}
