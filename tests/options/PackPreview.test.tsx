// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PackPreview } from '@/components/options/PackPreview';
import { demoTickets, readDemoTicket } from '@/components/options/demo-tickets';
import { BUILTIN_PACKS } from '@/lib/prompts/builtin';
import { validPack } from '@/tests/prompts/fixtures';

afterEach(cleanup);

const builtin = (id: string) => BUILTIN_PACKS.find((pack) => pack.id === id)!;
const article = (name: string) => screen.getByRole('article', { name });

describe('pack preview', () => {
  it('reads the three demo tickets as the brief describes', () => {
    const [angry, confused, grateful] = demoTickets().map((ticket) => readDemoTicket(ticket));
    expect(angry!.analysis.mood.upset).toBe(true);
    expect(angry!.analysis.findings.map((f) => f.category)).toContain('excuse');
    expect(confused!.analysis.mood.signals.confusion.level).not.toBe('none');
    expect(grateful!.analysis.mood.signals.gratitude.level).not.toBe('none');
    expect(grateful!.events).toEqual(['customer-thanks']);
  });

  it('shows which prompts of a set would appear on each ticket, and why', () => {
    render(<PackPreview pack={builtin('solutions-not-excuses')} onClose={() => {}} />);
    const angry = article('An angry customer');
    expect(within(angry).getByText(/Open with what you can do for them/)).toBeTruthy();
    expect(angry.textContent).toContain('in the draft: excuse');
    const grateful = article('A grateful customer');
    expect(grateful.textContent).toContain('No prompt from this set would appear on this ticket.');
  });

  it('shows the gratitude set on the grateful ticket only', () => {
    render(<PackPreview pack={builtin('gratitude')} onClose={() => {}} />);
    expect(within(article('A grateful customer')).getByText(/Save it as a win/)).toBeTruthy();
    expect(article('A confused customer').textContent).toContain('No prompt from this set');
  });

  it('says why a prompt appears in words, never a check or moment id (walk 2026-12-07)', () => {
    render(<PackPreview pack={builtin('gratitude')} onClose={() => {}} />);
    const grateful = article('A grateful customer').textContent ?? '';
    expect(grateful).toContain('the customer thanked you');
    expect(grateful).not.toMatch(/customer-thanks|moment:|next-step|can-do|pre-send check missing/);
  });

  it('closes', () => {
    const onClose = vi.fn();
    render(<PackPreview pack={builtin('empathy')} onClose={onClose} />);
    screen.getByRole('button', { name: 'Close' }).click();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('renders HTML and script in pack text as text, never as elements', () => {
    const hostile = [
      '<img src=x onerror="window.__pwned=1">',
      '<script>window.__pwned=1</script>',
      '<a href="javascript:alert(1)">click</a>',
      '\u202Eevil\u202C <b>bold</b>',
    ];
    for (const text of hostile) {
      const pack = validPack({ name: text });
      pack.prompts[0]!.text = text;
      pack.prompts[0]!.triggers = ['signal:upset'];
      const { container, unmount } = render(<PackPreview pack={pack} onClose={() => {}} />);
      expect(container.querySelector('img, script, a, b')).toBeNull();
      expect(container.textContent).toContain(text);
      unmount();
    }
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('fuzz: any prompt text shows up verbatim as text with no extra elements', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() === s && s.length > 0),
        (text) => {
          const pack = validPack();
          pack.prompts[0]!.text = text;
          pack.prompts[0]!.triggers = ['signal:upset'];
          const { container, unmount } = render(<PackPreview pack={pack} onClose={() => {}} />);
          const shown = [...container.querySelectorAll('.hd-prompt-text')].map((node) => node.textContent);
          expect(shown).toContain(text);
          expect(container.querySelectorAll('.hd-prompt-text *')).toHaveLength(0);
          unmount();
        },
      ),
      { numRuns: 40 },
    );
  });
});
