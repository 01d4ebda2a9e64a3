/**
 * Redaction that holds (issue 19, must have 3): each leak the attack found, its variants,
 * and the near misses a thank-you is made of, which must come through untouched.
 */
import { describe, expect, it } from 'vitest';
import { redactQuote } from '@/lib/coach/redact';
import { MAX_CUSTOMER_MESSAGE_CHARS } from '@/lib/engine/limits';

describe('redactQuote removes', () => {
  it.each([
    // Emails, international ones included.
    ['Reach me at dana.w@example.com anytime', 'Reach me at [email] anytime'],
    ['Write to dana@müller.de please', 'Write to [email] please'],
    ['jürgen.groß@beispiel-straße.de wrote', '[email] wrote'],
    ['mail ana＠correo.es', 'mail [email]'],
    ['联系 用户@例子.广告 谢谢', '联系 [email] 谢谢'],
    ['punycode x@xn--mller-kva.de too', 'punycode [email] too'],
    ["It's dana.o'brien+shop@sub.example.co.uk.", "It's [email]."],
    // Cards: any separators, any digit script, Luhn-valid.
    ['card 4111 1111 1111 1111 thanks', 'card [card] thanks'],
    ['card 4111  1111  1111  1111 thanks', 'card [card] thanks'],
    ['card 4111–1111–1111–1111 thanks', 'card [card] thanks'],
    ['card 4111 — 1111 — 1111 — 1111 thanks', 'card [card] thanks'],
    ['card 4111/1111/1111/1111 thanks', 'card [card] thanks'],
    ['card 4111_1111_1111_1111 thanks', 'card [card] thanks'],
    ['card 4111.1111.1111.1111 thanks', 'card [card] thanks'],
    ['card ４１１１ １１１１ １１１１ １１１１ thanks', 'card [card] thanks'],
    ['card ٤١١١ ١١١١ ١١١١ ١١١١ thanks', 'card [card] thanks'],
    ['amex 3782 822463 10005 thanks', 'amex [card] thanks'],
    ['card 4111111111111111.', 'card [card].'],
    // Order, invoice and ticket references.
    ['my order is 48213, thank you', 'my order is [number], thank you'],
    ['Orders 48214 and 48215 arrived', 'Orders [number] and [number] arrived'],
    ['Orders 48214, 48215 & 48216 arrived', 'Orders [number], [number] & [number] arrived'],
    ['№ 48213 arrived', '№ [number] arrived'],
    ['#48213 arrived', '#[number] arrived'],
    ['Order #48213 arrived', 'Order #[number] arrived'],
    ['INV_2024_0042 is paid', '[number] is paid'],
    ['invoice INV-2024-0042 is paid', 'invoice [number] is paid'],
    ['order no. A-99812 came', 'order no. [number] came'],
    ['ticket #42 solved', 'ticket #[number] solved'],
    ['tracking number 1Z999AA10123456784 works', 'tracking number [number] works'],
    ['account number: 12345678 fixed', 'account number: [number] fixed'],
    ['Bestellnummer 123456 kam an', 'Bestellnummer [number] kam an'],
    ['RMA-88123 approved', '[number] approved'],
    // Phones with any separators.
    ['Call me on +44 20 7946 0958 if needed', 'Call me on [phone] if needed'],
    ['Ruf an: 030/1234567', 'Ruf an: [phone]'],
    ['Call +49 (0)30 1234 5678', 'Call [phone]'],
    ['Call (555) 123-4567', 'Call ([phone]'],
    ['Call 555.123.4567', 'Call [phone]'],
    ['Call +33 6 12 34 56 78', 'Call [phone]'],
    ['Call ０３０－１２３４－５６７８', 'Call [phone]'],
    ['Call 0151_2345_6789', 'Call [phone]'],
    ['my number is 01512345678', 'my number is [number]'],
    // Bank accounts and links.
    ['IBAN DE89 3704 0044 0532 0130 00 thanks', 'IBAN [account] thanks'],
    ['See https://tracking.example.com/x?id=1 thanks', 'See [link] thanks'],
    ['See www.example.com/u/dana thanks', 'See [link] thanks'],
  ])('%s', (input, expected) => {
    expect(redactQuote(input)).toBe(expected);
  });
});

describe('redactQuote keeps', () => {
  it.each([
    // Prices.
    'It cost €1,299.99 and was worth it',
    'refund of $49 arrived',
    'a 1 299 999 EUR project',
    'saved me £1 234 567',
    // Dates and year ranges.
    'on 15.01.2024 it arrived',
    'on 2024-01-15 it arrived',
    'on 15/01/2024 it arrived',
    'on 15 01 2024 it arrived',
    'on 2024-01-15 10:30 it arrived',
    'a customer from 2019–2024',
    // Versions.
    'fixed in version 10.0.19045.2965',
    'works on v2.14.3 now',
    'after the iOS 17.2.1 update',
    'build 1234567 fixed it',
    // Times.
    'answered at 10:30 and again at 23:59:59',
    'by 9:45 am',
    // Quantities and ordinary numbers.
    '3 x 250 ml and 2 boxes of 12',
    'order 3 of 5 came today',
    'my order is 2 days late but fine',
    '1,000 pieces in 5 minutes',
    'Best support in 2 years, 24/7',
    'in any case 2024 was a great year',
    // Words that look like codes, and "@" that is no address.
    'You are #1, my WH-1000XM4 works',
    'after COVID-19 and on ISO-8601 dates',
    'meet @ 5pm, @dana thanks',
    'You fixed it in 5 minutes, thank you so much! Best support in 2 years.',
  ])('%s', (praise) => {
    expect(redactQuote(praise)).toBe(praise);
  });
});

describe('redactQuote on long text', () => {
  it('caps the text like any customer message and never ends on a cut-off number or address', () => {
    const praise = 'Thank you so much!';
    // The tail starts 8 characters before the cap, so the cap cuts through it.
    const atCut = `${'x'.repeat(MAX_CUSTOMER_MESSAGE_CHARS - 8 - praise.length - 1)} ${praise}`;
    for (const tail of [' 4111 1111 1111 1111 more', ' dana@example.com more', ' +44 20 7946 0958']) {
      const redacted = redactQuote(atCut + tail);
      expect(redacted.length).toBeLessThanOrEqual(MAX_CUSTOMER_MESSAGE_CHARS);
      expect(redacted.endsWith(praise)).toBe(true);
    }
  });

  it('redacts a message again only when it changed', () => {
    const message = 'Thanks! dana@example.com';
    expect(redactQuote(message)).toBe('Thanks! [email]');
    expect(redactQuote(`${message} `)).toBe('Thanks! [email]');
    expect(redactQuote('Thanks! ana@example.org')).toBe('Thanks! [email]');
  });
});
