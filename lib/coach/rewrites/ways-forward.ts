import { tidy, withoutEnd } from '@/lib/coach/rewrites/sentence-edits';

/**
 * The endings that turn a "no" or an excuse into a way forward, with blanks where only the
 * agent knows the fact. Source: coaching seed 000 ("determining who else might be able to
 * help, or when … and communicating that"); seed 002 ("what you can do for them instead of
 * what you can't do").
 */
export const WHAT = '[what you can do]';
export const INSTEAD = '[what you can do instead]';
export const WHEN = '[when]';
export const WHO = '[who can help]';

/** A sentence that already says when (an earlier change gave it its way forward) gets no second ending. */
const ending =
  (make: (sentence: string) => string) =>
  (sentence: string): string =>
    sentence.includes(WHEN) ? tidy(sentence) : make(withoutEnd(sentence));

/** "…, but I can [what you can do instead] by [when]." after a "no" that stays. */
export const butICan = ending((sentence) => `${sentence}, but I can ${INSTEAD} by ${WHEN}.`);

/** "…, but [who can help] can, and I'll pass it on by [when]." names who else can help. */
export const butWhoCan = ending((sentence) => `${sentence}, but ${WHO} can, and I'll pass this on by ${WHEN}.`);

/** "…, and here's what I can still do: [what you can do], by [when]." after "nothing can be done" is gone. */
export const andWhatICanStillDo = ending(
  (sentence) => `${sentence}, and here's what I can still do: ${WHAT}, by ${WHEN}.`,
);

/** A sentence of its own when nothing of the excuse is worth keeping. */
export const HERE_IS_WHAT_I_CAN_DO = `Here's what I can do: ${WHAT}, by ${WHEN}.`;

/** After a statement that stands (no "no" left in it): what happens next. */
export const andHereIsWhatICanDo = ending((sentence) => `${sentence}, and here's what I can do: ${WHAT}, by ${WHEN}.`);

// The customer's own bank, insurer or employer acts only for them: the agent cannot take it up with
// them (QA qa7: "I can contact your bank for you"), but can chase it if they say it is on our side.
const THEIR_OWN = /^your (?:[\w-]+ )?(?:bank|card issuer|insurer|employer|doctor|landlord|provider)$/i;
export const isTheirOwn = (party: string | undefined): party is string => party !== undefined && THEIR_OWN.test(party);
const I_CHASE = "if they say it's on our side, reply here and I'll chase it";

/** "Your bank can [what they can do for you], and if they say it's on our side, reply here and I'll chase it." */
export const theyCanThenIChase = (party: string) =>
  `${party.replace(/^y/, 'Y')} can [what they can do for you], and ${I_CHASE}.`;

/** Owning a hand-off: who takes it, and that the agent passes it on (or, for their own bank, chases it). */
export const takeItUpWith = (sentence: string | null, party: string, theirs?: string) =>
  theirs
    ? sentence
      ? ending((kept) => `${kept}, and ${I_CHASE}.`)(sentence)
      : theyCanThenIChase(theirs)
    : sentence
      ? ending((kept) => `${kept}, and I'll take it up with ${party} for you by ${WHEN}.`)(sentence)
      : `I'll take this up with ${party} for you and update you by ${WHEN}.`;
