import Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest } from 'dexie';

export type QuotaShape = 'bare' | 'wrapped-in-abort';

export interface QuotaSwitch {
  /** From now on, chosen writes fail like a full disk. */
  fail(shape: QuotaShape, types?: DBCoreMutateRequest['type'][]): void;
}

/**
 * DBCore middleware (install before open) that can fail chosen writes the way a
 * full disk does, inside the real transaction, so rollback is IndexedDB's own.
 */
export function installQuotaSwitch(db: Dexie): QuotaSwitch {
  let failing: { shape: QuotaShape; types: DBCoreMutateRequest['type'][] } | undefined;
  db.use({
    stack: 'dbcore',
    name: 'simulated-quota',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(tableName) {
          const table = down.table(tableName);
          return {
            ...table,
            mutate(request) {
              if (!failing || !failing.types.includes(request.type)) return table.mutate(request);
              const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
              const error = failing.shape === 'bare' ? quota : new Dexie.AbortError('Transaction aborted', quota);
              return Promise.reject(error);
            },
          };
        },
      };
    },
  });
  return {
    fail(shape, types = ['put', 'add']) {
      failing = { shape, types };
    },
  };
}
