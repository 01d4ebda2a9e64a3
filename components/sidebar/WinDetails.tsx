import { useId, useState, type FormEvent } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { t } from '@/lib/i18n';
import { splitTags } from '@/components/shared/split-tags';
import { noteSaveHint, savesNote } from '@/components/shared/save-keys';

type State =
  { step: 'closed' } | { step: 'open' } | { step: 'sending' } | { step: 'added' } | { step: 'failed'; message: string };

/**
 * Right after a thank-you is saved: "Add a tag or a note", folded until asked for,
 * so saving stays one click. Sent for this one win only; the background refuses
 * any other (lib/background/annotate-win.ts).
 */
export function WinDetails({ winId }: { winId: string }) {
  const id = useId();
  const [state, setState] = useState<State>({ step: 'closed' });
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!tags.trim() && !note.trim()) return setState({ step: 'closed' });
    setState({ step: 'sending' });
    try {
      const result = await sendToBackground<'sidebar→background:annotate-win', { annotated: boolean }>(
        'sidebar→background:annotate-win',
        { id: winId, tags: splitTags(tags), note: note.trim() },
      );
      setState(result.annotated ? { step: 'added' } : { step: 'failed', message: t('sidebar_detailsRefused') });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  if (state.step === 'closed')
    return (
      <button type="button" className="hd-link" onClick={() => setState({ step: 'open' })}>
        {t('sidebar_addDetails')}
      </button>
    );
  if (state.step === 'added')
    return (
      <p role="status" className="hd-saved">
        {t('sidebar_detailsAdded')}
      </p>
    );
  return (
    <form className="hd-win-details" onSubmit={(event) => void send(event)}>
      <label htmlFor={`${id}-tags`}>{t('sidebar_detailsTags')}</label>
      <input id={`${id}-tags`} value={tags} autoFocus onChange={(event) => setTags(event.target.value)} />
      <label htmlFor={`${id}-note`}>{t('sidebar_detailsNote')}</label>
      <textarea
        id={`${id}-note`}
        value={note}
        rows={2}
        aria-describedby={`${id}-note-hint`}
        onChange={(event) => setNote(event.target.value)}
        onKeyDown={(event) => {
          if (savesNote(event)) void send(event);
        }}
      />
      <p id={`${id}-note-hint`} className="hd-hint">
        {noteSaveHint()}
      </p>
      <div className="hd-actions">
        <button type="submit" className="hd-primary" disabled={state.step === 'sending'}>
          {t('sidebar_detailsAdd')}
        </button>
        <button type="button" onClick={() => setState({ step: 'closed' })}>
          {t('sidebar_detailsCancel')}
        </button>
      </div>
      {state.step === 'failed' && (
        <p role="alert" className="hd-error">
          {state.message}
        </p>
      )}
    </form>
  );
}
