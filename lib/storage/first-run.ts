import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { FIRST_RUN_KEY } from '@/lib/storage/storage-keys';

/**
 * What Heartdesk remembers about its own arrival on this browser (issue 18):
 * when the welcome page was opened (it opens once), and what an upgrade from a
 * version that had every helpdesk host required found here.
 */

const ids = z.array(z.string().max(60)).max(60);

export const firstRunSchema = z.object({
  welcomedAt: z.number().int().nonnegative().optional(),
  upgrade: z
    .object({
      from: z.string().max(40),
      at: z.number().int().nonnegative(),
      /** Helpdesks the browser still grants: they keep working and show as chosen. */
      kept: ids,
      /** Helpdesks in use before whose grant the browser did not carry over: the agent is asked again. */
      needed: ids,
      /** Helpdesks the agent had switched off: their access was given back. */
      givenBack: ids,
      dismissed: z.boolean().optional(),
    })
    .optional(),
});
export type FirstRun = z.infer<typeof firstRunSchema>;
export type UpgradeRecord = NonNullable<FirstRun['upgrade']>;

export const firstRunItem = storage.defineItem<unknown>(FIRST_RUN_KEY, { fallback: {}, version: 1 });

/** A malformed record reads as "nothing happened yet": the worst case is one more welcome page. */
export function parseFirstRun(stored: unknown): FirstRun {
  const parsed = firstRunSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

export async function loadFirstRun(): Promise<FirstRun> {
  return parseFirstRun(await firstRunItem.getValue());
}

export async function saveFirstRun(record: FirstRun): Promise<void> {
  await firstRunItem.setValue(record);
}
