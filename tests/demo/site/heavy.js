// Heavy ticket for the benchmarks: a long thread with nested markup (thousands of
// nodes), a reply box that appears after the thread like a lazy-loading helpdesk,
// and an optional churn mode that replaces 5,000 nodes a second inside the thread.

export const HEAVY_TICKET_ID = '900';

function message(index) {
  const role = index % 3 === 0 ? 'customer' : 'agent';
  const li = document.createElement('li');
  li.className = 'hd-message';
  li.dataset.authorRole = role;
  const author = document.createElement('p');
  author.className = 'hd-message-author';
  author.textContent = role === 'customer' ? 'Sam Rivera' : 'You (Acme Support)';
  const body = document.createElement('div');
  body.className = 'hd-message-body';
  for (let p = 0; p < 3; p++) {
    const para = document.createElement('p');
    for (let s = 0; s < 4; s++) {
      const span = document.createElement('span');
      span.textContent = `Message ${index}, part ${p}.${s}: the export still fails on the March invoices and I need them for the audit. `;
      para.append(span);
    }
    body.append(para);
  }
  li.append(author, body);
  return li;
}

export function renderHeavyTicket(host, params) {
  const main = document.createElement('main');
  main.className = 'hd-ticket';
  main.dataset.ticketId = HEAVY_TICKET_ID;
  main.dataset.active = 'true';
  const thread = document.createElement('ol');
  thread.className = 'hd-thread';
  for (let i = 0; i < 400; i++) thread.append(message(i));
  const churnZone = document.createElement('li');
  churnZone.className = 'hd-typing-indicator';
  thread.append(churnZone);
  main.append(thread);
  host.replaceChildren(main);
  // The reply box arrives after the thread, as in helpdesks that lazy-load their editor.
  setTimeout(() => {
    const composer = document.createElement('div');
    composer.className = 'hd-composer';
    const reply = document.createElement('div');
    reply.className = 'hd-reply';
    reply.setAttribute('contenteditable', 'true');
    reply.setAttribute('role', 'textbox');
    reply.setAttribute('aria-label', 'Reply to customer');
    // A heavy editor document: many paragraphs already in the reply.
    for (let i = 0; i < 200; i++) {
      const p = document.createElement('p');
      p.textContent = `Earlier paragraph ${i} of a long reply the agent is still editing.`;
      reply.append(p);
    }
    composer.append(reply);
    main.append(composer);
    window.__composerAt = performance.now();
  }, 300);
  if (params.get('churn') === '1') {
    // 5,000 nodes a second: 50 nodes replaced every 10 ms, inside the observed thread.
    setInterval(() => {
      const nodes = [];
      for (let i = 0; i < 50; i++) {
        const dot = document.createElement('span');
        dot.textContent = '·';
        nodes.push(dot);
      }
      churnZone.replaceChildren(...nodes);
    }, 10);
  }
}
