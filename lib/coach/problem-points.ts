import type { Finding } from '@/lib/engine/types';
import { CONCERN_PRIORITY, concernOf, type Concern } from '@/lib/coach/points';
import { oneCardPerWords } from '@/lib/coach/same-words';
import { namingFinding } from '@/lib/coach/card-name';
import { wholeReplyJudged } from '@/lib/coach/draft-looks-finished';
import { sentenceAround, sentenceJudged } from '@/lib/coach/sentence-around';
import type { Span } from '@/lib/engine/types';

/** One problem in the draft: every finding of one concern in one sentence, led by the first. */
export interface ProblemPoint {
  key: string;
  concern: Concern;
  /** The finding whose words title the card; its rule gets the point's stats. */
  lead: Finding;
  findings: Finding[];
  sentence: Span;
  /** Another concern found in the same words (lib/coach/same-words.ts): one card, which mentions it. */
  also?: Finding[];
  /** The finding that titles the card (card-name.ts): chosen from all of them, waiting or not, so the title never flips. */
  named: Finding;
}

/** Identity across re-analyses: offsets move as the agent types, the concern and the lead words do not. */
export const problemKey = (concern: Concern, lead: Finding): string => `${concern}@${lead.text.toLowerCase()}`;

interface Gathering {
  concern: Concern;
  sentence: Span;
  judged: Finding[];
  waiting: Finding[];
}

/**
 * The draft's problems, one per concern and sentence, most important first and earliest first
 * within a concern; `settled` says whether the agent may see each one yet. Muted rules are gone
 * already (analyze). A sentence the agent is still writing, or has just finished while typing
 * on, is left alone until they move on or pause (issue 14: judged once finished, never nagging), and
 * a judgement of the whole reply until the reply looks finished (draft-looks-finished.ts);
 * a point already on screen (`onScreen`, by key) stays, so a card never blinks out and back.
 */
export function problemPoints(
  findings: readonly Finding[],
  draft: string,
  idleMs: number,
  onScreen: ReadonlySet<string> = new Set(),
): (ProblemPoint & { settled: boolean })[] {
  const gathered = new Map<string, Gathering>();
  let replyJudged: boolean | undefined;
  for (const finding of findings) {
    const concern = finding.kind === 'problem' ? concernOf(finding) : undefined;
    if (!concern) continue;
    const sentence = sentenceAround(draft, finding);
    const place = `${concern}:${sentence.start}`;
    const point = gathered.get(place) ?? { concern, sentence, judged: [], waiting: [] };
    gathered.set(place, point);
    // A judgement of the whole reply waits for the reply to look finished, not just its sentence.
    const judged = finding.wholeReply
      ? (replyJudged ??= wholeReplyJudged(draft, idleMs))
      : sentenceJudged(draft, finding, idleMs, sentence);
    (judged ? point.judged : point.waiting).push(finding);
  }
  const ranked = [...gathered.values()].map(({ concern, sentence, judged, waiting }) => {
    const shown = judged.length > 0 ? judged : waiting;
    const lead = shown.reduce((first, finding) => (finding.start < first.start ? finding : first));
    const key = problemKey(concern, lead);
    const named = namingFinding([...judged, ...waiting]);
    return { key, concern, lead, findings: shown, named, sentence, settled: judged.length > 0 || onScreen.has(key) };
  });
  ranked.sort(
    (a, b) =>
      CONCERN_PRIORITY.indexOf(a.concern) - CONCERN_PRIORITY.indexOf(b.concern) || a.sentence.start - b.sentence.start,
  );
  return oneCardPerWords(ranked);
}
