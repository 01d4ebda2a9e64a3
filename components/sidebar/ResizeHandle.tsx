import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { t } from '@/lib/i18n';

export const MIN_WIDTH = 240;
export const MAX_WIDTH = 560;
const KEY_STEP = 16;

const clamp = (width: number) => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));

interface Props {
  width: number;
  /** While dragging: live width. */
  onResize: (width: number) => void;
  /** When the agent lets go (or per key press): the width to remember for this site. */
  onCommit: (width: number) => void;
}

/** The sidebar's left edge: drag it, or focus it and use the arrow keys. */
export function ResizeHandle({ width, onResize, onCommit }: Props) {
  const dragging = useRef(false);
  const widthAt = (event: PointerEvent) => clamp(window.innerWidth - event.clientX);
  const onKeyDown = (event: KeyboardEvent) => {
    const delta = event.key === 'ArrowLeft' ? KEY_STEP : event.key === 'ArrowRight' ? -KEY_STEP : 0;
    if (!delta) return;
    event.preventDefault();
    onCommit(clamp(width + delta));
  };
  return (
    <div
      className="hd-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('sidebar_resize')}
      aria-valuenow={width}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        dragging.current = true;
        event.currentTarget.setPointerCapture(event.pointerId);
      }}
      onPointerMove={(event) => dragging.current && onResize(widthAt(event))}
      onPointerUp={(event) => {
        if (!dragging.current) return;
        dragging.current = false;
        onCommit(widthAt(event));
      }}
    />
  );
}
