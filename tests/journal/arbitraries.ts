import fc from 'fast-check';
import { WIN_KINDS, WIN_SOURCES, winSchema, type Win } from '@/lib/journal/win-schema';

const samples = [
  'شكراً جزيلاً',
  'תודה רבה',
  '🎉🙌👩🏽‍💻',
  'Zoë’s café',
  '\u202Eevil\u202C',
  '=SUM(A1)',
  '"quoted", comma',
  'line\nbreak\r\nmore',
];

const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }),
  fc.string({ minLength: 1, maxLength: 30, unit: 'binary' }),
  fc.constantFrom(...samples),
  fc.constantFrom('x'.repeat(9_999), '🎉'.repeat(4_000)),
);

const rawWin = fc.record(
  {
    id: fc.stringMatching(/^[A-Za-z0-9_-]{8,24}$/),
    createdAt: fc.oneof(fc.integer({ min: 0, max: 8.64e15 }), fc.constantFrom(0, 8.64e15, 1_764_806_400_000)),
    updatedAt: fc.integer({ min: 0, max: 8.64e15 }),
    text,
    kind: fc.constantFrom(...WIN_KINDS),
    tags: fc.array(
      fc.oneof(fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }), fc.constantFrom(...samples)),
      { maxLength: 4 },
    ),
    ticketUrl: fc.webUrl({ validSchemes: ['https', 'http'] }),
    site: fc.domain(),
    ticketSubject: fc.oneof(fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }), fc.constantFrom(...samples)),
    note: text,
    source: fc.constantFrom(...WIN_SOURCES),
  },
  { requiredKeys: ['id', 'createdAt', 'text', 'kind', 'tags', 'source'] },
);

/** Wins as the journal would hold them (normalised by the schema), ids unique. */
export const journalArbitrary = (maxLength = 25) =>
  fc
    .uniqueArray(rawWin, { maxLength, selector: (win) => win.id })
    .map((wins) =>
      wins.map((win) => winSchema.safeParse(win)).flatMap((result) => (result.success ? [result.data] : [])),
    )
    .map((wins): Win[] => wins);
