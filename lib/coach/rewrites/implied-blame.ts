import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { blame } from '@/lib/coach/rewrites/blame';
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
  return blame(request);
};
