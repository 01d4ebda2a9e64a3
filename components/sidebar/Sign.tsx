/** The sidebar's small signs: a tick, an open circle (still to do), a dash (not asked), Heartdesk's heart, and a star (a win to save). */
export type SignKind = 'done' | 'missing' | 'not-needed' | 'heart' | 'win';

// Drawn, not typed: "✓", "○" and "♥" come from whatever fallback font each browser picks, and
// Firefox ESR drew "○" a third wider than Chromium beside the same words (tests/e2e/sidebar-looks.e2e.ts).
const PATHS: Record<SignKind, string> = {
  done: 'M2.5 7.5 5.5 10.5 11.5 3.5',
  missing: 'M7 2.25a4.75 4.75 0 1 0 0 9.5a4.75 4.75 0 1 0 0-9.5',
  'not-needed': 'M3.5 7h7',
  heart: 'M7 12.2 2.1 7.4A3.1 3.1 0 0 1 7 3.7a3.1 3.1 0 0 1 4.9 3.7Z',
  win: 'M7 1.8 8.4 5.5 12.3 5.7 9.3 8.1 10.3 11.9 7 9.8 3.7 11.9 4.7 8.1 1.7 5.7 5.6 5.5Z',
};
// Filled shapes: a thin outline of a heart or a star reads as a smudge at 14 px.
const FILLED: ReadonlySet<SignKind> = new Set(['heart', 'win']);

/** Decorative: the words beside it say the same to a screen reader. */
export function Sign({ kind }: { kind: SignKind }) {
  return (
    <svg
      className={`hd-sign hd-sign-${kind}`}
      data-sign={kind}
      viewBox="0 0 14 14"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[kind]}
        fill={FILLED.has(kind) ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth={kind === 'missing' || FILLED.has(kind) ? 1.5 : 2}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
