import { useEffect, useState } from 'react';
import { journalDb } from '@/lib/db/database';
import { recentTags } from '@/lib/db/win-stats';
import { t } from '@/lib/i18n';

const SHOWN = 8;

function tagsIn(value: string): string[] {
  return value
    .split(',')
    .map((tag) => tag.trim().toLowerCase())
    .filter(Boolean);
}

/** The agent's most used recent tags, one click to add; loaded after the popup is on screen. */
export function TagSuggestions({ current, onPick }: { current: string; onPick: (value: string) => void }) {
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    recentTags(journalDb())
      .then((found) => setTags(found.slice(0, SHOWN * 2)))
      .catch(() => undefined);
  }, []);
  const chosen = tagsIn(current);
  const offered = tags.filter((tag) => !chosen.includes(tag)).slice(0, SHOWN);
  if (offered.length === 0) return null;
  return (
    <div className="tag-suggestions" role="group" aria-label={t('popup_tagSuggestions')}>
      {offered.map((tag) => (
        <button key={tag} type="button" className="tag-chip" onClick={() => onPick([...chosen, tag].join(', '))}>
          + {tag}
        </button>
      ))}
    </div>
  );
}
