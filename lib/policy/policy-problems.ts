import { t } from '@/lib/i18n';
import { expectedKind, formatPath, kindOf } from '@/lib/prompts/pack-problems';
import { MAX_POLICY_PROBLEMS, type PolicyProblem } from '@/lib/storage/organisation-policy';

/**
 * Collects what the policy reader ignores, each with where it is in the policy and why,
 * in the words the options page shows an agent (and their IT admin reading over a shoulder).
 */
export interface ProblemLog {
  add(path: readonly PropertyKey[], problem: string, fix?: string): void;
  list(): PolicyProblem[];
}

export function createProblemLog(): ProblemLog {
  const problems: PolicyProblem[] = [];
  let dropped = 0;
  return {
    add(path, problem, fix) {
      if (problems.length < MAX_POLICY_PROBLEMS - 1)
        problems.push({ path: formatPath(path), problem, ...(fix ? { fix } : {}) });
      else dropped += 1;
    },
    list: () =>
      dropped > 0 ? [...problems, { path: '', problem: t('options_policyMoreProblems', dropped) }] : problems,
  };
}

/** "must be a list, not text", with the words the pack problems already use. */
export function wrongType(expected: 'string' | 'number' | 'array' | 'object' | 'boolean', value: unknown): string {
  return t('options_problemWrongType', expectedKind(expected), kindOf(value));
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
