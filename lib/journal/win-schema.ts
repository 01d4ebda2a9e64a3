import { MAX_WIN_ID_LENGTH, MIN_WIN_ID_LENGTH, WIN_ID_PATTERN } from '@/lib/journal/ids';
import { storedLink } from '@/lib/links/generic-rule';
import { z } from 'zod';

/** Win kinds are saved ids: never rename one without a migration. */
export const WIN_KINDS = ['compliment', 'save', 'thank-you', 'teamwork', 'learned', 'above-and-beyond'] as const;
export type WinKind = (typeof WIN_KINDS)[number];

export const WIN_SOURCES = ['popup', 'sidebar', 'context-menu', 'shortcut', 'journal', 'import'] as const;
export type WinSource = (typeof WIN_SOURCES)[number];

export const MAX_WIN_TEXT = 10_000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

const tag = z
  .string()
  .trim()
  .min(1)
  .max(MAX_TAG_LENGTH)
  .transform((value) => value.toLowerCase());

export const winSchema = z.strictObject({
  /** Client-generated so a retried save is idempotent (put, not add). */
  id: z.string().min(MIN_WIN_ID_LENGTH).max(MAX_WIN_ID_LENGTH).regex(WIN_ID_PATTERN),
  /** Epoch milliseconds. */
  createdAt: z.number().int().nonnegative().max(8.64e15),
  updatedAt: z.number().int().nonnegative().max(8.64e15).optional(),
  text: z.string().trim().min(1, 'Write a few words about the win first.').max(MAX_WIN_TEXT),
  kind: z.enum(WIN_KINDS),
  tags: z.array(tag).max(MAX_TAGS),
  // Only what identifies the ticket is kept (issue 19): no customer data from the page's address.
  ticketUrl: z
    .url({ protocol: /^https?$/ })
    .max(2048)
    .transform(storedLink)
    .optional(),
  site: z.string().max(253).optional(),
  source: z.enum(WIN_SOURCES),
});

export type Win = z.infer<typeof winSchema>;
