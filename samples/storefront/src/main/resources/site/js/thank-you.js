// The order confirmation: the order the shop's server just placed, its thank-you blocks and the preferences link.
// The order id and its thank-you token come from this tab's session storage, never from the address.
(function () {
  'use strict';
  var shop = window.sampleShop;

  document.addEventListener('DOMContentLoaded', function () {
    var order = shop.lastOrder();
    var summary = document.querySelector('[data-testid=order-summary]');
    if (!order) {
      summary.textContent = 'No order yet.';
      return;
    }
    summary.appendChild(shop.el('span', {}, 'Order '));
    summary.appendChild(shop.el('strong', { 'data-testid': 'order-id' }, order.orderId));
    summary.appendChild(shop.el('span', {}, ' is placed: ' + shop.money(order.total) + '.'));
    var attrs = { 'order-id': order.orderId, token: order.token };
    document.querySelector('[data-testid=thank-you-blocks]').appendChild(shop.el('salescycle-thank-you', attrs));
    document.querySelector('[data-testid=preferences]').appendChild(shop.el('salescycle-preferences', attrs));
  });
}());
