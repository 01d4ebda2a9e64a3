import type { Finding } from '@/lib/engine/types';
import { CONCERN_PRIORITY, type Concern } from '@/lib/coach/points';
import { isSecondOpinion, namingFinding } from '@/lib/coach/card-name';

/**
 * Two concerns found in the same words are one card (QA 2026-12-07: "you need to contact" took
 * both visible slots as "Blame" and "An order", while a refusal waited behind "+1 more"). The
 * card that stays is the one that matters most: a rule's finding over a learned second opinion's
 * guess (a rule names the words and is sure of them), then the concern that hurts most; the other
 * comes along as `also`, so the card can mention it and its rewrite must clear it too.
 */

/** What merging needs of a point (problem-points.ts builds them; named here so neither imports the other). */
interface ProblemPoint {
  concern: Concern;
  findings: Finding[];
  also?: Finding[];
  /** The finding that titles the card, from every finding of its sentence, shown yet or not. */
  named: Finding;
}

const touch = (a: Finding, b: Finding) => a.start < b.end && b.start < a.end;
const overlap = (a: ProblemPoint, b: ProblemPoint) => a.findings.some((f) => b.findings.some((g) => touch(f, g)));
const certain = (point: ProblemPoint) => point.findings.some((finding) => !isSecondOpinion(finding));

/** Whether `a` should lead a card that both would take: sure before guessed, then by concern. */
function outranks(a: ProblemPoint, b: ProblemPoint): boolean {
  if (certain(a) !== certain(b)) return certain(a);
  return CONCERN_PRIORITY.indexOf(a.concern) < CONCERN_PRIORITY.indexOf(b.concern);
}

function absorb<P extends ProblemPoint>(lead: P, other: P): P {
  return {
    ...lead,
    also: [...(lead.also ?? []), ...other.findings, ...(other.also ?? [])],
    named: namingFinding([lead.named, other.named]),
  };
}

/** `ranked` in display order; the merged card keeps the place of the earlier of the two. */
export function oneCardPerWords<P extends ProblemPoint & { settled: boolean }>(ranked: readonly P[]): P[] {
  const cards: P[] = [];
  for (const point of ranked) {
    const index = cards.findIndex((card) => overlap(card, point));
    if (index === -1) {
      cards.push(point);
      continue;
    }
    const card = cards[index]!;
    const merged = outranks(point, card) ? absorb(point, card) : absorb(card, point);
    cards[index] = { ...merged, settled: card.settled || point.settled };
  }
  return cards;
}
