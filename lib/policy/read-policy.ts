import { t } from '@/lib/i18n';
import {
  MANAGED_SETTINGS,
  NO_POLICY,
  type ManagedSettingName,
  type ManagedValues,
  type OrganisationPolicy,
} from '@/lib/storage/organisation-policy';
import { createProblemLog, isPlainObject, type ProblemLog } from '@/lib/policy/policy-problems';
import { readTeamPacks } from '@/lib/policy/read-packs';
import { readNudgeBudget, readSensitivity } from '@/lib/policy/read-scalars';
import { unwrapSetting } from '@/lib/policy/read-setting';
import { readSites } from '@/lib/policy/read-sites';
import { readJargon, readMutedRules } from '@/lib/policy/read-words';

/**
 * The browser's managed area (Chrome and Edge `3rdparty` policy, Firefox `policies.json`)
 * → the settings Heartdesk applies, and what it ignored and why. Pure and total: whatever
 * an administrator or a broken policy file hands in, nothing here throws, and one bad
 * setting or item never stops the rest from applying. Chrome has already dropped what
 * failed public/managed-schema.json; Firefox checks nothing, so every check is here.
 */
type Reader = (value: unknown, log: ProblemLog) => unknown;

const READERS: Record<ManagedSettingName, Reader> = {
  promptSets: readTeamPacks,
  sites: readSites,
  jargon: readJargon,
  mutedRules: readMutedRules,
  sensitivity: readSensitivity,
  nudgeBudget: readNudgeBudget,
};

// Read with the list of names rather than `in`, so `__proto__` or `constructor` is an unknown key like any other.
const isManagedName = (key: string): key is ManagedSettingName => (MANAGED_SETTINGS as readonly string[]).includes(key);

export function readPolicy(raw: unknown): OrganisationPolicy {
  if (raw === undefined || raw === null || (isPlainObject(raw) && Object.keys(raw).length === 0)) return NO_POLICY;
  const log = createProblemLog();
  if (!isPlainObject(raw)) {
    log.add([], t('options_policyNotObject'));
    return { settings: {}, problems: log.list() };
  }
  const settings: Record<string, { value: unknown; locked: boolean }> = {};
  for (const [key, entry] of Object.entries(raw)) {
    if (!isManagedName(key)) {
      log.add([key], t('options_policyUnknownSetting', MANAGED_SETTINGS.join(', ')));
      continue;
    }
    const unwrapped = unwrapSetting(key, entry, log);
    if (!unwrapped) continue;
    const value = READERS[key](unwrapped.value, log);
    if (value !== null) settings[key] = { value, locked: unwrapped.locked };
  }
  return { settings: settings as ManagedValues, problems: log.list() };
}
