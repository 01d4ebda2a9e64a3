import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { blame } from '@/lib/coach/rewrites/blame';
import { stepBlamed } from '@/lib/coach/rewrites/blame-elsewhere';
import { capitalise, find, replace } from '@/lib/coach/rewrites/sentence-edits';
import { andHereIsWhatICanDo } from '@/lib/coach/rewrites/ways-forward';

/**
 * Blame by implication. "Our records show the parcel was delivered on 12 May" keeps the fact
 * and drops the verdict, then says what the agent can do; the other shapes (a lesson for next
 * time, what customers are expected to do) are the blame builder's tip and fix.
 */
const RECORDS_SAY =
  /^(?:our (?:records|system|systems|logs|tracking|data|notes|cctv|footage|checks) (?:clearly )?(?:show|shows|say|says|confirm|confirms|indicate|indicates|state|states))(?: that)?\s+/i;

export const impliedBlame: RewriteBuilder = (request) => {
  const records = find(request.sentence, RECORDS_SAY);
  if (records) return [andHereIsWhatICanDo(capitalise(replace(request.sentence, records, '')))];
  // "Your form was submitted without the ID page, so it wasn't processed": what they went without, not their slip.
  const step = stepBlamed(request.sentence, request.span.end);
  if (step) return [step];
  return blame(request);
};
