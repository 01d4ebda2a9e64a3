import { anchoredShapes } from '@/lib/rules/shared/match-spans';

/**
 * Orders in shapes mined from drafts written by people who never saw the rules (issue 15), found
 * even in a reply that offers something else; commanding.ts still lets an order pass when the
 * agent takes part of the step on ("Ensure the box is sealed; I'll book the courier").
 */

/** "Please ensure you enter the correct name", "Ensure rent is paid on time": a duty handed over. */
export const ENSURE_ORDERS = anchoredShapes([
  ['ensure', '(?<=^|\\b(?:please|kindly) )ensure (?:that )?(?:you|your|the|all|it|this|any)\\b[^.!?,;]*'],
]);

/**
 * Being told not to get in touch ("Do not call the main line.", "Please don't keep emailing.").
 * A warning with its reason or its end ("don't send it until you've checked the number", "don't
 * reply if you'd rather not") protects the customer and stays silent.
 */
export const CONTACT_BANS = anchoredShapes([
  [
    'call email emailing calling contact chase chasing phone ring message write send reply visit come',
    "^(?:please |kindly )?(?:do not|don't) (?:keep )?(?:call|calling|email|emailing|contact|chase|chasing|phone|ring|message|write|send|reply|visit|come)\\b(?![^.!?,;]*\\b(?:until|unless|if|as)\\b)",
  ],
]);
