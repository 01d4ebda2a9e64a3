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
