// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { genericAdapter } from '@/lib/adapters/generic';
import { startDetector } from '@/lib/content/detector';
import { SETTLE_MS } from '@/lib/content/settle';
import { loadFixture } from '@/tests/adapters/fixture-suite';

/** When the small detector asks for the sidebar (issue 13: on load, before any click; never on queues). */
describe('startDetector', () => {
  let controller: AbortController;
  beforeEach(() => {
    controller = new AbortController();
    vi.useFakeTimers();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const run = (origin: string, options = {}) => {
    const requestSidebar = vi.fn();
    startDetector(genericAdapter(origin), requestSidebar, controller.signal, window, options);
    return requestSidebar;
  };

  it('asks for the sidebar on load when the customer can be read, with the reply box still closed', async () => {
    loadFixture('generic', 'freescout-conversation', 'https://desk.example.net/conversation/1187?folder_id=4');
    const requestSidebar = run('https://desk.example.net');
    await vi.advanceTimersByTimeAsync(0);
    expect(requestSidebar).toHaveBeenCalledTimes(1);
  });

  it('on a ticket address with nothing readable, asks once the page had time to render', async () => {
    loadFixture('generic', 'osticket-queue', 'https://help.example.org/scp/tickets.php?id=204417');
    const requestSidebar = run('https://help.example.org');
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 100);
    expect(requestSidebar).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3_500);
    expect(requestSidebar).toHaveBeenCalledTimes(1);
  });

  it('never asks on a queue page', async () => {
    loadFixture('generic', 'osticket-queue', 'https://help.example.org/scp/tickets.php');
    const requestSidebar = run('https://help.example.org');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(requestSidebar).not.toHaveBeenCalled();
  });

  it('asks on a site the agent showed Heartdesk, once rendered, even when the address names no ticket', async () => {
    loadFixture('generic', 'osticket-queue', 'https://help.example.org/scp/tickets.php');
    const requestSidebar = run('https://help.example.org', { hasRecipe: true });
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 3_500);
    expect(requestSidebar).toHaveBeenCalledTimes(1);
  });
});
