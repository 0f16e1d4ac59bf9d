import { h, table, empty, heading } from './dom.js';
import { get } from './api.js';

const enc = encodeURIComponent;

export async function outboxPage() {
  const [outbox, shops] = await Promise.all([get('/admin/outbox'), get('/admin/shops')]);
  const view = h('section', {}, heading('Outbox'));
  for (const shop of shops) {
    view.append(await scheduled(shop.id));
  }
  view.append(h('h2', {}, 'Sent by this host'),
    h('p', { class: 'muted' }, 'Retention messages this host sent most recently, through ' + outbox.sender + '.'));
  if (outbox.mails.length === 0) {
    view.append(empty('No message sent yet', 'Messages are scheduled when an order is placed in a shop that runs a retention '
      + 'plugin (such as retention-drip) and sent when they fall due.'));
    return view;
  }
  view.append(table('Sent messages', ['Sent', 'Shop', 'To', 'Subject'], outbox.mails.map(m =>
    h('tr', { testid: 'outbox-mail' }, h('td', {}, new Date(m.at).toLocaleString('en')), h('td', {}, m.shop), h('td', {}, m.to),
      h('td', {}, h('details', {}, h('summary', {}, m.subject), h('pre', {}, m.text))))), 'outbox'));
  return view;
}

/** A shop's messages by status, and those still to be sent, soonest first. */
async function scheduled(shopId) {
  const messages = await get('/admin/shops/' + enc(shopId) + '/messages');
  const counts = Object.entries(messages.counts).map(([status, n]) => n + ' ' + status).join(', ');
  const part = h('div', { testid: 'shop-messages', 'data-shop': shopId }, h('h2', {}, 'Shop ' + shopId),
    h('p', { class: 'muted' }, 'Messages by status: ' + counts + '.'));
  if (messages.scheduled.length === 0) {
    part.append(h('p', { class: 'muted' }, 'Nothing scheduled.'));
    return part;
  }
  part.append(table('Scheduled in ' + shopId + ' (the first ' + messages.listedAtMost + ' at most)',
    ['Due', 'Order', 'Plugin', 'Template', 'Marketing'], messages.scheduled.map(m =>
      h('tr', { testid: 'scheduled-message' }, h('td', {}, new Date(m.dueAt).toLocaleString('en')), h('td', {}, m.orderId),
        h('td', {}, m.plugin), h('td', {}, m.template), h('td', {}, m.marketing ? 'yes' : 'no'))), 'scheduled-' + shopId));
  return part;
}
