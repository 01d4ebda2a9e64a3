import type { PromptPack } from '@/lib/prompts/schema';

/** A valid team prompt set, as an organisation would ship it. */
export function teamPack(id = 'team-north', overrides: Record<string, unknown> = {}): PromptPack {
  return {
    schemaVersion: 1,
    id,
    name: 'Team North',
    description: 'How Team North answers.',
    locale: 'en',
    prompts: [
      {
        id: 'name-the-order',
        category: 'empathy',
        text: 'Name the order and what went wrong with it.',
        triggers: ['signal:frustration'],
        weight: 6,
      },
    ],
    ...overrides,
  } as PromptPack;
}
