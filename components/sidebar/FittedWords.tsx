import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { quoteCuts } from '@/lib/coach/quote-cuts';

/**
 * A card's quoted words on its one line: while they overflow, one more word gives way at the
 * start (lib/coach/quote-cuts.ts says why), so the line ends on the words that matter. Measured,
 * not counted in letters, since the sidebar's width and the title's length both vary. Cut to
 * their last words and still too wide beside the title, they take a line of their own, whole
 * again, rather than lose letters at the end ("Passes it on …my depart…", walk 2026-12-07 #8:
 * test-output/screenshots/looks-narrow-chromium.png). The full words stay in the tooltip and in
 * the opened card.
 */
export function FittedWords({ text }: { text: string }) {
  const cuts = useMemo(() => quoteCuts(text), [text]);
  const [fit, setFit] = useState({ text, cut: 0, ownLine: false, round: 0 });
  const ref = useRef<HTMLElement>(null);
  const cut = fit.text === text ? fit.cut : 0;
  const ownLine = fit.text === text && fit.ownLine;

  useLayoutEffect(() => {
    const element = ref.current;
    const round = fit.round;
    const next =
      cut < cuts.length - 1
        ? { text, cut: cut + 1, ownLine, round }
        : ownLine
          ? null
          : { text, cut: 0, ownLine: true, round };
    if (element && next && element.scrollWidth > element.clientWidth + 1) setFit(next);
  }, [cut, ownLine, cuts, text, fit.round]);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // The line changed width (the agent dragged the sidebar): fit again from the whole quote.
    let width = element.parentElement?.clientWidth ?? 0;
    const observer = new ResizeObserver(() => {
      const now = element.parentElement?.clientWidth ?? 0;
      if (now !== width) setFit((last) => ({ text, cut: 0, ownLine: false, round: last.round + 1 }));
      width = now;
    });
    if (element.parentElement) observer.observe(element.parentElement);
    return () => observer.disconnect();
  }, [text]);

  return (
    <mark
      ref={ref}
      className={ownLine ? 'hd-card-words hd-card-words-own-line' : 'hd-card-words'}
      title={cut > 0 ? text : undefined}
    >
      {cuts[cut]}
    </mark>
  );
}
