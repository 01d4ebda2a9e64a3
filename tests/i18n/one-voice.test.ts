import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';

const MESSAGES = messages as Record<string, { message: string }>;

// Heartdesk speaks of itself in the third person ("Heartdesk can't find…"): over a
// hundred strings already did, against a handful in the first person.
const FIRST_PERSON = /\b(I|I'm|I'll|I've|I'd|me|my|mine|myself)\b/;

// Words that belong to someone else: customers in the samples, the agent's own
// replies and labels they pick, and the phrase the agent types to wipe the journal.
const OTHER_SPEAKERS = [
  /^options_demo/,
  /^welcome_tour(Subject|Message\d|AgentMessage|Thanks|Draft)/,
  /^thanks_opener_/,
  /^options_wipePhrase$/,
  /^brag_preset_custom$/,
  /^reminder_toggle$/,
];

// Addresses such as my.salesforce.com are names, not words.
const ADDRESSES = /\b[\w-]+(\.[\w-]+)+\b/g;

const ownWords = (key: string, text: string) =>
  OTHER_SPEAKERS.some((pattern) => pattern.test(key)) ? '' : text.replace(ADDRESSES, '');

describe('one voice', () => {
  it('never has Heartdesk speak as "I" in its own words', () => {
    const firstPerson = Object.entries(MESSAGES)
      .filter(([key, { message }]) => FIRST_PERSON.test(ownWords(key, message)))
      .map(([key, { message }]) => `${key}: ${message}`);
    expect(firstPerson).toEqual([]);
  });

  it('catches a first-person sentence that slips back in', () => {
    expect(FIRST_PERSON.test(ownWords('sidebar_x', "I can't find the customer's messages here."))).toBe(true);
    expect(FIRST_PERSON.test(ownWords('sidebar_x', 'Heartdesk stays quiet here.'))).toBe(false);
    expect(FIRST_PERSON.test(ownWords('options_x', 'Pages on my.salesforce.com'))).toBe(false);
  });
});
