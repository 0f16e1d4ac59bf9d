// The cart page: the shop's own cart and checkout form, beside the offers and recommendations components.
// The order is placed by the shop's server (POST /checkout), which holds the shop's API key.
(function () {
  'use strict';
  var shop = window.sampleShop;

  function render() {
    var cart = shop.cart();
    var body = document.querySelector('[data-testid=cart-lines]');
    body.textContent = '';
    cart.lines.forEach(function (line) {
      var row = shop.el('tr', { 'data-testid': 'cart-line', 'data-sku': line.sku, 'data-ref': line.ref ? 'yes' : 'no' });
      row.appendChild(shop.el('td', {}, line.name));
      var qty = shop.el('td', { 'class': 'qty' });
      var less = shop.el('button', { type: 'button', 'class': 'small', 'data-testid': 'less', 'aria-label': 'One less' }, '−');
      less.addEventListener('click', function () { shop.setQuantity(line.sku, line.quantity - 1); });
      var more = shop.el('button', { type: 'button', 'class': 'small', 'data-testid': 'more', 'aria-label': 'One more' }, '+');
      more.addEventListener('click', function () { shop.setQuantity(line.sku, line.quantity + 1); });
      qty.appendChild(less);
      qty.appendChild(shop.el('span', { 'data-testid': 'quantity' }, String(line.quantity)));
      qty.appendChild(more);
      row.appendChild(qty);
      row.appendChild(shop.el('td', { 'class': 'amount' }, shop.money(line.unitPrice * line.quantity)));
      body.appendChild(row);
    });
    document.querySelector('[data-testid=cart-total]').textContent = shop.money(shop.total(cart));
    var empty = cart.lines.length === 0;
    document.querySelector('[data-testid=cart-empty]').hidden = !empty;
    document.querySelector('[data-testid=checkout-submit]').disabled = empty;
  }

  function fail(message) {
    var el = document.querySelector('[data-testid=checkout-error]');
    el.textContent = message;
    el.hidden = false;
    document.querySelector('[data-testid=checkout-submit]').disabled = false;
  }

  function checkout(e) {
    e.preventDefault();
    var form = e.target;
    var cart = shop.cart();
    if (cart.lines.length === 0) {
      return;
    }
    form.querySelector('[data-testid=checkout-submit]').disabled = true;
    document.querySelector('[data-testid=checkout-error]').hidden = true;
    Promise.all([shop.ask('visitorId', null), shop.ask('refs', [])]).then(function (answers) {
      return fetch('checkout', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          checkoutId: cart.cartId,
          customerEmail: form.elements.email.value,
          customerName: form.elements.name.value,
          consent: { marketing: form.elements.marketing.checked },
          visitorId: answers[0],
          refs: answers[1] || [],
          lines: cart.lines.map(function (l) { return { sku: l.sku, quantity: l.quantity, ref: l.ref }; })
        })
      });
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (answer) {
      if (!answer.ok) {
        fail((answer.body.error && answer.body.error.message) || 'The order could not be placed.');
        return;
      }
      shop.rememberOrder({ orderId: answer.body.orderId, token: answer.body.thankYouToken,
        total: answer.body.total, name: form.elements.name.value });
      shop.clear();
      window.location.assign('thank-you.html');
    }).catch(function () {
      fail('The order could not be placed. Please try again.');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    render();
    document.querySelector('[data-testid=checkout-form]').addEventListener('submit', checkout);
  });
  document.addEventListener('sample:cart', render);

  // This sample does not price codes: the accepted offer's reference goes with the order (salescycle('refs')),
  // so the host credits the offer; a real shop applies the code in its own checkout.
  document.addEventListener('salescycle:offer-accepted', function (e) {
    var offer = (e.detail && e.detail.offer) || {};
    if (offer.couponCode) {
      shop.notice('Code ' + offer.couponCode + ' noted.');
    }
  });
}());
