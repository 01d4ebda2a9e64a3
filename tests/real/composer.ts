import type { Frame, Page } from 'playwright-core';
import type { ShadowProbe } from '@/tests/e2e/shadow-probe';
import { composerFrame } from '@/tests/real/rt-pages';
import { eventually } from '@/tests/real/sidebar-view';

export interface ComposerState {
  /** The editor's text as the agent sees it (no-break spaces the editor inserts count as spaces). */
  text: string;
  /** The text between the start of the editor and the caret. */
  beforeCaret: string;
  collapsed: boolean;
}

export function readComposer(frame: Frame): Promise<ComposerState> {
  return frame.evaluate(() => {
    const selection = document.getSelection();
    const range = document.createRange();
    range.setStart(document.body, 0);
    if (selection?.anchorNode) range.setEnd(selection.anchorNode, selection.anchorOffset);
    const plain = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\n+$/, '');
    return {
      text: plain(document.body.innerText),
      beforeCaret: plain(range.toString()),
      collapsed: selection?.isCollapsed ?? false,
    };
  });
}

/** Clicks into RT's CKEditor 4 frame as the agent would and types with real key events. */
export async function typeInComposer(page: Page, text: string): Promise<Frame> {
  const frame = await composerFrame(page);
  await frame.click('body');
  await page.keyboard.type(text, { delay: 15 });
  return frame;
}

/** Types the draft, then waits for the sidebar's nudges on it: the count, 0 if none came. */
export async function typeForNudges(
  page: Page,
  sidebar: ShadowProbe,
  text: string,
): Promise<{ frame: Frame; nudges: number }> {
  const frame = await typeInComposer(page, text);
  const nudges = await eventually(
    sidebar,
    () => sidebar.count('.hd-nudge'),
    (count) => count >= 1,
  );
  return { frame, nudges };
}
