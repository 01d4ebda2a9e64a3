import { useEffect, useRef } from 'react';
import { t } from '@/lib/i18n';

interface Props {
  /** Bumped when the keyboard shortcut or the rail asks for focus in Heartdesk. */
  focusRequest: number;
  onOpen: () => void;
}

/**
 * The open rail where the page leaves no place clear of the customer's messages (walk 2026-12-07
 * #2, item 5: at 200 % zoom on Request Tracker, 640 px wide, the history fills the page and the
 * panel lay over it). A strip in the rail's own column, so it covers nothing the rail does not:
 * the rail above it still says what waits, and the agent opens the panel over the ticket on
 * demand. Esc closes it like the panel.
 */
export function RailStrip({ focusRequest, onOpen }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
  }, [focusRequest]);
  return (
    <button
      ref={button}
      type="button"
      className="hd-strip"
      title={t('sidebar_stripWhy')}
      aria-description={t('sidebar_stripWhy')}
      onClick={onOpen}
    >
      {t('sidebar_stripOpen')}
    </button>
  );
}
