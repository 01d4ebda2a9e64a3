/**
 * The pack format's limits and fixed vocabularies, free of the schema library so
 * code that runs in helpdesk tabs (the sidebar reading stored packs) can use them
 * without bundling zod. schema.ts builds the validating schema from these.
 */

export const PACK_SCHEMA_VERSION = 1;
export const MAX_PROMPTS = 50;
export const MAX_PROMPT_TEXT = 400;
export const MAX_TRIGGERS = 12;
export const MAX_NAME = 60;
export const MAX_DESCRIPTION = 300;
export const MAX_SLUG = 60;
export const MAX_WEIGHT = 10;

export const PROMPT_CATEGORIES = [
  'empathy',
  'solutions',
  'above-and-beyond',
  'patience',
  'self-care',
  'gratitude',
] as const;
export type PromptCategory = (typeof PROMPT_CATEGORIES)[number];

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
