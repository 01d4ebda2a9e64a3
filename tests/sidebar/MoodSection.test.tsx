// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MoodSection } from '@/components/sidebar/MoodSection';
import { moodOf } from '@/tests/classify/helpers';

afterEach(cleanup);

const UPSET = 'This is the third time I am writing. This is unacceptable!! I need a refund by Friday.';

/** Walk 2026-12-07 #2, item 4: at 200 % zoom the rail's panel has little height, and the mood was a scroll away. */
describe('the mood in a panel with little height', () => {
  it('says the mood in one line of signal names, the words behind them one click away', () => {
    const { container } = render(<MoodSection mood={moodOf(UPSET)} hasMessage compact />);
    expect(screen.getByRole('heading', { name: 'How the customer seems' })).toBeTruthy();
    const line = container.querySelector('summary')!;
    expect(line.querySelector('[data-chip="frustration"]')?.textContent).toBe('Frustrated');
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(line);
    expect(details.open).toBe(true);
    expect(details.querySelectorAll('[data-signal="frustration"] q').length).toBeGreaterThan(0);
  });

  it('keeps the full section where there is room, and the calm line when nothing stands out', () => {
    const { container } = render(<MoodSection mood={moodOf(UPSET)} hasMessage />);
    expect(container.querySelector('details')).toBeNull();
    expect(container.querySelectorAll('[data-signal="frustration"] q').length).toBeGreaterThan(0);
    cleanup();
    render(<MoodSection mood={moodOf('Hello, what are your opening hours?')} hasMessage compact />);
    expect(screen.getByText('Nothing stands out. Read them in your own way.')).toBeTruthy();
  });
});
