import { describe, expect, it } from 'vitest';
import { inspectJson } from '@/lib/journal/json-guards';

describe('inspectJson', () => {
  it('measures depth in containers', () => {
    expect(inspectJson({ wins: [{ tags: ['a'] }] }, 4)).toBeUndefined();
    expect(inspectJson({ wins: [{ tags: [['a']] }] }, 4)).toEqual({ kind: 'too-deep' });
    expect(inspectJson(JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`), 16)).toEqual({ kind: 'too-deep' });
  });

  it('names the path of a forbidden key', () => {
    expect(inspectJson(JSON.parse('{"wins":[{},{"a":{"__proto__":1}}]}'), 16)).toEqual({
      kind: 'forbidden-key',
      path: 'wins[1].a.__proto__',
    });
    expect(inspectJson(JSON.parse('{"constructor":{}}'), 16)).toEqual({ kind: 'forbidden-key', path: 'constructor' });
    expect(inspectJson({ text: 'constructor', prototype_like: 1 }, 16)).toBeUndefined();
  });
});
