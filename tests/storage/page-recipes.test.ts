import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  forgetPageRecipe,
  loadPageRecipe,
  MAX_RECIPE_SITES,
  pageRecipesItem,
  parsePageRecipes,
  savePageRecipe,
} from '@/lib/storage/page-recipes';

const ORIGIN = 'https://help.example.org';

describe('page recipes in extension storage', () => {
  beforeEach(() => fakeBrowser.reset());

  test('saves, loads and forgets a recipe per site', async () => {
    await savePageRecipe(ORIGIN, { message: '#thread-items > div' }, 5);
    expect(await loadPageRecipe(ORIGIN)).toEqual({ message: '#thread-items > div', savedAt: 5 });
    expect(await loadPageRecipe('https://other.example.org')).toBeNull();
    await forgetPageRecipe(ORIGIN);
    expect(await loadPageRecipe(ORIGIN)).toBeNull();
  });

  test('refuses a recipe that names nothing, or an address that is not an origin', async () => {
    await expect(savePageRecipe(ORIGIN, {})).rejects.toThrow();
    await expect(savePageRecipe('https://help.example.org/scp', { message: 'div' })).rejects.toThrow();
  });

  test('keeps only valid recipes of valid origins from whatever is stored', () => {
    expect(
      parsePageRecipes({
        [ORIGIN]: { message: 'div.msg', savedAt: 1 },
        'not an origin': { message: 'div', savedAt: 1 },
        'https://a.example.org': { message: 'x'.repeat(601), savedAt: 1 },
        'https://b.example.org': { message: 'div', savedAt: 1, text: 'ticket words' },
        'https://c.example.org': { composerFrame: true, savedAt: 1 },
        'https://d.example.org': null,
      }),
    ).toEqual({ [ORIGIN]: { message: 'div.msg', savedAt: 1 } });
    expect(parsePageRecipes('garbage')).toEqual({});
  });

  test('holds no more than the cap, keeping the newest', async () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_RECIPE_SITES + 3 }, (_, i) => [
        `https://s${i}.example.org`,
        { message: 'div', savedAt: i },
      ]),
    );
    await pageRecipesItem.setValue(many);
    await savePageRecipe(ORIGIN, { message: 'div' }, 10_000);
    const kept = parsePageRecipes(await pageRecipesItem.getValue());
    expect(Object.keys(kept)).toHaveLength(MAX_RECIPE_SITES);
    expect(kept).toHaveProperty(ORIGIN);
    expect(kept).not.toHaveProperty('https://s0.example.org');
  });
});
