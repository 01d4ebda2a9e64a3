import { describe, expect, it } from 'vitest';
import { pathInWords } from '@/lib/prompts/path-in-words';

describe('pathInWords', () => {
  it('names the part of the set in words, counting prompts from 1, never by field name', () => {
    expect(pathInWords('schemaVersion')).toBe("The set's format version");
    expect(pathInWords('prompts[0].text')).toBe('The words of prompt 1');
    expect(pathInWords('prompts[2].triggers[1]')).toBe('Entry 2 of the "when to show it" list of prompt 3');
    expect(pathInWords('prompts[4]')).toBe('Prompt 5');
  });

  it('quotes a part the agent added that Heartdesk does not know, since that name is their own', () => {
    expect(pathInWords('colour')).toBe('The part "colour" of the set');
    expect(pathInWords('prompts[0].colour')).toBe('The part "colour" in prompt 1');
  });

  it('says nothing for the file as a whole: that message already speaks of the file', () => {
    expect(pathInWords('')).toBeUndefined();
  });
});
