import { useEffect, useState, type RefObject } from 'react';

/** Whether the scrolled box has more below what shows: followed on scroll and when its content or size changes. */
export function useMoreBelow(box: RefObject<HTMLElement | null>, watch: boolean): boolean {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!watch || !element) return;
    const check = () => setMore(element.scrollHeight - element.scrollTop - element.clientHeight > 4);
    // The first measure comes from the observer, which reports the box once on observe.
    const resized = new ResizeObserver(check);
    resized.observe(element);
    const changed = new MutationObserver(check);
    changed.observe(element, { childList: true, subtree: true });
    element.addEventListener('scroll', check, { passive: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
      element.removeEventListener('scroll', check);
    };
  }, [box, watch]);
  return watch && more;
}
