import { useId, useRef, useState, type FormEvent } from 'react';
import { t } from '@/lib/i18n';
import { copyText } from '@/components/shared/copy-text';
import { noteSaveHint, savesNote } from '@/components/shared/save-keys';

export interface ThanksRules {
  /** Translated openers, offered as the start of a sentence. */
  openers: readonly string[];
  /** Undefined when the thank-you can go; otherwise why not, in plain words. */
  problem: (name: string, message: string) => string | undefined;
  /** The text that goes on the clipboard. */
  compose: (name: string, message: string) => string;
}

interface Props {
  rules: ThanksRules;
  /** Keeps the thank-you as a teamwork win; throws (with words) when it could not. */
  onKeep: (name: string, message: string) => Promise<void>;
  headingLevel?: 'h2' | 'h3';
  /** A sentence under the heading, where the page has room for one. */
  intro?: string;
}

/**
 * Thank a teammate, from the popup or the journal: a name, the agent's own words
 * (an opener only starts them), then one click copies the note for the team's chat
 * and keeps it as a teamwork win. If the clipboard says no, the note stays on
 * screen, selected, to copy by hand.
 */
export function ThankTeammateForm({ rules, onKeep, headingLevel: Heading = 'h3', intro }: Props) {
  const id = useId();
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState('');
  const [busy, setBusy] = useState(false);
  const messageBox = useRef<HTMLTextAreaElement>(null);

  const startWith = (opener: string) => {
    setMessage((current) => {
      const rest = rules.openers.reduce(
        (text, known) => (text.startsWith(known) ? text.slice(known.length) : text),
        current,
      );
      return `${opener} ${rest.trimStart()}`;
    });
    // Put the caret after the opener, where the agent's own words go.
    requestAnimationFrame(() => {
      const box = messageBox.current;
      box?.focus();
      box?.setSelectionRange(box.value.length, box.value.length);
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = rules.problem(name, message);
    setError(problem ?? '');
    if (problem || busy) return;
    setBusy(true);
    const text = rules.compose(name, message);
    // The clipboard first, while the click still counts as the agent's gesture.
    const copied = await copyText(text);
    try {
      await onKeep(name, message);
      setManual(copied ? '' : text);
      setStatus(t(copied ? 'thanks_done' : 'thanks_doneCopyByHand'));
      setName('');
      setMessage('');
    } catch (caught) {
      setManual(copied ? '' : text);
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="hd-thanks" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <Heading id={`${id}-title`}>{t('thanks_title')}</Heading>
      {intro && <p className="hd-thanks-intro">{intro}</p>}
      <label htmlFor={`${id}-name`}>{t('thanks_nameLabel')}</label>
      <input
        id={`${id}-name`}
        value={name}
        autoComplete="off"
        dir="auto"
        onChange={(event) => setName(event.target.value)}
      />
      <div className="hd-thanks-openers" role="group" aria-label={t('thanks_openersLabel')}>
        {rules.openers.map((opener) => (
          <button key={opener} type="button" className="hd-thanks-opener" onClick={() => startWith(opener)}>
            {opener}…
          </button>
        ))}
      </div>
      <label htmlFor={`${id}-message`}>{t('thanks_messageLabel')}</label>
      <textarea
        id={`${id}-message`}
        ref={messageBox}
        value={message}
        dir="auto"
        rows={3}
        placeholder={t('thanks_messagePlaceholder')}
        aria-describedby={`${id}-hint`}
        aria-invalid={Boolean(error)}
        onChange={(event) => setMessage(event.target.value)}
        onKeyDown={(event) => {
          if (savesNote(event)) void submit(event);
        }}
      />
      <p id={`${id}-hint`} className="hd-thanks-hint">
        {t('thanks_hint')}
        <br />
        {noteSaveHint()}
      </p>
      {error && (
        <p role="alert" className="hd-thanks-error">
          {error}
        </p>
      )}
      <button type="submit" className="hd-thanks-submit" disabled={busy}>
        {t('thanks_submit')}
      </button>
      <p role="status" className="hd-thanks-status">
        {status}
      </p>
      {manual && (
        <textarea
          className="hd-thanks-manual"
          readOnly
          value={manual}
          aria-label={t('thanks_manualLabel')}
          onFocus={(event) => event.target.select()}
          autoFocus
        />
      )}
    </form>
  );
}
