// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PromptSetsPanel } from '@/components/options/PromptSetsPanel';
import { BUILTIN_PACKS } from '@/lib/prompts/builtin';
import { customPacksItem, loadCustomPacks, saveCustomPack } from '@/lib/storage/custom-packs';
import { loadPreferences } from '@/lib/storage/settings';
import { validPack } from '@/tests/prompts/fixtures';
import { captureDownloads } from '@/tests/options/helpers';

afterEach(cleanup);

// The editor and the preview load on first use (the engine comes with them); transforming them
// here once keeps a test's wait for the form about the form, not about the test runner's compiler.
beforeAll(async () => {
  await import('@/components/options/PackEditor');
}, 60_000);

async function renderPanel() {
  render(<PromptSetsPanel />);
  await screen.findByRole('checkbox', { name: 'Empathy' });
}

function chooseFile(content: string, name = 'pack.json') {
  const input = screen.getByLabelText('Choose a prompt set file (.json)');
  fireEvent.change(input, { target: { files: [new File([content], name, { type: 'application/json' })] } });
}

describe('Prompt sets panel', () => {
  it('lists every built-in set, enabled by default, and switching one off is saved', async () => {
    await renderPanel();
    for (const pack of BUILTIN_PACKS)
      expect((screen.getByRole('checkbox', { name: pack.name }) as HTMLInputElement).checked).toBe(true);
    const patience = screen.getByRole('checkbox', { name: 'Patience' }) as HTMLInputElement;
    expect(patience.checked).toBe(true);
    fireEvent.click(patience);
    await waitFor(async () => expect((await loadPreferences()).enabledPromptSets).not.toContain('patience'));
    await waitFor(() => expect(patience.checked).toBe(false));
  });

  it('duplicates a built-in into an editor, saves it as a new enabled custom set', async () => {
    await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate Empathy to customise it' }));
    const form = await screen.findByRole('form', { name: 'New prompt set' });
    expect(document.activeElement).toBe(within(form).getByRole('heading', { name: 'New prompt set' }));
    expect((within(form).getByLabelText('Id') as HTMLInputElement).value).toBe('empathy-copy');
    expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('Empathy (copy)');
    fireEvent.click(within(form).getByRole('button', { name: 'Save set' }));
    await screen.findByText('Saved "Empathy (copy)".');
    const saved = await loadCustomPacks();
    expect(saved.map((p) => p.id)).toEqual(['empathy-copy']);
    expect(saved[0]!.prompts).toEqual(BUILTIN_PACKS.find((p) => p.id === 'empathy')!.prompts);
    expect((await loadPreferences()).enabledPromptSets).toContain('empathy-copy');
  });

  it('shows problems under each field and saves nothing while the form is invalid', async () => {
    await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'New prompt set' }));
    const form = await screen.findByRole('form', { name: 'New prompt set' });
    fireEvent.change(within(form).getByLabelText('Id'), { target: { value: 'Bad Id' } });
    const idInput = within(form).getByLabelText('Id');
    expect(idInput.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText(/must use only lowercase letters, digits and single dashes/)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Appears when'), { target: { value: 'signal:joy' } });
    expect(within(form).getByText(/"signal:joy" is not a trigger Heartdesk knows/)).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Save set' }));
    expect(await within(form).findByRole('alert')).toBeTruthy();
    expect(within(form).getByText(/^must not be empty\. Write the prompt's words/)).toBeTruthy();
    expect(await customPacksItem.getValue()).toEqual([]);
  });

  it('edits a custom set and deletes it only after confirming', async () => {
    await saveCustomPack(validPack());
    await renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit My team' }));
    const form = await screen.findByRole('form', { name: 'Edit "My team"' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Our team' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save set' }));
    await screen.findByText('Saved "Our team".');
    expect((await loadCustomPacks())[0]!.name).toBe('Our team');

    fireEvent.click(await screen.findByRole('button', { name: 'Delete Our team' }));
    const confirm = screen.getByRole('alertdialog');
    expect(await loadCustomPacks()).toHaveLength(1);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Deleted "Our team".');
    expect(await loadCustomPacks()).toEqual([]);
  });

  it('exports a set as a .json download holding exactly the pack', async () => {
    const capture = captureDownloads();
    try {
      await renderPanel();
      fireEvent.click(screen.getByRole('button', { name: 'Export Gratitude as a file' }));
      expect(capture.downloads).toHaveLength(1);
      expect(capture.downloads[0]!.fileName).toBe('gratitude.json');
      expect(JSON.parse(await capture.downloads[0]!.blob.text())).toEqual(
        BUILTIN_PACKS.find((p) => p.id === 'gratitude'),
      );
    } finally {
      capture.restore();
    }
  });

  it('imports a valid file and enables it', async () => {
    await renderPanel();
    chooseFile(JSON.stringify(validPack()));
    await screen.findByText('Saved "My team".');
    expect(await loadCustomPacks()).toEqual([validPack()]);
    expect(screen.getByRole('checkbox', { name: 'My team' })).toBeTruthy();
    expect((await loadPreferences()).enabledPromptSets).toContain('my-team');
  });

  it('refuses a broken file with the human problem list and changes nothing', async () => {
    await renderPanel();
    const before = await loadPreferences();
    const broken = validPack();
    broken.prompts[1]!.text = '';
    chooseFile(JSON.stringify(broken));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('nothing was changed');
    expect(alert.textContent).toContain('The words of prompt 2 must not be empty.');
    chooseFile('{"id": "x",, }');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('line 1, column 12'));
    expect(await customPacksItem.getValue()).toEqual([]);
    expect(await loadPreferences()).toEqual(before);
  });

  it('says what is wrong with a bad pack in plain sentences: counted in words, no field names, no "The file: The file"', async () => {
    await renderPanel();
    // The QA colleague's file (2026-12-07): a bad id, an empty name, one prompt with only empty words.
    chooseFile('{"id":"My Pack!","name":"","prompts":[{"text":""}]}');
    const alert = await screen.findByRole('alert');
    const said = alert.textContent ?? '';
    expect(said).toContain('nothing was changed. 10 things need fixing first:');
    expect(said).toContain("The set's format version is missing.");
    expect(said).toContain("The set's name must not be empty.");
    expect(said).toContain('The category of prompt 1 is missing.');
    expect(said).not.toMatch(/\(s\)|schemaVersion|locale|prompts\[|\.text|\.\./);
    chooseFile('{"id": "x",, }');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('One thing needs fixing first:'));
    const syntax = screen.getByRole('alert').textContent ?? '';
    expect(syntax).toContain(
      'could not read this file as a prompt set: something is out of place at line 1, column 12.',
    );
    expect(syntax).not.toMatch(/The file: |JSON/);
  });

  it('asks before an import replaces a set with the same id', async () => {
    await saveCustomPack(validPack());
    await renderPanel();
    chooseFile(JSON.stringify(validPack({ name: 'Imported' })));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('You already have a set called "My team"');
    expect((await loadCustomPacks())[0]!.name).toBe('My team');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Replace it' })));
    await waitFor(async () => expect((await loadCustomPacks())[0]!.name).toBe('Imported'));
  });

  it('refuses an import that would take a built-in id', async () => {
    await renderPanel();
    chooseFile(JSON.stringify(validPack({ id: 'empathy' })));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The set\'s short code is "empathy", which a built-in set already uses.',
    );
    expect(await customPacksItem.getValue()).toEqual([]);
  });

  it('opens a preview of a set on the three sample tickets', async () => {
    await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Preview Solutions, not excuses' }));
    // The first preview loads the engine and reads three tickets cold.
    const preview = await screen.findByTestId('pack-preview', {}, { timeout: 15_000 });
    expect(document.activeElement?.textContent).toBe('Preview: Solutions, not excuses');
    expect(within(preview).getAllByRole('article')).toHaveLength(3);
  });
});

describe('new set form', () => {
  it('suggests the id from the name until the id is edited by hand', async () => {
    await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'New prompt set' }));
    const form = await screen.findByRole('form', { name: 'New prompt set' });
    const name = within(form).getByLabelText('Name');
    const id = within(form).getByLabelText('Id') as HTMLInputElement;
    fireEvent.change(name, { target: { value: "Café Team's set!" } });
    expect(id.value).toBe('cafe-team-s-set');
    fireEvent.change(id, { target: { value: 'mine' } });
    fireEvent.change(name, { target: { value: 'Other' } });
    expect(id.value).toBe('mine');
  });

  it('reports an empty id once, not twice', async () => {
    await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'New prompt set' }));
    const form = await screen.findByRole('form', { name: 'New prompt set' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save set' }));
    const idProblems = await within(form).findAllByText(/^must not be empty\. Use lowercase letters/);
    expect(idProblems).toHaveLength(1);
    expect(within(form).queryByText(/^must use only lowercase/)).toBeNull();
    expect(within(form).getByText(/^needs at least one entry\./)).toBeTruthy();
  });
});

describe('previewing an unsaved set', () => {
  it('previews the draft as typed once it is valid, without saving it', async () => {
    await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'New prompt set' }));
    const form = await screen.findByRole('form', { name: 'New prompt set' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Draft set' } });
    fireEvent.change(within(form).getByLabelText('Words of the prompt'), {
      target: { value: 'Thank them for the wait.' },
    });
    fireEvent.change(within(form).getByLabelText('Appears when'), { target: { value: 'event:customer-thanks' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Preview before saving' }));
    const preview = within(form).getByTestId('pack-preview');
    expect(within(preview).getByRole('article', { name: 'A grateful customer' }).textContent).toContain(
      'Thank them for the wait.',
    );
    expect(await customPacksItem.getValue()).toEqual([]);
  });
});

describe('confirmations', () => {
  it('focus lands on Cancel and Escape cancels a delete', async () => {
    await saveCustomPack(validPack());
    await renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete My team' }));
    const dialog = screen.getByRole('alertdialog');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await loadCustomPacks()).toEqual([validPack()]);
  });
});
