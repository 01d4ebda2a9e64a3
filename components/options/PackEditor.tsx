import { useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../../lib/i18n';
import { PROMPT_CATEGORIES, MAX_PROMPTS, type PromptCategory, type PromptPack } from '../../lib/prompts/schema';
import { allKnownTriggers } from '../../lib/prompts/triggers';
import type { PackProblem } from '../../lib/prompts/parse-pack';
import { saveCustomPack } from '../../lib/storage/custom-packs';
import { FieldProblems, describedBy } from './FieldProblems';
import { PackPreview } from './PackPreview';
import {
  blankPrompt,
  candidateFromDraft,
  checkDraft,
  problemsByField,
  slugFromName,
  type PackDraft,
  type PromptDraft,
} from './pack-draft';

interface Props {
  initial: PackDraft;
  /** The stored id when editing an existing custom set; undefined for a new set or a copy. */
  previousId?: string;
  onSaved: (pack: PromptPack, isNew: boolean) => void;
  onCancel: () => void;
}

/** Create or edit a custom set; every field shows its own problems once touched or after a save attempt. */
export function PackEditor({ initial, previousId, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [conflict, setConflict] = useState<PromptPack | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);

  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the editor moves focus into it, so keyboard and screen-reader users land where the work is.
  useEffect(() => heading.current?.focus(), []);

  const checked = useMemo(() => checkDraft(draft), [draft]);
  const byField = useMemo(
    () => (checked.ok ? new Map<string, PackProblem[]>() : problemsByField(checked.problems)),
    [checked],
  );
  const problemsFor = (field: string): PackProblem[] | undefined =>
    attempted || touched.has(field) ? byField.get(field) : undefined;
  const touch = (field: string) => setTouched((previous) => new Set(previous).add(field));

  // A new set's id follows its name until the agent edits the id themselves.
  const idFollowsName = previousId === undefined && initial.id === '' && !touched.has('id');
  const setField = (field: 'id' | 'name' | 'description', value: string) => {
    setDraft((previous) => ({
      ...previous,
      [field]: value,
      ...(field === 'name' && idFollowsName ? { id: slugFromName(value) } : {}),
    }));
    touch(field);
  };
  const setPrompt = (index: number, patch: Partial<PromptDraft>, field: string) => {
    setDraft((previous) => ({
      ...previous,
      prompts: previous.prompts.map((p, i) => (i === index ? { ...p, ...patch } : p)),
    }));
    touch(`prompts[${index}].${field}`);
  };
  const addPrompt = () =>
    setDraft((previous) => ({ ...previous, prompts: [...previous.prompts, blankPrompt(previous.prompts.length)] }));
  const removePrompt = (index: number) =>
    setDraft((previous) => ({ ...previous, prompts: previous.prompts.filter((_, i) => i !== index) }));

  const save = async (replace = false) => {
    setAttempted(true);
    setSaveError(null);
    if (!checked.ok) return;
    const result = await saveCustomPack(candidateFromDraft(draft), { replace, previousId });
    if (result.status === 'saved') onSaved(result.pack, previousId === undefined);
    else if (result.status === 'conflict') setConflict(result.existing);
    else if (result.status === 'builtin-id') setSaveError(t('options_editorBuiltinId'));
    else if (result.status === 'too-many') setSaveError(t('options_editorTooMany'));
    else setSaveError(t('options_editorInvalid'));
  };

  const field = (name: 'id' | 'name' | 'description', labelKey: string, hintKey?: string) => {
    const problems = problemsFor(name);
    const inputId = `pack-${name}`;
    return (
      <div className="hd-field">
        <label htmlFor={inputId}>{t(labelKey)}</label>
        {hintKey && (
          <p className="hd-muted" id={`${inputId}-hint`}>
            {t(hintKey)}
          </p>
        )}
        <input
          id={inputId}
          value={draft[name]}
          aria-invalid={problems ? true : undefined}
          aria-describedby={
            [hintKey && `${inputId}-hint`, describedBy(`${inputId}-problems`, problems)].filter(Boolean).join(' ') ||
            undefined
          }
          onChange={(event) => setField(name, event.target.value)}
        />
        <FieldProblems id={`${inputId}-problems`} problems={problems} />
      </div>
    );
  };

  const invalidCount = attempted && !checked.ok ? checked.problems.length : 0;

  return (
    <form
      className="hd-card hd-editor"
      aria-labelledby="editor-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id="editor-title" ref={heading} tabIndex={-1}>
        {previousId ? t('options_editorEditTitle', initial.name) : t('options_editorNewTitle')}
      </h3>
      {field('name', 'options_fieldName')}
      {field('id', 'options_fieldId', 'options_fieldIdHint')}
      {field('description', 'options_fieldDescription')}
      <FieldProblems id="pack-prompts-problems" problems={problemsFor('prompts')} />
      <datalist id="known-triggers">
        {allKnownTriggers().map((trigger) => (
          <option key={trigger} value={trigger} />
        ))}
      </datalist>
      {draft.prompts.map((prompt, index) => (
        <PromptFields
          key={prompt.key}
          index={index}
          prompt={prompt}
          problemsFor={problemsFor}
          onChange={(patch, name) => setPrompt(index, patch, name)}
          onRemove={draft.prompts.length > 1 ? () => removePrompt(index) : undefined}
        />
      ))}
      <button type="button" onClick={addPrompt} disabled={draft.prompts.length >= MAX_PROMPTS}>
        {t('options_addPrompt')}
      </button>
      {invalidCount > 0 && (
        <p role="alert" className="hd-error">
          {t('options_editorFixProblems', invalidCount)}
        </p>
      )}
      {saveError && (
        <p role="alert" className="hd-error">
          {saveError}
        </p>
      )}
      {conflict ? (
        <div role="alertdialog" aria-labelledby="editor-conflict" className="hd-confirm">
          <p id="editor-conflict">{t('options_confirmReplace', conflict.name, conflict.id)}</p>
          <button type="button" onClick={() => void save(true)}>
            {t('options_replace')}
          </button>
          <button type="button" onClick={() => setConflict(null)}>
            {t('options_cancel')}
          </button>
        </div>
      ) : (
        <div className="hd-row">
          <button type="submit" className="hd-primary">
            {t('options_save')}
          </button>
          <button
            type="button"
            aria-expanded={previewing && checked.ok}
            onClick={() => {
              setAttempted(true);
              setPreviewing((open) => !open);
            }}
          >
            {t('options_previewUnsaved')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('options_cancel')}
          </button>
        </div>
      )}
      {/* The draft as it would behave once saved; only a valid draft can be previewed. */}
      {previewing && checked.ok && <PackPreview pack={checked.pack} onClose={() => setPreviewing(false)} />}
    </form>
  );
}

interface PromptFieldsProps {
  index: number;
  prompt: PromptDraft;
  problemsFor: (field: string) => PackProblem[] | undefined;
  onChange: (patch: Partial<PromptDraft>, field: string) => void;
  onRemove?: () => void;
}

function PromptFields({ index, prompt, problemsFor, onChange, onRemove }: PromptFieldsProps) {
  const base = `prompts[${index}]`;
  const domId = (name: string) => `prompt-${prompt.key}-${name}`;
  const a11y = (name: string) => {
    const problems = problemsFor(`${base}.${name}`);
    return {
      id: domId(name),
      'aria-invalid': problems ? true : undefined,
      'aria-describedby': describedBy(`${domId(name)}-problems`, problems),
    };
  };
  const problems = (name: string) => (
    <FieldProblems id={`${domId(name)}-problems`} problems={problemsFor(`${base}.${name}`)} />
  );

  return (
    <fieldset className="hd-prompt-fields">
      <legend>{t('options_promptLegend', index + 1)}</legend>
      <div className="hd-field">
        <label htmlFor={domId('text')}>{t('options_fieldText')}</label>
        <textarea
          {...a11y('text')}
          rows={2}
          value={prompt.text}
          onChange={(e) => onChange({ text: e.target.value }, 'text')}
        />
        {problems('text')}
      </div>
      <div className="hd-field-row">
        <div className="hd-field">
          <label htmlFor={domId('id')}>{t('options_fieldPromptId')}</label>
          <input {...a11y('id')} value={prompt.id} onChange={(e) => onChange({ id: e.target.value }, 'id')} />
          {problems('id')}
        </div>
        <div className="hd-field">
          <label htmlFor={domId('category')}>{t('options_fieldCategory')}</label>
          <select
            {...a11y('category')}
            value={prompt.category}
            onChange={(e) => onChange({ category: e.target.value as PromptCategory }, 'category')}
          >
            {PROMPT_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`options_category_${category.replace(/-/g, '_')}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="hd-field">
          <label htmlFor={domId('weight')}>{t('options_fieldWeight')}</label>
          <input
            {...a11y('weight')}
            type="number"
            min={0}
            max={10}
            step={1}
            value={prompt.weight}
            onChange={(e) => onChange({ weight: e.target.value }, 'weight')}
          />
          {problems('weight')}
        </div>
      </div>
      <div className="hd-field">
        <label htmlFor={domId('triggers')}>{t('options_fieldTriggers')}</label>
        <p className="hd-muted" id={domId('triggers-hint')}>
          {t('options_fieldTriggersHint')}
        </p>
        <input
          {...a11y('triggers')}
          list="known-triggers"
          value={prompt.triggers}
          onChange={(e) => onChange({ triggers: e.target.value }, 'triggers')}
        />
        {problems('triggers')}
      </div>
      {onRemove && (
        <button type="button" onClick={onRemove} aria-label={t('options_removePromptLabel', index + 1)}>
          {t('options_removePrompt')}
        </button>
      )}
    </fieldset>
  );
}
