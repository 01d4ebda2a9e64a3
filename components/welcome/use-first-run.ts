import { useCallback, useEffect, useState } from 'react';
import { loadFirstRun, saveFirstRun, type FirstRun } from '@/lib/storage/first-run';

/** The install record, and closing the upgrade note for good. */
export function useFirstRun(load = loadFirstRun, save = saveFirstRun) {
  const [record, setRecord] = useState<FirstRun>();
  useEffect(() => {
    let live = true;
    load()
      .then((loaded) => live && setRecord(loaded))
      .catch(() => live && setRecord({}));
    return () => {
      live = false;
    };
  }, [load]);
  const dismissUpgrade = useCallback(() => {
    setRecord((current) => {
      if (!current?.upgrade) return current;
      const next = { ...current, upgrade: { ...current.upgrade, dismissed: true } };
      void save(next);
      return next;
    });
  }, [save]);
  return { record, dismissUpgrade };
}
