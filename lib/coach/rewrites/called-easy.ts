import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { clauseAround, cut, find, replace, substantial } from '@/lib/coach/rewrites/sentence-edits';

/**
 * A step called simple or easy: the step stays, the verdict goes ("Simply go to Account" →
 * "Go to Account"). Source: coaching seed 001 (patience with people "who aren't like us").
 */
const SIMPLY = /\bsimply\s+/i;
const CALLED_EASY =
  /\b(?:it's|it is|this is|that's|that is) (?:(?:really|very|quite|pretty|super|extremely|that|so|all|just|honestly|actually|genuinely|incredibly) ){0,2}(?:simple|easy|straightforward|not (?:that |very |really |so )?(?:complicated|hard|difficult|rocket science))\b[:,]?/i;
const STEPS = 'Here are the steps: [first step], then [next step].';

export const calledEasy: RewriteBuilder = ({ sentence }) => {
  const simply = find(sentence, SIMPLY);
  if (simply) return [replace(sentence, simply, '')];
  const easy = find(sentence, CALLED_EASY);
  if (!easy) return [];
  const rest = cut(sentence, clauseAround(sentence, easy)).replace(/^Just (\w)/, (_, c: string) => c.toUpperCase());
  return [substantial(rest) ? rest : STEPS];
};
