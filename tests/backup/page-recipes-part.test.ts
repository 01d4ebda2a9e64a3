import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageRecipesPart } from '@/lib/backup/parts/page-recipes';
import { savePageRecipe } from '@/lib/storage/page-recipes';

const HERE = 'https://help.example.com';
const THERE = 'https://desk.example.org';
const recipe = (message: string) => ({ message, composer: '#reply', savedAt: 1 });

beforeEach(() => fakeBrowser.reset());

describe('the page recipes part of a backup', () => {
  it('reads what the sidebar saved and restores it with the same checks', async () => {
    await savePageRecipe(HERE, { message: '.thread .msg', composer: '#reply' }, 5);
    const read = await pageRecipesPart.read();
    expect(pageRecipesPart.parse(read, 1)).toEqual({
      ok: true,
      value: { [HERE]: { message: '.thread .msg', composer: '#reply', savedAt: 5 } },
    });
  });

  it('refuses a recipe the sidebar would ignore, naming its site', () => {
    const parsed = pageRecipesPart.parse({ [HERE]: recipe('.a'), [THERE]: { thread: '.x' } }, 1);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.refusal.message).toContain(THERE);
    expect(pageRecipesPart.parse({ 'not a site': recipe('.a') }, 1).ok).toBe(false);
  });

  it('merges by site: the backup adds and updates, never removes; replace makes it exactly the backup', () => {
    const stored = { [HERE]: recipe('.mine') };
    const merged = pageRecipesPart.combine({ [THERE]: recipe('.theirs') }, stored, 'merge');
    expect(merged).toMatchObject({
      write: true,
      value: { [HERE]: recipe('.mine'), [THERE]: recipe('.theirs') },
      summary: 'Page recipes: 1 new.',
    });
    const replaced = pageRecipesPart.combine({ [THERE]: recipe('.theirs') }, stored, 'replace');
    expect(replaced).toMatchObject({
      write: true,
      value: { [THERE]: recipe('.theirs') },
      summary: 'Page recipes: 1 new, 1 removed.',
    });
    expect(pageRecipesPart.combine(stored, stored, 'merge')).toMatchObject({ write: false });
  });
});
