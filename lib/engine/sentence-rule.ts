import { defineRule, type Rule, type RuleContext, type RuleFinding, type RuleMeta } from '@/lib/engine/rule';
import { sentenceMemo } from '@/lib/engine/sentence-facts';

/**
 * Findings reused per sentence. Most rules judge one sentence at a time, reading only its text
 * and a few facts about the whole reply (does it offer anything, is the customer upset). A
 * keystroke changes one sentence, yet a rule written over the whole draft redoes every
 * sentence's findings on every call. A rule declared as a sentence rule instead has each
 * sentence's findings remembered with that sentence (sentence-facts.ts, keyed by its text) and
 * the facts they were made with: an unchanged sentence's findings come back as they were, or
 * moved by as much as the sentence moved, and only the edited sentence is checked again.
 *
 * The contract that makes this exact: a part reads sentence `index`'s own text (directly or
 * through the sentence memos), the texts of the `after` sentences that follow it, and `facts`,
 * nothing else; its findings lie inside the sentence.
 * Everything else a part's decision depends on (the mood, a setting, a fact of the whole reply)
 * belongs in `facts`, one primitive compared with ===. The locale is keyed automatically.
 * tests/engine/sentence-rule.test.ts checks that typing a draft in any order of edits gives the
 * findings a cold analysis gives.
 */
export type Facts = string | number | boolean | undefined;

/** One kind of finding of sentence `index`, in draft offsets (as report() makes them). */
export type SentencePart<F extends Facts> = (context: RuleContext, index: number, facts: F) => RuleFinding[];

export interface SentenceRuleDefinition<Id extends string, F extends Facts> {
  meta: RuleMeta<Id>;
  /** The facts outside the sentence that the parts read; the default reads none. */
  reads?: (context: RuleContext) => F;
  /**
   * The rule's kinds of finding. The rule reports every sentence's findings of the first part,
   * then of the second, and so on: the order a whole-draft `check` made of one scan per kind gives.
   */
  parts: ReadonlyArray<SentencePart<F>>;
  /** How many following sentences the parts read ("is there an alternative in the next one?"); 0 by default. */
  after?: number;
  /**
   * What the whole reply decides after the sentences (a cap on how many are noticed, one per
   * sentence): given the parts' findings in order, returns those reported.
   */
  finish?: (context: RuleContext, found: RuleFinding[]) => RuleFinding[];
}

interface Remembered<F> {
  facts: F;
  locale: string;
  /** The texts of the `after` sentences that followed (null: none). */
  following: readonly (string | null)[];
  /** Where the sentence started in the draft when `found` was last handed out. */
  at: number;
  /** Per part, the findings at that place. */
  found: ReadonlyArray<readonly RuleFinding[]>;
}

/** Facts a sentence keeps findings for at once: a fact flips back and forth while the agent types. */
const MAX_FACTS = 2;
const NONE: readonly RuleFinding[] = [];

/** A finding moved to new offsets, field by field (object spread is a slow path in V8). */
function moved(finding: RuleFinding, start: number, end: number, text: string): RuleFinding {
  const { ruleId, messageId, category, kind, why, alternatives, certainty } = finding;
  const copy: RuleFinding = { ruleId, messageId, category, kind, start, end, text, why, alternatives, certainty };
  if (finding.secondOpinion) copy.secondOpinion = true;
  if (finding.wholeReply) copy.wholeReply = true;
  return copy;
}

/**
 * The remembered findings handed out where the sentence is now. Offsets move with the sentence;
 * the text is the draft's, which may differ where the lintable text does not ("can’t" typed
 * as "can't"), so it is checked in place and the finding remade only then.
 */
function placed(entry: Remembered<unknown>, draft: string, at: number): Remembered<unknown>['found'] {
  const shift = at - entry.at;
  let found = entry.found;
  for (let part = 0; part < found.length; part++) {
    const list = found[part]!;
    for (let i = 0; i < list.length; i++) {
      const finding = list[i]!;
      if (shift === 0 && draft.startsWith(finding.text, finding.start)) continue;
      if (found === entry.found) found = found.map((old) => old.slice());
      const start = finding.start + shift;
      const end = finding.end + shift;
      (found[part] as RuleFinding[])[i] = moved(finding, start, end, draft.slice(start, end));
    }
  }
  entry.found = found;
  entry.at = at;
  return found;
}

const NOT_FOLLOWED: readonly (string | null)[] = [];

function followingOf(sentences: RuleContext['sentences'], index: number, after: number): readonly (string | null)[] {
  if (after === 0) return NOT_FOLLOWED;
  const texts: Array<string | null> = [];
  for (let next = index + 1; next <= index + after; next++) texts.push(sentences[next]?.text ?? null);
  return texts;
}

function sameFollowing(entry: Remembered<unknown>, sentences: RuleContext['sentences'], index: number): boolean {
  const { following } = entry;
  for (let i = 0; i < following.length; i++)
    if ((sentences[index + 1 + i]?.text ?? null) !== following[i]) return false;
  return true;
}

/** The parts' findings of every sentence, part by part, each sentence's remembered with it. */
function sentenceFindings<F extends Facts>(
  parts: ReadonlyArray<SentencePart<F>>,
  after: number,
): (context: RuleContext, facts: F) => RuleFinding[] {
  const memo = sentenceMemo<Array<Remembered<F>>, RuleContext>();
  const remembered = (): Array<Remembered<F>> => [];
  return (context, facts) => {
    const { sentences, locale, draft } = context;
    const bySentence: Array<Remembered<F>['found']> = [];
    for (let index = 0; index < sentences.length; index++) {
      const entries = memo(context, index, remembered);
      const at = sentences[index]!.start;
      let entry: Remembered<F> | undefined;
      for (let e = 0; e < entries.length; e++) {
        const candidate = entries[e]!;
        if (candidate.facts === facts && candidate.locale === locale && sameFollowing(candidate, sentences, index))
          entry = candidate;
      }
      if (entry) {
        bySentence.push(placed(entry, draft, at));
        continue;
      }
      const found = parts.map((part) => {
        const list = part(context, index, facts);
        return list.length === 0 ? NONE : list;
      });
      if (entries.length >= MAX_FACTS) entries.shift();
      entries.push({ facts, locale, following: followingOf(sentences, index, after), at, found });
      bySentence.push(found);
    }
    const all: RuleFinding[] = [];
    for (let part = 0; part < parts.length; part++) {
      for (let index = 0; index < bySentence.length; index++) {
        const list = bySentence[index]![part]!;
        for (let i = 0; i < list.length; i++) all.push(list[i]!);
      }
    }
    return all;
  };
}

/**
 * A rule judged sentence by sentence (see the top of this file): the engine runs it as any
 * other rule, and only the sentences it has not seen with these facts are checked again.
 */
export function defineSentenceRule<Id extends string, F extends Facts = undefined>(
  definition: SentenceRuleDefinition<Id, F>,
): Rule<Id> {
  const { meta, reads, parts, finish, after = 0 } = definition;
  const findings = sentenceFindings(parts, after);
  return defineRule({
    meta,
    check: (context) => {
      const found = findings(context, reads ? reads(context) : (undefined as F));
      return finish ? finish(context, found) : found;
    },
  });
}
