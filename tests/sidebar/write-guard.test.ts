// @vitest-environment happy-dom
/**
 * The click guard's wiring (issue 19, must have 5); what counts as covered or hidden is
 * tested in Chromium (tests/e2e/hardening-clicks.e2e.ts), where there is layout.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockedClicks, guardWrites } from '@/components/sidebar/write-guard';

function sidebarWithButtons() {
  const host = document.createElement('heartdesk-sidebar');
  const root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = '<button id="save" data-writes>Save</button><button id="not-now">Not now</button>';
  document.documentElement.append(host);
  const controller = new AbortController();
  guardWrites(host, root, controller.signal);
  return { host, root, controller };
}

afterEach(() => {
  document.querySelector('heartdesk-sidebar')?.remove();
  blockedClicks.dismiss();
});

describe('clicks that write', () => {
  it('drop a click the browser did not make (no agent behind it) and record why', () => {
    const { root } = sidebarWithButtons();
    const onSave = vi.fn();
    root.getElementById('save')!.addEventListener('click', onSave);
    root.getElementById('save')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    expect(onSave).not.toHaveBeenCalled();
    expect(blockedClicks.getSnapshot()).toEqual({ reason: 'hidden' });
  });

  it('leave buttons that write nothing alone, and stop guarding once aborted', () => {
    const { root, controller } = sidebarWithButtons();
    const onNotNow = vi.fn();
    const onSave = vi.fn();
    root.getElementById('not-now')!.addEventListener('click', onNotNow);
    root.getElementById('save')!.addEventListener('click', onSave);
    root.getElementById('not-now')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onNotNow).toHaveBeenCalledOnce();
    controller.abort();
    root.getElementById('save')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSave).toHaveBeenCalledOnce();
    expect(blockedClicks.getSnapshot()).toBeNull();
  });

  it('let the agent dismiss the notice', () => {
    const { root } = sidebarWithButtons();
    const listener = vi.fn();
    const unsubscribe = blockedClicks.subscribe(listener);
    root.getElementById('save')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    blockedClicks.dismiss();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(blockedClicks.getSnapshot()).toBeNull();
    unsubscribe();
  });
});
