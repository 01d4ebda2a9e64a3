import { customerBlocks } from '@/lib/dom/author-marks';
import { editableRoot, sameOriginDocument } from '@/lib/dom/focused-editable';
import { isShown } from '@/lib/dom/is-shown';
import { messageBodyText } from '@/lib/dom/message-body-text';
import { oldestFirst } from '@/lib/dom/oldest-first';
import { stableSelector } from '@/lib/dom/stable-selector';

/**
 * The agent's own recipe for reading a site, made by pointing once ("this is the
 * customer's message", "this is where I reply"). Only selectors are kept, never
 * text or ids of this ticket; the storage item (lib/storage/page-recipes.ts)
 * validates the same shape.
 */
export interface PageRecipe {
  /** Matches the customer's messages (and, with the same structure, their siblings). */
  message?: string;
  /** Matches the reply box; with `composerFrame`, the iframe whose body is the reply box. */
  composer?: string;
  composerFrame?: boolean;
}

export interface RecipeMessage {
  element: Element;
  text: string;
}

/** Builds the recipe from what the agent pointed at; a part it cannot describe stably is left out. */
export function recipeFrom(picked: { message?: Element; composer?: Element }): PageRecipe {
  const recipe: PageRecipe = {};
  const message = picked.message && stableSelector(picked.message);
  if (message) recipe.message = message;
  const composer = picked.composer;
  const frame = composer?.ownerDocument.defaultView?.frameElement;
  const composerSelector = composer && stableSelector(frame ?? composer);
  if (composerSelector) {
    recipe.composer = composerSelector;
    if (frame) recipe.composerFrame = true;
  }
  return recipe;
}

function queryAll(scope: Element, selector: string): Element[] {
  try {
    return [...scope.ownerDocument.querySelectorAll(selector)].filter((element) => scope.contains(element));
  } catch {
    return []; // a selector this browser cannot parse counts as not matching
  }
}

/**
 * The customer's messages by the recipe, oldest first. When the same structure
 * also holds the agent's replies, the page's own author marks sort them out.
 */
export function recipeMessages(recipe: PageRecipe, scope: Element): RecipeMessage[] {
  if (!recipe.message) return [];
  const matched = queryAll(scope, recipe.message).filter((element) => isShown(element));
  return oldestFirst(customerBlocks(matched))
    .map((element) => ({ element, text: messageBodyText(element) }))
    .filter((message) => message.text !== '');
}

export function recipeComposer(recipe: PageRecipe, scope: Element): HTMLElement | null {
  if (!recipe.composer) return null;
  const found = queryAll(scope, recipe.composer).find((element) => isShown(element));
  if (!found) return null;
  if (!recipe.composerFrame) return editableRoot(found);
  const body = sameOriginDocument(found)?.body;
  return body ? editableRoot(body) : null;
}
