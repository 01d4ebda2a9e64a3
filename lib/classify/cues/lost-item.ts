import { defineCue } from '@/lib/classify/cues/cue';

// Things a company mislays that can be found, replaced or refunded; not photos, files or memories.
const ITEM = String.raw`(?:bags?|luggage|suitcases?|parcels?|packages?|basket|cart|draft|card|passport|pram|buggy|umbrella|charger|cheque|receipts?|items?|return|booking|reservation|seat|points)`;

/**
 * "Lost my bag", "lost my basket 3x", "lost property", "it was lost in the post": a thing gone
 * missing is a complaint or an errand, not a loss the customer grieves, though the model
 * reads "lost" as sad (its Reddit rows are about people). It lowers sadness and is never shown
 * (the effect is negative). A lost person, job, home or photo stays with grief and the model;
 * support train labels 26 of 30 lost things not sad.
 */
export default defineCue({
  id: 'lost-item',
  pattern: new RegExp(
    String.raw`\b(?:lost|losing|lose) (?:my |our |the |a |an |his |her |your |another |all (?:my |the )?)?(?:\w+ )?${ITEM}\b|\blost property\b|\blost in the post\b|\bwent missing in the post\b`,
    'gi',
  ),
  effects: { sadness: -1.5 },
});
