/**
 * The checker behind regex-growth.test.ts must catch what it is for: patterns whose time
 * grows faster than their input. Each quadratic example here is one that shipped (or a
 * textbook case), run on the shape that exposes it.
 */
import { describe, expect, it } from 'vitest';
import {
  ADVERSARIAL_SHAPES,
  patternShapesFor,
  repeatTo,
  type AdversarialShape,
} from '@/tests/fixtures/adversarial/shapes';
import { growthOver, MAX_GROWTH, measureGrowth } from '@/tests/regex/growth';

const shape = (id: string) => ADVERSARIAL_SHAPES.find((candidate) => candidate.id === id)!;
const runOfA: AdversarialShape = { id: 'run of "a"', make: (length) => repeatTo('a', length) };

describe('the growth checker', () => {
  it.each([
    ['a trailing-space trim', / +$/, 'run of spaces'],
    ['a comma with optional spaces at the end', /\s*,\s*$/, 'run of spaces'],
    ["the old sentence splitter's end punctuation", /[.!?]+[)"'\]]*(?=\s|$)|\n/g, 'run of "."'],
    ["the old intensity pattern's exclamation runs", /[!?]*!{2,}[!?]*|\?+!+\?*|!+\?+!*/g, 'run of "?"'],
  ])('calls %s super-linear', (_name, pattern, shapeId) => {
    const growth = measureGrowth(pattern, shape(shapeId));
    expect(growth.ratio).toBeGreaterThan(MAX_GROWTH);
  });

  it('reports an exponential pattern as unbounded instead of hanging', () => {
    const growth = measureGrowth(/(a+)+b/, runOfA, { timeoutMs: 300 });
    expect(growth.ratio).toBe(Infinity);
  });

  it("finds the shape that breaks a pattern in the pattern's own source (a run of what a nested quantifier repeats)", () => {
    const shapes = [...ADVERSARIAL_SHAPES, ...patternShapesFor(String.raw`(a+)+b`)];
    const { superLinear } = growthOver(/(a+)+b/, shapes, { timeoutMs: 300 });
    expect(superLinear.map((growth) => growth.shape)).toContain('run of "a" (from the pattern)');
  });

  it.each([
    ['a character class run', /[.!?]+/g],
    ['a phrase at a word start', /\b(?:thank you|thanks)\b/gi],
    ['a possessive-style end check', /[.!?](?=\s|$)/g],
  ])('passes %s on every shape', (_name, pattern) => {
    expect(growthOver(pattern, ADVERSARIAL_SHAPES).superLinear).toEqual([]);
  });
});
