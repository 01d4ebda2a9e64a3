import { analyze } from '@/lib/analysis';
import { RULES } from '@/lib/rules';
import type { EngineSettings, Finding, Span } from '@/lib/engine/types';
import { concernOf, type Concern } from '@/lib/coach/points';
import { builderFor } from '@/lib/coach/rewrites/index';
import { INSTEAD, WHAT, WHEN, WHO } from '@/lib/coach/rewrites/ways-forward';

/**
 * One or two rewrites for a card (issue 14), built from the flagged sentence's own words. Every
 * finding of the card gets its builder's change, and a rewrite is offered only if the engine
 * itself no longer flags the card's concern in it and it carries no personal data the sentence
 * did not have. Runs when the agent opens a card, never while they type.
 */
export interface CardToRewrite {
  concern: Concern;
  findings: readonly Finding[];
  sentence: Span;
  /** Another concern in the same words (lib/coach/same-words.ts): the rewrite must clear it too. */
  also?: readonly Finding[];
}

export interface JudgeContext {
  customerMessages: readonly string[];
  settings: EngineSettings;
}

const MAX_REWRITES = 2;
const MAX_ROUNDS = 4;
// The "no" gets its way forward last, once the excuses around it are gone.
const LAST = new Set([
  'no-alternative',
  'excuse-someone-else',
  'uncertainty',
  'uncertainty-no-eta',
  'uncertainty-vague-promise',
]);
const order = (a: Finding, b: Finding) => Number(LAST.has(a.ruleId)) - Number(LAST.has(b.ruleId)) || a.start - b.start;

const BLANKS = [WHAT, INSTEAD, WHEN, WHO];
const SECOND_OPINIONS = new Set(RULES.filter((rule) => rule.meta.secondOpinion).map((rule) => rule.meta.id));

/**
 * The card's concern as the engine sees it in the draft with `text` in the sentence's place
 * (issue 14: "run analyze on the rewritten draft"), offsets relative to `text`. The whole draft
 * is judged so a "no" answered in the next sentence is not taken for a bare one.
 */
function flagsInDraft(text: string, card: CardToRewrite, draft: string, context: JudgeContext): Finding[] {
  const { start, end } = card.sentence;
  const { findings } = analyze({
    draft: `${draft.slice(0, start)}${text}${draft.slice(end)}`,
    customerMessages: [...context.customerMessages],
    locale: 'en',
    settings: context.settings,
  });
  // A blank ("[what you can do]", "[when]") stands for words only the agent knows. When the learned
  // second opinion had nothing against the sentence, its objection to the rewrite is to the blank
  // itself, not to what will fill it, so only the rules (which read shapes) judge it then.
  const named = [...card.findings, ...(card.also ?? [])];
  const concerns = new Set([card.concern, ...named.map((finding) => concernOf(finding))]);
  const blankOnlyObjection =
    BLANKS.some((blank) => text.includes(blank)) && !named.some((finding) => SECOND_OPINIONS.has(finding.ruleId));
  return findings
    .filter((finding) => finding.kind === 'problem' && concerns.has(concernOf(finding)))
    .filter((finding) => !(blankOnlyObjection && SECOND_OPINIONS.has(finding.ruleId)))
    .filter((finding) => finding.start < start + text.length && finding.end > start)
    .map((finding) => ({ ...finding, start: finding.start - start, end: finding.end - start }));
}

const PERSONAL = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/\S+|\d[\d\s().-]{2,}\d|\d/g;

/** Anything that looks like personal data (emails, links, numbers) in the rewrite was already in the sentence. */
export function addsPersonalData(rewrite: string, sentence: string): boolean {
  return (rewrite.match(PERSONAL) ?? []).some((token) => !sentence.includes(token));
}

// One way forward per rewrite: two "[when]"s mean two builders each added their own ending.
const oneWayForward = (text: string) => (text.match(/\[when\]/g) ?? []).length <= 1;

// Builders read straight apostrophes; a rewrite of a sentence typed with curly ones uses curly ones throughout.
const straight = (text: string) => text.replace(/[\u2018\u2019]/g, "'");
const inStyleOf = (original: string) => (text: string) =>
  original.includes('\u2019') ? text.replace(/'/g, '\u2019') : text;

export function rewritesForCard(card: CardToRewrite, draft: string, context: JudgeContext): string[] {
  const leading = draft.slice(card.sentence.start, card.sentence.end);
  const written = leading.trim();
  const original = straight(written);
  // Judge the sentence where it stands, without the spaces around it.
  const from = card.sentence.start + leading.indexOf(written);
  const sentence = { start: from, end: from + written.length };
  const located: CardToRewrite = { ...card, sentence };
  let open = [original];
  const finished: string[] = [];
  for (let round = 0; round < MAX_ROUNDS && open.length > 0; round++) {
    const next: string[] = [];
    for (const text of open) {
      const flagged = flagsInDraft(text, located, draft, context).sort(order);
      if (flagged.length === 0) {
        finished.push(text);
        continue;
      }
      const target = flagged.find((finding) => builderFor(finding));
      const built = target ? builderFor(target)!({ sentence: text, span: target }) : [];
      next.push(...built.filter((rewrite) => rewrite !== text));
    }
    // Two ways at most: whichever change offers a second one (the "no" that gets who or when, say).
    open = [...new Set(next)].slice(0, MAX_REWRITES);
  }
  const kept = finished.filter((text) => text !== original && oneWayForward(text) && !addsPersonalData(text, original));
  return [...new Set(kept)].slice(0, MAX_REWRITES).map(inStyleOf(written));
}
