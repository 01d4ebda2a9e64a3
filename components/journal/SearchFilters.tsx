import { useEffect, useId, useState } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import { WIN_KINDS, type WinKind } from '@/lib/journal/win-schema';
import { allTags } from '@/lib/db/win-stats';
import { t } from '@/lib/i18n';
import { kindLabel } from '@/lib/journal/kind-label';
import { startRead } from '@/lib/db/start-read';

export interface Filters {
  query: string;
  kind: WinKind | '';
  tag: string;
  /** `<input type="date">` values, '' when unset. */
  from: string;
  to: string;
}

export const EMPTY_FILTERS: Filters = { query: '', kind: '', tag: '', from: '', to: '' };

/** Typing pauses this long before searching, so each keystroke does not query the index. */
const QUERY_DELAY_MS = 200;

interface Props {
  db: JournalDatabase;
  revision: number;
  /** False until the wins are on screen: the tag list counts every tag, which can wait. */
  loadTags: boolean;
  filters: Filters;
  onChange: (filters: Filters) => void;
}

export function SearchFilters({ db, revision, loadTags, filters, onChange }: Props) {
  const id = useId();
  const [query, setQuery] = useState(filters.query);
  const [tags, setTags] = useState<string[]>([]);

  useEffect(() => {
    if (!loadTags) return;
    return startRead(() => allTags(db), setTags);
  }, [db, revision, loadTags]);

  useEffect(() => {
    if (query === filters.query) return;
    const timer = setTimeout(() => onChange({ ...filters, query }), QUERY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, filters, onChange]);

  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <form className="journal-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label className="journal-search">
        <span>{t('journal_searchLabel')}</span>
        <input
          type="search"
          value={query}
          placeholder={t('journal_searchPlaceholder')}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      <label>
        <span>{t('journal_filterKind')}</span>
        <select value={filters.kind} onChange={(event) => set({ kind: event.target.value as WinKind | '' })}>
          <option value="">{t('journal_filterAllKinds')}</option>
          {WIN_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('journal_filterTag')}</span>
        <input
          list={`${id}-tags`}
          value={filters.tag}
          placeholder={t('journal_filterTagPlaceholder')}
          onChange={(event) => set({ tag: event.target.value })}
        />
        <datalist id={`${id}-tags`}>
          {tags.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      </label>
      <label>
        <span>{t('journal_filterFrom')}</span>
        <input type="date" value={filters.from} onChange={(event) => set({ from: event.target.value })} />
      </label>
      <label>
        <span>{t('journal_filterTo')}</span>
        <input type="date" value={filters.to} onChange={(event) => set({ to: event.target.value })} />
      </label>
      <button
        type="button"
        onClick={() => {
          setQuery('');
          onChange(EMPTY_FILTERS);
        }}
      >
        {t('journal_filterClear')}
      </button>
    </form>
  );
}
