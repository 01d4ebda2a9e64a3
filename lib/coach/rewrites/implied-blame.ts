import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { blame } from '@/lib/coach/rewrites/blame';
import { stepBlamed } from '@/lib/coach/rewrites/blame-elsewhere';
import { capitalise, find, replace } from '@/lib/coach/rewrites/sentence-edits';
import { andHereIsWhatICanDo, WHAT, WHEN } from '@/lib/coach/rewrites/ways-forward';
import { STAFF_SUBJECT } from '@/lib/rules/shared/staff-at-fault';

/**
 * Blame by implication. "Our records show the parcel was delivered on 12 May" keeps the fact
 * and drops the verdict, then says what the agent can do; the other shapes (a lesson for next
 * time, what customers are expected to do) are the blame builder's tip and fix.
 */
const RECORDS_SAY =
  /^(?:our (?:records|system|systems|logs|tracking|data|notes|cctv|footage|checks) (?:clearly )?(?:show|shows|say|says|confirm|confirms|indicate|indicates|state|states))(?: that)?\s+/i;

// The trouble, then us cleared of it ("the original delay was down to the courier, not us"): the
// trouble is kept and apologised for; who is cleared goes. Bounded, no nested quantifiers (tests/regex).
const TROUBLE_CLEARED =
  /\b(?:(?:the|this|that|an?|any|your) )?((?:[\w'-]{1,30} )?(?:delay|outage|problem|issue|fault|error|mistake|damage|mix-up|hold-up|holdup|cost|charge|failure|rejection|decline|loss|breakage)s?)\b[^.!?\n]{0,80}?(?:,? not (?:with |from |by )?(?:us|ours|me|our [\w-]{1,30}|anything (?:we|I) did)|,? rather than (?:with |from |by )?(?:us|ours|our [\w-]{1,30}))\b/i;
const SORRY_FIX = `Here's what I can do to put it right: ${WHAT}, by ${WHEN}.`;

// "Monday's outage" keeps its capital; "The delay" does not.
const lowerFirstWord = (text: string) => text.replace(/^(?:This|That|These|Those)\b/, (word) => word.toLowerCase());

const STEP_AS_CAUSE = /^(?:because|as|since)\s/i;
// "Transport was cancelled" -> "transport was cancelled"; a name or "I" keeps its capital.
const lowerFirst = (text: string) => text.replace(/^(?!I\b)([A-Z])(?=[a-z])/, (first) => first.toLowerCase());

export const impliedBlame: RewriteBuilder = (request) => {
  const cleared = find(request.sentence, TROUBLE_CLEARED);
  if (cleared) {
    const trouble = cleared.groups[0]!;
    // "Monday's outage", "these costs" bring their own word; "delay" takes "the".
    const own = /^(?:[\w-]+['’]s|these|those|this|that)\s/i.test(trouble);
    return [`I'm sorry about ${own ? lowerFirstWord(trouble) : `the ${trouble}`}. ${SORRY_FIX}`];
  }
  const records = find(request.sentence, RECORDS_SAY);
  if (records) return [andHereIsWhatICanDo(capitalise(replace(request.sentence, records, '')))];
  // "Your form was submitted without the ID page, so it wasn't processed": what they went without, not their slip.
  const step = stepBlamed(request.sentence, request.span.end);
  if (step) return [step];
  const flagged = request.sentence.slice(request.span.start, request.span.end);
  // "Transport was cancelled because the application was not renewed": what they went without, sorry for, not why.
  const went = STEP_AS_CAUSE.test(flagged)
    ? request.sentence.slice(0, request.span.start).replace(/(?<![\s,;])[\s,;]+$/, '')
    : '';
  if (/\s/.test(went)) return [`I'm sorry ${lowerFirst(went)}. Here's what I can do now: ${WHAT}.`];
  // "The driver rang twice and waited 5 minutes": the fact stands, and what we do now comes with it.
  if (STAFF_SUBJECT.test(flagged)) return [andHereIsWhatICanDo(request.sentence)];
  return blame(request);
};
