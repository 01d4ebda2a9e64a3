// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp, PANELS } from '@/components/options/OptionsApp';

afterEach(cleanup);

describe('Options page', () => {
  it('has one tab per panel and shows the prompt sets first', async () => {
    render(<OptionsApp startPanel="prompts" />);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Prompt sets',
      'Rules',
      'Sites',
      'Privacy',
    ]);
    expect(await screen.findByRole('checkbox', { name: 'Empathy' })).toBeTruthy();
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-prompts');
  });

  it('moves between tabs with the arrow keys, Home and End, keeping one tab in the Tab order', async () => {
    render(<OptionsApp startPanel="prompts" />);
    const tablist = screen.getByRole('tablist');
    fireEvent.keyDown(tablist, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Rules');
    expect(await screen.findByRole('group', { name: 'How readily Heartdesk speaks up' })).toBeTruthy();
    fireEvent.keyDown(tablist, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('Privacy');
    fireEvent.keyDown(tablist, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toBe('Prompt sets');
    fireEvent.keyDown(tablist, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toBe('Privacy');
    expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toHaveLength(1);
  });

  it.each(PANELS)('panel %s shows no missing message keys', async (panel) => {
    const { container } = render(<OptionsApp startPanel={panel} />);
    await screen.findAllByRole('heading', { level: 2 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.textContent).not.toMatch(/options_\w+/);
    for (const element of container.querySelectorAll('[aria-label],[title]'))
      expect(`${element.getAttribute('aria-label') ?? ''}${element.getAttribute('title') ?? ''}`).not.toMatch(
        /options_\w+/,
      );
  });

  it('clicking a tab shows its panel', async () => {
    render(<OptionsApp startPanel="prompts" />);
    fireEvent.click(screen.getByRole('tab', { name: 'Sites' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Sites' })).toBeTruthy();
  });
});

describe('address of a panel', () => {
  it('opens the panel named in the URL hash and writes the hash when switching', async () => {
    window.history.replaceState(null, '', '#privacy');
    render(<OptionsApp />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Privacy' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Rules' }));
    expect(window.location.hash).toBe('#rules');
  });

  it('falls back to prompt sets for an unknown hash', async () => {
    window.history.replaceState(null, '', '#__proto__');
    render(<OptionsApp />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Prompt sets' })).toBeTruthy();
  });
});
