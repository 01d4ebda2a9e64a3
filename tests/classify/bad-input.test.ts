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

// Issue 15: messages the model cannot judge give "nothing stands out", never a wrong mood.
describe('nothing stands out', () => {
  const neutralLong = [
    'Hello, I am writing about the invoice for the March order of printer paper and toner.',
    'Our office moved to the second floor, so deliveries should now go to reception on level two.',
    'The purchase order number is PO-2231 and the cost centre is 4410; please quote both on the invoice.',
    'We would also like to add two more users to the account, Sam Patel and Ana Ruiz, with standard access.',
  ].join(' ');
  const long4000 = `${neutralLong} `.repeat(20).slice(0, 4000);

  it.each([
    ['empty', ''],
    ['emoji only', '😡😡😡'],
    ['emoji and spaces', '🙏 🙏 🙏   ✨'],
    ['binary-looking', '\u0000\u0003PK\u0003\u0004\u0014\u0000\b\u0000\b\u0000\ufffd\ufffd\u0007\u0001'],
    ['a 4,000-character neutral message', long4000],
    ['French', "C'est inadmissible !!! J'attends ma commande depuis trois semaines et personne ne répond."],
    ['German', 'Das ist eine Frechheit!!! Ich warte seit drei Wochen auf meine Bestellung und niemand antwortet.'],
    ['Spanish', '¡¡Es una vergüenza!! Llevo tres semanas esperando mi pedido y nadie me contesta.'],
    ['Portuguese', 'Isso é um absurdo!!! Estou esperando meu pedido há três semanas e ninguém responde.'],
    ['Italian', 'È una vergogna!!! Aspetto il mio ordine da tre settimane e nessuno mi risponde.'],
    ['Dutch', 'Dit is echt schandalig!!! Ik wacht al drie weken op mijn bestelling en niemand reageert.'],
    ['Russian', 'Это безобразие!!! Я жду свой заказ уже три недели, и никто не отвечает.'],
    ['Japanese', 'ひどいです！！！注文してから三週間待っていますが、誰も返事をくれません。'],
  ])('%s', (_, message) => {
    expect(long4000.length).toBe(4000);
    expectSilent(classifyMood([message]));
  });
});

// Mixed messages: both feelings are shown, each with its own words.
describe('mixed messages', () => {
  it.each([
    [
      "Thanks for the quick reply, but this is the third time I'm writing about the same fault.",
      'Thanks',
      'third time',
    ],
    ['I appreciate your help, thank you. Still no refund after three weeks though.', 'thank', 'Still no refund'],
  ])('%s', (message, thanks, complaint) => {
    const { signals } = classifyMood([message]);
    expect(signals.gratitude.level).not.toBe('none');
    expect(signals.frustration.level).not.toBe('none');
    expect(signals.gratitude.evidence.map((e) => e.text).join(' ')).toContain(thanks);
    expect(signals.frustration.evidence.map((e) => e.text).join(' ')).toContain(complaint);
  });
});
