import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element has come near the viewport, and from then on. Sections
 * that count thousands of wins (charts, stats) start their reads only when the
 * agent scrolls towards them, so the wins and the search above never wait on them.
 * Where IntersectionObserver is missing, everything counts as in view.
 */
export function useInView(ref: RefObject<Element | null>, margin = '300px'): boolean {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, seen, margin]);
  return seen;
}
