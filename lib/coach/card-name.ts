import type { Finding } from '@/lib/engine/types';
import { RULES } from '@/lib/rules';
import { CONCERN_PRIORITY, concernOf } from '@/lib/coach/points';

// The analysis hands findings on without the engine's own flag, so the rules' metadata says which guess.
const SECOND_OPINIONS = new Set(RULES.filter((rule) => rule.meta.secondOpinion).map((rule) => rule.meta.id));

/** A learned second opinion's guess, as opposed to a rule that names the words and is sure of them. */
export const isSecondOpinion = (finding: Pick<Finding, 'ruleId'>): boolean => SECOND_OPINIONS.has(finding.ruleId);

/**
 * Kinds of finding that say what a whole sentence does, whatever else sits in its words: a bare
 * "no" is a refusal with no way forward, and a regretful opener ("Unfortunately we can't X.")
 * does not make it another kind of sentence (walk 2026-12-07, item 3: "We can't X." and
 * "Unfortunately we can't X." were titled differently).
 */
const NAMES_THE_SENTENCE = new Set(['no-alternative']);

const sameWords = (a: Finding, b: Finding) => a.start === b.start && a.end === b.end;

/**
 * A "no" heard in words another rule is sure of and names ("It's in the terms you accepted.",
 * "It's council policy."): no-alternative reads a rule book or a shrug given as the whole answer
 * as a "no", reporting the very words of the reason, but the sentence says no such thing in words:
 * it points at the small print, so the finding that found those words says what it does (walk
 * 2026-12-07 #3, item 1). A regretful opener around a "no" ("Unfortunately that's not possible")
 * has other words than the "no" it wraps, so that "no" still names its sentence.
 */
const echoes = (finding: Finding, all: readonly Finding[]) =>
  all.some((other) => other.category !== finding.category && !isSecondOpinion(other) && sameWords(finding, other));

function rank(finding: Finding, all: readonly Finding[]): number[] {
  const naming = NAMES_THE_SENTENCE.has(finding.category);
  return [
    naming && echoes(finding, all) ? 2 : naming ? 0 : 1,
    isSecondOpinion(finding) ? 1 : 0,
    CONCERN_PRIORITY.indexOf(concernOf(finding) ?? 'jargon'),
    finding.start,
  ];
}

function before(a: Finding, b: Finding, all: readonly Finding[]): boolean {
  const [x, y] = [rank(a, all), rank(b, all)];
  const index = x.findIndex((value, i) => value !== y[i]);
  return index === -1 ? a.ruleId < b.ruleId : x[index]! < y[index]!;
}

/**
 * The finding that names a card, chosen from every finding of its sentence by one fixed order,
 * never by which of them is visible yet or which point led the merge (walk 2026-12-07: "The
 * charge is explained in our terms of service." read "Blames them" or "Talks down" depending
 * on timing). The order: what names the whole sentence, then a rule's sure words over a learned
 * guess, then the concern that hurts most, then the earliest words; a "no" only inferred from
 * another finding's words comes last.
 */
export function namingFinding(findings: readonly Finding[]): Finding {
  return findings.reduce((best, finding) => (before(finding, best, findings) ? finding : best));
}
