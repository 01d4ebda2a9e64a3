import type { RuleContext } from '@/lib/engine/rule';
import { sentenceMemo } from '@/lib/engine/sentence-facts';
import type { Span } from '@/lib/engine/types';
import { clauseWords, NEGATED_CONTRACTIONS, type ClauseWord } from '@/lib/rules/shared/clause-words';
import { anchorWords, sentencesWith } from '@/lib/rules/shared/match-spans';

/**
 * Refusals found by the shape of the clause instead of a list of phrases: who does it (we,
 * the customer, a thing such as "refunds"), a negated capability, permission or activity
 * ("can't", "don't", "won't be", "isn't", "never", "no longer", "only"), and what is refused
 * (an action we take for customers, or a passive like "issued", "offered", "possible").
 *
 * Why shapes: drafts written by people who never saw our phrase lists say "We don't do
 * exchanges", "Refunds are not issued after 30 days", "cancellation requests cannot be
 * accepted" or "Late checkout is not offered" (issue 15: a third of such problems were found).
 * What the verb lists hold is kept closed on purpose, so good news stays clean: "you won't be
 * charged", "we don't need anything else from you", "nothing is wrong with your account".
 */

export type Subject = 'we' | 'you' | 'it' | 'there' | 'thing' | 'your-thing' | 'none';
export type Mode = 'can' | 'do' | 'will' | 'be' | 'was' | 'never' | 'only';
/** A mode once "be" has been read after it: "can't be accepted", "won't be refunded". */
export type Step = Mode | 'can-be' | 'will-be';

export interface NegatedClause extends Span {
  subject: Subject;
  /** The refused action or state, lower-case ("do", "issued", "possible"). */
  predicate: string;
}

const words = (list: string) => new Set(list.split(' '));

// Things we do for customers that a "no" withholds ("we don't do exchanges", "we won't refund").
// "take", "do", "make", "give" and "help" only count with "we" as the subject.
const REFUSED_ACTIONS = words(
  'count handle offer sell support ship deliver accept allow provide refund issue exchange transfer extend match stock carry permit process cover guarantee honour honor reimburse compensate replace repair reserve waive reverse accommodate grant approve authorise authorize backdate reinstate reopen reissue release service overrule override cancel amend expedite prioritise prioritize post arrange book hold price-match intervene refund accept',
);
const ONLY_WITH_WE = words('take do make give help change send comment control respond get explain disclose discuss');
// Capability ("we can't …") refuses almost any action; these verbs say something else.
export const NOT_REFUSED_CAPABILITY = words(
  'thank believe stress imagine recommend say apologise apologize find see reproduce locate emphasise emphasize express overstate understand open read hear load view confirm verify be',
);
// What the customer may not do ("you can't return opened items").
const CUSTOMER_ACTIONS = words(
  'return cancel change claim transfer exchange use book upgrade downgrade request bring switch pause extend pay collect apply combine redeem reserve refund resubmit rebook swap add keep',
);
// Passives that withhold something ("cannot be accepted", "are not issued").
const REFUSED_PASSIVES = words(
  'accepted allowed permitted offered issued processed refunded exchanged returned transferred extended honoured honored granted approved reimbursed compensated replaced repaired reserved held waived reversed reinstated restored reopened reissued backdated guaranteed covered supported provided given made considered prioritised prioritized expedited redeemed combined used booked upgraded downgraded released overridden accommodated',
);
// Only a "no" with "can't be": "your order won't be changed" reassures, "can't be changed" refuses.
const REFUSED_ONLY_WITH_CAN = words(
  'changed cancelled canceled amended rescheduled moved deleted removed undone recovered shipped delivered posted sent done disclosed shared helped sped',
);
// States that keep the customer out ("isn't possible", "you're not eligible").
const REFUSED_STATES = words(
  'possible available eligible entitled allowed permitted refundable returnable exchangeable transferable redeemable reimbursable valid feasible permissible',
);
// "can't be" refuses nearly every participle ("can't be narrowed"); these say something else.
const NOT_REFUSED_WITH_CAN = words(
  'expected found reached located traced beaten bothered overstated stressed emphasised emphasized missed mistaken blamed seen happier sure prouder',
);
// "was not approved": a decision already made.
const REFUSED_DECISIONS = words('approved accepted granted covered eligible successful upheld');
// "only" makes a limit out of these ("are only valid in store", "we only accept cards").
const ONLY_STATES = words('available valid possible');

const SKIPPED = words(
  'just really actually currently always generally normally usually typically presently yet even ever also simply physically technically legally officially directly personally still unfortunately sadly regrettably therefore then now at-all manually individually retrospectively retroactively',
);

const FIRST_PERSON = words('i we');
const COMPANY_NOUNS = words(
  'team company store shop staff support department office branch agents engineers couriers drivers riders business hotel airline bank restaurant warehouse managers supervisors moderators mods technicians reception colleagues crew',
);
const PRONOUN_THINGS = words('it this that which');

interface SubjectInfo {
  subject: Subject;
  /** Offset where a span that names the subject starts. */
  start: number;
}

export function skipForward(list: ClauseWord[], index: number): number {
  while (index < list.length && SKIPPED.has(list[index]!.word)) index++;
  return index;
}

export function subjectBefore(list: ClauseWord[], aux: number): SubjectInfo {
  let j = aux - 1;
  while (j >= 0 && SKIPPED.has(list[j]!.word)) j--;
  const head = list[j];
  if (!head) return { subject: 'none', start: -1 };
  if (FIRST_PERSON.has(head.word)) return { subject: 'we', start: head.start };
  if (head.word === 'you') return { subject: 'you', start: head.start };
  if (PRONOUN_THINGS.has(head.word)) return { subject: 'it', start: head.start };
  if (head.word === 'there') return { subject: 'there', start: head.start };
  if (head.boundary) return { subject: 'none', start: -1 };
  // A noun phrase: read back to the start of the clause (at most six words).
  let first = j;
  while (first > 0 && j - first < 5 && !list[first - 1]!.boundary) first--;
  let subject: Subject = 'thing';
  for (let k = first; k <= j; k++) {
    const word = list[k]!.word;
    if (word === 'your') subject = 'your-thing';
    else if (subject === 'thing' && (word === 'our' || COMPANY_NOUNS.has(word))) subject = 'we';
  }
  return { subject, start: head.start };
}

/** "-ing" forms for "we aren't offering refunds", "we won't be replacing it". */
function baseOfIng(word: string): string | null {
  if (!word.endsWith('ing') || word.length < 5) return null;
  const stem = word.slice(0, -3);
  if (REFUSED_ACTIONS.has(stem) || ONLY_WITH_WE.has(stem)) return stem;
  if (REFUSED_ACTIONS.has(`${stem}e`) || ONLY_WITH_WE.has(`${stem}e`)) return `${stem}e`;
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) return stem.slice(0, -1);
  return null;
}

function isRefusedAction(verb: string, subject: Subject, mode: Mode): boolean {
  if (subject === 'we' || subject === 'none') {
    if (mode === 'can') return !NOT_REFUSED_CAPABILITY.has(verb) && /^[a-z-]+$/.test(verb);
    return REFUSED_ACTIONS.has(verb) || ONLY_WITH_WE.has(verb);
  }
  if (subject === 'you') return (mode === 'can' || mode === 'will') && CUSTOMER_ACTIONS.has(verb);
  if (subject === 'thing' || subject === 'there') return REFUSED_ACTIONS.has(verb) && mode !== 'only';
  return false;
}

function isRefusedPassive(participle: string, subject: Subject, mode: Mode): boolean {
  if (subject === 'we' || subject === 'you') return REFUSED_STATES.has(participle) && mode !== 'only';
  if (mode === 'was') return REFUSED_DECISIONS.has(participle);
  // "It's only used for this check" describes; "vouchers are only valid in store" limits.
  if (mode === 'only')
    return (REFUSED_PASSIVES.has(participle) && participle !== 'used') || ONLY_STATES.has(participle);
  if (REFUSED_STATES.has(participle)) return true;
  if (mode === 'can') {
    if (NOT_REFUSED_WITH_CAN.has(participle)) return false;
    return (
      REFUSED_PASSIVES.has(participle) ||
      REFUSED_ONLY_WITH_CAN.has(participle) ||
      participle.endsWith('ed') ||
      participle.endsWith('en')
    );
  }
  // "Your parcel is not delivered yet" describes a state; "Refunds are not issued" is a rule.
  if (subject === 'your-thing' && mode === 'be') return participle === 'covered' || participle === 'accepted';
  return REFUSED_PASSIVES.has(participle);
}

/**
 * Negated verbs that refuse nothing: "I can't tell you how sorry I am", "I couldn't tell you"
 * (not knowing: the uncertainty rule's), "I can't promise anything", "we can't wait to see you".
 */
export function isFigureOfSpeech(list: ClauseWord[], at: number, reading: Reading): boolean {
  const word = list[at]!.word;
  const next = list[at + 1]?.word;
  if (word === 'tell') return (next === 'you' && list[at + 2]?.word === 'how') || list[reading.aux]!.word === 'could';
  if (word === 'promise' || word === 'guarantee') return next === 'anything' || list[at + 2]?.word === 'anything';
  // "I can't give you a firm date" is not knowing (the uncertainty rule's), not a refusal.
  if (word === 'give' && list.slice(at + 1, at + 5).some((w) => TIMES.has(w.word))) return true;
  if (word === 'wait') return next === 'to' || next === 'until' || next === 'till' || list[at + 2]?.word === 'you';
  // "isn't considered a defect" classifies; "won't be considered" refuses.
  return word === 'considered' && reading.mode === 'be';
}

const TIMES = words('date time timeline timeframe eta answer');

export interface Reading {
  mode: Mode;
  /** Index of the first word of the negated verb group (the subject is before it). */
  aux: number;
  /** Index just after the negation words, where the predicate starts. */
  after: number;
}

const BE = words('is are am');
const PAST_BE = words('was were');

/** The negated verb group around a negation word, or null when it is not one we read. */
export function readNegation(list: ClauseWord[], index: number): Reading | null {
  const word = list[index]!.word;
  const previous = list[index - 1]?.word;
  if (word === 'not') {
    if (previous === 'can' || previous === 'could') return { mode: 'can', aux: index - 1, after: index + 1 };
    if (previous === 'do' || previous === 'does') return { mode: 'do', aux: index - 1, after: index + 1 };
    if (previous === 'will' || previous === 'would') return { mode: 'will', aux: index - 1, after: index + 1 };
    if (previous !== undefined && BE.has(previous)) return { mode: 'be', aux: index - 1, after: index + 1 };
    if (previous !== undefined && PAST_BE.has(previous)) return { mode: 'was', aux: index - 1, after: index + 1 };
    if (previous === undefined || list[index - 1]!.boundary || previous === 'sorry')
      return { mode: 'be', aux: index, after: index + 1 };
    // Clipped: "Reactivation not possible."
    if (REFUSED_STATES.has(list[index + 1]?.word ?? '')) return { mode: 'be', aux: index, after: index + 1 };
    return null;
  }
  if (word === 'never') {
    if (previous !== undefined && BE.has(previous)) return { mode: 'be', aux: index - 1, after: index + 1 };
    return { mode: 'never', aux: index, after: index + 1 };
  }
  if (word === 'unable') {
    const aux = previous !== undefined && BE.has(previous) ? index - 1 : index;
    return list[index + 1]?.word === 'to' ? { mode: 'can', aux, after: index + 2 } : null;
  }
  if (word === 'longer' && previous === 'no') {
    const be = list[index - 2] && BE.has(list[index - 2]!.word);
    return { mode: be ? 'be' : 'never', aux: be ? index - 2 : index - 1, after: index + 1 };
  }
  if (word === 'only') {
    // "can only be used in store" limits what can be done: read like "can't … otherwise".
    if (previous === 'can') return { mode: 'can', aux: index - 1, after: index + 1 };
    if (previous !== undefined && BE.has(previous)) return { mode: 'only', aux: index - 1, after: index + 1 };
    return { mode: 'only', aux: index, after: index + 1 };
  }
  return null;
}

/** Turns "not able to", "be able to", "allowed to", "going to", "in a position to" into the verb after them. */
export function unwrapAbility(list: ClauseWord[], at: number, mode: Step): { mode: Step; at: number } {
  const word = list[at]?.word;
  if (word === 'be' && (mode === 'will' || mode === 'can' || mode === 'only')) {
    const next = skipForward(list, at + 1);
    return unwrapAbility(list, next, mode === 'only' ? 'only' : mode === 'will' ? 'will-be' : 'can-be');
  }
  if (word === 'able' && list[at + 1]?.word === 'to') return { mode: 'can', at: skipForward(list, at + 2) };
  if (
    (word === 'allowed' || word === 'permitted' || word === 'authorised' || word === 'authorized') &&
    list[at + 1]?.word === 'to'
  )
    return { mode: 'can', at: skipForward(list, at + 2) };
  if (word === 'going' && list[at + 1]?.word === 'to') return { mode: 'do', at: skipForward(list, at + 2) };
  if (word === 'in' && list[at + 1]?.word === 'a' && list[at + 2]?.word === 'position' && list[at + 3]?.word === 'to')
    return { mode: 'can', at: skipForward(list, at + 4) };
  return { mode, at };
}

/** Is `word`, read after the negation in `step`, something withheld from the customer? */
function refuses(word: string, subject: Subject, step: Step): { refused: boolean; passive: boolean } {
  const passiveStep = step === 'can-be' || step === 'will-be' || step === 'be' || step === 'was' || step === 'only';
  const mode: Mode = step === 'can-be' ? 'can' : step === 'will-be' ? 'will' : step;
  // "we only accept cards" limits an action; "are only valid in store" limits a state.
  if (step === 'only' && subject === 'we' && isRefusedAction(word, subject, 'do'))
    return { refused: true, passive: false };
  if (!passiveStep) return { refused: isRefusedAction(word, subject, mode), passive: false };
  // "we aren't offering refunds", "we won't be replacing it".
  if (subject === 'we' && baseOfIng(word) !== null) return { refused: true, passive: false };
  const refused = isRefusedPassive(word, subject, mode);
  return { refused, passive: refused };
}

/** Negated clauses of one sentence that refuse something (sentence-relative offsets). */
export function refusedClauses(list: ClauseWord[]): NegatedClause[] {
  const found: NegatedClause[] = [];
  for (let index = 0; index < list.length; index++) {
    const reading = readNegation(list, index);
    if (!reading) continue;
    const { subject, start: subjectStart } = subjectBefore(list, reading.aux);
    const { mode: step, at: predicateAt } = unwrapAbility(list, skipForward(list, reading.after), reading.mode);
    const predicate = list[predicateAt];
    if (!predicate || predicate.boundary) continue;
    // "not an option" is "not possible".
    const option = (predicate.word === 'an' || predicate.word === 'a') && list[predicateAt + 1]?.word === 'option';
    const at = option ? predicateAt + 1 : predicateAt;
    const word = option ? 'possible' : predicate.word;
    const { refused, passive } = refuses(word, subject, step);
    if (!refused || isFigureOfSpeech(list, at, reading)) continue;
    // "you won't be charged" never gets here; "we won't send you any more emails" is good news.
    if (word === 'send' && list.slice(at + 1, at + 5).some((w) => w.word === 'more' || w.word === 'again')) continue;
    if (word === 'help' && list[at + 1]?.word === 'but') continue;
    found.push({
      start: spanStart(list, reading, subject, subjectStart, passive),
      end: list[at]!.end,
      subject,
      predicate: word,
    });
  }
  return found;
}

/**
 * Where the finding starts: at the subject for what we (or the customer) do ("We don't do"),
 * at the verb group for passives ("cannot be processed"); inside "it's not possible" the
 * contraction also holds the subject, so the span starts at "not".
 */
function spanStart(
  list: ClauseWord[],
  reading: Reading,
  subject: Subject,
  subjectStart: number,
  passive: boolean,
): number {
  const namesSubject = !passive && subject !== 'none' && subject !== 'it' && subject !== 'there';
  if (namesSubject && subjectStart !== -1) return subjectStart;
  const aux = list[reading.aux]!;
  const sharesToken = reading.aux > 0 && list[reading.aux - 1]!.start === aux.start;
  return sharesToken ? list[reading.aux + 1]!.start : aux.start;
}

const memo = sentenceMemo<NegatedClause[], RuleContext>();
const NO_CLAUSES: NegatedClause[] = [];
const clausesOfSentence = (_text: string, context: RuleContext, index: number): NegatedClause[] => {
  const found = refusedClauses(clauseWords(context, index));
  return found.length === 0 ? NO_CLAUSES : found;
};

/**
 * refusedClauses of sentence `index` (offsets in the sentence), once per distinct sentence:
 * shared by findRefusedClauses and the learned opinion's clause shapes. Read-only.
 */
export function refusedClausesAt(context: RuleContext, index: number): readonly NegatedClause[] {
  return memo(context, index, clausesOfSentence);
}

// Every shape above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(['not never unable longer only', ...NEGATED_CONTRACTIONS].join(' '));

/** Refusing clauses of the draft (draft offsets) with the index of their sentence. */
export function findRefusedClauses(context: RuleContext): Array<NegatedClause & { sentenceIndex: number }> {
  const out: Array<NegatedClause & { sentenceIndex: number }> = [];
  for (const index of sentencesWith(context, ANCHORS)) {
    const clauses = refusedClausesAt(context, index);
    const offset = context.sentences[index]!.start;
    for (const clause of clauses) {
      // Fields written out: object spread is a slow path in V8, and this runs on every call.
      out.push({
        start: clause.start + offset,
        end: clause.end + offset,
        subject: clause.subject,
        predicate: clause.predicate,
        sentenceIndex: index,
      });
    }
  }
  return out;
}
