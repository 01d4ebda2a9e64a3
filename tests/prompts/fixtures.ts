import type { PromptPack } from '@/lib/prompts/schema';

/** A small valid pack; tests copy and break it one field at a time. */
export function validPack(overrides: Partial<PromptPack> = {}): PromptPack {
  return {
    schemaVersion: 1,
    id: 'my-team',
    name: 'My team',
    description: 'Prompts our team agreed on.',
    locale: 'en',
    prompts: [
      {
        id: 'name-it',
        category: 'empathy',
        text: 'Say what went wrong for them before the fix.',
        triggers: ['signal:frustration'],
        weight: 5,
      },
      {
        id: 'who-or-when',
        category: 'solutions',
        text: 'If it is a no, say who else can help or when.',
        triggers: ['category:no-alternative', 'checklist:no-has-alternative'],
        weight: 7,
      },
    ],
    ...overrides,
  };
}
