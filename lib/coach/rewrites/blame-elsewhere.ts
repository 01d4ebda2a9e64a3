import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { tidy } from '@/lib/coach/rewrites/sentence-edits';
import { WHAT } from '@/lib/coach/rewrites/ways-forward';
import { STAFF_SUBJECT } from '@/lib/rules/shared/staff-at-fault';

/**
 * A failure told as the reason the customer went without ("the parts supplier sent the wrong part,
 * which is why it wasn't ready"; "your form was submitted without the ID page, so it wasn't
 * processed"). What they went without stays, said as ours to be sorry for; who failed goes. The rest
 * of the reply keeps its fix. Source: issue 15 (drafts by other hands label these blame) and good
 * support practice: never throw a partner under the bus ("your parcel went missing on its way to
 * you — I'm sorry"), and a customer's slip is no reason to lecture them.
 */

// What follows the failure: "…, which is why it wasn't ready", "…, so we couldn't prepare it in time".
// Bounded and without nested quantifiers (tests/regex).
const WENT_WITHOUT =
  /[,;]?\s(?:which is why|that's why|which meant|which means|so)\s((?:we|I|it|they|you|this|that|nobody|no one|the [\w-]{1,30})\s[^.!?;]{3,120})/i;
// "…, which caused the error": the thing it caused.
const CAUSED = /[,;]?\swhich (?:caused|has caused) ((?:the|a|an|this|that) [^.!?;,]{2,60})/i;
// A clause joined after what they went without ("…, but it arrived this morning") is a sentence of its own.
const TRAILING = /,\s*(?:but|and|so)\s[^]*$/i;
const OURS = "that's on us";

function wentWithout(sentence: string, from: number): string | null {
  const after = sentence.slice(from);
  const caused = CAUSED.exec(after);
  if (caused) return `for ${caused[1]!.trim()}`;
  const found = WENT_WITHOUT.exec(after);
  if (!found) return null;
  return found[1]!.replace(TRAILING, '').trim();
}

// What a colleague "should have told you": what they went without, said of them ("you weren't told …").
const OWED_YOU =
  /^\s*(?:told|given|sent|shown|called|offered|warned|asked|informed|contacted|emailed|reminded)\s+you\b[^.!?;]{0,120}/i;

/** Someone else's failure as the reason: sorry for what they went without, and owned. */
export const blameElsewhere: RewriteBuilder = ({ sentence, span }) => {
  const what = wentWithout(sentence, span.end);
  if (what) return [tidy(`I'm sorry ${what}; ${OURS}.`)];
  // "The other department should have told you all this" → "I'm sorry you weren't told all this; that's on us."
  const owed = /\bshould(?: have|'ve)$/i.test(sentence.slice(span.start, span.end))
    ? OWED_YOU.exec(sentence.slice(span.end))
    : null;
  if (!owed) return weDidIt(sentence, span);
  const [verb = '', ...rest] = owed[0].trim().split(/\s+/);
  return [tidy(`I'm sorry you weren't ${verb.toLowerCase()} ${rest.slice(1).join(' ')}; ${OURS}.`)];
};

/** Their own step as the reason: sorry for what they went without, then what we can do now. */
export const stepBlamed = (sentence: string, from: number): string | null => {
  const what = wentWithout(sentence, from);
  return what ? tidy(`I'm sorry ${what}. Here's what I can do now: ${WHAT}.`) : null;
};

// The sentence's own stop, whatever space follows it; after a word only, so a run of spaces is read once (tests/regex).
const STOP_AT_END = /(?<![\s.!])[.!]?\s*$/;
const SLIP_BY = /^(mistake|error|oversight|slip|miscommunication) (?:by|from|on the part of) /i;
// After "we" the verb agrees: "the driver hasn't called" -> "we haven't called".
const AGREEING: Record<string, string> = {
  has: 'have',
  "hasn't": "haven't",
  was: 'were',
  "wasn't": "weren't",
  is: 'are',
  "isn't": "aren't",
  does: 'do',
  "doesn't": "don't",
};

/**
 * Someone at our end made the culprit ("The waiter didn't pass the allergy note to the kitchen"):
 * the company owns it, so "we" takes their place and the sorry follows ("We didn't pass the
 * allergy note to the kitchen. I'm sorry, that's on us."). Source: blame5's brief (hide behind
 * nobody: own it for the company) and good support practice.
 */
function weDidIt(sentence: string, span: { start: number; end: number }): string[] {
  const flagged = sentence.slice(span.start, span.end);
  // "a mistake by the agent you spoke to" -> "a mistake on our part".
  const slipBy = SLIP_BY.exec(flagged);
  if (slipBy && STAFF_SUBJECT.test(flagged.slice(slipBy[0].length))) {
    const rest = sentence.slice(span.end).replace(STOP_AT_END, '.');
    return [tidy(`${sentence.slice(0, span.start)}${slipBy[1]} on our part${rest} I'm sorry.`)];
  }
  const subject = STAFF_SUBJECT.exec(flagged);
  if (!subject) return [];
  const before = sentence.slice(0, span.start);
  const rest = sentence
    .slice(span.start + subject[0].length)
    .replace(/^\s+(\S+)/, (_, word: string) => ` ${AGREEING[word.toLowerCase().replace('’', "'")] ?? word}`);
  const we = before.trim() === '' ? 'We' : 'we';
  const owned = /\bshould(?:n't| not)? have|should've\b/i.test(rest) ? "I'm sorry." : "I'm sorry, that's on us.";
  return [tidy(`${before}${we}${rest.replace(STOP_AT_END, '.')} ${owned}`)];
}
