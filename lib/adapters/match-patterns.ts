import { ADAPTERS } from '@/lib/adapters/index';

/** The local demo helpdesk; only ever added to the demo build (HEARTDESK_DEMO=1) (see wxt.config.ts). */
export const DEMO_MATCH_PATTERNS = ['http://127.0.0.1/*'];

export function builtinMatchPatterns(): string[] {
  return [...new Set(ADAPTERS.flatMap((adapter) => adapter.matches))].sort();
}
