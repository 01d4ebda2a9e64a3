import type { ReactNode } from 'react';
import { MOOD_SIGNALS, type Mood } from '@/lib/engine/types';
import { t } from '@/lib/i18n';

interface Props {
  mood: Mood;
  hasMessage: boolean;
  /** How the messages were read (or why none were): ReadingNotice. */
  reading?: ReactNode;
}

/**
 * The customer's mood in words, each signal with the words that showed it. Silent when
 * nothing is clear, and no verdict at all when no message was read.
 */
export function MoodSection({ mood, hasMessage, reading }: Props) {
  const present = MOOD_SIGNALS.map((id) => mood.signals[id]).filter((signal) => signal.level !== 'none');
  return (
    <section className="hd-section" aria-labelledby="hd-mood-title">
      <h2 id="hd-mood-title">{t('sidebar_customerMood')}</h2>
      {!hasMessage ? (
        (reading ?? <p className="hd-muted">{t('sidebar_noCustomerMessage')}</p>)
      ) : present.length === 0 ? (
        <p className="hd-muted">{t('sidebar_moodCalm')}</p>
      ) : (
        <ul className="hd-signals">
          {present.map((signal) => (
            <li
              key={signal.id}
              className={`hd-signal hd-signal-${signal.id}`}
              data-signal={signal.id}
              data-level={signal.level}
            >
              <span className="hd-signal-name">
                {t(`signal_${signal.id}`)}
                {signal.level === 'hint' ? <span className="hd-muted"> · {t('sidebar_maybe')}</span> : null}
              </span>
              {signal.evidence.length > 0 ? (
                <span className="hd-evidence">
                  {signal.evidence.slice(0, 3).map((e, i) => (
                    <q key={`${e.messageIndex}:${e.start}:${i}`}>{e.text}</q>
                  ))}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {hasMessage ? reading : null}
    </section>
  );
}
