import type { TestProject } from 'vitest/node';
import buildDemo from '@/tests/e2e/global-setup';
import { startRt } from '@/tests/real/rt-server';
import { seedTickets, type SeededIds } from '@/tests/real/seed';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's Request Tracker, started and seeded once for every file. */
    rt: { origin: string; apiBase: string; tickets: SeededIds };
  }
}

/**
 * Builds the demo extension as the e2e suite does (skipped under `npm test`,
 * which built it already), then starts a fresh RT from the pristine database and
 * seeds it. Teardown stops exactly that RT; rt-server.ts also ends it on Ctrl-C.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildDemo();
  const rt = await startRt();
  try {
    const tickets = await seedTickets(rt.apiBase);
    project.provide('rt', { origin: rt.origin, apiBase: rt.apiBase, tickets });
  } catch (error) {
    await rt.stop();
    throw error;
  }
  return () => rt.stop();
}
