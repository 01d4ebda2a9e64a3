import type { EngineSettings, Finding, Mood, RuleCategory } from '@/lib/engine/types';
import { GOOD_CATEGORIES } from '@/lib/engine/types';
import type { Sentence } from '@/lib/engine/sentences';
import type { SentenceFacts } from '@/lib/engine/sentence-facts';
import type { WordIndex } from '@/lib/engine/word-index';

/**
 * How sure a rule is about one finding. The agent's sensitivity setting keeps
 * `certain` only (low), `certain` + `likely` (medium) or everything (high):
 * a wrong nudge costs more than a missed one (product.md, quality bar).
 */
export type Certainty = 'certain' | 'likely' | 'possible';

export interface RuleMessage {
  /** One line: why this matters to the customer. */
  why: string;
  /** Directions in our own words, never a canned line to paste. */
  alternatives: string[];
}

/** Messages are data keyed by locale, then by message id; English is the fallback. */
export type RuleMessages<Id extends string> = { en: Record<Id, RuleMessage> } & Partial<
  Record<string, Record<Id, RuleMessage>>
>;

export interface RuleMeta<Id extends string = string> {
  /** Permanent id, equal to the rule's file name. */
  id: string;
  category: RuleCategory;
  description: string;
  messages: RuleMessages<Id>;
  /**
   * A learned second opinion (lib/rules/learned-*.ts): it only speaks when no other rule found
   * its category in the draft, and never takes a finding away (lib/analysis/run-rules.ts).
   */
  secondOpinion?: boolean;
  /**
   * 'reply' when every finding judges the whole reply rather than its own sentence (Finding.wholeReply);
   * a rule whose findings differ passes the scope to `report` finding by finding.
   */
  judges?: Scope;
}

/** What a finding judges: its own sentence, or the reply as a whole. */
export type Scope = 'sentence' | 'reply';

/** What a rule sees: the draft with unlintable regions blanked, offsets unchanged. */
export interface RuleContext {
  /** The analysed draft (possibly capped), used for the `text` of findings. */
  draft: string;
  /** Same length as `draft`; quotes, greeting and signature blanked, curly quotes straightened. */
  lintable: string;
  sentences: Sentence[];
  /** One per sentence: results remembered between calls (use sentenceMemo, not directly). */
  sentenceFacts: SentenceFacts[];
  /** Which sentences contain which words: rules look up their anchor words instead of scanning everything. */
  words: WordIndex;
  mood: Mood;
  /** Recent customer messages (capped), oldest first, for "did the customer use this word too?" checks. */
  customerMessages: string[];
  settings: EngineSettings;
  locale: string;
}

export interface RuleFinding extends Finding {
  certainty: Certainty;
  /** Set when the finding comes from a learned second opinion rather than a rule's own shapes. */
  secondOpinion?: true;
}

export interface Rule<Id extends string = string> {
  meta: RuleMeta<Id>;
  check(context: RuleContext): RuleFinding[];
}

/**
 * `answer(context)`, kept for the last context it was asked about: several rules of one
 * analysis ask the same question of the whole reply ("does it offer anything?"), and a
 * pointer comparison is cheaper than a WeakMap. `answer` must depend on the context alone.
 */
export function perAnalysis<V>(answer: (context: RuleContext) => V): (context: RuleContext) => V {
  let last: RuleContext | null = null;
  let value: V;
  return (context) => {
    if (context !== last) {
      value = answer(context);
      last = context;
    }
    return value;
  };
}

/** Identity helper so each rule file gets its message ids checked by the compiler. */
export function defineRule<Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

// Every finding asks for its messages; the locale is the same for the whole session.
const languages = new Map<string, string>();
function languageOf(locale: string): string {
  let language = languages.get(locale);
  if (language === undefined) {
    language = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
    if (languages.size >= 16) languages.clear();
    languages.set(locale, language);
  }
  return language;
}

export function messageFor<Id extends string>(meta: RuleMeta<Id>, locale: string, id: Id): RuleMessage {
  const language = languageOf(locale);
  const table = meta.messages[locale] ?? meta.messages[language] ?? meta.messages.en;
  return table[id] ?? meta.messages.en[id];
}

export function report<Id extends string>(
  meta: RuleMeta<Id>,
  context: RuleContext,
  start: number,
  end: number,
  messageId: Id,
  certainty: Certainty = 'certain',
  scope: Scope = meta.judges ?? 'sentence',
): RuleFinding {
  const message = messageFor(meta, context.locale, messageId);
  const good = (GOOD_CATEGORIES as readonly string[]).includes(meta.category);
  const finding: RuleFinding = {
    ruleId: meta.id,
    messageId,
    category: meta.category,
    kind: good ? 'good' : 'problem',
    start,
    end,
    text: context.draft.slice(start, end),
    why: message.why,
    alternatives: [...message.alternatives],
    certainty,
  };
  if (meta.secondOpinion) finding.secondOpinion = true;
  if (scope === 'reply') finding.wholeReply = true;
  return finding;
}
