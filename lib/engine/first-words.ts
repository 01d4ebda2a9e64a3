/**
 * The words a pattern's matches can start with, read from its source: `\b(?:you (?:clearly|…)|if you…)`
 * starts with "you" or "if". A small reader for the subset the engine's phrase lists are
 * written in (literals, non-capturing and named groups, classes, `?` and `{0,n}`, look-arounds,
 * \b, \s). Anything it cannot be sure of (a phrase opening with `\w+`, a word the pattern
 * may leave unfinished, a repeated group) gives null: the pattern is then scanned as before.
 *
 * A "word" is a run of regex word characters ([A-Za-z0-9_]), as `\b` sees them, lower-cased
 * when the pattern has the `i` flag (patterns with `u` and `i` are never read: their `\w`
 * also folds a few non-ASCII letters).
 */
export interface FirstWords {
  words: ReadonlySet<string>;
  /** Non-word characters a match may open with ("'ll", ", not us"): it may start at any of them. */
  openings: string;
  /** A match may also open with any word that starts with a digit ("\\d{1,2}(?:st|nd)? May"). */
  digits: boolean;
}

export function firstWords(source: string, flags: string): FirstWords | null {
  if (flags.includes('u') && flags.includes('i')) return null;
  const parsed = parse(source);
  if (parsed === null) return null;
  const found: Found = { words: new Set(), openings: new Set(), digits: false };
  const ok = walk(parsed, [], new Set(['']), flags.includes('i'), found, { steps: 0 });
  return ok && (found.words.size + found.openings.size > 0 || found.digits)
    ? { words: found.words, openings: [...found.openings].join(''), digits: found.digits }
    : null;
}

interface Found {
  words: Set<string>;
  openings: Set<string>;
  digits: boolean;
}

type Node =
  | { kind: 'chars'; chars: string; optional: boolean; opens?: false }
  | { kind: 'boundary' }
  | { kind: 'zero' }
  | { kind: 'digits' }
  | { kind: 'group'; branches: Node[][]; optional: boolean }
  | { kind: 'unknown' };

const WORD_CHAR = /^\w$/;
/** Past this many partial words (alternatives multiplied out) the reading gives up. */
const MAX_PREFIXES = 512;
const MAX_STEPS = 20_000;

/** Follows `nodes` then `rest` from each prefix; adds finished words. False when unsure. */
function walk(
  nodes: readonly Node[],
  rest: ReadonlyArray<readonly Node[]>,
  prefixes: Set<string>,
  fold: boolean,
  found: Found,
  budget: { steps: number },
): boolean {
  if (++budget.steps > MAX_STEPS) return false;
  if (nodes.length === 0) {
    if (rest.length === 0) return false; // The pattern ends mid-word: the word may go on.
    return walk(rest[0]!, rest.slice(1), prefixes, fold, found, budget);
  }
  const [node, ...after] = nodes;
  switch (node!.kind) {
    case 'zero':
      return walk(after, rest, prefixes, fold, found, budget);
    case 'boundary':
      // At the start \b is the word's own start; after letters it ends the word.
      if (prefixes.has('') && prefixes.size === 1) return walk(after, rest, prefixes, fold, found, budget);
      if (prefixes.has('')) return false;
      for (const prefix of prefixes) found.words.add(prefix);
      return true;
    case 'unknown':
      return false;
    case 'digits':
      // "\\d{1,2} May": any word that starts with a digit, when nothing comes before it.
      if (!prefixes.has('') || prefixes.size !== 1) return false;
      found.digits = true;
      return true;
    case 'chars': {
      const { chars, optional } = node!;
      const wordChars = [...chars].filter((char) => WORD_CHAR.test(char));
      if (wordChars.length > 0 && wordChars.length < chars.length) return false;
      if (optional && !walk(after, rest, prefixes, fold, found, budget)) return false;
      if (wordChars.length === 0) {
        // A non-word character ends the word, or is where the match opens.
        if (prefixes.has('')) {
          // "\s" stands for many characters: where such a match opens is not known.
          if (node!.opens === false) return false;
          for (const char of chars) found.openings.add(char);
          return true;
        }
        for (const prefix of prefixes) found.words.add(prefix);
        return true;
      }
      const next = new Set<string>();
      for (const prefix of prefixes)
        for (const char of wordChars) next.add(prefix + (fold ? char.toLowerCase() : char));
      if (next.size > MAX_PREFIXES) return false;
      return walk(after, rest, next, fold, found, budget);
    }
    case 'group': {
      const { branches, optional } = node!;
      if (optional && !walk(after, rest, prefixes, fold, found, budget)) return false;
      const followed = after.length > 0 ? [after, ...rest] : rest;
      return branches.every((branch) => walk(branch, followed, prefixes, fold, found, budget));
    }
  }
}

/** Parses a pattern source into nodes; null when it holds something this reader does not know. */
function parse(source: string): Node[] | null {
  const reader = { source, at: 0 };
  const branches = parseAlternation(reader);
  if (branches === null || reader.at !== source.length) return null;
  return branches.length === 1 ? branches[0]! : [{ kind: 'group', branches, optional: false }];
}

interface Reader {
  source: string;
  at: number;
}

function parseAlternation(reader: Reader): Node[][] | null {
  const branches: Node[][] = [];
  for (;;) {
    const branch = parseSequence(reader);
    if (branch === null) return null;
    branches.push(branch);
    if (reader.source[reader.at] !== '|') return branches;
    reader.at++;
  }
}

function parseSequence(reader: Reader): Node[] | null {
  const nodes: Node[] = [];
  const { source } = reader;
  while (reader.at < source.length && source[reader.at] !== '|' && source[reader.at] !== ')') {
    const atom = parseAtom(reader);
    if (atom === null) return null;
    const quantifier = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})(\?)?/.exec(source.slice(reader.at));
    if (!quantifier) {
      nodes.push(atom);
      continue;
    }
    reader.at += quantifier[0].length;
    const min = quantifier[1] === '?' || quantifier[1] === '*' ? 0 : quantifier[1] === '+' ? 1 : Number(quantifier[2]);
    const max =
      quantifier[1] === '?' ? 1 : quantifier[1] ? Infinity : quantifier[3] ? Number(quantifier[4] || Infinity) : min;
    if (atom.kind === 'zero' || atom.kind === 'boundary') {
      if (min === 0) continue;
      nodes.push(atom);
      continue;
    }
    if (min >= 1 && atom.kind === 'chars' && /^\d+$/.test(atom.chars)) {
      nodes.push({ kind: 'digits' });
      continue;
    }
    // Only "once or not at all" is followed; a repeat could run a word on past what is read here.
    if (max !== 1 || (atom.kind !== 'chars' && atom.kind !== 'group')) nodes.push({ kind: 'unknown' });
    else nodes.push({ ...atom, optional: min === 0 });
  }
  return nodes;
}

const CLASS_ESCAPES: Record<string, string> = { d: '0123456789', s: ' \t\n\r\f\v' };

function parseAtom(reader: Reader): Node | null {
  const { source } = reader;
  const char = source[reader.at]!;
  if (char === '(') return parseGroup(reader);
  if (char === '[') return parseClass(reader);
  reader.at++;
  if (char === '\\') {
    const escaped = source[reader.at++] ?? '';
    if (escaped === 'b') return { kind: 'boundary' };
    if (escaped === 'd') return { kind: 'chars', chars: CLASS_ESCAPES.d!, optional: false };
    // \s: the non-word characters a phrase puts between words (only its being a non-word character matters).
    if (escaped === 's') return { kind: 'chars', chars: ' ', optional: false, opens: false };
    if (/^[.?*+()[\]{}|\\/^$'’-]$/.test(escaped)) return { kind: 'chars', chars: escaped, optional: false };
    return { kind: 'unknown' };
  }
  if (char === '^' || char === '$') return { kind: 'zero' };
  if (char === '.') return { kind: 'unknown' };
  if (char === '*' || char === '+' || char === '?' || char === '{') return null;
  return { kind: 'chars', chars: char, optional: false };
}

function parseGroup(reader: Reader): Node | null {
  const { source } = reader;
  let lookaround = false;
  if (/^\(\?<?[=!]/.test(source.slice(reader.at, reader.at + 4))) {
    lookaround = true;
    reader.at += source[reader.at + 2] === '<' ? 4 : 3;
  } else if (source.startsWith('(?:', reader.at)) reader.at += 3;
  else if (source.startsWith('(?<', reader.at)) {
    const close = source.indexOf('>', reader.at);
    if (close === -1) return null;
    reader.at = close + 1;
  } else reader.at += 1;
  const branches = parseAlternation(reader);
  if (branches === null || source[reader.at] !== ')') return null;
  reader.at++;
  // A look-around reads no characters: the words around it are what count.
  return lookaround ? { kind: 'zero' } : { kind: 'group', branches, optional: false };
}

function parseClass(reader: Reader): Node | null {
  const { source } = reader;
  let at = reader.at + 1;
  if (source[at] === '^') return skipClass(reader);
  let chars = '';
  let opens: false | undefined;
  while (at < source.length && source[at] !== ']') {
    const char = source[at]!;
    if (char === '\\') {
      const escaped = source[at + 1] ?? '';
      at += 2;
      if (escaped === 's') opens = false;
      if (CLASS_ESCAPES[escaped]) chars += CLASS_ESCAPES[escaped];
      else if (/^[-\]\\.'’/]$/.test(escaped)) chars += escaped;
      else return skipClass(reader);
      continue;
    }
    if (source[at + 1] === '-' && source[at + 2] !== undefined && source[at + 2] !== ']') {
      for (let code = char.charCodeAt(0); code <= source.charCodeAt(at + 2); code++) chars += String.fromCharCode(code);
      at += 3;
      continue;
    }
    chars += char;
    at++;
  }
  if (at >= source.length) return null;
  reader.at = at + 1;
  return { kind: 'chars', chars, optional: false, opens };
}

/** A class this reader does not spell out (negated, \w): skipped, and unknown. */
function skipClass(reader: Reader): Node | null {
  const { source } = reader;
  let at = reader.at + 1;
  while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
  if (at >= source.length) return null;
  reader.at = at + 1;
  return { kind: 'unknown' };
}
