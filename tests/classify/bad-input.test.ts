import { describe, expect, it } from 'vitest';
import { classifyMood, scoreMessage } from '@/lib/classify';
import { MAX_SCORED_MESSAGE_CHARS } from '@/lib/engine/limits';
import { MOOD_SIGNALS, type Mood } from '@/lib/engine/types';

function expectSilent(mood: Mood) {
  for (const id of MOOD_SIGNALS) {
    expect(mood.signals[id].level).toBe('none');
    expect(mood.signals[id].evidence).toEqual([]);
  }
  expect(mood.upset).toBe(false);
}

describe('bad input', () => {
  it('handles no messages and empty messages', () => {
    expectSilent(classifyMood([]));
    expectSilent(classifyMood(['']));
    expectSilent(classifyMood(['   \n\t ']));
    expect(scoreMessage('')).toBeNull();
  });

  it('survives non-string entries from a misbehaving adapter', () => {
    const junk = [null, undefined, 42, { text: 'hi' }] as unknown as string[];
    expectSilent(classifyMood(junk));
    expectSilent(classifyMood(null as unknown as string[]));
  });

  it('reads only the last 4,000 characters of a 1 MB message (the cap that bounds its cost)', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(40_000);
    // Anger far from the end is beyond the cap and cannot count.
    const early = `This is unacceptable, third time I am writing!!! ${filler}`;
    expect(early.length).toBeGreaterThan(1_000_000);
    expect(classifyMood([early]).signals.frustration.evidence).toEqual([]);
    // The same words at the end are read, and the evidence points into the tail with exact offsets.
    const late = `${filler}This is unacceptable, third time I am writing!!!`;
    const evidence = classifyMood([late]).signals.frustration.evidence;
    expect(evidence.length).toBeGreaterThan(0);
    for (const span of evidence) {
      expect(span.start).toBeGreaterThanOrEqual(late.length - MAX_SCORED_MESSAGE_CHARS);
      expect(late.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('ignores binary-looking text', () => {
    let binary = '';
    for (let i = 0; i < 2000; i++) binary += String.fromCharCode((i * 7919) % 256);
    expectSilent(classifyMood([binary]));
    expectSilent(classifyMood(['\u0000\u0001\u0002 ANGRY!!! \ufffd\ufffd\u0003\u0004\u0005\u0006']));
  });

  it('stays silent on text that is mostly not in a Latin script', () => {
    expectSilent(classifyMood(['Здравствуйте, я хотел бы изменить адрес доставки, спасибо']));
    expectSilent(classifyMood(['你好，我想更改我的送货地址。谢谢 ok']));
  });

  it('does not invent signals from neutral mixed-language text', () => {
    expectSilent(classifyMood(['Bonjour, hola, guten Tag! Ich möchte meine Adresse ändern, merci.']));
  });

  it('never cuts a surrogate pair when truncating', () => {
    const message = '😡'.repeat(2500) + ' This is unacceptable!!!';
    const mood = classifyMood([message]);
    for (const e of mood.signals.frustration.evidence) expect(message.slice(e.start, e.end)).toBe(e.text);
  });
});
