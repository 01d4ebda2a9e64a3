import { useCallback, useEffect, useState } from 'react';
import { journalDb, type JournalDatabase } from '@/lib/db/database';
import { t } from '@/lib/i18n';
import { browser } from 'wxt/browser';
import { saveBackup } from '@/lib/backup/write-backup';
import { storageSummary, type StorageSummary } from '@/lib/backup/storage-summary';
import { isWipeConfirmed, wipeEverything } from '@/lib/backup/wipe';
import { downloadBlob } from '@/components/shared/download';

/** What is stored and where, "nothing sent", and a wipe that needs the phrase typed out. */
export function PrivacyPanel({ db = journalDb() }: { db?: JournalDatabase }) {
  const [summary, setSummary] = useState<StorageSummary | null>(null);
  const [wiping, setWiping] = useState(false);
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState('');
  // The phrase is a message so a translation asks for words in the agent's language.
  const phrase = t('options_wipePhrase');

  const refresh = useCallback(() => {
    storageSummary(db).then(setSummary, () => setFailed(t('options_summaryFailed')));
  }, [db]);
  useEffect(refresh, [refresh]);

  const exportAll = async () => {
    try {
      await saveBackup(db, downloadBlob);
      setStatus(t('options_exportDone'));
    } catch {
      setFailed(t('options_exportFailed'));
    }
  };

  const wipe = async () => {
    if (!isWipeConfirmed(typed, phrase)) return;
    try {
      await wipeEverything(db);
      setWiping(false);
      setTyped('');
      setStatus(t('options_wipeDone'));
    } catch {
      setFailed(t('options_wipeFailed'));
    }
    refresh();
  };

  return (
    <section aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('options_tabPrivacy')}</h2>
      <p className="hd-statement">{t('options_zeroRequests')}</p>
      <p role="status" className="hd-status">
        {status}
      </p>
      {failed && (
        <p role="alert" className="hd-error">
          {failed}
        </p>
      )}
      <section className="hd-card" aria-labelledby="stored-title">
        <h3 id="stored-title">{t('options_storedTitle')}</h3>
        {summary ? (
          <dl className="hd-stored">
            <dt>{t('options_storedJournal')}</dt>
            <dd>{t('options_storedJournalDetail', summary.wins)}</dd>
            <dt>{t('options_storedSettings')}</dt>
            <dd>{t('options_storedSettingsDetail', summary.preferencesBytes)}</dd>
            <dt>{t('options_storedPacks')}</dt>
            <dd>{t('options_storedPacksDetail', summary.customPacks, summary.customPacksBytes)}</dd>
            <dt>{t('options_storedLayout')}</dt>
            <dd>{t('options_storedLayoutDetail', summary.sitesWithLayout)}</dd>
          </dl>
        ) : (
          <p>{t('options_loading')}</p>
        )}
        <p className="hd-muted">{t('options_storedNeverTicket')}</p>
      </section>
      <section className="hd-card" aria-labelledby="backup-title">
        <h3 id="backup-title">{t('options_backupTitle')}</h3>
        <p className="hd-muted">{t('options_backupIntro')}</p>
        <div className="hd-row">
          <button type="button" onClick={() => void exportAll()}>
            {t('options_exportEverything')}
          </button>
          <a href={browser.runtime.getURL('/journal.html#backup')} target="_blank" rel="noreferrer">
            {t('options_restoreLink')}
          </a>
        </div>
      </section>
      <section className="hd-card hd-danger" aria-labelledby="wipe-title">
        <h3 id="wipe-title">{t('options_wipeTitle')}</h3>
        <p>{t('options_wipeIntro')}</p>
        {!wiping ? (
          <button type="button" onClick={() => setWiping(true)}>
            {t('options_wipeStart')}
          </button>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void wipe();
            }}
          >
            <p>{t('options_wipeExportFirst')}</p>
            <button type="button" onClick={() => void exportAll()}>
              {t('options_exportEverything')}
            </button>
            <div className="hd-field">
              <label htmlFor="wipe-confirm">{t('options_wipeTypeLabel', phrase)}</label>
              <input
                id="wipe-confirm"
                value={typed}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => setTyped(event.target.value)}
              />
            </div>
            <div className="hd-row">
              <button type="submit" className="hd-danger-button" disabled={!isWipeConfirmed(typed, phrase)}>
                {t('options_wipeConfirm')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setWiping(false);
                  setTyped('');
                }}
              >
                {t('options_cancel')}
              </button>
            </div>
          </form>
        )}
      </section>
    </section>
  );
}
