import { describe, expect, it } from 'vitest';
import { buildContext } from '@/lib/analysis/context';
import type { Rule } from '@/lib/engine/rule';
import { selectFindings } from '@/lib/analysis/run-rules';
import {
  DEFAULT_ENGINE_SETTINGS,
  MOOD_SIGNALS,
  type EngineSettings,
  type Finding,
  type Mood,
  type MoodSignalId,
  type SignalLevel,
} from '@/lib/engine/types';

/**
 * ESLint-style table tests: every rule lists drafts it must flag (with the exact text and
 * offset) and near misses it must leave alone. Mood is given directly, so the tests do
 * not depend on whichever classifier is installed.
 */

export interface MoodSpec {
  upset?: boolean;
  levels?: Partial<Record<MoodSignalId, SignalLevel>>;
}

export function moodWith(spec: MoodSpec = {}): Mood {
  const signals = Object.fromEntries(
    MOOD_SIGNALS.map((id) => {
      const level = spec.levels?.[id] ?? 'none';
      const score = level === 'confident' ? 0.9 : level === 'hint' ? 0.5 : 0;
      return [id, { id, score, level, evidence: [] }];
    }),
  ) as unknown as Mood['signals'];
  return { signals, upset: spec.upset ?? false, trend: 'steady' };
}

/** A rule context for a draft to a calm customer, as analyze() builds it (English, default settings). */
export function calmContext(draft: string) {
  return buildContext({
    draft,
    customerMessages: [],
    mood: moodWith(),
    settings: DEFAULT_ENGINE_SETTINGS,
    locale: 'en',
  });
}

export interface CaseOptions {
  customer?: string;
  mood?: MoodSpec;
  settings?: Partial<EngineSettings>;
}

export type ValidCase = string | ({ draft: string } & CaseOptions);
export interface InvalidCase extends CaseOptions {
  draft: string;
  /**
   * Each expected finding's text; `nth` picks a later occurrence of the same text (0-based).
   * `messageId` says which of the rule's messages it must be; it may be left out only when
   * the rule has a single message, or when the case gives one for all its flags.
   */
  flags: Array<string | { text: string; nth?: number; messageId?: string }>;
  messageId?: string;
}

function expectedMessageId(rule: Rule, flag: { messageId?: string }, item: InvalidCase): string {
  const ids = Object.keys(rule.meta.messages.en);
  const id = flag.messageId ?? item.messageId ?? (ids.length === 1 ? ids[0] : undefined);
  if (id === undefined || !ids.includes(id)) {
    throw new Error(`test table for ${rule.meta.id}: "${item.draft}" needs a messageId, one of ${ids.join(', ')}`);
  }
  return id;
}

export function runRule(rule: Rule, draft: string, options: CaseOptions = {}): Finding[] {
  const settings = { ...DEFAULT_ENGINE_SETTINGS, ...options.settings };
  const context = buildContext({
    draft,
    customerMessages: options.customer ? [options.customer] : [],
    mood: moodWith(options.mood),
    settings,
    locale: 'en',
  });
  return selectFindings(rule.check(context), settings.mutedRules, settings.sensitivity);
}

function offsetOf(draft: string, text: string, nth: number): number {
  let from = -1;
  for (let i = 0; i <= nth; i++) {
    from = draft.indexOf(text, from + 1);
    if (from === -1) throw new Error(`test table: "${text}" is not in the draft`);
  }
  return from;
}

export function ruleTable(rule: Rule, table: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.meta.id}`, () => {
    describe('stays silent on', () => {
      for (const item of table.valid) {
        const { draft, ...options } = typeof item === 'string' ? { draft: item } : item;
        it(JSON.stringify(draft.length > 90 ? `${draft.slice(0, 87)}...` : draft), () => {
          const problems = runRule(rule, draft, options).map((finding) => finding.text);
          expect(problems).toEqual([]);
        });
      }
    });
    // A learned rule whose shipped operating points are out of reach has nothing to flag.
    describe.skipIf(table.invalid.length === 0)('flags', () => {
      for (const item of table.invalid) {
        it(JSON.stringify(item.draft.length > 90 ? `${item.draft.slice(0, 87)}...` : item.draft), () => {
          const findings = runRule(rule, item.draft, item);
          const expected = item.flags.map((flag) => {
            const spec = typeof flag === 'string' ? { text: flag } : flag;
            const start = offsetOf(item.draft, spec.text, spec.nth ?? 0);
            return {
              start,
              end: start + spec.text.length,
              text: spec.text,
              messageId: expectedMessageId(rule, spec, item),
            };
          });
          expect(findings.map(({ start, end, text, messageId }) => ({ start, end, text, messageId }))).toEqual(
            expected,
          );
          for (const finding of findings) {
            expect(finding.ruleId).toBe(rule.meta.id);
            expect(finding.category).toBe(rule.meta.category);
            expect(finding.text).toBe(item.draft.slice(finding.start, finding.end));
            expect(finding.why.length).toBeGreaterThan(10);
            expect(finding.alternatives.length).toBeGreaterThan(0);
          }
        });
      }
    });
  });
}
