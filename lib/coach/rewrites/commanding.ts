import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { baseOf } from '@/lib/coach/rewrites/verb-forms';
import { find, lowerFirst, replace, tidy, withoutEnd } from '@/lib/coach/rewrites/sentence-edits';
import { isTheirOwn, theyCanThenIChase } from '@/lib/coach/rewrites/ways-forward';

/**
 * Orders: the step stays, asked for with a reason where it is the whole sentence ("Could you
 * wait 5-7 days? That way, [what it does for them]."), offered as a possibility inside a longer
 * one ("you can …"), and where the agent could take the step for the customer, the offer to do
 * it. QA 2026-12-07: "The next step is to wait 5-7 days." was still an order, with no courtesy
 * and no reason. The rule's advice: offer the step as a way forward; if you can do it for them,
 * say that you will.
 */

// What only the agent knows: what the step gets the customer.
export const WHY = '[what it does for them]';

const ORDER =
  /\byou(?:'ll| will|'d| would) (?:have|need) to |\byou must |\byou (?:need|have) to |\byou(?:'re| are) required to |\byou(?:'ve| have) got to /gi;
const PASSIVE_ORDER = /^([\w -]+?) (?:must|need to|has to|have to) be (\w+)\b/i;
// Steps an agent can usually take on the customer's behalf.
const AGENT_CAN = new Set([
  'ask',
  'contact',
  'request',
  'file',
  'book',
  'fill',
  'call',
  'email',
  'speak',
  'reconnect',
  'cancel',
]);
// A step with a condition or a deadline in it is the customer's to take as written.
const CONDITIONAL = /\b(?:if|when|unless|before|after|within|by|until)\b/i;
const MINE = /\b(?:us|our|we|me|my|I)\b/;

// A bare order opening the sentence ("Ensure your device time is synced.", "Don't bring it."),
// found by its shape (rules/shared/imperatives.ts): the step stays, offered as the next step.
const OPENERS = /^(?:(?:please|pls|kindly|just|simply|instead),?\s+)+/i;
const BAN = /^(?:don['’]t|do not|dont)\s+/i;
function bareOrder(sentence: string, start: number): string[] {
  if (sentence.slice(0, start).trim() !== '') return [];
  const opened = sentence.trim();
  const step = opened.replace(OPENERS, '');
  if (BAN.test(step)) return [tidy(`It's best not to ${step.replace(BAN, '')}`)];
  // After "Just", a capital is a name ("Just Google it"): kept as written.
  return [askedWithAReason(step === opened ? lowerFirst(step) : step)];
}

/** "Could you wait 5-7 days? That way, [what it does for them]." */
function askedWithAReason(step: string): string {
  // "yourself" keeps the push in a request ("Could you fill it in yourself?"): it goes.
  const asked = withoutEnd(`Could you ${step.trim().replace(/(?<!\s)\s+yourself\b/gi, '')}`);
  return `${asked}? That way, ${WHY}.`;
}

export const commanding: RewriteBuilder = ({ sentence, span }) => {
  const passive = find(sentence, PASSIVE_ORDER);
  if (passive) {
    const [thing = '', participle = ''] = passive.groups;
    return [replace(sentence, passive, `you can ${baseOf(participle)} ${lowerFirst(thing)}`)];
  }
  const orders = [...sentence.matchAll(ORDER)];
  if (orders.length === 0) return bareOrder(sentence, span.start);
  const whole = orders.length === 1 && orders[0]!.index === 0 ? sentence.slice(orders[0]![0].length) : undefined;
  // At the start of the sentence the step leads; inside it, "you can" keeps the sentence's shape.
  let rewritten = sentence;
  for (const order of orders.reverse()) {
    const atStart = order.index === 0;
    const span = { start: order.index, end: order.index + order[0].length };
    rewritten = `${rewritten.slice(0, span.start)}${atStart ? 'the next step is to ' : 'you can '}${rewritten.slice(span.end)}`;
  }
  // One order that is the whole sentence is asked for, with its reason; others keep the sentence's shape.
  const rewrites = [whole === undefined ? tidy(rewritten) : askedWithAReason(whole)];
  const only = orders.length === 1 ? orders[0]! : undefined;
  if (only && only.index === 0) {
    const step = sentence
      .slice(only[0].length)
      .replace(/(?<![.!?])[.!?]+\s*$/, '')
      .replace(/(?<!\s)\s+(?:yourself|directly)\b/gi, '');
    const verb = /^\w+/.exec(step)?.[0]?.toLowerCase() ?? '';
    const party = /^\w+ (your [\w -]+)$/i.exec(step)?.[1];
    if (isTheirOwn(party)) rewrites.push(theyCanThenIChase(party));
    else if (AGENT_CAN.has(verb) && !MINE.test(step) && !CONDITIONAL.test(step))
      rewrites.push(tidy(`I can ${step} for you, if you'd like.`));
  }
  return rewrites;
};
