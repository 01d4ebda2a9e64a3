import { analyze } from '@/lib/analysis';
import { coach, type CoachResult } from '@/lib/coach/coach';
import { freshCoaching, type TicketCoaching } from '@/lib/coach/coaching-state';
import { DEFAULT_ENGINE_SETTINGS, type ChecklistItem } from '@/lib/engine/types';
import { enabledPacks } from '@/lib/prompts';
import { DEFAULT_PREFERENCES } from '@/lib/storage/settings';

/**
 * An agent typing into the reply box, one decision of the coach per key, as the QA script did
 * (qa7 s7-demo-day.ts): 100 ms a key, 300 ms after a comma or a full stop, then a rest.
 */
export interface Moment {
  /** What the draft was just after this decision. */
  typed: string;
  result: CoachResult;
}

/** The check as the agent reads it (PreSendCheck.tsx): each row's label, its state and the quoted words. */
export function checkText(items: readonly ChecklistItem[] | null): string {
  return (items ?? [])
    .filter((item) => item.status !== 'not-needed')
    .map(
      (item) => `${item.id}${item.doneAlready ? ' (already done)' : ''} ${item.status} “${item.evidence?.text ?? ''}”`,
    )
    .join(' | ');
}

export class Typist {
  private state: TicketCoaching = freshCoaching(0);
  private now = 1_700_000_000_000;
  private changedAt = this.now;
  draft = '';
  readonly moments: Moment[] = [];

  constructor(private readonly customer: readonly string[]) {}

  private decide(): CoachResult {
    const result = coach({
      analysis: analyze({
        draft: this.draft,
        customerMessages: [...this.customer],
        locale: 'en',
        settings: DEFAULT_ENGINE_SETTINGS,
      }),
      draft: this.draft,
      customerMessages: this.customer,
      generation: 0,
      reading: { composerFound: true },
      preferences: DEFAULT_PREFERENCES,
      packs: enabledPacks([], DEFAULT_PREFERENCES.enabledPromptSets),
      state: this.state,
      now: this.now,
      draftIdleMs: this.now - this.changedAt,
    });
    this.state = result.state;
    this.moments.push({ typed: this.draft, result });
    return result;
  }

  /** Types `text` at the caret (the end by default), a decision after each key. */
  type(text: string, at = this.draft.length): this {
    let caret = at;
    for (const key of text) {
      this.draft = this.draft.slice(0, caret) + key + this.draft.slice(caret);
      caret++;
      this.now += 100;
      this.changedAt = this.now;
      this.decide();
      this.now += key === ',' || key === '.' ? 200 : 0;
    }
    return this;
  }

  /** Deletes `count` characters before the caret, one key at a time. */
  backspace(count: number, at = this.draft.length): this {
    for (let caret = at; caret > at - count; caret--) {
      this.draft = this.draft.slice(0, caret - 1) + this.draft.slice(caret);
      this.now += 100;
      this.changedAt = this.now;
      this.decide();
    }
    return this;
  }

  /** The agent stops typing for `ms`; the sidebar decides again every 250 ms meanwhile. */
  rest(ms: number): this {
    for (let waited = 0; waited < ms; waited += 250) {
      this.now += 250;
      this.decide();
    }
    return this;
  }

  get last(): CoachResult {
    return this.moments.at(-1)!.result;
  }

  /** Each time the check's visible text changed: what had been typed, and what it then read. */
  checkChanges(): { typed: string; check: string }[] {
    const changes: { typed: string; check: string }[] = [];
    let shown = '';
    for (const { typed, result } of this.moments) {
      const check = checkText(result.view.checklist);
      if (check !== shown) changes.push({ typed, check });
      shown = check;
    }
    return changes;
  }
}
