import { t } from '@/lib/i18n';
import type { PackProblem } from '@/lib/prompts/parse-pack';
import { PROMPT_CATEGORIES, type PromptCategory } from '@/lib/prompts/schema';
import { FieldProblems, describedBy } from '@/components/options/FieldProblems';
import type { PromptDraft } from '@/components/options/pack-draft';

/** One prompt of the set editor; each field carries its own problems (aria-describedby). */
interface Props {
  index: number;
  prompt: PromptDraft;
  problemsFor: (field: string) => PackProblem[] | undefined;
  onChange: (patch: Partial<PromptDraft>, field: string) => void;
  onRemove?: () => void;
}

export function PromptFields({ index, prompt, problemsFor, onChange, onRemove }: Props) {
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
