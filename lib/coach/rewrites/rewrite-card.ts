import { analyze } from '@/lib/analysis';
import { RULES } from '@/lib/rules';
import type { EngineSettings, Finding, Span } from '@/lib/engine/types';
import { concernOf, type Concern } from '@/lib/coach/points';
import { builderFor } from '@/lib/coach/rewrites/index';
import { changesBy, preferredWay } from '@/lib/coach/rewrites/preference';
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

const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The sentence's flagged findings that have a builder, those to change first: the "no" waits for the excuses around it. */
function toChangeFirst(flagged: readonly Finding[]): Finding[] {
  const rewritable = flagged.filter((finding) => builderFor(finding));
  const first = rewritable.filter((finding) => !LAST.has(finding.ruleId));
  return first.length > 0 ? first : rewritable;
}

/** Follows changes until nothing of the card is flagged, each round changing the first finding left. */
function follow(start: string[], card: CardToRewrite, draft: string, context: JudgeContext): string[] {
  let open = start;
  const finished: string[] = [];
  for (let round = 1; round < MAX_ROUNDS && open.length > 0; round++) {
    const next: string[] = [];
    for (const text of open) {
      const flagged = flagsInDraft(text, card, draft, context).sort(order);
      if (flagged.length === 0) {
        finished.push(text);
        continue;
      }
      next.push(...changesBy(text, toChangeFirst(flagged).slice(0, 1)));
    }
    // Two ways at most: whichever change offers a second one (the "no" that gets who or when, say).
    open = [...new Set(next)].slice(0, MAX_REWRITES);
  }
  return finished;
}

export function rewritesForCard(card: CardToRewrite, draft: string, context: JudgeContext): string[] {
  const leading = draft.slice(card.sentence.start, card.sentence.end);
  const written = leading.trim();
  const original = straight(written);
  // Judge the sentence where it stands, without the spaces around it.
  const from = card.sentence.start + leading.indexOf(written);
  const sentence = { start: from, end: from + written.length };
  const located: CardToRewrite = { ...card, sentence };
  const usable = (text: string) => text !== original && oneWayForward(text) && !addsPersonalData(text, original);
  // A card of several findings: each one's change is followed to the end, and the preferred way
  // (preference.ts) is offered, not whichever finding sorted first.
  // Two findings on the same words read them two ways ("the patient's responsibility" as passing it
  // on and as blame): which is right depends on who the party is, so the first keeps them.
  const targets = toChangeFirst(flagsInDraft(original, located, draft, context).sort(order)).filter(
    (target, index, all) => !all.slice(0, index).some((other) => overlap(other, target)),
  );
  const ways = targets.map((target) => {
    const finished = follow(changesBy(original, [target]).slice(0, MAX_REWRITES), located, draft, context);
    return { rewrites: [...new Set(finished)].filter(usable).slice(0, MAX_REWRITES) };
  });
  return preferredWay(ways).map(inStyleOf(written));
}
