import { useEffect, useMemo, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { MAX_PROMPTS, type PromptPack } from '@/lib/prompts/schema';
import { allKnownTriggers } from '@/lib/prompts/triggers';
import type { PackProblem } from '@/lib/prompts/parse-pack';
import { saveCustomPack } from '@/lib/storage/custom-packs';
import { FieldProblems, describedBy } from '@/components/options/FieldProblems';
import { PromptFields } from '@/components/options/PromptFields';
import { ConfirmBox } from '@/components/options/ConfirmBox';
import { PackPreview } from '@/components/options/PackPreview';
import {
  blankPrompt,
  candidateFromDraft,
  checkDraft,
  problemsByField,
  slugFromName,
  type PackDraft,
  type PromptDraft,
} from '@/components/options/pack-draft';

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
        <ConfirmBox
          message={t('options_confirmReplace', conflict.name, conflict.id)}
          confirmLabel={t('options_replace')}
          onConfirm={() => void save(true)}
          onCancel={() => setConflict(null)}
        />
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
