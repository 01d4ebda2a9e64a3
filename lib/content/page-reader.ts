import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { recipeComposer, recipeMessages, type PageRecipe } from '@/lib/dom/page-recipe';

/**
 * What the ticket watcher reads a page with: the helpdesk's adapter (or generic
 * detection), or the agent's own recipe for the site when there is one ("Show
 * Heartdesk this page"). A recipe that no longer matches falls back to the
 * adapter, and says so (issue 13: never read the wrong text silently).
 */

export type RecipeUse = 'none' | 'in-use' | 'stale';

export interface PageReader {
  scope(doc: Document): Element | null;
  composer(scope: Element): HTMLElement | null;
  noteBox(scope: Element): HTMLElement | null;
  /** The element to observe for new messages. */
  thread(scope: Element): Element | null;
  messages(scope: Element): { texts: string[]; fromRecipe: boolean };
  /** How the agent's recipe fares on this page; `settled` once the page had time to render. */
  recipeUse(scope: Element, settled: boolean): RecipeUse;
}

export function pageReader(adapter: HelpdeskAdapter, recipe: PageRecipe | null = null): PageReader {
  const fromAdapter = (scope: Element) => ({
    texts: adapter.customerMessages(scope).map((message) => message.text),
    fromRecipe: false,
  });
  const plain: PageReader = {
    scope: (doc) => adapter.activeTicketScope(doc),
    composer: (scope) => adapter.findComposer(scope),
    noteBox: (scope) => adapter.findNoteBox?.(scope) ?? null,
    thread: (scope) => adapter.findThread(scope),
    messages: fromAdapter,
    recipeUse: () => 'none',
  };
  if (!recipe) return plain;
  return {
    ...plain,
    composer: (scope) => recipeComposer(recipe, scope) ?? plain.composer(scope),
    thread: (scope) => recipeMessages(recipe, scope)[0]?.element.parentElement ?? plain.thread(scope),
    messages(scope) {
      const mine = recipeMessages(recipe, scope);
      return mine.length > 0 ? { texts: mine.map((message) => message.text), fromRecipe: true } : fromAdapter(scope);
    },
    recipeUse(scope, settled) {
      const messagesMatch = !recipe.message || recipeMessages(recipe, scope).length > 0;
      // A reply box the recipe no longer finds counts only while the page shows one at all.
      const composerMatch =
        !recipe.composer || recipeComposer(recipe, scope) !== null || plain.composer(scope) === null;
      if (messagesMatch && composerMatch) return 'in-use';
      // Before the page had time to render, not matching yet is no verdict.
      return settled ? 'stale' : 'none';
    },
  };
}
