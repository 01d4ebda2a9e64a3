import { t } from '@/lib/i18n';
import type { PromptPack } from '@/lib/prompts/schema';

export type PackAction = 'preview' | 'duplicate' | 'export' | 'edit' | 'delete';

/** One action on a prompt set, its label naming the set for screen readers ("Preview Team North"). */
export function PackButton({ pack, action, onClick }: { pack: PromptPack; action: PackAction; onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} aria-label={t(`options_${action}Label`, pack.name)}>
      {t(`options_${action}`)}
    </button>
  );
}
