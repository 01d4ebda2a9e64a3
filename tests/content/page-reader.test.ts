// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { genericAdapter } from '@/lib/adapters/generic';
import { pageReader } from '@/lib/content/page-reader';
import { recipeFrom } from '@/lib/dom/page-recipe';
import { loadFixture } from '@/tests/adapters/fixture-suite';

const FREESCOUT = 'https://desk.example.net/conversation/1187?folder_id=4';

describe('pageReader with a recipe', () => {
  test('reads with the recipe while it matches', () => {
    loadFixture('generic', 'freescout-conversation', FREESCOUT);
    const recipe = recipeFrom({ message: document.getElementById('thread-9051')! });
    const reader = pageReader(genericAdapter('https://desk.example.net'), recipe);
    expect(reader.messages(document.body)).toMatchObject({ fromRecipe: true });
    expect(reader.recipeUse(document.body, true)).toBe('in-use');
  });

  test('falls back to the usual reading and says the recipe is stale once it stops matching', () => {
    loadFixture('generic', 'freescout-conversation', FREESCOUT);
    const reader = pageReader(genericAdapter('https://desk.example.net'), {
      message: 'section.gone > article.message',
    });
    const { texts, fromRecipe } = reader.messages(document.body);
    expect(fromRecipe).toBe(false);
    expect(texts).toHaveLength(2);
    expect(reader.recipeUse(document.body, false)).toBe('none');
    expect(reader.recipeUse(document.body, true)).toBe('stale');
  });

  test('a reply box the recipe no longer finds is stale only while the page shows one', () => {
    loadFixture('generic', 'freescout-conversation', FREESCOUT);
    const reader = pageReader(genericAdapter('https://desk.example.net'), { composer: 'div.gone[contenteditable]' });
    expect(reader.recipeUse(document.body, true)).toBe('in-use');
    document.querySelector('.conv-reply-block')!.classList.remove('hidden');
    expect(reader.recipeUse(document.body, true)).toBe('stale');
  });
});
