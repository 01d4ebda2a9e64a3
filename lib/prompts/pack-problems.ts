import type { z } from 'zod';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';
import {
  PACK_SCHEMA_VERSION,
  REASON_DUPLICATE_PROMPT_ID,
  REASON_DUPLICATE_TRIGGER,
  REASON_UNKNOWN_TRIGGER,
} from '@/lib/prompts/schema';

/** What an agent reads when a pack is refused: where, what, and how to fix it. */
export interface PackProblem {
  /** Like `prompts[3].text`; empty for the file as a whole. */
  path: string;
  problem: string;
  fix: string;
}

type PathKey = PropertyKey;

export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Field names the schema knows; each has one plain-English fix. */
const FIX_KEYS: Record<string, string> = {
  schemaVersion: 'options_fixSchemaVersion',
  id: 'options_fixId',
  name: 'options_fixName',
  description: 'options_fixDescription',
  locale: 'options_fixLocale',
  prompts: 'options_fixPrompts',
  category: 'options_fixCategory',
  text: 'options_fixText',
  triggers: 'options_fixTriggers',
  weight: 'options_fixWeight',
};

function fieldOf(path: readonly PathKey[]): string | undefined {
  for (let index = path.length - 1; index >= 0; index--) {
    const key = path[index];
    if (typeof key === 'string') return key;
  }
  return undefined;
}

function fixFor(path: readonly PathKey[]): string {
  const field = fieldOf(path);
  const key = field !== undefined && Object.hasOwn(FIX_KEYS, field) ? FIX_KEYS[field] : undefined;
  return t(key ?? 'options_fixGeneric');
}

export function kindOf(value: unknown): string {
  if (value === null) return t('options_kindNull');
  if (Array.isArray(value)) return t('options_kindList');
  if (typeof value === 'string') return t('options_kindText');
  if (typeof value === 'number') return t('options_kindNumber');
  if (typeof value === 'boolean') return t('options_kindBoolean');
  return t('options_kindObject');
}

export function expectedKind(expected: string): string {
  const keys: Record<string, string> = {
    string: 'options_kindText',
    number: 'options_kindNumber',
    array: 'options_kindList',
    object: 'options_kindObject',
    boolean: 'options_kindBoolean',
  };
  return t(keys[expected] ?? 'options_kindObject');
}

function describe(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? t('options_problemMissing')
        : t('options_problemWrongType', expectedKind(issue.expected), kindOf(value));
    case 'too_small':
      if (issue.origin === 'string') return t('options_problemEmpty');
      if (issue.origin === 'array')
        return Number(issue.minimum) === 1
          ? t('options_problemNeedsOne')
          : tCount('options_problemTooFewItems', Number(issue.minimum));
      return t('options_problemTooLow', Number(issue.minimum));
    case 'too_big':
      if (issue.origin === 'string')
        return t('options_problemTooLong', Number(issue.maximum), typeof value === 'string' ? value.length : 0);
      if (issue.origin === 'array') return t('options_problemTooManyItems', Number(issue.maximum));
      return t('options_problemTooHigh', Number(issue.maximum));
    case 'invalid_format':
      return t('options_problemNotSlug');
    case 'invalid_value':
      // "must be one of: 1" for a version the file left out reads as a riddle.
      if (value === undefined) return t('options_problemMissing');
      if (fieldOf(issue.path) === 'schemaVersion' && typeof value === 'number' && value > PACK_SCHEMA_VERSION)
        return t('options_problemNewerVersion');
      return t('options_problemNotOneOf', issue.values.map(String).join(', '));
    case 'custom':
      if (issue.message === REASON_DUPLICATE_PROMPT_ID) return t('options_problemDuplicatePromptId', String(value));
      if (issue.message === REASON_DUPLICATE_TRIGGER) return t('options_problemDuplicateTrigger', String(value));
      if (issue.message === REASON_UNKNOWN_TRIGGER) return t('options_problemUnknownTrigger', String(value));
      return t('options_problemInvalid');
    default:
      return t('options_problemInvalid');
  }
}

/** One problem per issue; unknown fields become one problem per field so each can be fixed in place. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], data: unknown): PackProblem[] {
  const problems: PackProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        problems.push({
          path: formatPath([...issue.path, key]),
          problem: t('options_problemUnknownField'),
          fix: t('options_fixUnknownField'),
        });
      continue;
    }
    // An empty id also fails the slug pattern; "must not be empty" already says all there is to say.
    if (issue.code === 'invalid_format' && valueAt(data, issue.path) === '') continue;
    problems.push({ path: formatPath(issue.path), problem: describe(issue, data), fix: fixFor(issue.path) });
  }
  return problems;
}
