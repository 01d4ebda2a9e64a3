import { useEffect, useMemo, useState } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import type { Win } from '@/lib/journal/win-schema';
import { searchWins, type SearchCursor, type WinSearch } from '@/lib/db/win-search';
import { endOfDateInput, parseDateInput } from '@/lib/journal/date-input';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';
import type { Filters } from '@/components/journal/SearchFilters';
import { WinItem } from '@/components/journal/WinItem';
import { startRead } from '@/lib/db/start-read';

/**
 * The newest few first, so the week and the charts below stay a short scroll away;
 * "Show more" then brings larger pages for someone looking back.
 */
export const FIRST_PAGE = 10;
export const MORE_PAGE = 30;

interface Props {
  db: JournalDatabase;
  filters: Filters;
  revision: number;
  /** Deletes and returns the ids actually deleted (Undo lives in the page). */
  onRemove: (ids: string[]) => Promise<string[]>;
  onEdited: () => void;
  /** Called once the first page is on screen (the page then starts its counting sections). */
  onShown?: () => void;
}

function toSearch(filters: Filters): WinSearch {
  return {
    query: filters.query,
    kinds: filters.kind ? [filters.kind] : undefined,
    tag: filters.tag || undefined,
    from: parseDateInput(filters.from),
    to: endOfDateInput(filters.to),
  };
}

/** Newest wins first, one key-based page at a time ("Show more" continues from the last one shown). */
export function WinList({ db, filters, revision, onRemove, onEdited, onShown }: Props) {
  const search = useMemo(() => toSearch(filters), [filters]);
  const [wins, setWins] = useState<Win[] | undefined>(undefined);
  const [next, setNext] = useState<SearchCursor | undefined>(undefined);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    return startRead(
      () => searchWins(db, { ...search, limit: FIRST_PAGE }),
      (page) => {
        setWins(page.wins);
        setNext(page.next);
        setSelected(new Set());
        onShown?.();
      },
    );
  }, [db, search, revision, onShown]);

  const more = async () => {
    const page = await searchWins(db, { ...search, cursor: next, limit: MORE_PAGE });
    setWins((current) => [...(current ?? []), ...page.wins]);
    setNext(page.next);
  };

  const remove = async (ids: string[]) => {
    const gone = new Set(await onRemove(ids));
    setWins((current) => current?.filter((win) => !gone.has(win.id)));
    setSelected((current) => new Set([...current].filter((id) => !gone.has(id))));
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const updated = new Set(current);
      if (on) updated.add(id);
      else updated.delete(id);
      return updated;
    });

  if (!wins) return <p role="status">{t('journal_loading')}</p>;
  const allShownSelected = wins.length > 0 && wins.every((win) => selected.has(win.id));
  return (
    <div className="journal-list">
      <div className="journal-bulk" role="toolbar" aria-label={t('journal_bulkToolbar')}>
        <label>
          <input
            type="checkbox"
            checked={allShownSelected}
            disabled={wins.length === 0}
            onChange={(event) => setSelected(event.target.checked ? new Set(wins.map((win) => win.id)) : new Set())}
          />
          <span>{t('journal_selectAllShown')}</span>
        </label>
        <button type="button" disabled={selected.size === 0} onClick={() => void remove([...selected])}>
          {selected.size === 0 ? t('journal_deleteSelectedNone') : tCount('journal_deleteSelected', selected.size)}
        </button>
      </div>
      <p className="journal-count" role="status">
        {wins.length === 0 ? t('journal_noMatches') : tCount(next ? 'journal_shownMore' : 'journal_shown', wins.length)}
      </p>
      <ul aria-label={t('journal_winsTitle')}>
        {wins.map((win) => (
          <WinItem
            key={win.id}
            db={db}
            win={win}
            selected={selected.has(win.id)}
            onSelect={(on) => toggle(win.id, on)}
            onDelete={() => void remove([win.id])}
            onSaved={(saved) => {
              setWins((current) => current?.map((item) => (item.id === saved.id ? saved : item)));
              onEdited();
            }}
          />
        ))}
      </ul>
      {next && (
        <button type="button" className="journal-more" onClick={() => void more()}>
          {t('journal_showMore')}
        </button>
      )}
    </div>
  );
}
