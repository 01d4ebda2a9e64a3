import type { Mood } from '@/lib/engine/types';

/**
 * A win is a thank-you for help received. A thank-you sent ahead of the help ("Thanks in advance",
 * "can you tell me where the invoice is? Thanks!") or wrapped around a problem still open
 * ("Thanks! But where do I find the invoice?") thanks nobody for anything yet: offering it as a
 * win is hollow, and the agent's work on that ticket is not done (walk 2026-12-07, item 5).
 */

// The customer says the help landed: what they still ask after it is a new question, not the same problem.
const HELP_RECEIVED =
  /\b(?:(?:that|this|it)(?:'s| has| is)? (?:worked|works|did it|did the trick|fixed it|sorted it)|(?:works|working) (?:now|again|fine|perfectly)|(?:all )?(?:sorted|fixed|solved|resolved)(?: now)?[.!]|problem solved|for (?:your|the) help|for (?:sorting|fixing|solving|resolving|helping)|appreciate (?:your|the) help)\b/i;

// Thanks before anything happened: in advance, for any help, for looking (not for what was found).
const AHEAD_OF_HELP =
  /\b(?:in advance|for any (?:help|advice|assistance|info)|any help (?:you can|would)|for (?:looking into|checking) (?:this|it|that)|hope (?:you|someone) can help)\b/i;

// Still open: a question, or a problem reported as standing ("still crashes", "hasn't arrived", "can't find").
const OPEN_PROBLEM =
  /\?|\b(?:still (?:not|no|doesn't|does not|can't|cannot|won't|isn't|crash\w*|fail\w*|broken|wrong|wait\w*|get\w*|see\w*|show\w*)|(?:hasn't|has not|haven't|have not|didn't|did not) (?:arrived|come|worked|been|received|got)|(?:doesn't|does not|won't|will not|isn't|is not) (?:work|working|load|open|show|arrive)|(?:can't|cannot|can not) (?:find|see|log|get|open|access|work out)|not working|broken|an error)\b/i;

// A request still waiting for the agent, signed off with thanks ("Hi, please cancel my subscription before
// it renews next month. Thanks, Amira": RT walk 2026-12-07, test-output/real/5-send-after-submit.png, was
// offered as a win). Action verbs only: "please pass my thanks to the team" and "I'd like to thank you" ask nothing.
const ACTIONS =
  '(?:cancel|refund|send|resend|change|update|close|delete|remove|reset|stop|add|check|confirm|call|ring|contact|fix|look|advise|process|arrange|issue|replace|return|switch|upgrade|downgrade|unsubscribe|get back)';
const REQUEST = new RegExp(
  String.raw`\b(?:please|kindly) (?:can you |could you )?${ACTIONS}\b|\b(?:can|could|would|will) you (?:please )?${ACTIONS}\b|\bI(?:'d| would) like (?:to (?!thank|say|let you know)|a |an |my )|\bI (?:want|need) (?:to (?!thank|say|let you know)|a |an |my )`,
  'i',
);

/** Whether the customer's latest message is a thank-you the agent may keep as a win. */
export function isThankYouForHelp(mood: Mood, latest: string): boolean {
  const { gratitude, confusion, urgency } = mood.signals;
  if (gratitude.level === 'none' || mood.upset) return false;
  // Confused or pressed for time: whatever the thanks, the problem is still with the agent.
  if (confusion.level !== 'none' || urgency.level !== 'none') return false;
  if (AHEAD_OF_HELP.test(latest)) return false;
  return HELP_RECEIVED.test(latest) || !(OPEN_PROBLEM.test(latest) || REQUEST.test(latest));
}
