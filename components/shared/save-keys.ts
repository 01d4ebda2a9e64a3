import type { KeyboardEvent } from 'react';
import { t } from '@/lib/i18n';

/*
 * One set of keys for saving, on every page. The win's own words read like a title, so Enter
 * saves them (Shift+Enter breaks a line); a note or a message to a teammate is for longer
 * thoughts, so Enter is a new line there and Ctrl+Enter (⌘+Enter on a Mac) saves.
 */

const typingAnAccent = (event: KeyboardEvent) => event.nativeEvent.isComposing;

/** For the win's words: Enter saves, Shift+Enter is a new line. */
export function savesTitle(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.altKey && !typingAnAccent(event);
}

/** For a note or a message: Ctrl/⌘+Enter saves, Enter alone is a new line. */
export function savesNote(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !typingAnAccent(event);
}

function onMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

export const titleSaveHint = () => t('saveKeys_title');

export const noteSaveHint = () => t(onMac() ? 'saveKeys_noteMac' : 'saveKeys_note');
