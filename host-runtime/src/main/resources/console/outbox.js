import { h, table, empty, heading } from './dom.js';
import { get } from './api.js';

export async function outboxPage() {
  const outbox = await get('/admin/outbox');
  const view = h('section', {}, heading('Outbox'),
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
