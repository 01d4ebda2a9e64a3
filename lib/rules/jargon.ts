import { defineRule, report, type RuleContext, type RuleMeta } from '../engine/rule';
import { escapePattern, matchSpans } from './shared/match-spans';
import { JARGON_TERMS } from './shared/jargon-terms';

const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}_])';

function termsPattern(terms: readonly string[]): RegExp | null {
  const cleaned = [...new Set(terms.map((term) => term.trim()).filter((term) => term.length > 0 && term.length <= 60))];
  if (cleaned.length === 0) return null;
  // Longest first so "tier 2" wins over a shorter overlapping term.
  cleaned.sort((a, b) => b.length - a.length);
  const body = cleaned.map((term) => escapePattern(term).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`${WORD_EDGE_BEFORE}(?:${body})${WORD_EDGE_AFTER}`, 'giu');
}

const BUILT_IN = termsPattern(JARGON_TERMS)!;
// Settings change rarely; remember the last few custom lists instead of recompiling per keystroke.
const customCache = new Map<string, RegExp | null>();
function customPattern(terms: string[]): RegExp | null {
  const key = terms.join('\u0000');
  if (!customCache.has(key)) {
    if (customCache.size >= 8) customCache.clear();
    customCache.set(key, termsPattern(terms.slice(0, 200)));
  }
  return customCache.get(key) ?? null;
}

const meta: RuleMeta<'jargon'> = {
  id: 'jargon',
  category: 'jargon',
  description: 'Notices internal terms the customer may not know (built-in list plus your own words).',
  messages: {
    en: {
      jargon: {
        why: 'Internal terms make the customer guess, and can make them feel outside the conversation.',
        alternatives: [
          'Use the words the customer used, or say what it means for them.',
          'If the term matters, explain it in a few plain words.',
        ],
      },
    },
  },
};

/** Same normalisation as RuleContext.customerText, so "Tier-2" matches a customer's "tier 2". */
function asWords(term: string): string {
  return ` ${term.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

function find(context: RuleContext, pattern: RegExp | null, certainty: 'certain' | 'likely') {
  if (!pattern) return [];
  return matchSpans(context.lintable, pattern)
    .filter((span) => !context.customerText.includes(asWords(context.lintable.slice(span.start, span.end))))
    .map((span) => report(meta, context, span.start, span.end, 'jargon', certainty));
}

export default defineRule({
  meta,
  check: (context) => {
    const builtIn = find(context, BUILT_IN, 'likely');
    const custom = find(context, customPattern(context.settings.customJargon), 'certain');
    const seen = new Set(custom.map((finding) => finding.start));
    return [...custom, ...builtIn.filter((finding) => !seen.has(finding.start))];
  },
});
