/**
 * Plain text of a reply editor, read without writing to it. innerText keeps the
 * line breaks the agent sees (paragraph blocks); textContent is the fallback
 * where layout is unavailable (detached or display:none editors).
 */
export function readDraft(composer: HTMLElement): string {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) return composer.value;
  const text = composer.innerText;
  return typeof text === 'string' ? text.replace(/\u00a0/g, ' ') : (composer.textContent ?? '');
}
