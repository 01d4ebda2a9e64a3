import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { find, replace, tidy, withoutEnd } from '@/lib/coach/rewrites/sentence-edits';
import { WHEN } from '@/lib/coach/rewrites/ways-forward';

/**
 * Not knowing: fine, said with how and when the agent will find out (coaching: "Not knowing
 * yet is fine. Say how you will find out and when they will hear from you").
 */
const NOT_YET: ReadonlyArray<[RegExp, string]> = [
  [/\bI (?:have )?no idea\b|\bno idea\b|\bdunno\b|\bwho knows\b|\bbeats me\b/i, "I don't know yet"],
  [/\bI (?:don't|do not) know\b(?! yet)/i, "I don't know yet"],
  [/^not sure\b/i, "I'm not sure yet"],
  [/\b(?:hard|difficult|impossible) to (?:say|tell)\b/i, "I can't say yet"],
];
const AT_SOME_POINT = /\bat some point\b/i;
const FIND_OUT = `, but I'll find out [from whom] and reply by ${WHEN}.`;

export const uncertainty: RewriteBuilder = ({ sentence }) => {
  const someTime = find(sentence, AT_SOME_POINT);
  if (someTime) return [replace(sentence, someTime, `by ${WHEN}`)];
  let plain = sentence;
  for (const [words, yet] of NOT_YET) {
    const found = find(plain, words);
    if (found) plain = replace(plain, found, yet);
  }
  return [tidy(`${withoutEnd(plain.replace(/\?$/, '.'))}${FIND_OUT}`)];
};
