import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  customPacksItem,
  deleteCustomPack,
  loadCustomPacks,
  MAX_CUSTOM_PACKS,
  repairCustomPacks,
  saveCustomPack,
  watchCustomPacks,
} from '@/lib/storage/custom-packs';
import { packSchema } from '@/lib/prompts/schema';
import { loadPreferences, updatePreferences } from '@/lib/storage/settings';
import { validPack } from '@/tests/prompts/fixtures';

describe('custom packs storage', () => {
  it('saves a valid pack in local storage', async () => {
    expect(await saveCustomPack(validPack())).toEqual({ status: 'saved', pack: validPack() });
    expect(await loadCustomPacks()).toEqual([validPack()]);
    expect(await fakeBrowser.storage.local.get('customPacks')).toEqual({ customPacks: [validPack()] });
  });

  it('returns a conflict for the same id and replaces only when asked', async () => {
    await saveCustomPack(validPack());
    const renamed = validPack({ name: 'Renamed' });
    expect(await saveCustomPack(renamed)).toEqual({ status: 'conflict', existing: validPack() });
    expect(await loadCustomPacks()).toEqual([validPack()]);
    expect((await saveCustomPack(renamed, { replace: true })).status).toBe('saved');
    expect(await loadCustomPacks()).toEqual([renamed]);
  });

  it('refuses invalid packs and built-in ids without writing', async () => {
    const invalid = await saveCustomPack({ ...validPack(), name: '' });
    expect(invalid.status).toBe('invalid');
    expect(await saveCustomPack(validPack({ id: 'empathy' }))).toEqual({ status: 'builtin-id' });
    expect(await customPacksItem.getValue()).toEqual([]);
  });

  it('editing in place needs no confirmation; renaming moves the enabled mark', async () => {
    await saveCustomPack(validPack());
    await updatePreferences({ enabledPromptSets: ['empathy', 'my-team'] });
    expect((await saveCustomPack(validPack({ name: 'Edited' }), { previousId: 'my-team' })).status).toBe('saved');
    expect((await saveCustomPack(validPack({ id: 'our-team' }), { previousId: 'my-team' })).status).toBe('saved');
    expect((await loadCustomPacks()).map((p) => p.id)).toEqual(['our-team']);
    expect((await loadPreferences()).enabledPromptSets).toEqual(['empathy', 'our-team']);
  });

  it('renaming onto another pack asks first', async () => {
    await saveCustomPack(validPack());
    await saveCustomPack(validPack({ id: 'other' }));
    expect((await saveCustomPack(validPack({ id: 'other' }), { previousId: 'my-team' })).status).toBe('conflict');
  });

  it('deleting removes the pack and its enabled mark', async () => {
    await saveCustomPack(validPack());
    await updatePreferences({ enabledPromptSets: ['my-team', 'empathy'] });
    await deleteCustomPack('my-team');
    expect(await loadCustomPacks()).toEqual([]);
    expect((await loadPreferences()).enabledPromptSets).toEqual(['empathy']);
  });

  it('caps the number of packs', async () => {
    await customPacksItem.setValue(Array.from({ length: MAX_CUSTOM_PACKS }, (_, i) => validPack({ id: `pack-${i}` })));
    expect(await saveCustomPack(validPack({ id: 'one-more' }))).toEqual({ status: 'too-many' });
  });

  it('skips broken entries on read but keeps them stored (rollback then forward loses nothing)', async () => {
    const future = { ...validPack({ id: 'future' }), schemaVersion: 2 };
    await customPacksItem.setValue([
      future,
      validPack(),
      validPack({ name: 'dup' }),
      'junk',
      validPack({ id: 'empathy' }),
    ]);
    expect(await loadCustomPacks()).toEqual([validPack()]);
    await saveCustomPack(validPack({ id: 'new-one' }));
    expect(await customPacksItem.getValue()).toContainEqual(future);
    expect(repairCustomPacks({ not: 'a list' })).toEqual([]);
  });

  it('watchCustomPacks reports valid packs after a change', async () => {
    const seen = vi.fn();
    const unwatch = watchCustomPacks(seen);
    await saveCustomPack(validPack());
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith([validPack()]));
    unwatch();
  });
});

describe('concurrent pack writes', () => {
  it('two saves at once both land', async () => {
    await Promise.all([saveCustomPack(validPack({ id: 'one' })), saveCustomPack(validPack({ id: 'two' }))]);
    expect((await loadCustomPacks()).map((p) => p.id)).toEqual(['one', 'two']);
  });
});

describe('fuzzed saves', () => {
  it('random JSON either saves a valid pack or changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc
            .record({ name: fc.string({ maxLength: 80 }), id: fc.string({ maxLength: 20 }) })
            .map((fields) => ({ ...validPack(), ...fields })),
        ),
        async (candidate) => {
          await customPacksItem.setValue([]);
          const result = await saveCustomPack(candidate);
          const stored = await customPacksItem.getValue();
          if (result.status === 'saved')
            expect(stored.map((entry) => packSchema.safeParse(entry).success)).toEqual([true]);
          else expect(stored).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
