// The product list: built from the shop's own catalogue; each product links to its page and can go to the cart.
(function () {
  'use strict';
  var shop = window.sampleShop;

  function card(product) {
    var item = shop.el('li', { 'data-testid': 'product', 'data-sku': product.sku, 'class': 'product' });
    var title = shop.el('h3');
    title.appendChild(shop.el('a', { href: 'product.html?sku=' + encodeURIComponent(product.sku) }, product.name));
    item.appendChild(title);
    item.appendChild(shop.el('p', { 'class': 'description' }, product.description));
    item.appendChild(shop.el('p', { 'class': 'price', 'data-testid': 'price' }, shop.money(product.price)));
    var add = shop.el('button', { type: 'button', 'data-testid': 'add-to-cart' }, 'Add to cart');
    add.addEventListener('click', function () {
      shop.add({ sku: product.sku, name: product.name, unitPrice: product.price });
    });
    item.appendChild(add);
    return item;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var list = document.querySelector('[data-testid=product-list]');
    shop.products().then(function (products) {
      products.forEach(function (p) { list.appendChild(card(p)); });
    });
  });

  document.addEventListener('salescycle:lead', function () {
    shop.notice('Thanks for signing up.');
  });
}());
