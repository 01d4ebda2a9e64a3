import type { ReactNode } from 'react';
import { MOOD_SIGNALS, type Mood, type SignalResult } from '@/lib/engine/types';
import { t } from '@/lib/i18n';
import { OneLineQuote } from '@/components/sidebar/OneLineQuote';

interface Props {
  mood: Mood;
  hasMessage: boolean;
  /** How the messages were read (or why none were): ReadingNotice. */
  reading?: ReactNode;
  /**
   * Little height (the rail's panel over the page, 200 % zoom): one line of the signals' names
   * above the reply's cards, their words one click away (walk 2026-12-07 #2, item 4: at 200 %
   * the mood was a scroll away below the cards, and the agent never saw it).
   */
  compact?: boolean;
}

/**
 * The customer's mood in words, each signal with the words that showed it. Silent when
 * nothing is clear, and no verdict at all when no message was read.
 */
export function MoodSection({ mood, hasMessage, reading, compact = false }: Props) {
  const present = MOOD_SIGNALS.map((id) => mood.signals[id]).filter((signal) => signal.level !== 'none');
  if (compact && hasMessage && present.length > 0) {
    return (
      <section className="hd-section hd-mood-compact" aria-labelledby="hd-mood-title">
        <details>
          <summary>
            <h2 id="hd-mood-title">{t('sidebar_customerMood')}</h2>
            {present.map((signal) => (
              <span key={signal.id} className={`hd-chip hd-signal-${signal.id}`} data-chip={signal.id}>
                {t(`signal_${signal.id}`)}
                {signal.level === 'hint' ? <span className="hd-muted"> · {t('sidebar_maybe')}</span> : null}
              </span>
            ))}
          </summary>
          <SignalList signals={present} />
          {reading}
        </details>
      </section>
    );
  }
  return (
    <section className="hd-section" aria-labelledby="hd-mood-title">
      <h2 id="hd-mood-title">{t('sidebar_customerMood')}</h2>
      {!hasMessage ? (
        (reading ?? <p className="hd-muted">{t('sidebar_noCustomerMessage')}</p>)
      ) : present.length === 0 ? (
        <p className="hd-muted">{t('sidebar_moodCalm')}</p>
      ) : (
        <SignalList signals={present} />
      )}
      {hasMessage ? reading : null}
    </section>
  );
}

/** Each signal with the words that showed it. */
function SignalList({ signals }: { signals: readonly SignalResult[] }) {
  return (
    <ul className="hd-signals">
      {signals.map((signal) => (
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
                <OneLineQuote key={`${e.messageIndex}:${e.start}:${i}`} text={e.text} />
              ))}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
