// The page's own script: the command queue, what the test reads back, and a cart that takes recommended items.
window.salescycle = window.salescycle || function () { (window.salescycle.q = window.salescycle.q || []).push(arguments); };
window.violations = [];
window.events = [];
document.addEventListener('securitypolicyviolation', e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
['add-to-cart', 'offer-accepted', 'lead', 'rendered', 'unavailable'].forEach(name =>
  document.addEventListener('salescycle:' + name, e => window.events.push({ name, tag: e.target.localName, detail: e.detail })));

const cart = { currency: 'EUR', lines: [{ sku: 'beans', name: 'Espresso beans', quantity: 1, unitPrice: '12.50' }] };
salescycle('cart', JSON.parse(JSON.stringify(cart)));
salescycle('on', 'salescycle:add-to-cart', e => {
  cart.lines.push({ sku: e.detail.sku, name: e.detail.name, quantity: 1, unitPrice: e.detail.price, ref: e.detail.ref });
  salescycle('cart', JSON.parse(JSON.stringify(cart)));
});
salescycle('visitorId', id => { window.visitorId = id; });

document.addEventListener('DOMContentLoaded', () => {
  let clicks = 0;
  document.getElementById('own-button').addEventListener('click', () => {
    document.getElementById('own-output').textContent = 'clicked ' + (++clicks);
  });
  // The order's components are added once the loader is at work: it finds them by watching the page.
  const query = new URLSearchParams(location.search);
  let added = false;
  const addOrder = () => {
    if (added || !query.get('order')) return;
    added = true;
    for (const tag of ['salescycle-thank-you', 'salescycle-preferences']) {
      const element = document.createElement(tag);
      element.setAttribute('order-id', query.get('order'));
      element.setAttribute('token', query.get('token'));
      document.getElementById('order').append(element);
    }
  };
  document.addEventListener('salescycle:rendered', addOrder);
  document.addEventListener('salescycle:unavailable', addOrder);
});
