import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import type { TourOnlyAction } from '@/components/welcome/TourSidebar';
import { TourTicket } from '@/components/welcome/TourTicket';
import { tourSteps } from '@/components/welcome/tour-steps';
import { prefersReducedMotion, typeInto } from '@/components/welcome/type-into';

// The real sidebar, engine and mood model are most of the tour's weight: they load after the page's
// first paint, while the tour's words, buttons and sample ticket come with the page (walk
// 2026-12-07 #2, item 3: in Firefox the whole tour waited ~1.2 s behind "Loading the tour…").
const TourSidebar = lazy(() =>
  import('@/components/welcome/TourSidebar').then((module) => ({ default: module.TourSidebar })),
);

const TOUR_ONLY_NOTES: Record<TourOnlyAction, string> = {
  'save-win': 'welcome_tourSavedNote',
  'mute-rule': 'welcome_tourMuteNote',
};

/**
 * Thirty seconds on the bundled sample ticket: the mood, a nudge with its rewrite,
 * ready to send, saving a win. Nothing is fetched and nothing is kept; the agent
 * can type their own reply in the sample box at any point.
 */
export function Tour() {
  const steps = useMemo(() => tourSteps(), []);
  const [index, setIndex] = useState(-1);
  const [note, setNote] = useState<string>();
  const replyRef = useRef<HTMLDivElement>(null);
  const controlsRef = useRef<HTMLDivElement>(null);
  const step = index >= 0 ? steps[index] : undefined;

  useEffect(() => {
    const box = replyRef.current;
    if (!box || !step) return;
    const typing = new AbortController();
    typeInto(box, step.draft, typing.signal, prefersReducedMotion());
    return () => typing.abort();
  }, [step]);

  const go = (next: number) => {
    setNote(undefined);
    setIndex(next);
    // Each step's words, the sample ticket and the sidebar in one window (QA 2026-12-07: at 1280×800
    // the win step's button sat below the fold): the step's words go to the top, the stage under them.
    controlsRef.current?.scrollIntoView?.({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  };

  return (
    <section className="welcome-section" aria-labelledby="tour-title" data-testid="tour">
      <h2 id="tour-title">{t('welcome_tourTitle')}</h2>
      <p>{t('welcome_tourIntro')}</p>
      <div className="tour-controls" ref={controlsRef}>
        <div className="tour-caption" aria-live="polite" data-step={step?.id ?? 'start'}>
          {step ? (
            <>
              <p className="tour-step-count">{t('welcome_tourStepCount', index + 1, steps.length)}</p>
              <h3>{step.title}</h3>
              <p>{step.caption}</p>
            </>
          ) : (
            <p>{t('welcome_tourBefore')}</p>
          )}
          {note ? (
            <p className="tour-note" role="status">
              {note}
            </p>
          ) : null}
        </div>
        <div className="tour-buttons">
          {index > 0 ? (
            <button type="button" onClick={() => go(index - 1)}>
              {t('welcome_tourBack')}
            </button>
          ) : null}
          {index < steps.length - 1 ? (
            <button type="button" className="welcome-primary" onClick={() => go(index + 1)}>
              {index < 0 ? t('welcome_tourStart') : t('welcome_tourNext')}
            </button>
          ) : (
            <button type="button" onClick={() => go(0)}>
              {t('welcome_tourAgain')}
            </button>
          )}
        </div>
      </div>
      <div className="tour-stage">
        <TourTicket thanked={step?.thanked ?? false} replyRef={replyRef} />
        <Suspense
          fallback={
            <div className="tour-sidebar tour-sidebar--loading" role="status">
              {t('welcome_tourSidebarLoading')}
            </div>
          }
        >
          <TourSidebar onTourOnly={(action) => setNote(t(TOUR_ONLY_NOTES[action]))} />
        </Suspense>
      </div>
    </section>
  );
}
