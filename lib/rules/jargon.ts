import { defineRule, perAnalysis, report, type RuleContext, type RuleMeta } from '@/lib/engine/rule';
import { wordsOf } from '@/lib/engine/word-index';
import { anchorWords, escapePattern, matchAnchored, matchSpans } from '@/lib/rules/shared/match-spans';
import { JARGON_TERMS } from '@/lib/rules/shared/jargon-terms';
import { explainedOnTheSpot, findAcronyms } from '@/lib/rules/shared/acronyms';
import type { Span } from '@/lib/engine/types';

const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}_])';

interface TermsMatcher {
  pattern: RegExp;
  /** First word of each term, to pick the sentences worth scanning; null when a term has no ASCII word. */
  anchors: string[] | null;
}

function termsMatcher(terms: readonly string[]): TermsMatcher | null {
  const cleaned = [...new Set(terms.map((term) => term.trim()).filter((term) => term.length > 0 && term.length <= 60))];
  if (cleaned.length === 0) return null;
  // Longest first so "tier 2" wins over a shorter overlapping term.
  cleaned.sort((a, b) => b.length - a.length);
  const body = cleaned.map((term) => escapePattern(term).replace(/\s+/g, '\\s+')).join('|');
  const firstWords = cleaned.map((term) => wordsOf(term)[0]);
  return {
    pattern: new RegExp(`${WORD_EDGE_BEFORE}(?:${body})${WORD_EDGE_AFTER}`, 'giu'),
    anchors: firstWords.every((word) => word !== undefined) ? [...new Set(firstWords as string[])] : null,
  };
}

const BUILT_IN = termsMatcher(JARGON_TERMS);
// Built-in terms are anchored (registered for indexing at load); the agent's own terms
// arrive with settings, after the draft is indexed, so they are matched by a full scan.
if (BUILT_IN?.anchors) anchorWords(BUILT_IN.anchors.join(' '));
// Settings change rarely; remember the last few custom lists instead of recompiling per keystroke.
const customCache = new Map<string, TermsMatcher | null>();
function customMatcher(terms: string[]): TermsMatcher | null {
  const key = terms.join('\u0000');
  if (!customCache.has(key)) {
    if (customCache.size >= 8) customCache.clear();
    const matcher = termsMatcher(terms.slice(0, 200));
    customCache.set(key, matcher && { ...matcher, anchors: null });
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

/** Lower-case words separated by single spaces, so "Tier-2" matches a customer's "tier 2". */
function asWords(term: string): string {
  return ` ${term
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

// Built only when a term is found: most drafts have no jargon, and this is the costliest step.
const customerWords = perAnalysis((context) => ` ${asWords(context.customerMessages.join(' ')).trim()} `);

const usedByCustomer = (context: RuleContext, span: Span) =>
  customerWords(context).includes(asWords(context.lintable.slice(span.start, span.end)));

/**
 * Terms from the built-in list the reply explains somewhere ("on PNR 6KLM2P (the PNR is your
 * booking reference)", "starting with RMA, which is just our reference"): good replies by people
 * who never saw these rules do this (issue 15), and every mention of the term is then clear.
 * The agent's own terms stay flagged: they asked to be told.
 */
function explainedTerms(context: RuleContext, spans: Span[]): Set<string> {
  const explained = new Set<string>();
  for (const span of spans) {
    if (explainedOnTheSpot(context.lintable, span))
      explained.add(context.lintable.slice(span.start, span.end).toLowerCase());
  }
  return explained;
}

function find(context: RuleContext, matcher: TermsMatcher | null, certainty: 'certain' | 'likely') {
  if (!matcher) return [];
  const spans = matcher.anchors
    ? matchAnchored(context, matcher.anchors, matcher.pattern)
    : matchSpans(context.lintable, matcher.pattern);
  const explained = certainty === 'likely' && spans.length > 0 ? explainedTerms(context, spans) : null;
  return spans
    .filter((span) => !usedByCustomer(context, span))
    .filter((span) => !explained?.has(context.lintable.slice(span.start, span.end).toLowerCase()))
    .map((span) => report(meta, context, span.start, span.end, 'jargon', certainty));
}

// A few are enough to make the point; a log pasted into the reply would otherwise fill the list.
const MAX_SHORTHAND = 4;

/** Shorthand no list knows ("KYC", "NOC"), each once, unless the customer used it. */
function shorthand(context: RuleContext, listed: Span[]) {
  const seen = new Set<string>();
  const found: Span[] = [];
  for (const span of findAcronyms(context)) {
    const text = context.lintable.slice(span.start, span.end);
    if (seen.has(text) || listed.some((other) => span.start < other.end && other.start < span.end)) continue;
    seen.add(text);
    if (!usedByCustomer(context, span)) found.push(span);
    if (found.length >= MAX_SHORTHAND) break;
  }
  return found.map((span) => report(meta, context, span.start, span.end, 'jargon', 'likely'));
}

export default defineRule({
  meta,
  check: (context) => {
    const builtIn = find(context, BUILT_IN, 'likely');
    const custom = find(context, customMatcher(context.settings.customJargon), 'certain');
    const seen = new Set(custom.map((finding) => finding.start));
    const listed = [...custom, ...builtIn.filter((finding) => !seen.has(finding.start))];
    return [...listed, ...shorthand(context, listed)];
  },
});
