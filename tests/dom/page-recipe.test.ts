// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isStableClass, stableSelector } from '@/lib/dom/stable-selector';
import { recipeComposer, recipeFrom, recipeMessages } from '@/lib/dom/page-recipe';
import { loadFixture } from '@/tests/adapters/fixture-suite';

describe('stable selectors', () => {
  test.each([
    ['thread-entry', true],
    ['ticketZoom', true],
    ['articleNewEdit-body', true],
    ['css-1x2y3z', false],
    ['sc-bdVaJa', false],
    ['jsx-123', false],
    ['ember123', false],
    ['active', false],
    ['odd', false],
    ['is-selected', false],
    ['Message__body__x', false],
  ])('%s is stable: %s', (token, stable) => {
    expect(isStableClass(token)).toBe(stable);
  });

  test('use structure, classes, roles and data-attribute names, never generated ids or attribute values', () => {
    loadFixture('generic', 'osticket-ticket-view', 'https://help.example.org/scp/tickets.php?id=204417');
    const entry = document.getElementById('thread-entry-7781')!;
    const selector = stableSelector(entry)!;
    expect(selector).toBe('#thread-items > div');
    expect(selector).not.toMatch(/7781|310552/);
  });

  test('name a data attribute without its value', () => {
    document.body.innerHTML =
      '<ol class="timeline"><li class="bubble active" data-message-id="881" data-author="c">Hi there, my order is late.</li></ol>';
    expect(stableSelector(document.querySelector('li')!)).toBe(
      'body > ol.timeline > li.bubble[data-author][data-message-id]',
    );
  });
});

describe('page recipes', () => {
  test("pointing at one customer message reads every customer message, not the agent's replies", () => {
    loadFixture('generic', 'freescout-conversation', 'https://desk.example.net/conversation/1187?folder_id=4');
    const recipe = recipeFrom({ message: document.getElementById('thread-9051')! });
    expect(recipe.message).toBeDefined();
    expect(recipeMessages(recipe, document.body).map((message) => message.text.slice(0, 20))).toEqual([
      'Hello, the lamp I or',
      'It has been three da',
    ]);
  });

  test('keeps the reply box, also when it is the body of an editor iframe', () => {
    loadFixture('generic', 'osticket-ticket-view', 'https://help.example.org/scp/tickets.php?id=204417');
    const reply = document.querySelector<HTMLElement>('.redactor-in-0')!;
    const recipe = recipeFrom({ composer: reply });
    expect(recipeComposer(recipe, document.body)).toBe(reply);
  });

  test('finds nothing, rather than something else, once the page no longer has that structure', () => {
    loadFixture('generic', 'freescout-conversation', 'https://desk.example.net/conversation/1187?folder_id=4');
    const recipe = recipeFrom({ message: document.getElementById('thread-9051')! });
    loadFixture('generic', 'osticket-ticket-view', 'https://desk.example.net/conversation/1188');
    expect(recipeMessages(recipe, document.body)).toEqual([]);
  });

  test('a selector the browser cannot parse counts as not matching', () => {
    expect(recipeMessages({ message: 'div[' }, document.body)).toEqual([]);
    expect(recipeComposer({ composer: '::nope(' }, document.body)).toBeNull();
  });
});
