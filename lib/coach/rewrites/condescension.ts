import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import {
  capitalise,
  clauseAround,
  cut,
  find,
  replace,
  substantial,
  withoutEnd,
} from '@/lib/coach/rewrites/sentence-edits';
import { WHEN } from '@/lib/coach/rewrites/ways-forward';

/**
 * Talking down: the information stays, the judgement goes. "As I said in my last email,
 * refunds take 5-7 business days" → "Refunds take 5-7 business days". Source: coaching seed 001
 * (patience says "you're worth it").
 */

const REPEATING =
  /(?:^|(?:,|(?<!\s))\s*)\b(?:as|like) (?:I(?:'ve)? )?(?:already |previously |just |was |clearly )?(?:said|mentioned|explained|stated|wrote|told you|noted|pointed out|outlined|described)(?: (?:before|earlier|previously|above|yesterday|last time|in my (?:previous|last|earlier) (?:email|message|reply|response)|(?:in|on) (?:the|our) [\w ]+?))?(?=[,.!?]|$),?/i;
const SCOLDING: readonly RegExp[] = [
  /\b(?:please )?calm down\b,?/i,
  /\b(?:there's |there is )?no need to (?:be (?:so )?rude|shout|yell|get (?:so )?(?:upset|angry|worked up)|raise your voice|be aggressive|use (?:that|such) language|swear)\b/i,
  /\b(?:shouting|yelling|swearing|getting (?:angry|upset|worked up)|being (?:rude|aggressive))\b[^,.!?]{0,200}\b(?:won't|will not|doesn't|does not)\b[^,.!?]{0,200}/i,
  /\b(?:watch|mind) your (?:tone|language)\b/i,
];
const NAME_IT = `[what went wrong for them, in their words], and here's what I'm doing about it: [what you're doing], by ${WHEN}.`;

export const repeat: RewriteBuilder = ({ sentence }) => {
  const found = find(sentence, REPEATING);
  if (!found) return [];
  const rest = replace(sentence, found, '');
  return substantial(rest) ? [rest] : [];
};

export const scold: RewriteBuilder = ({ sentence }) => {
  let rest = sentence;
  for (const words of SCOLDING) {
    const found = find(rest, words);
    if (found) rest = cut(rest, clauseAround(rest, found));
  }
  if (!substantial(rest)) return [NAME_IT];
  return [`${withoutEnd(rest)}, and here's what I'm doing about it: [what you're doing], by ${WHEN}.`];
};

// "It's all in the FAQ", "It's listed in your policy schedule, page 3": the pointer is kept, page and all.
const ALL_IN =
  /\b(?:it's|it is) (?:all (?:explained |written |stated |set out )?|(?:listed|explained|written|stated|set out|covered|described) )(?:in|there)\b\s*([^.!?]*)/i;
const BELITTLING_WORDS =
  /(?:^|\s)(?:obviously|clearly,?(?= you\b)|as you (?:should|must|ought to) know(?: from [^,.!?]+)?|I'm sure even you|please understand(?: that)?|you (?:need|have) to understand(?: that)?|(?:like|as) it says (?:in|on) (?:the|our) [^,.!?]+|as (?:our|the) (?:\w+ )?(?:guide|faq|manual|instructions|terms|documentation|help page) (?:explains?|says?|states?))\b,?/i;
const SHORT_ANSWER = "Here's the short answer: [the answer, in plain words].";
// "Please read the shipping information before ordering": the agent gives the part that matters.
const READ_IT =
  /\b(?:please )?(?:re-?)?read (them|it|this|(?:the|our|your) (?:\w+ ){0,2}\w+?)\b(?= carefully| again| properly| before| first|[.!?]|$)/i;

export const belittle: RewriteBuilder = ({ sentence }) => {
  const allIn = find(sentence, ALL_IN);
  if (allIn) {
    const where = allIn.groups[0]?.trim();
    return [where ? `${capitalise(where)} covers this, and here's the short version: [the key point].` : SHORT_ANSWER];
  }
  const read = find(sentence, READ_IT);
  if (read) {
    const what = read.groups[0]!;
    return [
      /^(?:them|it|this)$/i.test(what)
        ? "Here's the part that matters: [the key point]."
        : `Here's the part of ${what.replace(/^(?:our|your) /i, 'the ')} that matters: [the key point].`,
    ];
  }
  const found = find(sentence, BELITTLING_WORDS);
  if (!found) return [SHORT_ANSWER];
  const rest = replace(sentence, found, ' ');
  return substantial(rest) ? [rest] : [SHORT_ANSWER];
};
