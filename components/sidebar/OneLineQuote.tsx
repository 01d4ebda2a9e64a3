import { useLayoutEffect, useMemo, useRef, useState } from 'react';

/** Keep at least this many words in sight ("by Friday"). */
const KEEP_WORDS = 2;

/**
 * A customer's words as a chip on one line: at the narrowest sidebar "In a hurry"'s quote ("need a
 * refund for the duplicate charge by Friday") broke over two lines inside its chip (full-fixJ item
 * 5). While it overflows, a word gives way at the start, behind "…", so the deadline at its end
 * stays. The words given way are hidden, not dropped: the quote's text stays whole for the
 * tooltip, copying and the tests that read what was quoted.
 */
export function OneLineQuote({ text }: { text: string }) {
  const starts = useMemo(() => [...text.matchAll(/\S+/g)].map((word) => word.index), [text]);
  const [fit, setFit] = useState({ text, cut: 0 });
  const ref = useRef<HTMLQuoteElement>(null);
  const cut = fit.text === text ? fit.cut : 0;
  const lastCut = Math.max(0, starts.length - KEEP_WORDS);

  useLayoutEffect(() => {
    const element = ref.current;
    if (element && cut < lastCut && element.scrollWidth > element.clientWidth + 1) setFit({ text, cut: cut + 1 });
  }, [cut, lastCut, text]);

  useLayoutEffect(() => {
    // The list's width, not the chip row's: that one follows the quote's own width as it is cut.
    const parent = ref.current?.closest('.hd-signals') ?? ref.current?.parentElement;
    if (!parent || typeof ResizeObserver === 'undefined') return;
    // The sidebar was dragged wider or narrower: fit again from the whole quote.
    let width = parent.clientWidth;
    const observer = new ResizeObserver(() => {
      if (parent.clientWidth !== width) setFit({ text, cut: 0 });
      width = parent.clientWidth;
    });
    observer.observe(parent);
    return () => observer.disconnect();
  }, [text]);

  if (cut === 0) return <q ref={ref}>{text}</q>;
  const at = starts[cut]!;
  return (
    <q ref={ref} title={text}>
      <span className="hd-quote-cut">{text.slice(0, at)}</span>
      <span className="hd-quote-rest">{text.slice(at)}</span>
    </q>
  );
}
