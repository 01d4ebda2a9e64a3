import { defineRule, type Rule, type RuleContext, type RuleFinding, type RuleMeta } from '@/lib/engine/rule';
import { sentenceSlot } from '@/lib/engine/sentence-facts';
import {
  anchorIdsOf,
  anchorQuery,
  declaredAnchorCount,
  sentencesMatching,
  wordHash,
  type AnchorQuery,
} from '@/lib/engine/word-index';

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
  /**
   * Words every finding's sentence holds (lib/rules/shared/match-spans.ts anchorWords): the
   * sentences without any are skipped, as matchAnchored skips them. Leave it out when a part
   * can find something in any sentence.
   */
  anchors?: readonly string[];
  /** How many following sentences the parts read ("is there an alternative in the next one?"): 0 (default), 1 or 2. */
  after?: number;
  /**
   * What the whole reply decides after the sentences (a cap on how many are noticed, one per
   * sentence): given the parts' findings in order, returns those reported.
   */
  finish?: (context: RuleContext, found: RuleFinding[]) => RuleFinding[];
}

/**
 * One sentence's findings for one rule, with what they were made from. Kept small: one is made
 * for each rule whenever a sentence is new (every keystroke), and the text memo keeps it for a
 * while, so every field saved is less for the collector to move.
 */
interface Remembered<F> {
  facts: F;
  locale: string;
  /** The texts of the next two sentences, as far as the rule reads them (null: none, or not read). */
  next: string | null;
  afterNext: string | null;
  /** Where the sentence started in the draft when `found` was last handed out. */
  at: number;
  /** Per part, the findings at that place; null when no part found anything (most sentences, most rules). */
  found: Array<readonly RuleFinding[]> | null;
}

/**
 * Findings a sentence keeps at once: a fact flips back and forth while the agent types, and a
 * sentence said twice (a pasted paragraph) is followed by other sentences at each place.
 */
const MAX_FACTS = 4;
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
function placed(found: Array<readonly RuleFinding[]>, entry: Remembered<unknown>, draft: string, at: number): void {
  const shift = at - entry.at;
  for (let part = 0; part < found.length; part++) {
    const list = found[part]!;
    for (let i = 0; i < list.length; i++) {
      const finding = list[i]!;
      const start = finding.start + shift;
      if (draft.startsWith(finding.text, start)) {
        if (shift === 0) continue;
        if (found[part] === list) found[part] = list.slice();
        (found[part] as RuleFinding[])[i] = moved(finding, start, finding.end + shift, finding.text);
        continue;
      }
      if (found[part] === list) found[part] = list.slice();
      (found[part] as RuleFinding[])[i] = moved(
        finding,
        start,
        finding.end + shift,
        draft.slice(start, finding.end + shift),
      );
    }
  }
  entry.at = at;
}

const textAt = (sentences: RuleContext['sentences'], index: number) => sentences[index]?.text ?? null;

/** The parts' findings of every sentence, part by part, each sentence's remembered with it. */
function sentenceFindings<F extends Facts>(
  parts: ReadonlyArray<SentencePart<F>>,
  after: number,
  anchors: readonly string[] | undefined,
): (context: RuleContext, facts: F) => RuleFinding[] {
  if (after > 2) throw new Error('a sentence rule reads at most the two sentences after it');
  const slot = sentenceSlot();
  let query: AnchorQuery | null = null;
  let declared = -1;
  const matches = (entry: Remembered<F>, facts: F, locale: string, next: string | null, afterNext: string | null) =>
    entry.facts === facts && entry.locale === locale && entry.next === next && entry.afterNext === afterNext;
  return (context, facts) => {
    const { sentences, sentenceFacts, locale, draft } = context;
    if (anchors && declared !== declaredAnchorCount()) {
      declared = declaredAnchorCount();
      query = anchorQuery(anchorIdsOf(anchors.map(wordHash)));
    }
    const candidates = query ? sentencesMatching(context.words, query) : null;
    const count = candidates ? candidates.length : sentences.length;
    // Part by part, filled sentence by sentence (in order), so joined they are in a whole-draft scan's order.
    let byPart: RuleFinding[][] | null = null;
    for (let k = 0; k < count; k++) {
      const index = candidates ? candidates[k]! : k;
      const next = after > 0 ? textAt(sentences, index + 1) : null;
      const afterNext = after > 1 ? textAt(sentences, index + 2) : null;
      const own = sentenceFacts[index]!.own;
      // Usually one entry, kept as is; an array once a sentence has several.
      const kept = own[slot] as Remembered<F> | Array<Remembered<F>> | undefined;
      let entry: Remembered<F> | undefined;
      if (kept !== undefined && !Array.isArray(kept)) {
        if (matches(kept, facts, locale, next, afterNext)) entry = kept;
      } else if (kept !== undefined) {
        for (let e = 0; e < kept.length && entry === undefined; e++)
          if (matches(kept[e]!, facts, locale, next, afterNext)) entry = kept[e];
      }
      const at = sentences[index]!.start;
      if (entry === undefined) {
        let found: Array<readonly RuleFinding[]> | null = null;
        for (let part = 0; part < parts.length; part++) {
          const list = parts[part]!(context, index, facts);
          if (list.length === 0) continue;
          found ??= parts.map(() => NONE);
          found[part] = list;
        }
        entry = { facts, locale, next, afterNext, at, found };
        if (kept === undefined) own[slot] = entry;
        else if (!Array.isArray(kept)) own[slot] = [kept, entry];
        else {
          if (kept.length >= MAX_FACTS) kept.shift();
          kept.push(entry);
        }
      }
      // Most sentences have nothing to say for most rules: nothing to move or hand out.
      const found = entry.found;
      if (found === null) continue;
      placed(found, entry, draft, at);
      byPart ??= parts.map(() => []);
      for (let part = 0; part < found.length; part++) {
        const list = found[part]!;
        for (let i = 0; i < list.length; i++) byPart[part]!.push(list[i]!);
      }
    }
    if (byPart === null) return [];
    const all = byPart[0]!;
    for (let part = 1; part < byPart.length; part++) for (const finding of byPart[part]!) all.push(finding);
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
  const { meta, reads, parts, finish, after = 0, anchors } = definition;
  const findings = sentenceFindings(parts, after, anchors);
  return defineRule({
    meta,
    check: (context) => {
      const found = findings(context, reads ? reads(context) : (undefined as F));
      return finish ? finish(context, found) : found;
    },
  });
}
