/**
 * Health-check vocabulary shared by the report schema (health.ts, with zod) and
 * the content-script reporter (health-reporter.ts), which the small detector
 * bundles and which therefore must not pull in zod.
 */

/** Where the customer's messages came from on the last ticket. */
export const MESSAGE_SOURCES = ['page', 'recipe', 'earlier', 'none'] as const;
export type MessageSource = (typeof MESSAGE_SOURCES)[number];

export const MAX_REPORTED_MESSAGES = 999;
