import { describe, expect, it } from 'vitest';
import { MAX_TEAM_PACK_BYTES, MAX_TEAM_PACKS } from '@/lib/policy/read-packs';
import { readPolicy } from '@/lib/policy/read-policy';
import { NO_POLICY } from '@/lib/storage/organisation-policy';
import { teamPack } from '@/tests/policy/team-pack';

const SITE = 'https://support.example.com';
const problemsOf = (raw: unknown) => readPolicy(raw).problems.map((problem) => `${problem.path}: ${problem.problem}`);

describe('readPolicy: what an organisation sets', () => {
  it('reads every setting, with its lock', () => {
    const policy = readPolicy({
      promptSets: { value: [teamPack()], locked: true },
      sites: { value: ['https://support.example.com/tickets/1'], locked: true },
      jargon: { value: [' RMA ', 'L2'], locked: false },
      mutedRules: { value: ['excuse-policy'] },
      sensitivity: { value: 'high', locked: true },
      nudgeBudget: { value: { maxNudgesShown: 1, maxNudgesPerTicket: 12, ruleCooldownMinutes: 0 }, locked: false },
    });
    expect(policy.problems).toEqual([]);
    expect(policy.settings).toEqual({
      promptSets: { value: [teamPack()], locked: true },
      sites: { value: [SITE], locked: true },
      jargon: { value: ['RMA', 'L2'], locked: false },
      mutedRules: { value: ['excuse-policy'], locked: false },
      sensitivity: { value: 'high', locked: true },
      nudgeBudget: { value: { maxNudgesShown: 1, maxNudgesPerTicket: 12, ruleCooldownMinutes: 0 }, locked: false },
    });
  });

  it.each([undefined, null, {}])('no policy (%s) is nothing to apply and nothing to say', (raw) => {
    expect(readPolicy(raw)).toEqual(NO_POLICY);
  });
});

describe('readPolicy: bad input is ignored item by item, with a reason', () => {
  it.each([
    ['a list instead of settings', ['x'], [': is not a list of named settings, so none of it applies']],
    ['text instead of settings', 'sensitivity=high', [': is not a list of named settings, so none of it applies']],
  ])('%s', (_label, raw, expected) => {
    expect(problemsOf(raw)).toEqual(expected);
    expect(readPolicy(raw).settings).toEqual({});
  });

  it('names unknown settings (a journal setting among them) and applies the rest', () => {
    const policy = readPolicy({
      journal: { value: 'export' },
      __proto__wins: 1,
      sensitivity: { value: 'low' },
    });
    expect(policy.settings).toEqual({ sensitivity: { value: 'low', locked: false } });
    expect(policy.problems.map((problem) => problem.path)).toEqual(['journal', '__proto__wins']);
    expect(policy.problems[0]!.problem).toContain('is not a setting Heartdesk knows');
  });

  it('treats __proto__ and constructor as unknown keys, never as the prototype', () => {
    const raw = JSON.parse('{"__proto__": {"value": "high"}, "constructor": {"value": 1}}');
    expect(readPolicy(raw).settings).toEqual({});
    expect(problemsOf(raw)).toHaveLength(2);
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });

  it.each([
    [
      'a bare value',
      { sensitivity: 'high' },
      'sensitivity: must be written as { "value": …, "locked": true or false }',
    ],
    [
      'a lock that is not true/false',
      { sensitivity: { value: 'high', locked: 'yes' } },
      'sensitivity.locked: must be true/false, not text',
    ],
    ['a missing value', { sensitivity: { locked: true } }, 'sensitivity.value: is missing'],
    [
      'a sensitivity not in the list',
      { sensitivity: { value: 'loud' } },
      'sensitivity.value: must be one of: low, medium, high',
    ],
    ['a list that is text', { jargon: { value: 'RMA, L2' } }, 'jargon.value: must be a list, not text'],
    ['a budget that is a number', { nudgeBudget: { value: 3 } }, 'nudgeBudget.value: must be an object, not a number'],
  ])('ignores %s', (_label, raw, expected) => {
    expect(problemsOf(raw)).toEqual([expected]);
    expect(readPolicy(raw).settings).toEqual({});
  });

  it('a lock written wrongly never turns into "unlocked": the whole setting is left out, and says so', () => {
    const [problem] = readPolicy({ promptSets: { value: [teamPack()], locked: 'true' } }).problems;
    expect(problem!.fix).toContain('ignored rather than applied unlocked');
  });

  it('names extra keys beside value and locked, and still applies the setting', () => {
    const policy = readPolicy({ sensitivity: { value: 'high', locked: true, note: 'from IT' } });
    expect(policy.settings.sensitivity).toEqual({ value: 'high', locked: true });
    expect(problemsOf({ sensitivity: { value: 'high', note: 'x' } })).toEqual([
      'sensitivity.note: is not part of a setting, which has only "value" and "locked"',
    ]);
  });

  it('keeps the good budget numbers and names the bad ones', () => {
    const policy = readPolicy({
      nudgeBudget: { value: { maxNudgesShown: 9, maxNudgesPerTicket: 4, ruleCooldownMinutes: 1.5, snooze: 1 } },
    });
    expect(policy.settings.nudgeBudget).toEqual({ value: { maxNudgesPerTicket: 4 }, locked: false });
    expect(policy.problems.map((problem) => problem.path)).toEqual([
      'nudgeBudget.value.maxNudgesShown',
      'nudgeBudget.value.ruleCooldownMinutes',
      'nudgeBudget.value.snooze',
    ]);
    expect(policy.problems[0]!.problem).toBe('must be a whole number from 1 to 5');
  });

  it('keeps good words and rules, names the rest', () => {
    const policy = readPolicy({
      jargon: { value: ['RMA', 3, '', 'rma', 'x'.repeat(61)] },
      mutedRules: { value: ['excuse-policy', 'no-such-rule', 'excuse-policy'] },
    });
    expect(policy.settings.jargon?.value).toEqual(['RMA']);
    expect(policy.settings.mutedRules?.value).toEqual(['excuse-policy']);
    expect(problemsOf({ jargon: { value: ['RMA', 3, '', 'rma'] } })).toEqual([
      'jargon.value[1]: must be text, not a number',
      'jargon.value[2]: must not be empty',
      'jargon.value[3]: “rma” is listed twice',
    ]);
    expect(problemsOf({ mutedRules: { value: ['no-such-rule'] } })).toEqual([
      'mutedRules.value[0]: “no-such-rule” is not a rule Heartdesk has',
    ]);
  });

  it.each([
    ['a wildcard', '*.example.com'],
    ['another scheme', 'ftp://files.example.com'],
    ['a bare word', 'helpdesk'],
    ['a user name', 'https://admin:pw@support.example.com'],
    ['not an address at all', 'https://'],
  ])('ignores a site that is %s and keeps the good one', (_label, site) => {
    const policy = readPolicy({ sites: { value: [site, SITE], locked: true } });
    expect(policy.settings.sites).toEqual({ value: [SITE], locked: true });
    expect(problemsOf({ sites: { value: [site] } })).toEqual([
      `sites.value[0]: “${site}” is not a web address such as support.example.com (no wildcards; a path is fine and ignored)`,
    ]);
  });

  it('ignores a built-in helpdesk and a site listed twice', () => {
    expect(problemsOf({ sites: { value: ['https://acme.zendesk.com', SITE, `${SITE}/x`] } })).toEqual([
      'sites.value[0]: “https://acme.zendesk.com” is a helpdesk Heartdesk already supports, so there is nothing to add',
      `sites.value[2]: “${SITE}” is listed twice`,
    ]);
  });
});

describe('readPolicy: team prompt sets, checked with the pack schema', () => {
  it('ignores a set that fails the schema, naming the set and the field; the other sets and settings apply', () => {
    const broken = teamPack('broken', {
      name: 'Broken set',
      prompts: [{ ...teamPack().prompts[0], category: 'bribery' }],
    });
    const policy = readPolicy({
      promptSets: { value: [broken, teamPack()], locked: true },
      sensitivity: { value: 'high', locked: true },
    });
    expect(policy.settings.promptSets).toEqual({ value: [teamPack()], locked: true });
    expect(policy.settings.sensitivity).toEqual({ value: 'high', locked: true });
    expect(problemsOf({ promptSets: { value: [broken] } })).toEqual([
      'promptSets.value[0]: the prompt set “Broken set” was ignored, because of the problems below',
      'promptSets.value[0].prompts[0].category: must be one of: empathy, solutions, above-and-beyond, patience, self-care, gratitude',
    ]);
  });

  it('names a set without a name by its place, and a field the schema does not know', () => {
    expect(problemsOf({ promptSets: { value: [{ ...teamPack(), name: undefined, author: 'IT' }] } })).toEqual([
      'promptSets.value[0]: the prompt set “1” was ignored, because of the problems below',
      'promptSets.value[0].name: is missing',
      'promptSets.value[0].author: is not one Heartdesk knows',
    ]);
  });

  it('ignores a huge set before checking it', () => {
    const huge = teamPack('huge', { description: 'x'.repeat(MAX_TEAM_PACK_BYTES) });
    expect(problemsOf({ promptSets: { value: [huge] } })).toEqual([
      'promptSets.value[0]: is larger than 128 KB, far more than a prompt set needs',
    ]);
  });

  it('ignores a set with a built-in id, a repeated id, and sets past the limit', () => {
    const many = Array.from({ length: MAX_TEAM_PACKS + 2 }, (_, index) => teamPack(`team-${index}`));
    const policy = readPolicy({ promptSets: { value: [teamPack('empathy'), teamPack(), teamPack(), ...many] } });
    expect(policy.settings.promptSets?.value.map((pack) => pack.id)).toEqual([
      'team-north',
      ...many.slice(0, MAX_TEAM_PACKS - 3).map((pack) => pack.id),
    ]);
    expect(policy.problems.map((problem) => problem.path)).toEqual([
      'promptSets.value[0].id',
      'promptSets.value[2].id',
      `promptSets.value[${MAX_TEAM_PACKS}]`,
    ]);
  });

  it('never throws, whatever it is handed', () => {
    for (const raw of [0, true, [], () => 1, { promptSets: { value: [null, 1, 'x', [], { prompts: {} }] } }])
      expect(() => readPolicy(raw)).not.toThrow();
  });
});
