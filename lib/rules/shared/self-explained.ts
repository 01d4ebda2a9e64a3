import type { RuleContext } from '@/lib/engine/rule';
import type { Span } from '@/lib/engine/types';
import { anchoredShapes, matchAnchoredGroups } from '@/lib/rules/shared/match-spans';

/**
 * A word explained by itself closes the subject instead of explaining it: "Pending means
 * pending", "It'll be ready when it's ready", "fixed when it's fixed" (drafts by other hands,
 * issue 15). The shapes find "X means Y" and "be X when it's Y"; only X = Y counts, checked
 * here because a back-reference would defeat the anchored-matching property test.
 */
const SHAPES = anchoredShapes([
  ['means', '[a-z]{4,} means [a-z]{4,}\\b'],
  ['when', "be [a-z]+ when (?:it's|it is|they're|they are) [a-z]+\\b"],
]);

function repeatsItself(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const explained = words[0] === 'be' ? words[1] : words[0];
  return explained !== undefined && explained === words[words.length - 1];
}

export function selfExplained(context: RuleContext): Span[] {
  return matchAnchoredGroups(context, SHAPES).filter((span) =>
    repeatsItself(context.lintable.slice(span.start, span.end)),
  );
}
