import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstJsonErrorOffset, positionAt } from '@/lib/prompts/json-error-position';

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('firstJsonErrorOffset', () => {
  it.each([
    ['{"a":1,}', 7],
    ['{"a" 1}', 5],
    ['[1,2', 4],
    ['{"a":tru}', 5],
    ['', 0],
    ['{} x', 3],
    ['"\u0001"', 0],
  ])('finds the spot in %j', (text, offset) => {
    expect(firstJsonErrorOffset(text)).toBe(offset);
  });

  it('agrees with JSON.parse on valid JSON and on random corruptions of it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x'), (value, at, insert) => {
        const valid = JSON.stringify(value, null, 1);
        expect(firstJsonErrorOffset(valid)).toBeNull();
        const index = valid.length ? at % valid.length : 0;
        const broken = valid.slice(0, index) + insert + valid.slice(index);
        expect(firstJsonErrorOffset(broken) === null).toBe(isJson(broken));
      }),
      { numRuns: 500 },
    );
  });

  it('survives deep nesting without overflowing the stack', () => {
    expect(firstJsonErrorOffset('['.repeat(200_000))).toBe(200_000);
  });

  it('turns offsets into 1-based lines and columns', () => {
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('x', 0)).toEqual({ line: 1, column: 1 });
  });
});
