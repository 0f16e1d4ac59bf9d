// A product's page: the product, its own "Add to cart", and what is bought with it (the recommendations
// component for this product's sku, created here because the sku comes from the address).
(function () {
  'use strict';
  var shop = window.sampleShop;

  document.addEventListener('DOMContentLoaded', function () {
    var sku = new URLSearchParams(window.location.search).get('sku');
    var view = document.querySelector('[data-testid=product-view]');
    shop.products().then(function (products) {
      var product = products.filter(function (p) { return p.sku === sku; })[0];
      if (!product) {
        view.appendChild(shop.el('p', { 'data-testid': 'not-found' }, 'We have no such product.'));
        return;
      }
      document.title = product.name + ' · Bean & Brew';
      view.setAttribute('data-sku', product.sku);
      view.appendChild(shop.el('h2', {}, product.name));
      view.appendChild(shop.el('p', { 'class': 'description' }, product.description));
      view.appendChild(shop.el('p', { 'class': 'price', 'data-testid': 'price' }, shop.money(product.price)));
      var add = shop.el('button', { type: 'button', 'data-testid': 'add-to-cart' }, 'Add to cart');
      add.addEventListener('click', function () {
        shop.add({ sku: product.sku, name: product.name, unitPrice: product.price });
      });
      view.appendChild(add);
      var together = document.querySelector('[data-testid=bought-together]');
      together.appendChild(shop.el('salescycle-recommendations', { sku: product.sku, price: product.price, limit: '4' }));
    });
  });
}());
