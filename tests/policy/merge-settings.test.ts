import { describe, expect, it } from 'vitest';
import { mergeSettings } from '@/lib/policy/merge-settings';
import { NO_CHOICES, type AgentChoices } from '@/lib/storage/agent-choices';
import type { ManagedValues } from '@/lib/storage/organisation-policy';
import { DEFAULT_PREFERENCES, type Preferences } from '@/lib/storage/settings';
import { teamPack } from '@/tests/policy/team-pack';

const merge = (
  managed: ManagedValues,
  agent: Partial<Preferences> = {},
  choices: AgentChoices = NO_CHOICES,
  ownPacks = [teamPack('my-set')],
) =>
  mergeSettings({
    agent: { ...DEFAULT_PREFERENCES, ...agent },
    ownPacks,
    managed,
    choices,
    defaults: DEFAULT_PREFERENCES,
  });
const chose = (...fields: AgentChoices['chosen']): AgentChoices => ({ ...NO_CHOICES, chosen: fields });
const declined = (list: keyof AgentChoices['declined'], ...items: string[]): AgentChoices => ({
  ...NO_CHOICES,
  declined: { ...NO_CHOICES.declined, [list]: items },
});

describe('mergeSettings: single values', () => {
  it.each<[string, ManagedValues, Partial<Preferences>, AgentChoices, string, string]>([
    ['no policy: the agent’s own', {}, { sensitivity: 'low' }, NO_CHOICES, 'low', 'agent'],
    [
      'locked: the organisation’s, whatever the agent set',
      { sensitivity: { value: 'high', locked: true } },
      { sensitivity: 'low' },
      chose('sensitivity'),
      'high',
      'locked',
    ],
    [
      'unlocked, agent never set it: the organisation’s default',
      { sensitivity: { value: 'high', locked: false } },
      {},
      NO_CHOICES,
      'high',
      'organisation',
    ],
    [
      'unlocked, agent’s value differs from the product default: theirs',
      { sensitivity: { value: 'high', locked: false } },
      { sensitivity: 'low' },
      NO_CHOICES,
      'low',
      'agent',
    ],
    [
      'unlocked, agent chose the product default on purpose: theirs',
      { sensitivity: { value: 'high', locked: false } },
      { sensitivity: 'medium' },
      chose('sensitivity'),
      'medium',
      'agent',
    ],
  ])('%s', (_label, managed, agent, choices, value, source) => {
    const merged = merge(managed, agent, choices);
    expect(merged.preferences.sensitivity).toBe(value);
    expect(merged.source.sensitivity).toBe(source);
  });

  it('a budget sets only the numbers it names; one lock covers them', () => {
    const merged = merge({ nudgeBudget: { value: { maxNudgesPerTicket: 12 }, locked: true } }, { maxNudgesShown: 3 });
    expect(merged.preferences).toMatchObject({ maxNudgesPerTicket: 12, maxNudgesShown: 3, ruleCooldownMinutes: 10 });
    expect(merged.source).toMatchObject({ maxNudgesPerTicket: 'locked', maxNudgesShown: 'agent' });
  });
});

describe('mergeSettings: lists add the organisation’s items to the agent’s own', () => {
  it.each<[string, ManagedValues, Partial<Preferences>, AgentChoices, string[]]>([
    [
      'locked muted rules, plus the agent’s',
      { mutedRules: { value: ['excuse-busy'], locked: true } },
      { mutedRules: ['thanks'] },
      NO_CHOICES,
      ['excuse-busy', 'thanks'],
    ],
    [
      'a locked item cannot be turned off',
      { mutedRules: { value: ['excuse-busy'], locked: true } },
      {},
      declined('mutedRules', 'excuse-busy'),
      ['excuse-busy'],
    ],
    [
      'an unlocked item the agent turned off',
      { mutedRules: { value: ['excuse-busy', 'thanks'], locked: false } },
      {},
      declined('mutedRules', 'excuse-busy'),
      ['thanks'],
    ],
    [
      'the same rule on both lists, once',
      { mutedRules: { value: ['thanks'], locked: false } },
      { mutedRules: ['thanks'] },
      NO_CHOICES,
      ['thanks'],
    ],
  ])('%s', (_label, managed, agent, choices, expected) => {
    expect(merge(managed, agent, choices).preferences.mutedRules).toEqual(expected);
  });

  it('jargon is one list regardless of case', () => {
    const merged = merge({ jargon: { value: ['RMA'], locked: false } }, { customJargon: ['rma', 'L2'] });
    expect(merged.preferences.customJargon).toEqual(['RMA', 'L2']);
    expect(merged.organisation.jargon).toEqual([{ key: 'RMA', locked: false, declined: false }]);
  });
});

describe('mergeSettings: team prompt sets', () => {
  it('a locked set is listed first and enabled, even if the agent once switched it off', () => {
    const merged = merge(
      { promptSets: { value: [teamPack()], locked: true } },
      { enabledPromptSets: ['empathy'] },
      declined('promptSets', 'team-north'),
    );
    expect(merged.packs.map((pack) => pack.id)).toEqual(['team-north', 'my-set']);
    expect(merged.preferences.enabledPromptSets).toEqual(['empathy', 'team-north']);
  });

  it('an unlocked set is on until the agent switches it off', () => {
    const managed: ManagedValues = { promptSets: { value: [teamPack()], locked: false } };
    expect(merge(managed, { enabledPromptSets: [] }).preferences.enabledPromptSets).toEqual(['team-north']);
    const off = merge(managed, { enabledPromptSets: ['team-north'] }, declined('promptSets', 'team-north'));
    expect(off.preferences.enabledPromptSets).toEqual([]);
    expect(off.organisation.promptSets).toEqual([{ key: 'team-north', locked: false, declined: true }]);
  });

  it('the organisation’s set wins an id it shares with one of the agent’s, which is named as hidden', () => {
    const merged = merge({ promptSets: { value: [teamPack('my-set')], locked: true } });
    expect(merged.packs).toEqual([teamPack('my-set')]);
    expect(merged.organisation.shadowedPacks).toEqual(['my-set']);
  });
});

describe('mergeSettings: without a policy nothing changes', () => {
  it('returns the agent’s own preferences exactly, and their own sets', () => {
    const agent = { ...DEFAULT_PREFERENCES, sensitivity: 'low' as const, customJargon: ['L2'], mutedRules: ['thanks'] };
    const merged = merge({}, agent, declined('mutedRules', 'thanks'));
    expect(merged.preferences).toEqual(agent);
    expect(merged.packs).toEqual([teamPack('my-set')]);
    expect(Object.values(merged.source).every((source) => source === 'agent')).toBe(true);
  });
});
