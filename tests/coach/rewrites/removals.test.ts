import { rewriteTable, type RewriteTable } from '@/tests/coach/rewrites/rewrite-helpers';

/**
 * Words cut out of a sentence at its start, in its middle, at its end and after a greeting: what
 * is left reads as a sentence, and a greeting keeps its comma and its capitals (QA qa7, shot
 * rt7-07: "Hi Lee, as I already explained, just click the export button." became "Hi Lee just
 * click the export button.").
 */
const TABLE: RewriteTable = [
  // Repeating at them (condescension/repeat).
  ['As I already explained, the export button is in Settings.', ['The export button is in Settings.']],
  ['The export button, as I already explained, is in Settings.', ['The export button is in Settings.']],
  ['The export button is in Settings, as I already explained.', ['The export button is in Settings.']],
  ['Hi Lee, as I already explained, the export button is in Settings.', ['Hi Lee, the export button is in Settings.']],
  ['Hello Sam, as I mentioned in my last email, the update is live.', ['Hello Sam, the update is live.']],
  ['Thanks Sam, like I said before, we ship on Fridays.', ['Thanks Sam, we ship on Fridays.']],
  // Talking down (condescension/belittle).
  ['Obviously the export button is in Settings.', ['The export button is in Settings.']],
  ['The export button is obviously in Settings.', ['The export button is in Settings.']],
  ['Hi Luis, obviously the export button is in Settings.', ['Hi Luis, the export button is in Settings.']],
  // "Simply" (condescension-simply).
  ['Simply go to Account and click Cancel.', ['Go to Account and click Cancel.']],
  ['Go to Account and simply click Cancel.', ['Go to Account and click Cancel.']],
  ['Hi Lee, simply go to Account and click Cancel.', ['Hi Lee, go to Account and click Cancel.']],
  // A clause cut whole (condescension-simply's "it's easy").
  ["Hi Lee, it's very easy, just follow the guide in the box.", ['Hi Lee, just follow the guide in the box.']],
];

rewriteTable('removals keep the sentence whole', TABLE);
