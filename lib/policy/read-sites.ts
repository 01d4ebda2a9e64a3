import { t } from '@/lib/i18n';
import { MAX_CUSTOM_SITES, normalizeOrigin } from '@/lib/sites/custom-sites';
import { readStringList } from '@/lib/policy/read-setting';
import type { ProblemLog } from '@/lib/policy/policy-problems';

/**
 * The team's own helpdesk addresses, checked like an address the agent types in Options
 * (lib/sites/custom-sites.ts normalizeOrigin): `https://support.example.com/any/page` keeps
 * its origin; wildcards, other schemes, user names and built-in helpdesks are ignored.
 */
export function readSites(value: unknown, log: ProblemLog): string[] | null {
  return readStringList('sites', value, log, MAX_CUSTOM_SITES, (item) => {
    const checked = normalizeOrigin(item);
    if (checked.ok) return { keep: checked.origin };
    return {
      reason: t(checked.reason === 'builtin' ? 'options_policySiteBuiltin' : 'options_policySiteInvalid', item),
    };
  });
}
