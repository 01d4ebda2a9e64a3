import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { savesTitle, titleSaveHint } from '@/components/shared/save-keys';
import { browser } from 'wxt/browser';
import { activeAdapters } from '@/lib/adapters/active-adapters';
import { ticketLinkForTab } from '@/lib/adapters/ticket-link';
import { loadCustomSites, loadManagedOrigins } from '@/lib/sites/custom-sites-browser';
import { journalDb } from '@/lib/db/database';
import { describeJournalError } from '@/lib/db/describe-error';
import { kindLabel } from '@/lib/journal/kind-label';
import { newId } from '@/lib/journal/ids';
import { WIN_KINDS } from '@/lib/journal/win-schema';
import { saveWin } from '@/lib/db/wins';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';
import { splitTags } from '@/components/shared/split-tags';
import { useWinKind } from '@/components/shared/use-win-kind';
import { suggestKind } from '@/lib/journal/suggest-kind';
import { ThanksMode } from '@/components/popup/ThanksMode';
import { RecentWins } from '@/components/popup/RecentWins';
import { TagSuggestions } from '@/components/popup/TagSuggestions';
import { UseOnThisSite } from '@/components/popup/UseOnThisSite';
import { WeekRhythm } from '@/components/popup/WeekRhythm';
import { usePopupData } from '@/components/popup/usePopupData';

export function Popup() {
  const { data, error: loadError, refresh } = usePopupData();
  const [mode, setMode] = useState<'win' | 'thanks'>('win');
  const [text, setText] = useState('');
  const { kind, suggested, choose, reset } = useWinKind(text, suggestKind);
  const [tags, setTags] = useState('');
  const [ticketUrl, setTicketUrl] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [saving, setSaving] = useState(false);
  // While tags and the ticket link are open, or a teammate is thanked, the week and latest wins step aside (600 px).
  const [detailsOpen, setDetailsOpen] = useState(false);
  // Kept across retries so a retried save after a failure cannot create a second row.
  const pendingId = useRef(newId());
  const textRef = useRef<HTMLTextAreaElement>(null);
  const detailsRef = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    textRef.current?.focus();
    // activeTab (granted by opening the popup) reveals the current tab's URL without the tabs permission.
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(async ([tab]) => {
        const [customSites, managedOrigins] = await Promise.all([loadCustomSites(), loadManagedOrigins()]);
        const ownOrigins = [...customSites.map((site) => site.origin), ...managedOrigins];
        setTicketUrl(ticketLinkForTab(activeAdapters, tab?.url, ownOrigins) ?? '');
      })
      .catch(() => undefined);
  }, []);

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    if (!text.trim()) {
      setError(t('popup_emptyText'));
      return;
    }
    if (!kind) {
      setError(t('popup_kindNeeded'));
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      await saveWin(journalDb(), {
        id: pendingId.current,
        text,
        kind,
        tags: splitTags(tags),
        ticketUrl: ticketUrl.trim() || undefined,
        source: 'popup',
      });
      pendingId.current = newId();
      setText('');
      setTags('');
      reset();
      // The next win starts short again, with room for the thank-you line.
      if (detailsRef.current) detailsRef.current.open = false;
      setStatus(t('popup_saved'));
      refresh();
    } catch (reason) {
      setError(`${describeJournalError(reason)} ${t('popup_wordsKept')}`);
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (savesTitle(event)) void save(event);
  };

  return (
    <main className="popup">
      <header>
        <h1>
          <span aria-hidden="true">♥</span> {t('extensionName')}
        </h1>
        <p className="today" data-testid="today-count">
          {data ? tCount('popup_todayCount', data.today) : '\u00a0'}
        </p>
      </header>
      <UseOnThisSite />
      <div className="modes" role="group" aria-label={t('popup_modeLabel')}>
        <button type="button" aria-pressed={mode === 'win'} onClick={() => setMode('win')}>
          {t('popup_title')}
        </button>
        <button type="button" aria-pressed={mode === 'thanks'} onClick={() => setMode('thanks')}>
          {t('thanks_title')}
        </button>
      </div>
      {mode === 'thanks' ? (
        <ThanksMode onKept={refresh} />
      ) : (
        <form onSubmit={save}>
          <label htmlFor="win-text">{t('popup_textLabel')}</label>
          <textarea
            id="win-text"
            ref={textRef}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            placeholder={t('popup_textPlaceholder')}
            rows={2}
            maxLength={10_000}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? 'win-error' : 'win-hint'}
          />
          <p id="win-hint" className="hint">
            {titleSaveHint()}
          </p>
          <fieldset className="kinds">
            <legend>{t('popup_kindLabel')}</legend>
            {WIN_KINDS.map((option) => (
              <label key={option} className={option === kind ? 'chip selected' : 'chip'}>
                <input
                  type="radio"
                  name="kind"
                  value={option}
                  checked={option === kind}
                  onChange={() => choose(option)}
                />
                {kindLabel(option)}
              </label>
            ))}
            {suggested ? <p className="hint">{t('popup_kindSuggested', kindLabel(suggested))}</p> : null}
          </fieldset>
          {/* Chrome cuts a popup at 600 px: the text, its kind and Save come first; tags and the
              ticket link (already filled in on a ticket page) are one click away. */}
          <details ref={detailsRef} className="more" onToggle={(event) => setDetailsOpen(event.currentTarget.open)}>
            <summary>{t('popup_moreDetails')}</summary>
            <label htmlFor="win-tags">{t('popup_tagsLabel')}</label>
            <input
              id="win-tags"
              value={tags}
              onChange={(event) => setTags(event.target.value)}
              placeholder={t('popup_tagsPlaceholder')}
            />
            <TagSuggestions current={tags} onPick={setTags} />
            <label htmlFor="win-ticket">{t('popup_ticketLabel')}</label>
            <input
              id="win-ticket"
              type="url"
              value={ticketUrl}
              onChange={(event) => setTicketUrl(event.target.value)}
            />
          </details>
          {error ? (
            <p id="win-error" role="alert" className="error">
              {error}
            </p>
          ) : null}
          {status && !error ? (
            <p role="status" className="status">
              {status}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={saving}>
            {error && text.trim() ? t('popup_retry') : t('popup_save')}
          </button>
        </form>
      )}
      {loadError ? <p className="error">{describeJournalError(loadError)}</p> : null}
      {data && mode === 'win' && !detailsOpen ? (
        <>
          <WeekRhythm days={data.week} />
          <RecentWins wins={data.recent} />
        </>
      ) : null}
      <footer>
        <a href={browser.runtime.getURL('/journal.html')} target="_blank" rel="noreferrer">
          {t('popup_openJournal')}
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t('popup_openOptions')}
        </a>
      </footer>
    </main>
  );
}
