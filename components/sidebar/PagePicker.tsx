import { useEffect, useRef, useState } from 'react';
import { editorOf, messageBlockOf, pageElementAt, screenBox, type PointedAt } from '@/lib/dom/element-picker';
import { recipeFrom } from '@/lib/dom/page-recipe';
import { t } from '@/lib/i18n';
import { savePageRecipe } from '@/lib/storage/page-recipes';

type Step = 'message' | 'composer' | 'saved' | 'unusable' | 'failed';

interface Props {
  /** Heartdesk's own host: looked through, never picked. */
  host: Element;
  origin: string;
  onClose: () => void;
}

const CLOSE_AFTER_SAVE_MS = 1_600;

/**
 * "Show Heartdesk this page": the agent points once at the customer's message
 * and at the reply box. Hover highlights, a click chooses, Esc cancels. Drawn
 * entirely inside Heartdesk's own shadow root over the page: the transparent
 * layer takes the pointer, so the helpdesk's nodes, focus and caret are never
 * touched. Only a selector recipe is kept (lib/dom/page-recipe.ts).
 */
export function PagePicker({ host, origin, onClose }: Props) {
  const [step, setStep] = useState<Step>('message');
  const [target, setTarget] = useState<{ element: Element; box: PointedAt['box'] } | null>(null);
  const message = useRef<Element | undefined>(undefined);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => cancel.current?.focus(), []);
  useEffect(() => {
    if (step !== 'saved') return undefined;
    const timer = setTimeout(onClose, CLOSE_AFTER_SAVE_MS);
    return () => clearTimeout(timer);
  }, [step, onClose]);

  const pick = (x: number, y: number) => {
    const pointed = pageElementAt(host.ownerDocument, x, y, host);
    const element = pointed && (step === 'message' ? messageBlockOf(pointed.element) : editorOf(pointed.element));
    return element ? { element, box: screenBox(element) } : null;
  };

  const save = (composer: Element | undefined) => {
    const recipe = recipeFrom({ message: message.current, composer });
    if (!recipe.message && !recipe.composer) {
      setStep('unusable');
      return;
    }
    savePageRecipe(origin, recipe).then(
      () => setStep('saved'),
      () => setStep('failed'),
    );
  };

  const choose = (x: number, y: number) => {
    const chosen = pick(x, y);
    if (!chosen) return;
    if (step === 'message') {
      message.current = chosen.element;
      setTarget(null);
      setStep('composer');
    } else if (step === 'composer') save(chosen.element);
  };

  const picking = step === 'message' || step === 'composer';
  const instruction = {
    message: t('picker_stepMessage'),
    composer: t('picker_stepComposer'),
    saved: t('picker_saved'),
    unusable: t('picker_nothingUsable'),
    failed: t('picker_saveFailed'),
  }[step];

  return (
    <div
      className="hd-picker"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Esc here ends the picking; it must not also send focus back to the reply box.
        event.stopPropagation();
        onClose();
      }}
    >
      {picking ? (
        <div
          className="hd-picker-layer"
          data-testid="picker-layer"
          onPointerMove={(event) => setTarget(pick(event.clientX, event.clientY))}
          onPointerLeave={() => setTarget(null)}
          onClick={(event) => choose(event.clientX, event.clientY)}
        />
      ) : null}
      {picking && target ? (
        <div
          className="hd-picker-box"
          aria-hidden="true"
          style={{ left: target.box.left, top: target.box.top, width: target.box.width, height: target.box.height }}
        />
      ) : null}
      <div className="hd-picker-bar" role="dialog" aria-label={t('picker_label')}>
        <p role="status">{instruction}</p>
        {picking ? <p className="hd-muted">{t('picker_escHint')}</p> : null}
        <div className="hd-picker-actions">
          {step === 'composer' ? (
            <button type="button" onClick={() => save(undefined)}>
              {t('picker_skip')}
            </button>
          ) : null}
          <button type="button" ref={cancel} onClick={onClose}>
            {picking ? t('picker_cancel') : t('picker_close')}
          </button>
        </div>
      </div>
    </div>
  );
}
