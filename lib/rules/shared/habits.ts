import type { RuleContext } from '@/lib/engine/rule';
import type { Span } from '@/lib/engine/types';
import { anchoredShapes, matchAnchoredGroups } from '@/lib/rules/shared/match-spans';

/**
 * A failure told as a habit of the world: "calls sometimes drop", "our fraud systems occasionally
 * flag genuine spending", "these things occasionally happen with cloud products", "Hacking
 * happens when people reuse passwords", "It happens." Drafts by people who never saw these rules
 * excuse this way far more often than with a fixed phrase (issue 15). "Sometimes longer" or
 * "sometimes it takes a while" is a vague time (uncertainty's), and "you sometimes" is about the
 * customer: neither is read here.
 */
const HABITS = anchoredShapes([
  [
    'sometimes occasionally time',
    "(?:sometimes|occasionally|from time to time) (?!(?:you|u|we|I|it|it's|there|longer|quicker|faster|sooner|yes|no|take|takes|took|a|an|the)\\b)[a-z]{3,}",
  ],
  ['happen happens', '(?:these|such) things [a-z]+ly happen\\b|(?<=^)it happens[.!]*$|(?<=^[a-z]+ )happens when\\b'],
]);

export const findHabits = (context: RuleContext): Span[] => matchAnchoredGroups(context, HABITS);
