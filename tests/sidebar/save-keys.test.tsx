// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WinDetails } from '@/components/sidebar/WinDetails';
import { ThankTeammateForm } from '@/components/shared/ThankTeammateForm';
import { sendToBackground } from '@/lib/messaging/client';
import type * as Client from '@/lib/messaging/client';
import { t } from '@/lib/i18n';

vi.mock('@/lib/messaging/client', async (original) => ({
  ...(await original<typeof Client>()),
  sendToBackground: vi.fn(() => Promise.resolve({ annotated: true })),
}));

afterEach(() => {
  cleanup();
  vi.mocked(sendToBackground).mockClear();
});

function openNote() {
  render(<WinDetails winId="win-1" />);
  fireEvent.click(screen.getByRole('button', { name: t('sidebar_addDetails') }));
  return screen.getByLabelText(t('sidebar_detailsNote'));
}

describe('saving keys in a multi-line note', () => {
  it('the sidebar’s win note: Enter is a new line, nothing is sent', () => {
    const note = openNote();
    fireEvent.change(note, { target: { value: 'Stayed calm' } });
    fireEvent.keyDown(note, { key: 'Enter' });
    expect(sendToBackground).not.toHaveBeenCalled();
  });

  it('the sidebar’s win note: Ctrl+Enter or ⌘+Enter adds it to the win', async () => {
    for (const modifier of [{ ctrlKey: true }, { metaKey: true }]) {
      const note = openNote();
      fireEvent.change(note, { target: { value: 'Stayed calm' } });
      fireEvent.keyDown(note, { key: 'Enter', ...modifier });
      await screen.findByText(t('sidebar_detailsAdded'));
      cleanup();
    }
    expect(vi.mocked(sendToBackground).mock.calls.map(([, payload]) => payload)).toEqual([
      { id: 'win-1', tags: [], note: 'Stayed calm' },
      { id: 'win-1', tags: [], note: 'Stayed calm' },
    ]);
  });

  it('the sidebar’s win note says which keys save it', () => {
    const note = openNote();
    expect(document.getElementById(note.getAttribute('aria-describedby')!)?.textContent).toBe(t('saveKeys_note'));
  });

  it('a thank-you to a teammate: Ctrl+Enter keeps it, Enter alone does not', async () => {
    const onKeep = vi.fn(() => Promise.resolve());
    const rules = {
      openers: [],
      problem: () => undefined,
      compose: (name: string, message: string) => `${name}: ${message}`,
    };
    render(<ThankTeammateForm rules={rules} onKeep={onKeep} />);
    fireEvent.change(screen.getByLabelText(t('thanks_nameLabel')), { target: { value: 'Sam' } });
    const message = screen.getByLabelText(t('thanks_messageLabel'));
    fireEvent.change(message, { target: { value: 'you took the night shift' } });
    fireEvent.keyDown(message, { key: 'Enter' });
    expect(onKeep).not.toHaveBeenCalled();
    expect(screen.getByText(t('saveKeys_note'), { exact: false })).toBeTruthy();
    fireEvent.keyDown(message, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(onKeep).toHaveBeenCalledWith('Sam', 'you took the night shift'));
  });
});
