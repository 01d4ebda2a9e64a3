import { lazy, Suspense, useState } from 'react';
import { t } from '@/lib/i18n';
import { availablePacks } from '@/lib/prompts';
import { isBuiltinPackId } from '@/lib/prompts/builtin';
import type { PromptPack } from '@/lib/prompts/schema';
import { deleteCustomPack } from '@/lib/storage/custom-packs';
import { ConfirmBox } from '@/components/options/ConfirmBox';
import { downloadJson } from '@/components/shared/download';
import { PackImport } from '@/components/options/PackImport';
import { OrganisationPacks } from '@/components/options/OrganisationPacks';
import { PackButton } from '@/components/options/PackButton';
import { blankPrompt, copyId, draftFromPack, type PackDraft } from '@/components/options/pack-draft';

// The preview (also inside the editor) runs the whole engine and mood model on its sample tickets:
// loaded when the agent first previews or edits a set, so opening the options page does not parse them.
const PackEditor = lazy(() =>
  import('@/components/options/PackEditor').then((module) => ({ default: module.PackEditor })),
);
const PackPreview = lazy(() =>
  import('@/components/options/PackPreview').then((module) => ({ default: module.PackPreview })),
);
import { useCustomPacks, useOwnPacks, usePreferences } from '@/components/shared/use-stored-settings';

type Editing = { draft: PackDraft; previousId?: string } | null;

export function PromptSetsPanel() {
  const { preferences, effective, update, saveFailed } = usePreferences();
  // The agent's own sets are listed and edited here; the organisation's have their own list.
  const customPacks = useOwnPacks();
  const applying = useCustomPacks();
  const [editing, setEditing] = useState<Editing>(null);
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  if (!preferences || !customPacks || !applying || !effective) return <p>{t('options_loading')}</p>;
  const packs = availablePacks(customPacks.filter((pack) => !effective.organisation.shadowedPacks.includes(pack.id)));
  const enabled = preferences.enabledPromptSets;
  const preview = availablePacks(applying).find((pack) => pack.id === previewId);

  const setEnabled = (id: string, on: boolean) =>
    void update(({ enabledPromptSets }) => ({
      enabledPromptSets: on
        ? [...new Set([...enabledPromptSets, id])]
        : enabledPromptSets.filter((other) => other !== id),
    }));

  const onSaved = async (pack: PromptPack, isNew: boolean) => {
    setEditing(null);
    // A new set is switched on at once: the agent made it to use it.
    if (isNew)
      await update(({ enabledPromptSets }) => ({ enabledPromptSets: [...new Set([...enabledPromptSets, pack.id])] }));
    setStatus(t('options_savedSet', pack.name));
  };

  const duplicate = (pack: PromptPack) => {
    const draft = draftFromPack(pack);
    setEditing({
      draft: {
        ...draft,
        id: copyId(
          pack.id,
          packs.map((p) => p.id),
        ),
        name: t('options_copyName', pack.name).slice(0, 60),
      },
    });
  };

  const remove = async (pack: PromptPack) => {
    setConfirmDelete(null);
    await deleteCustomPack(pack.id);
    if (previewId === pack.id) setPreviewId(null);
    setStatus(t('options_deletedSet', pack.name));
  };

  return (
    <section aria-labelledby="prompts-title">
      <h2 id="prompts-title">{t('options_tabPrompts')}</h2>
      <p className="hd-muted">{t('options_promptsIntro')}</p>
      <p role="status" className="hd-status">
        {status}
      </p>
      {saveFailed && (
        <p role="alert" className="hd-error">
          {t('options_saveFailed')}
        </p>
      )}
      <OrganisationPacks effective={effective} packs={applying} onPreview={setPreviewId} />
      {/* Beside the organisation's sets, the rest need a heading of their own or they read as the organisation's. */}
      {effective.organisation.promptSets.length > 0 && <h3>{t('options_orgPacksOthersTitle')}</h3>}
      <ul className="hd-pack-list">
        {packs.map((pack) => {
          const builtin = isBuiltinPackId(pack.id);
          const checkboxId = `enable-${pack.id}`;
          return (
            <li key={pack.id} className="hd-card hd-pack">
              <div className="hd-row">
                <input
                  id={checkboxId}
                  type="checkbox"
                  checked={enabled.includes(pack.id)}
                  onChange={(event) => setEnabled(pack.id, event.target.checked)}
                />
                <label htmlFor={checkboxId} className="hd-pack__name">
                  {pack.name}
                </label>
                <span className="hd-badge">{builtin ? t('options_badgeBuiltin') : t('options_badgeCustom')}</span>
                <span className="hd-muted">{t('options_promptCount', pack.prompts.length)}</span>
              </div>
              {pack.description && <p className="hd-muted">{pack.description}</p>}
              <div className="hd-row hd-actions">
                <PackButton pack={pack} action="preview" onClick={() => setPreviewId(pack.id)} />
                <PackButton pack={pack} action="duplicate" onClick={() => duplicate(pack)} />
                <PackButton pack={pack} action="export" onClick={() => downloadJson(`${pack.id}.json`, pack)} />
                {!builtin && (
                  <>
                    <PackButton
                      pack={pack}
                      action="edit"
                      onClick={() => setEditing({ draft: draftFromPack(pack), previousId: pack.id })}
                    />
                    <PackButton pack={pack} action="delete" onClick={() => setConfirmDelete(pack.id)} />
                  </>
                )}
              </div>
              {confirmDelete === pack.id && (
                <ConfirmBox
                  message={t('options_confirmDelete', pack.name)}
                  confirmLabel={t('options_delete')}
                  onConfirm={() => void remove(pack)}
                  onCancel={() => setConfirmDelete(null)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {preview && (
        <Suspense fallback={<LoadingLine />}>
          <PackPreview pack={preview} onClose={() => setPreviewId(null)} />
        </Suspense>
      )}
      {editing ? (
        <Suspense fallback={<LoadingLine />}>
          <PackEditor
            key={editing.previousId ?? editing.draft.id}
            initial={editing.draft}
            previousId={editing.previousId}
            onSaved={(pack, isNew) => void onSaved(pack, isNew)}
            onCancel={() => setEditing(null)}
          />
        </Suspense>
      ) : (
        <button
          type="button"
          className="hd-primary"
          onClick={() => setEditing({ draft: { id: '', name: '', description: '', prompts: [blankPrompt(0)] } })}
        >
          {t('options_newSet')}
        </button>
      )}
      <PackImport onImported={(pack, isNew) => void onSaved(pack, isNew)} />
    </section>
  );
}

/** What shows while a part loaded on first use arrives, so a click never leaves a blank gap (walk 2026-12-07). */
function LoadingLine() {
  return (
    <p className="hd-muted" role="status">
      {t('options_loading')}
    </p>
  );
}
