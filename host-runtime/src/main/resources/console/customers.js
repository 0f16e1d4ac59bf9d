import { h, heading, field } from './dom.js';
import { get, del, enc } from './api.js';
import { status } from './app.js';

export async function customersPage() {
  const shops = await get('/admin/shops');
  const shop = h('select', { name: 'shop', testid: 'customer-shop' }, shops.map(s => h('option', { value: s.id }, s.id)));
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'off', testid: 'customer-email' });
  const out = h('div', { 'aria-live': 'polite', testid: 'customer-result' });
  const path = () => '/api/v1/shops/' + enc(shop.value) + '/customers/' + enc(email.value.trim());
  const exportButton = h('button', { type: 'submit', testid: 'customer-export' }, 'Export');
  const eraseButton = h('button', { type: 'button', class: 'danger', testid: 'customer-erase', onclick: () => confirmErase() }, 'Erase…');

  function confirmErase() {
    const address = email.value.trim();
    if (!address) return;
    const typed = h('input', { type: 'email', autocomplete: 'off', testid: 'erase-confirm-email' });
    const go = h('button', { type: 'button', class: 'danger', testid: 'erase-confirm', onclick: async () => {
      if (typed.value.trim() !== address) {
        typed.setAttribute('aria-invalid', 'true');
        status('Type the same address to confirm.', true);
        return;
      }
      try {
        const r = await del(path());
        out.replaceChildren(h('p', { class: 'good', testid: 'erased' }, 'Erased ' + r.email + ': ' + r.leadsDeleted + ' leads deleted, '
          + r.messagesCancelled + ' messages cancelled, ' + r.ordersKept + ' orders kept under the pseudonym ' + r.pseudonym + '.'));
      } catch (e) { out.replaceChildren(h('p', { class: 'bad' }, e.message)); }
    } }, 'Erase for good');
    out.replaceChildren(h('div', { class: 'card', testid: 'erase-confirmation' },
      h('p', {}, 'Erasing deletes the personal data of ' + address + ' in ' + shop.value + ' and cancels their messages. '
        + 'Orders stay, under a pseudonym. This cannot be undone.'),
      field('Type the address again to confirm', typed, '', 'confirm'), h('div', { class: 'actions' }, go,
        h('button', { type: 'button', onclick: () => out.replaceChildren() }, 'Cancel'))));
    typed.focus();
  }

  return h('section', {}, heading('Customers'),
    h('p', { class: 'muted' }, 'Everything stored about a customer, as the customer may ask for it, and its erasure.'),
    h('form', { class: 'card', onsubmit: async ev => {
      ev.preventDefault();
      if (!email.value.trim()) return;
      try {
        const data = await get(path());
        out.replaceChildren(h('pre', { testid: 'customer-export-json' }, JSON.stringify(data, null, 2)));
      } catch (e) { out.replaceChildren(h('p', { class: 'bad' }, e.message)); }
    } }, field('Shop', shop, '', 'shop'), field('E-mail address', email, '', 'email'),
    h('div', { class: 'actions' }, exportButton, eraseButton)), out);
}
