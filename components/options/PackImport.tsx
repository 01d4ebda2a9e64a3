import { useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';
import { MAX_PACK_FILE_BYTES, parsePack, type PackProblem } from '@/lib/prompts/parse-pack';
import type { PromptPack } from '@/lib/prompts/schema';
import { saveCustomPack } from '@/lib/storage/custom-packs';
import { ConfirmBox } from '@/components/options/ConfirmBox';
import { ProblemList } from '@/components/options/ProblemList';

/**
 * Import a pack file. A refused file changes nothing and lists every problem;
 * a pack with the id of an existing custom set is only replaced after a confirm.
 */
export function PackImport({ onImported }: { onImported: (pack: PromptPack, isNew: boolean) => void }) {
  const [problems, setProblems] = useState<PackProblem[]>([]);
  const [pending, setPending] = useState<{ pack: PromptPack; existing: PromptPack } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const refuse = (list: PackProblem[]) => {
    setPending(null);
    setProblems(list);
  };

  const store = async (pack: PromptPack, replace: boolean) => {
    const result = await saveCustomPack(pack, { replace });
    if (result.status === 'saved') {
      setProblems([]);
      setPending(null);
      onImported(result.pack, !replace);
    } else if (result.status === 'conflict') setPending({ pack, existing: result.existing });
    else if (result.status === 'builtin-id')
      refuse([{ path: 'id', problem: t('options_importBuiltinId', pack.id), fix: t('options_importBuiltinIdFix') }]);
    else if (result.status === 'too-many')
      refuse([{ path: '', problem: t('options_editorTooMany'), fix: t('options_importTooManyFix') }]);
    else refuse(result.problems);
  };

  const onFile = async (file: File | undefined) => {
    // Cleared at once so choosing the same file again, after fixing it, fires change again.
    if (input.current) input.current.value = '';
    if (!file) return;
    // Refused before reading: a huge file would freeze the page while it loads.
    if (file.size > MAX_PACK_FILE_BYTES)
      return refuse([{ path: '', problem: t('options_problemFileTooBig'), fix: t('options_fixFileTooBig') }]);
    const result = parsePack(await file.text());
    if (!result.ok) return refuse(result.problems);
    await store(result.pack, false);
  };

  return (
    <section className="hd-card" aria-labelledby="import-title">
      <h3 id="import-title">{t('options_importTitle')}</h3>
      <label htmlFor="pack-file">{t('options_importLabel')}</label>{' '}
      <input
        id="pack-file"
        ref={input}
        type="file"
        accept=".json,application/json"
        onChange={(event) => void onFile(event.target.files?.[0])}
      />
      {problems.length > 0 && (
        <ProblemList title={tCount('options_importRefused', problems.length)} problems={problems} />
      )}
      {pending && (
        <ConfirmBox
          message={t('options_confirmReplace', pending.existing.name, pending.existing.id)}
          confirmLabel={t('options_replace')}
          onConfirm={() => void store(pending.pack, true)}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
