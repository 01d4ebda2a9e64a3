import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { planInstall } from '@/lib/sites/first-run';
import type { FirstRun } from '@/lib/storage/first-run';

export interface InstalledDeps {
  helpdesks: ReadonlyArray<Pick<HelpdeskAdapter, 'id' | 'matches'>>;
  granted(): Promise<string[]>;
  switchedOff(): Promise<string[]>;
  loadRecord(): Promise<FirstRun>;
  saveRecord(record: FirstRun): Promise<void>;
  giveBack(origins: string[]): Promise<unknown>;
  openWelcome(): Promise<unknown>;
  now(): number;
}

/**
 * runtime.onInstalled: the record is saved before the tab opens, so a second
 * event (a quick reload) never opens a second welcome page.
 */
export async function onInstalled(
  details: { reason: string; previousVersion?: string },
  deps: InstalledDeps,
): Promise<void> {
  const [granted, switchedOff, record] = await Promise.all([deps.granted(), deps.switchedOff(), deps.loadRecord()]);
  const plan = planInstall({ ...details, granted, switchedOff, helpdesks: deps.helpdesks, record, now: deps.now() });
  if (plan.record !== record) await deps.saveRecord(plan.record);
  if (plan.giveBack.length > 0) await deps.giveBack(plan.giveBack);
  if (plan.openWelcome) await deps.openWelcome();
}
