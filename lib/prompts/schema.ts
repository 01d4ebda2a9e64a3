import { z } from 'zod';
import { isKnownTrigger } from '@/lib/prompts/triggers';

/**
 * One schema for built-in and imported prompt packs, so a built-in set is
 * exactly what an agent could have written and imported. Ids (pack, prompt,
 * category) are saved in preferences and journals: permanent once released.
 */

export * from '@/lib/prompts/pack-limits';
import {
  MAX_DESCRIPTION,
  MAX_NAME,
  MAX_PROMPT_TEXT,
  MAX_PROMPTS,
  MAX_SLUG,
  MAX_TRIGGERS,
  MAX_WEIGHT,
  PACK_SCHEMA_VERSION,
  PROMPT_CATEGORIES,
  SLUG_PATTERN,
} from '@/lib/prompts/pack-limits';

/** Custom issue messages are reason codes; parse-pack turns them into words. */
export const REASON_DUPLICATE_PROMPT_ID = 'duplicate-prompt-id';
export const REASON_UNKNOWN_TRIGGER = 'unknown-trigger';
export const REASON_DUPLICATE_TRIGGER = 'duplicate-trigger';

const slug = z.string().min(1).max(MAX_SLUG).regex(SLUG_PATTERN);

const trigger = z.string().max(80).refine(isKnownTrigger, { message: REASON_UNKNOWN_TRIGGER });

export const promptSchema = z.strictObject({
  id: slug,
  category: z.enum(PROMPT_CATEGORIES),
  text: z.string().trim().min(1).max(MAX_PROMPT_TEXT),
  triggers: z
    .array(trigger)
    .min(1)
    .max(MAX_TRIGGERS)
    .superRefine((triggers, ctx) => {
      triggers.forEach((value, index) => {
        if (triggers.indexOf(value) !== index)
          ctx.addIssue({ code: 'custom', message: REASON_DUPLICATE_TRIGGER, path: [index], input: value });
      });
    }),
  weight: z.number().min(0).max(MAX_WEIGHT),
});
export type Prompt = z.infer<typeof promptSchema>;

export const packSchema = z.strictObject({
  schemaVersion: z.literal(PACK_SCHEMA_VERSION),
  id: slug,
  name: z.string().trim().min(1).max(MAX_NAME),
  description: z.string().trim().max(MAX_DESCRIPTION),
  locale: z.enum(['en']),
  prompts: z
    .array(promptSchema)
    .min(1)
    .max(MAX_PROMPTS)
    .superRefine((prompts, ctx) => {
      const seen = new Set<string>();
      prompts.forEach((prompt, index) => {
        if (seen.has(prompt.id))
          ctx.addIssue({ code: 'custom', message: REASON_DUPLICATE_PROMPT_ID, path: [index, 'id'], input: prompt.id });
        seen.add(prompt.id);
      });
    }),
});
export type PromptPack = z.infer<typeof packSchema>;
