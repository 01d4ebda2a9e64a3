// A small single-page helpdesk shaped like a real ticket view: a thread of
// customer and agent messages, a contenteditable reply box, and in-app
// navigation between tickets with history.pushState.
import { TICKETS } from './tickets.js';
import { HEAVY_TICKET_ID, renderHeavyTicket } from './heavy.js';

const host = document.getElementById('ticket-host');
const links = document.getElementById('ticket-links');

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function ticketIdFromPath() {
  return /^\/demo\/tickets\/(\d+)\/?$/.exec(location.pathname)?.[1] ?? null;
}

function renderLinks(activeId) {
  links.replaceChildren(
    ...TICKETS.map((ticket) =>
      el(
        'li',
        {},
        el(
          'a',
          {
            href: `/demo/tickets/${ticket.id}`,
            'data-ticket-link': ticket.id,
            ...(ticket.id === activeId ? { 'aria-current': 'page' } : {}),
          },
          el('span', { class: 'hd-link-subject' }, ticket.subject),
          el('span', { class: 'hd-link-customer' }, ticket.customer),
        ),
      ),
    ),
  );
}

function renderMessage(message, customer) {
  return el(
    'li',
    { class: 'hd-message', 'data-author-role': message.role },
    el('p', { class: 'hd-message-author' }, message.role === 'customer' ? customer : 'You (Acme Support)'),
    el('div', { class: 'hd-message-body' }, message.text),
  );
}

function renderTicket(ticket) {
  const thread = el('ol', { class: 'hd-thread' }, ...ticket.messages.map((m) => renderMessage(m, ticket.customer)));
  const reply = el('div', {
    class: 'hd-reply',
    contenteditable: 'true',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': ticket.replyHidden ? 'Message' : 'Reply to customer',
  });
  const send = el('button', { type: 'button', class: 'hd-send' }, 'Send reply');
  send.addEventListener('click', () => {
    const text = reply.innerText.trim();
    if (!text) return;
    ticket.messages.push({ role: 'agent', text });
    thread.append(renderMessage({ role: 'agent', text }, ticket.customer));
    reply.replaceChildren();
  });
  const composer = el('div', { class: 'hd-composer' }, reply, el('div', { class: 'hd-composer-actions' }, send));
  const extras = [];
  if (ticket.replyHidden) {
    composer.hidden = true;
    const open = el('button', { type: 'button', class: 'hd-open-reply' }, 'Reply');
    open.addEventListener('click', () => {
      composer.hidden = false;
      open.hidden = true;
    });
    const summary = el('textarea', {
      class: 'hd-reply-summary',
      rows: '2',
      'aria-label': 'Summary of this reply for your team',
    });
    extras.push(el('label', { class: 'hd-summary-label' }, 'Summary of this reply for your team', summary), open);
  }
  const main = el(
    'main',
    { class: 'hd-ticket', 'data-ticket-id': ticket.id, 'data-active': 'true' },
    el(
      'header',
      { class: 'hd-ticket-header' },
      el('h1', { class: 'hd-subject' }, ticket.subject),
      el('p', {}, `#${ticket.id} · ${ticket.customer}`),
    ),
    thread,
    ...extras,
    composer,
  );
  return main;
}

function render() {
  const id = ticketIdFromPath();
  if (id === HEAVY_TICKET_ID) {
    renderHeavyTicket(host, new URLSearchParams(location.search));
    return;
  }
  renderLinks(id);
  const ticket = TICKETS.find((t) => t.id === id);
  host.replaceChildren(ticket ? renderTicket(ticket) : el('p', { class: 'hd-empty' }, 'Pick a ticket on the left.'));
  document.title = ticket ? `#${ticket.id} ${ticket.subject} · Acme Support` : 'Acme Support · Demo helpdesk';
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-ticket-link]') : null;
  if (!link || event.metaKey || event.ctrlKey) return;
  event.preventDefault();
  history.pushState({}, '', link.getAttribute('href'));
  render();
});
window.addEventListener('popstate', render);
render();
