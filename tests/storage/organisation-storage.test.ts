import { describe, expect, it } from 'vitest';
import {
  agentChoicesItem,
  loadAgentChoices,
  NO_CHOICES,
  recordChosen,
  repairAgentChoices,
  setDeclined,
} from '@/lib/storage/agent-choices';
import {
  loadOrganisationPolicy,
  NO_POLICY,
  organisationPolicyItem,
  repairOrganisationPolicy,
} from '@/lib/storage/organisation-policy';
import { teamPack } from '@/tests/policy/team-pack';

describe('the organisation policy copy, read without the schema library', () => {
  it('keeps well-formed settings and drops malformed ones one by one', () => {
    const stored = {
      settings: {
        promptSets: { value: [teamPack(), { id: 'x' }], locked: true },
        sensitivity: { value: 'high', locked: true },
        jargon: { value: ['RMA'], locked: 'no' },
        nudgeBudget: { value: { maxNudgesShown: 99 }, locked: false },
        mutedRules: { value: ['thanks'], locked: false },
      },
      problems: [{ path: 'x', problem: 'y' }, { path: 1 }],
    };
    expect(repairOrganisationPolicy(stored)).toEqual({
      settings: { sensitivity: { value: 'high', locked: true }, mutedRules: { value: ['thanks'], locked: false } },
      problems: [{ path: 'x', problem: 'y' }],
    });
  });

  it.each([undefined, null, 'x', [], { settings: 'x' }])('anything else is no policy (%s)', (stored) => {
    expect(repairOrganisationPolicy(stored).settings).toEqual({});
  });

  it('an empty store reads as no policy', async () => {
    expect(await loadOrganisationPolicy()).toEqual(NO_POLICY);
    await organisationPolicyItem.setValue({ settings: { sensitivity: { value: 'low', locked: false } }, problems: [] });
    expect((await loadOrganisationPolicy()).settings.sensitivity).toEqual({ value: 'low', locked: false });
  });
});

describe('the agent’s choices about their organisation’s defaults', () => {
  it('start empty and repair whatever is stored', async () => {
    expect(await loadAgentChoices()).toEqual(NO_CHOICES);
    expect(
      repairAgentChoices({ chosen: ['sensitivity', 'quietMode', 3], declined: { sites: ['a', 1], x: ['y'] } }),
    ).toEqual({
      chosen: ['sensitivity'],
      declined: { promptSets: [], sites: ['a'], jargon: [], mutedRules: [] },
    });
  });

  it('record chosen values once, and turn items off and back on', async () => {
    await recordChosen(['sensitivity']);
    await recordChosen(['sensitivity', 'maxNudgesShown']);
    await Promise.all([setDeclined('jargon', 'RMA', true), setDeclined('sites', 'https://a.example', true)]);
    await setDeclined('jargon', 'RMA', false);
    expect(await agentChoicesItem.getValue()).toEqual({
      chosen: ['sensitivity', 'maxNudgesShown'],
      declined: { promptSets: [], sites: ['https://a.example'], jargon: [], mutedRules: [] },
    });
  });
});
