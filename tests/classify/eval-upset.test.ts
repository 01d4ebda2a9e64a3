import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseSignalCases,
  parseThanksCases,
  parseUpsetCases,
  scoreSignal,
  scoreThanks,
  scoreUpset,
} from '@/scripts/eval-upset';

const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('eval:upset', () => {
  it('reads {"text","upset"} lines and support-corpus lines, skipping blank lines', () => {
    const cases = parseUpsetCases(
      [
        '{"text": "Where is my parcel?!", "upset": true}',
        '',
        '{"text": "Do you ship to Canada?", "upset": false}',
        '{"text": "x", "frustration": 0, "confusion": 0, "urgency": 0, "sadness": 1, "gratitude": 0}',
      ].join('\n'),
    );
    expect(cases).toEqual([
      { line: 1, text: 'Where is my parcel?!', upset: true },
      { line: 3, text: 'Do you ship to Canada?', upset: false },
      { line: 4, text: 'x', upset: true },
    ]);
  });

  it('names the line that has no label', () => {
    expect(() => parseUpsetCases('{"text": "a", "upset": true}\n{"text": "b", "upset": "yes"}')).toThrow(/line 2/);
    expect(() => parseUpsetCases('{"upset": true}')).toThrow(/line 1/);
  });

  it('counts precision and recall from the mood the sidebar would show', () => {
    const score = scoreUpset([
      { line: 1, text: 'This is the third time I am writing, still no refund. Unacceptable.', upset: true },
      { line: 2, text: 'Do you ship to Canada?', upset: false },
      { line: 3, text: 'Could you tell me your opening hours?', upset: true },
    ]);
    expect(score).toMatchObject({ n: 3, p: 1, r: 0.5 });
    expect(score.misses.map((c) => c.line)).toEqual([3]);
  });

  it('ends its output with one JSON line', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'upset-')), 'set.jsonl');
    writeFileSync(
      file,
      '{"text": "I was charged twice and nobody answers.", "upset": true}\n{"text": "Thanks, all sorted!", "upset": false}\n',
    );
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/eval-upset.ts', file], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    const last = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(Object.keys(last)).toEqual(['n', 'p', 'r', 'confident']);
    expect(last).toMatchObject({ n: 2, p: 1, r: 1 });
  });

  it('scores urgency ("In a hurry") on the lines labelled for it: a refund is not a hurry', () => {
    const source = [
      '{"text": "I need the replacement by Friday.", "frustration": 0, "sadness": 0, "urgency": 1}',
      '{"text": "I would like a refund please.", "frustration": 0, "sadness": 0, "urgency": 0}',
      '{"text": "Where is my parcel?", "upset": false}',
      '{"text": "My flight is in 3 hrs and no transfer came.", "frustration": 1, "sadness": 0, "urgency": 1}',
    ].join('\n');
    const cases = parseSignalCases(source, 'urgency');
    expect(cases.map((c) => [c.line, c.labelled])).toEqual([
      [1, true],
      [2, false],
      [4, true],
    ]);
    // The flight in three hours is a near-future event bound to the customer's need (urgency-deadline).
    expect(scoreSignal(cases, 'urgency')).toEqual({ n: 3, p: 1, r: 1 });
  });

  it('with --thanks, scores gratitude on the lines labelled for it and adds it to the JSON line', () => {
    const source = [
      '{"text": "Thanks so much, the refund arrived!", "frustration": 0, "sadness": 0, "gratitude": 1}',
      '{"text": "Where is my parcel?", "upset": false}',
      '{"text": "My parcel never arrived.", "frustration": 1, "sadness": 0, "gratitude": 0}',
      '{"text": "Do you ship to Canada?", "frustration": 0, "sadness": 0, "gratitude": 1}',
    ].join('\n');
    const cases = parseThanksCases(source);
    expect(cases.map((c) => [c.line, c.grateful])).toEqual([
      [1, true],
      [3, false],
      [4, true],
    ]);
    expect(scoreThanks(cases)).toEqual({ n: 3, p: 1, r: 0.5 });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'thanks-')), 'set.jsonl');
    writeFileSync(file, source + '\n');
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/eval-upset.ts', file, '--thanks'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    const last = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(Object.keys(last)).toEqual(['n', 'p', 'r', 'confident', 'thanks']);
    expect(last.thanks).toEqual({ n: 3, p: 1, r: 0.5 });
  });
});
