import type { Finding } from '@/lib/engine/types';
import { CONCERN_PRIORITY, concernOf, type Concern } from '@/lib/coach/points';
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
}

/** Identity across re-analyses: offsets move as the agent types, the concern and the lead words do not. */
export const problemKey = (concern: Concern, lead: Finding): string => `${concern}@${lead.text.toLowerCase()}`;

/**
 * The draft's problems the agent may see, one per concern and sentence, most important
 * first and earliest first within a concern. Muted rules are gone already (analyze), and a
 * sentence still being written is left alone (issue 14: judged once finished).
 */
export function problemPoints(findings: readonly Finding[], draft: string, idleMs: number): ProblemPoint[] {
  const points = new Map<string, ProblemPoint>();
  for (const finding of findings) {
    const concern = finding.kind === 'problem' ? concernOf(finding) : undefined;
    if (!concern) continue;
    const sentence = sentenceAround(draft, finding);
    if (!sentenceJudged(draft, finding, idleMs, sentence)) continue;
    const place = `${concern}:${sentence.start}`;
    const existing = points.get(place);
    if (existing) existing.findings.push(finding);
    else points.set(place, { key: '', concern, lead: finding, findings: [finding], sentence });
  }
  const ranked = [...points.values()].map((point) => {
    const lead = point.findings.reduce((first, finding) => (finding.start < first.start ? finding : first));
    return { ...point, lead, key: problemKey(point.concern, lead) };
  });
  return ranked.sort(
    (a, b) =>
      CONCERN_PRIORITY.indexOf(a.concern) - CONCERN_PRIORITY.indexOf(b.concern) || a.sentence.start - b.sentence.start,
  );
}
