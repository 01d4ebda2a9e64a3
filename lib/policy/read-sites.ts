import { t } from '@/lib/i18n';
import { MAX_CUSTOM_SITES, normalizeOrigin } from '@/lib/sites/custom-sites';
import { listValue } from '@/lib/policy/read-setting';
import { wrongType, type ProblemLog } from '@/lib/policy/policy-problems';

/**
 * The team's own helpdesk addresses, checked like an address the agent types in Options
 * (lib/sites/custom-sites.ts normalizeOrigin): `https://support.example.com/any/page` keeps
 * its origin; wildcards, other schemes, user names and built-in helpdesks are ignored.
 */
export function readSites(value: unknown, log: ProblemLog): string[] | null {
  const base = ['sites', 'value'];
  const items = listValue(base, value, log);
  if (!items) return null;
  const origins: string[] = [];
  items.forEach((item, index) => {
    const at = [...base, index];
    if (typeof item !== 'string') return log.add(at, wrongType('string', item));
    const checked = normalizeOrigin(item);
    if (!checked.ok)
      return log.add(
        at,
        t(checked.reason === 'builtin' ? 'options_policySiteBuiltin' : 'options_policySiteInvalid', item),
      );
    if (origins.includes(checked.origin)) return log.add(at, t('options_policyListedTwice', checked.origin));
    if (origins.length >= MAX_CUSTOM_SITES) return log.add(at, t('options_problemTooManyItems', MAX_CUSTOM_SITES));
    origins.push(checked.origin);
  });
  return origins;
}
