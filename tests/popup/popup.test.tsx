// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { journalDb } from '@/lib/db/database';
import { addDays, dayKey, startOfWeek } from '@/lib/journal/calendar';

beforeEach(async () => {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
  await journalDb().wins.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Popup', () => {
  it('saves a win when Enter is pressed and lists it with today’s count', async () => {
    render(<Popup />);
    const text = screen.getByLabelText('What went well?');
    fireEvent.change(text, { target: { value: 'Calmed an upset customer' } });
    fireEvent.keyDown(text, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('recent-wins').textContent).toContain('Calmed an upset customer'));
    expect(screen.getByTestId('today-count').textContent).toBe('Today: 1 win');
    expect(await journalDb().wins.count()).toBe(1);
  });

  // Walk 2026-12-07 #7, item 5: "Calmed an angry customer…" was saved as a Compliment and counted as praise.
  it('suggests the kind from the words before saving, and never assumes “Compliment”', async () => {
    render(<Popup />);
    const text = screen.getByLabelText('What went well?');
    fireEvent.change(text, { target: { value: 'Calmed an angry customer about the double charge' } });
    expect((screen.getByRole('radio', { name: 'Save' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Suggested from your words: Save. Pick another if it fits better.')).toBeTruthy();
    fireEvent.keyDown(text, { key: 'Enter' });
    await waitFor(async () => expect((await journalDb().wins.toArray())[0]?.kind).toBe('save'));

    fireEvent.change(text, { target: { value: 'Ticket 4821' } });
    expect(screen.queryByRole('radio', { checked: true })).toBeNull();
    fireEvent.keyDown(text, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toBe('Choose what kind of win this is.');
    expect(await journalDb().wins.count()).toBe(1);
    fireEvent.click(screen.getByRole('radio', { name: 'Learned' }));
    fireEvent.keyDown(text, { key: 'Enter' });
    await waitFor(async () => expect(await journalDb().wins.count()).toBe(2));
  });

  it('suggests the agent’s past tags and adds one with a click', async () => {
    await journalDb().wins.put({
      id: 'past-win-0001',
      createdAt: 1,
      text: 'x',
      kind: 'save',
      tags: ['billing'],
      source: 'popup',
      words: [],
    } as never);
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: '+ billing' }));
    expect((screen.getByLabelText('Tags (comma separated)') as HTMLInputElement).value).toBe('billing');
    expect(screen.queryByRole('button', { name: '+ billing' })).toBeNull();
  });

  it('thanks a teammate: refuses an opener alone, then copies the note and keeps it as a teamwork win', async () => {
    const copied: string[] = [];
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: async (text: string) => void copied.push(text) },
    });
    render(<Popup />);
    fireEvent.click(screen.getByRole('button', { name: 'Thank a teammate' }));
    fireEvent.change(screen.getByLabelText('Who are you thanking?'), { target: { value: 'Sam' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thank you for…' }));
    const message = screen.getByLabelText('Your thank-you') as HTMLTextAreaElement;
    await waitFor(() => expect(message.value).toBe('Thank you for '));
    fireEvent.click(screen.getByRole('button', { name: 'Copy and keep' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/in a few words of your own/);
    expect(await journalDb().wins.count()).toBe(0);
    fireEvent.change(message, { target: { value: 'Thank you for taking the outage queue at 2 am' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy and keep' }));
    await screen.findByText(/Copied: paste it in your team’s chat/);
    expect(copied).toEqual(['Sam — Thank you for taking the outage queue at 2 am']);
    const [win] = await journalDb().wins.toArray();
    expect(win).toMatchObject({
      kind: 'teamwork',
      tags: ['thanks'],
      source: 'popup',
      text: 'Thanked Sam: “Thank you for taking the outage queue at 2 am”',
    });
    vi.unstubAllGlobals();
  });

  it('keeps Shift+Enter for a new line instead of saving', async () => {
    render(<Popup />);
    const text = screen.getByLabelText('What went well?');
    fireEvent.change(text, { target: { value: 'line one' } });
    fireEvent.keyDown(text, { key: 'Enter', shiftKey: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await journalDb().wins.count()).toBe(0);
  });

  it('refuses empty text with a clear message', async () => {
    render(<Popup />);
    fireEvent.keyDown(screen.getByLabelText('What went well?'), { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toBe('Write a few words about the win first.');
    expect(await journalDb().wins.count()).toBe(0);
  });

  it('keeps the typed text and offers Retry when the database fails', async () => {
    render(<Popup />);
    const quota = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    vi.spyOn(journalDb().wins, 'put').mockRejectedValueOnce(quota);
    const text = screen.getByLabelText('What went well?') as HTMLTextAreaElement;
    fireEvent.change(text, { target: { value: 'Helped a teammate' } });
    fireEvent.keyDown(text, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/storage for Heartdesk is full.*press Retry/);
    expect(text.value).toBe('Helped a teammate');
    const retry = screen.getByRole('button', { name: 'Retry' });
    fireEvent.click(retry);
    await waitFor(() => expect(screen.getByTestId('recent-wins').textContent).toContain('Helped a teammate'));
    expect(await journalDb().wins.count()).toBe(1);
  });

  it('"This week" is the calendar week the journal calls "Your week", not the last seven days', async () => {
    // A Monday morning, as in the QA run: the last seven days would end today.
    const monday = new Date(2026, 11, 7, 9).getTime();
    vi.spyOn(Date, 'now').mockReturnValue(monday);
    render(<Popup />);
    const week = await screen.findByRole('img', { name: /Wins per day this week so far/ });
    const shown = [...week.querySelectorAll('[data-day]')].map((bar) => bar.getAttribute('data-day'));
    const first = startOfWeek(monday);
    expect(shown).toEqual(Array.from({ length: 7 }, (_, index) => dayKey(addDays(first, index))));
    // Only the days so far are read out; the rest of the week is still to come.
    const spoken = week.getAttribute('aria-label') ?? '';
    expect(spoken.split(', ')).toHaveLength(Math.round((new Date(2026, 11, 8).getTime() - first) / 86_400_000));
  });
});
