/**
 * How other hands label a third party's failure told beside a fix of ours (issue 15, blame's open
 * question): `npx tsx scripts/blame-split.ts [--examples N] [files…]` (default: every train file
 * written by another hand, tests/fixtures/drafts/train/{other-hand,blind}-*-train.jsonl).
 *
 * A draft counts when one sentence names a party other than us (courier, bank, supplier, another
 * team, the previous agent, the customer's own kit or provider) before a failure of theirs, and the
 * reply also does something about it (an act of ours, a replacement, a time). Sentences that own it
 * ("that's on us", "our courier partner") are counted apart. Deliberately independent of the rules'
 * own shapes (lib/rules/shared/cause-elsewhere.ts), so the table measures the writers, not the coach.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const TRAIN_DIR = 'tests/fixtures/drafts/train';

const PARTY =
  /\b(?:(?:the|your|their|a|our) )?(?:[\w-]+ )?(?:courier|couriers|carrier|delivery (?:company|partner|firm|driver|service)|driver|postman|postie|post office|royal mail|dpd|evri|hermes|ups|fedex|dhl|parcelforce|usps|bank(?! (?:holiday|details|statements?|account|transfer|app)\b)|card issuer|issuer|supplier|suppliers|manufacturer|maker|factory|warehouse|depot|vendor|airline|hotel|installer|engineer|technician|contractor|plumber|agent|colleague|team|department|branch|store|shop|seller|merchant|landlord|agency|partner|provider|isp|broadband|router|browser|spam filter|email provider|antivirus|firewall|pharmacy|surgery|lab|insurer|payment processor|processor|third party|previous (?:agent|owner|supplier))\b/gi;
// "Our courier partner" and "our team" are still someone else only when the reply treats them so;
// a possessive "our" before team/agent/colleague is ours and is skipped below.
const OURS_ONLY =
  /^(?:our |the )?(?:[\w-]+ )?(?:team|department|branch|store|shop|agent|colleague|engineer|technician|warehouse|depot)\b/i;
const FAILURE =
  /\b(?:lost|mislaid|misplaced|damaged|dropped|delayed|declined|rejected|bounced|broke|failed to|forgot|missed|mixed up|messed up|mix-up|(?:sent|shipped|picked|packed|delivered|gave|fitted|entered|printed|got) (?:\w+ )?(?:(?:the|a) )?wrong|(?:by )?mistake|mis[a-z]+ed|(?:didn't|did not|never|hasn't|has not|haven't|have not) (?:send|sent|pass|passed|deliver|delivered|arrive|arrived|handle|scan|scanned|record|recorded|stop|stopped|tell|told|process|processed|update|updated|receive|received|turn up|turned up|show|showed|follow|followed|leave|left|forward|forwarded|pay|paid|load|loaded|book|booked)|(?:was|were|ran|came) late|sent (?:it |them |your \w+ )?(?:to us )?late|overcharged|double[- ]charged|(?:is|are) blocking)\b/i;
// What makes a named party's failure more than a fact: a guess, a run-down, a colleague named, the customer's part.
const EDGE =
  /\b(?:clearly|obviously|again|lately|recently|complaints|must have|may have|might have|looks like|seems|probably|likely|new guy|new girl|you didn't|you did not|you provided|you gave|you entered|not (?:our|my) fault|nothing (?:we|I) could|their (?:fault|mistake|error)|on (?:them|their end|their side))\b/i;
const OWNED =
  /\b(?:on us|our (?:fault|mistake|error)|my (?:fault|mistake)|we(?:'re| are) responsible|we should have|we got it wrong|i(?:'m| am) (?:so )?sorry|we(?:'re| are) (?:so )?sorry|apologi[sz]e)\b/i;
const OUR_FIX =
  /\b(?:(?:i|we)(?:'ve|'ll|'m|'re| have| will| am| are| can| just)? (?:just |already |now |personally )?(?:sent|send|sending|arranged|arrange|booked|book|refunded|refund|issued|issue|ordered|order|raised|credited|credit|replaced|replace|dispatched|dispatch|re-?sent|re-?send|reshipped|processed|process|set up|added|applied|upgraded|escalated|chased|chase|contacted|rebooked|rebook|scheduled|fixed|fix|corrected|correct|updated|update|cancelled|waived|reversed|reverse|put through|organised|organized|requested|logged|lodged|opened)\b|new one|replacement|on (?:its|their) way|today|tonight|tomorrow|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|end of|noon|\d)|within \d|\b\d{1,2}(?::\d\d)? ?(?:am|pm)\b)/i;

export interface SplitRow {
  file: string;
  drafts: number;
  named: number;
  blame: number;
  notBlame: number;
  owned: number;
  ownedBlame: number;
  plain: number;
  plainBlame: number;
}

interface Draft {
  draft: string;
  expect: string[];
}

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim() !== '');

/** The party named before its failure in one sentence, or null. */
export function partyFailure(sentence: string): string | null {
  for (const match of sentence.matchAll(PARTY)) {
    if (/^our /i.test(match[0]) && OURS_ONLY.test(match[0])) continue;
    if (/^(?:your )?(?:phone|device|laptop|computer|browser|router)$/i.test(match[0]) && !/^your /i.test(match[0]))
      continue;
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 60);
    const failure = FAILURE.exec(after);
    if (failure) return `${match[0]} … ${failure[0]}`;
  }
  return null;
}

export function splitFile(
  file: string,
  examples: Array<{ file: string; label: string; draft: string; why: string }>,
): SplitRow {
  const rows: Draft[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Draft);
  const row: SplitRow = {
    file: basename(file),
    drafts: rows.length,
    named: 0,
    blame: 0,
    notBlame: 0,
    owned: 0,
    ownedBlame: 0,
    plain: 0,
    plainBlame: 0,
  };
  for (const { draft, expect } of rows) {
    const sentences = sentencesOf(draft);
    const index = sentences.findIndex((sentence) => partyFailure(sentence) !== null);
    if (index === -1) continue;
    const fixed =
      sentences.some((sentence, i) => i !== index && OUR_FIX.test(sentence)) || OUR_FIX.test(sentences[index]!);
    if (!fixed) continue;
    const isBlame = expect.includes('blame');
    if (OWNED.test(sentences[index]!)) {
      row.owned++;
      if (isBlame) row.ownedBlame++;
      continue;
    }
    row.named++;
    if (isBlame) row.blame++;
    else row.notBlame++;
    if (!EDGE.test(sentences[index]!)) {
      row.plain++;
      if (isBlame) row.plainBlame++;
    }
    examples.push({
      file: row.file,
      label: `${isBlame ? 'blame' : expect.join(',') || 'clean'}${EDGE.test(sentences[index]!) ? ' [edge]' : ''}`,
      draft,
      why: partyFailure(sentences[index]!)!,
    });
  }
  return row;
}

function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--examples');
  const shown = at === -1 ? 0 : Number(args[at + 1]);
  const files = args.filter((arg, i) => !arg.startsWith('--') && !(at !== -1 && i === at + 1));
  const chosen =
    files.length > 0
      ? files
      : readdirSync(TRAIN_DIR)
          .filter((name) => /^(?:other-hand|blind)-.*train\.jsonl$|^other-hand-train\.jsonl$/.test(name))
          .map((name) => join(TRAIN_DIR, name));
  const examples: Parameters<typeof splitFile>[1] = [];
  const table = chosen.map((file) => splitFile(file, examples));
  const pct = (part: number, whole: number) =>
    whole === 0 ? '  -  ' : `${((100 * part) / whole).toFixed(0).padStart(3)} %`;
  console.log('file                        drafts  named+fix  blame  not  blame%   owned(blame)  plain(blame)');
  for (const r of table) {
    console.log(
      `${r.file.padEnd(28)}${String(r.drafts).padStart(6)}${String(r.named).padStart(11)}${String(r.blame).padStart(7)}${String(r.notBlame).padStart(5)}  ${pct(r.blame, r.named)}   ${r.owned}(${r.ownedBlame})`.padEnd(
        10,
      ) + `     ${r.plain}(${r.plainBlame})`,
    );
  }
  const sum = (key: keyof Omit<SplitRow, 'file'>) => table.reduce((total, r) => total + r[key], 0);
  console.log(
    `${'all'.padEnd(28)}${String(sum('drafts')).padStart(6)}${String(sum('named')).padStart(11)}${String(sum('blame')).padStart(7)}${String(sum('notBlame')).padStart(5)}  ${pct(sum('blame'), sum('named'))}   ${sum('owned')}(${sum('ownedBlame')})`.padEnd(
      10,
    ) + `     ${sum('plain')}(${sum('plainBlame')})`,
  );
  for (const example of examples.slice(0, shown)) {
    console.log(`\n[${example.file}] ${example.label}  (${example.why})\n  ${example.draft.replace(/\n+/g, ' / ')}`);
  }
}

main();
