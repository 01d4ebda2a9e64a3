// Served by tests/e2e/fixture-server.ts next to a helpdesk fixture: simulates the
// helpdesk's single-page navigation to another ticket (pushState + re-render),
// leaving any element added after load (the extension's sidebar host) in place.
const original = [...document.body.childNodes];
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-e2e-nav]') : null;
  const next = document.getElementById('e2e-next');
  if (!link || !next) return;
  event.preventDefault();
  history.pushState({}, '', link.href);
  for (const node of original) node.remove();
  document.body.insertBefore(next.content.cloneNode(true), document.body.firstChild);
});
