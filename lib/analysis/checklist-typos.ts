import type { SentenceScan } from '@/lib/analysis/first-clean-match';
import type { Span } from '@/lib/engine/types';

/**
 * Agents type fast: "I'v refunded it", "tomorow by 3pm", "I will cal you" earned no tick (walk
 * 2026-12-07, item 2). The pre-send check reads a copy of each sentence with its key words
 * spelled right, and quotes the agent's own words. Two cheap tolerances:
 * - a table of the commonest misspellings of the check's short words, where any edit would
 *   also hit real words ("cal" is "call", but "cell" and "car" are words);
 * - for words of 5 letters or more, one slip against the check's vocabulary: a letter dropped
 *   ("tomorow"), a letter doubled ("deliverred") or two letters swapped ("refudned"). Letters
 *   swapped for others are left alone: "chips" is not "ships", "hosted" is not "posted".
 */
const MISSPELLED: Record<string, string> = {
  "i'v": "I've",
  ive: "I've",
  "we'v": "we've",
  weve: "we've",
  "i'l": "I'll",
  il: "I'll",
  "we'l": "we'll",
  wil: 'will',
  cal: 'call',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tomorrw: 'tomorrow',
  tommorow: 'tomorrow',
  tommorrow: 'tomorrow',
  tomorow: 'tomorrow',
  emial: 'email',
  emal: 'email',
  refuned: 'refunded',
};

/** The check's words (checklist-can-do.ts, checklist-next-step.ts, cues.ts) long enough to tell a slip from another word. */
const VOCABULARY = `
refund refunded credited reversed cancelled canceled voided waived issued processed replaced resent
shipped dispatched posted booked rebooked reserved arranged scheduled escalated contacted called
emailed phoned messaged texted raised logged fixed repaired restored unlocked reactivated enabled
updated changed corrected amended adjusted removed applied upgraded extended renewed reopened
released approved created forwarded passed spoke talked ordered swapped exchanged requested
submitted filed attached compensated discounted delivered returned collected installed activated
resolved available arrive arrives arrived confirm contact update message follow
tomorrow tonight morning afternoon evening today within minutes hours business working weeks until
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
`
  .trim()
  .split(/\s+/);

/**
 * Real words one slip from a vocabulary word: "update" is "updated" with a letter dropped, and
 * an agent who wrote "I will update" meant it. A dropped final "d" or "s" makes another form of
 * the same verb, so those are never taken as slips.
 */
const REAL_WORDS = new Set(['march', 'posed', 'filled', 'arrives', 'arrive', 'passe', 'spoken', 'minute', 'hour']);

function slipsOf(word: string): string[] {
  const slips: string[] = [];
  for (let at = 0; at < word.length; at++) {
    // A dropped last letter of "-ed"/"-s" is another form of the verb ("update", "refund"), not a slip.
    if (!(at === word.length - 1 && /[ds]$/.test(word))) slips.push(word.slice(0, at) + word.slice(at + 1));
    slips.push(word.slice(0, at + 1) + word[at] + word.slice(at + 1));
    if (at + 1 < word.length && word[at] !== word[at + 1])
      slips.push(word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2));
  }
  return slips;
}

const CORRECTION = new Map<string, string>(Object.entries(MISSPELLED));
const KNOWN = new Set(VOCABULARY);
for (const word of VOCABULARY) {
  for (const slip of slipsOf(word)) {
    if (slip.length >= 5 && !KNOWN.has(slip) && !REAL_WORDS.has(slip) && !CORRECTION.has(slip))
      CORRECTION.set(slip, word);
  }
}

const WORD = /[a-z][a-z']*/g;

/** Same case as the typed word: "Tomorow" reads "Tomorrow", so sentence-start patterns still match. */
function cased(typed: string, right: string): string {
  return /^[A-Z]/.test(typed) && !/^[A-Z]/.test(right) ? right[0]!.toUpperCase() + right.slice(1) : right;
}

/** The sentence with slips corrected, and where each character of the copy came from in the original. */
function corrected(text: string): { text: string; from: number[] } | null {
  let out = '';
  const from: number[] = [];
  let copied = 0;
  let changed = false;
  // Lowercased once, same length, so the words found in it sit where they sit in the text.
  const lower = text.toLowerCase().replace(/’/g, "'");
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lower); match; match = WORD.exec(lower)) {
    const right = CORRECTION.get(match[0]);
    if (!right) continue;
    for (let at = copied; at < match.index; at++) from.push(at);
    out += text.slice(copied, match.index);
    const typed = text.slice(match.index, match.index + match[0].length);
    const fixed = cased(typed, right);
    // Every letter of the correction comes from the typed word, so a quote covers the word as typed.
    for (let at = 0; at < fixed.length; at++) from.push(match.index + Math.min(at, typed.length - 1));
    out += fixed;
    copied = match.index + match[0].length;
    changed = true;
  }
  if (!changed) return null;
  for (let at = copied; at < text.length; at++) from.push(at);
  return { text: out + text.slice(copied), from: [...from, text.length] };
}

// The check's four scans read the same sentences: each sentence is corrected once, not four times.
const recent = new Map<string, ReturnType<typeof corrected>>();
const RECENT_MAX = 256;

function correctedOnce(text: string): ReturnType<typeof corrected> {
  if (recent.has(text)) return recent.get(text)!;
  if (recent.size >= RECENT_MAX) recent.clear();
  const copy = corrected(text);
  recent.set(text, copy);
  return copy;
}

/** A scan that reads past the agent's slips; its spans are in the sentence as typed. */
export function tolerant(scan: SentenceScan): SentenceScan {
  return (text) => {
    const copy = correctedOnce(text);
    if (!copy) return scan(text);
    return scan(copy.text).map((span): Span => ({
      start: copy.from[span.start]!,
      end: span.end > span.start ? copy.from[span.end - 1]! + 1 : copy.from[span.start]!,
    }));
  };
}
