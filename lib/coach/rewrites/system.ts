import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { baseOf } from '@/lib/coach/rewrites/verb-forms';
import { clauseAround, cut, find, replace, substantial } from '@/lib/coach/rewrites/sentence-edits';
import { andHereIsWhatICanDo, butICan, HERE_IS_WHAT_I_CAN_DO, WHAT, WHEN } from '@/lib/coach/rewrites/ways-forward';

/**
 * The software as the reason: someone is in charge again. "Our system doesn't back up
 * filters" → "We don't back up filters"; "applied automatically by our billing system" →
 * "applied automatically". The rule's advice: say what the tool does, then what you will do.
 */

const SYSTEM = String.raw`(?:our|the) (?:\w+ )?(?:system|software|computer|tool)s?`;
const LETS_ME = new RegExp(
  String.raw`\b${SYSTEM} (?:doesn't|does not|won't|will not|can't|cannot) (?:let|allow|permit) (?:me|us)(?: to)? (\w+)`,
  'i',
);
const ALLOWS_THING = new RegExp(
  String.raw`\b${SYSTEM} (?:doesn't|does not|won't|will not) (?:allow|permit) ([^,;.!?]+)`,
  'i',
);
const SYSTEM_CANNOT = new RegExp(
  String.raw`\b${SYSTEM} (doesn't|does not|won't|will not|can't|cannot|isn't able to|is not able to) (\w+)`,
  'i',
);
const SYSTEM_DOES = new RegExp(String.raw`\b${SYSTEM} (\w+s)\b`, 'i');
const BY_THE_SYSTEM =
  /(?<!\s)\s+by (?:(?:our|the|their) |(?:the )?(\w+)'s )(?:\w+ )?(?:system|algorithm|computer)\b|(?<!\s)\s+by (?:an?|our|the) (?:\w+ )?(?:algorithm|computer)\b/i;

const NEGATION: Record<string, string> = {
  "doesn't": "don't",
  'does not': 'do not',
  "won't": "won't",
  'will not': 'will not',
  "can't": "can't",
  cannot: 'cannot',
  "isn't able to": "aren't able to",
  'is not able to': 'are not able to',
};

export const system: RewriteBuilder = ({ sentence, span }) => {
  const letsMe = find(sentence, LETS_ME);
  if (letsMe) return [replace(sentence, letsMe, `I can't ${letsMe.groups[0]}`)];
  const allows = find(sentence, ALLOWS_THING);
  if (allows) {
    const thing = allows.groups[0]!.trim();
    return [replace(sentence, allows, `here's what I can do about ${thing}: ${WHAT}, by ${WHEN}`)];
  }
  const cannot = find(sentence, SYSTEM_CANNOT);
  if (cannot) {
    const [negation = '', verb = ''] = cannot.groups;
    // The "no" stays the company's own, and it comes with what the agent can do instead.
    return [butICan(replace(sentence, cannot, `we ${NEGATION[negation.toLowerCase()] ?? negation} ${verb}`))];
  }
  const by = find(sentence, BY_THE_SYSTEM);
  if (by) {
    const owner = by.groups[0];
    const fixed = replace(sentence, by, owner ? ` by the ${owner}` : '');
    return [fixed, andHereIsWhatICanDo(fixed)];
  }
  const does = find(sentence, SYSTEM_DOES);
  if (does && does.start <= span.start + 1) {
    const fixed = replace(sentence, does, `we ${baseOf(does.groups[0]!)}`);
    return [fixed];
  }
  // "that's just how our system works", "system limitation": the clause goes.
  const rest = cut(sentence, clauseAround(sentence, span));
  return substantial(rest) ? [rest, andHereIsWhatICanDo(rest)] : [HERE_IS_WHAT_I_CAN_DO];
};
