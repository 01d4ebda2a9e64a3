import type Dexie from 'dexie';
import type { DBCore, DBCoreCursor } from 'dexie';

/**
 * Counts what IndexedDB hands back: `reads` = rows (values, via queries,
 * bulkGet or cursor steps), `keys` = keys only (cheap probes), to prove paging
 * reads are bounded.
 */
export function installReadCounter(db: Dexie): { reads: number; keys: number } {
  const counter = { reads: 0, keys: 0 };
  db.use({
    stack: 'dbcore',
    name: 'read-counter',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(tableName) {
          const table = down.table(tableName);
          return {
            ...table,
            async query(request) {
              const result = await table.query(request);
              if (request.values) counter.reads += result.result.length;
              else counter.keys += result.result.length;
              return result;
            },
            async getMany(request) {
              counter.reads += request.keys.length;
              return table.getMany(request);
            },
            async openCursor(request) {
              const cursor = await table.openCursor(request);
              if (!cursor) return cursor;
              counter.reads += 1;
              return countingCursor(cursor, counter);
            },
          };
        },
      };
    },
  });
  return counter;
}

function countingCursor(cursor: DBCoreCursor, counter: { reads: number }): DBCoreCursor {
  const wrapped = Object.create(cursor) as DBCoreCursor;
  const start = cursor.start.bind(cursor);
  Object.defineProperty(wrapped, 'start', {
    value: (onNext: () => void) =>
      start(() => {
        counter.reads += 1;
        onNext();
      }),
  });
  return wrapped;
}
