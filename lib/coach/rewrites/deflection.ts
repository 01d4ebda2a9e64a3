import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import {
  capitalise,
  clauseAround,
  cut,
  find,
  lowerFirst,
  replace,
  substantial,
} from '@/lib/coach/rewrites/sentence-edits';
import { baseOf, thirdPersonOf } from '@/lib/coach/rewrites/verb-forms';
import { isTheirOwn, takeItUpWith, theyCanThenIChase, WHEN, WHO } from '@/lib/coach/rewrites/ways-forward';

/**
 * Passing the problem elsewhere: the agent owns the hand-off instead. The other party the
 * agent named (the courier, finance, the seller) is kept: it is a fact of the ticket.
 * Source: coaching seed 003 (care for the customer, not for how things look behind the scenes).
 */

const PARTY_PATTERNS: readonly RegExp[] = [
  /\bbetween you and ((?:the|your) [\w-]+(?: [\w-]+)?)/i,
  /\b(?:handled|dealt with|decided|managed|set|controlled|determined|assigned|chosen) by ((?:the |our |your )?(?!us\b|me\b)[\w-]+(?:['’]s(?: [\w-]+){1,2}| (?:team|partner|provider|department|company|office|desk))?)/i,
  /\b((?:the|your|their) [\w-]+)'s (?:own )?(?:responsibility|problem)\b/i,
  /\b((?:the|your) (?:seller|bank|courier|airline|hotel|manufacturer|organi[sz]er|carrier|provider|insurer|landlord|partner|merchant|vendor)) is (?:the one )?responsible\b/i,
  /\b((?:the )?[\w-]{1,40}) (?:makes?|made) (?:the|that|those|all the) (?:decisions?|call)\b/i,
  /\b((?:the )?[\w-]{1,40}) decides? (?:those|these|that|such) things\b/i,
  /\btake (?:it|that|this) up with ((?:the |your )?[\w-]+(?: [\w-]+)?)/i,
  /\b(?:a|an) ([\w]+)[- ]side (?:issue|problem)\b/i,
];

/** Who the agent said should handle it, if anyone ("the courier", "finance", "your employer"). */
export function namedParty(sentence: string): string | undefined {
  for (const pattern of PARTY_PATTERNS) {
    const party = pattern.exec(sentence)?.[1];
    if (!party) continue;
    // "a bank-side issue": the party is the bank.
    return pattern.source.includes('side') ? `the ${party.toLowerCase()}` : party;
  }
  return undefined;
}

const NOT_SUPPORT = /(?:,|(?<!\s))\s*not (?:by )?(?:support|us|me|our team)\b/i;
const NOT_RESPONSIBLE_FOR = /\b(?:we're|we are|I'm|I am) not (?:responsible|liable|accountable) for\b/i;
const CANT_GUARANTEE = /\b(I|we) (?:can't|cannot|can not) guarantee\b/i;
// The words that pass the problem on; the clause holding them goes.
const PASSING_ON: readonly RegExp[] = [
  /\bnot my (?:department|job|area|responsibility|call|decision)\b/i,
  /\bnot (?:something|a thing) (?:support|I|we|our team) /i,
  /\b(?:[\w-]{1,40}'s|your|their) (?:own )?(?:responsibility|problem)\b/i,
  /\bbetween you and\b/i,
  /\bdone (?:our|my) part\b/i,
  /\b(?:just|only) (?:the|a) (?:marketplace|platform|middleman|booking site|booking platform|reseller|agent|intermediary)\b/i,
  /\bis (?:the one )?responsible\b/i,
  /\b(?:makes?|made) (?:the|that|those|all the) (?:decisions?|call)\b/i,
  /\bdecides? (?:those|these|that|such) things\b/i,
  /\btake (?:it|that|this) up with\b/i,
  /\b(?:a|an) \w+[- ](?:side|end) (?:issue|problem)\b/i,
  /\bout of (?:our|my) hands\b/i,
];
// "You'll have to ask sales": the agent asks them instead of sending the customer.
const SEND_ELSEWHERE =
  /^(?:you(?:'ll| will)? (?:have|need) to|you should|please) (?:ask|contact|call|email|talk to|speak (?:to|with)|reach out to|go through|get in touch with) ((?:the |your |our )?[\w-]+(?: (?:team|department|desk|office))?)\b/i;

// "the venue's ticketing system" is one party: the possessive stays with it.
const PARTNER = String.raw`(?:the |our |your )?(?!us\b|me\b)[\w-]+(?:['’]s(?: [\w-]+){1,2}| (?:team|partner|provider|department|company|office|desk))?`;
// "Currency is determined by your bank": said with the other party as the subject, it is a fact, not a shrug.
const PASSIVE_BY = new RegExp(
  String.raw`^(.+?) (?:is|are) (handled|dealt with|decided|managed|set|controlled|determined|assigned|chosen) by (${PARTNER})`,
  'i',
);

/** "Currency is determined by your bank" → "Your bank determines currency". */
function activeVoice(sentence: string): string {
  const passive = find(sentence, PASSIVE_BY);
  if (!passive) return sentence;
  const [thing = '', done = '', party = ''] = passive.groups;
  return replace(sentence, passive, `${capitalise(party)} ${thirdPersonOf(baseOf(done))} ${lowerFirst(thing)}`);
}

export const deflection: RewriteBuilder = ({ sentence: written }) => {
  const elsewhere = find(written, SEND_ELSEWHERE);
  const sentTo = elsewhere?.groups[0];
  if (isTheirOwn(sentTo)) return [theyCanThenIChase(sentTo)];
  if (sentTo) return [`I'll check with ${sentTo} for you and get back to you by ${WHEN}.`];
  const party = namedParty(written);
  const theirs = isTheirOwn(party) ? party : undefined;
  const sentence = activeVoice(written);
  // "handled by finance, not support": only the "not us" goes, and the agent takes it up with them.
  const notSupport = find(sentence, NOT_SUPPORT);
  if (notSupport && party) return [takeItUpWith(replace(sentence, notSupport, ''), 'them', theirs)];
  // "we can't guarantee freshness": a plain "no" the refusal rewrite can give a way forward.
  const guarantee = find(sentence, CANT_GUARANTEE);
  if (guarantee) return [replace(sentence, guarantee, `${guarantee.groups[0]} can't promise`)];
  const notResponsible = find(sentence, NOT_RESPONSIBLE_FOR);
  // "handled by our network partner" is a fact the customer may need; only passing it on goes.
  let rest = notResponsible ? replace(sentence, notResponsible, "I'll help with") : sentence;
  for (const words of PASSING_ON) {
    const found = find(rest, words);
    if (found) rest = cut(rest, clauseAround(rest, found));
  }
  if (!substantial(rest)) return [takeItUpWith(null, party ?? WHO, theirs)];
  const mentioned = party !== undefined && rest.toLowerCase().includes(party.toLowerCase());
  return [takeItUpWith(rest, mentioned ? 'them' : (party ?? WHO), theirs)];
};
