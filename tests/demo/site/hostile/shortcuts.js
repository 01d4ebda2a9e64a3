// Single-key shortcuts the way Gmail-like helpdesks register them: on window and
// document, in the capture and the bubble phase. Each listener records what it
// saw; the bubble listener on document also "acts" on j/k/c and '/', as a real
// shortcut handler would (ignoring keys typed into editable fields).
window.shortcutLog = [];
window.shortcutActions = [];
const SHORTCUT_KEYS = new Set(['j', 'k', 'c', '/', 'Escape']);
const editable = (target) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
for (const [where, target] of [
  ['window', window],
  ['document', document],
]) {
  for (const capture of [true, false]) {
    target.addEventListener(
      'keydown',
      (event) => {
        window.shortcutLog.push({
          where,
          phase: capture ? 'capture' : 'bubble',
          key: event.key,
          target: event.target instanceof Element ? event.target.localName : String(event.target),
          inReply: event.target instanceof Element && event.target.classList.contains('hd-reply'),
        });
        if (where === 'document' && !capture && SHORTCUT_KEYS.has(event.key) && !editable(event.target)) {
          window.shortcutActions.push(event.key);
        }
      },
      { capture },
    );
  }
}
