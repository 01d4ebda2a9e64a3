import { describe, expect, it } from 'vitest';
import { classifyMood, scoreMessage } from '../../lib/classify';
import { MAX_ANALYSED_CHARS } from '../../lib/classify/guard';
import { MOOD_SIGNALS, type Mood } from '../../lib/engine/types';

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

  it('returns quickly on a 1 MB message: it costs about what the last 4,000 characters cost', () => {
    // Warm up (model unpacking, regex compilation, JIT) on a different long message first.
    classifyMood(['the quick brown fox jumps over the lazy dog '.repeat(200)]);
    const time = (message: string) => {
      const start = performance.now();
      classifyMood([message]);
      return performance.now() - start;
    };
    const huge: number[] = [];
    const tail: number[] = [];
    for (let round = 0; round < 5; round++) {
      const message = 'lorem ipsum dolor sit amet '.repeat(40_000) + round;
      expect(message.length).toBeGreaterThan(1_000_000);
      huge.push(time(message));
      tail.push(time(message.slice(-MAX_ANALYSED_CHARS - 1)));
    }
    // Best of five, as a ratio, not an absolute bound: other processes and GC share the CPU.
    expect(Math.min(...huge)).toBeLessThan(3 * Math.min(...tail) + 5);
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
