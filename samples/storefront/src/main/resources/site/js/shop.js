// The shop's own code shared by every page: the cart (kept in this browser), the header's cart count, the
// catalogue, and what a recommendation's "Add to cart" does. Salescycle is told about the cart and nothing else.
(function () {
  'use strict';

  var CART_KEY = 'sample.cart';
  var ORDER_KEY = 'sample.order';
  var catalogue = null;

  function randomId() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function emptyCart() {
    return { cartId: 'cart-' + randomId(), lines: [] };
  }

  function load() {
    try {
      var cart = JSON.parse(window.localStorage.getItem(CART_KEY));
      return cart && Array.isArray(cart.lines) ? cart : emptyCart();
    } catch (e) {
      return emptyCart();
    }
  }

  function count(cart) {
    return cart.lines.reduce(function (n, line) { return n + line.quantity; }, 0);
  }

  function forSalescycle(cart) {
    return {
      cartId: cart.cartId,
      currency: shop.currency,
      lines: cart.lines.map(function (line) {
        var out = { sku: line.sku, name: line.name, quantity: line.quantity, unitPrice: line.unitPrice };
        if (line.ref) {
          out.ref = line.ref;
        }
        return out;
      })
    };
  }

  function showCount(cart) {
    var el = document.querySelector('[data-testid=cart-count]');
    if (el) {
      el.textContent = String(count(cart));
    }
  }

  function save(cart) {
    window.localStorage.setItem(CART_KEY, JSON.stringify(cart));
    showCount(cart);
    window.salescycle('cart', forSalescycle(cart));
    document.dispatchEvent(new CustomEvent('sample:cart', { detail: cart }));
  }

  var shop = window.sampleShop = {
    currency: 'EUR',
    cart: load,

    add: function (item) {
      var cart = load();
      var line = cart.lines.filter(function (l) { return l.sku === item.sku; })[0];
      if (line) {
        line.quantity += 1;
        line.ref = line.ref || item.ref;
      } else {
        line = { sku: item.sku, name: item.name, quantity: 1, unitPrice: item.unitPrice };
        if (item.ref) {
          line.ref = item.ref;
        }
        cart.lines.push(line);
      }
      save(cart);
      shop.notice(item.name + ' is in your cart.');
    },

    setQuantity: function (sku, quantity) {
      var cart = load();
      cart.lines = cart.lines
        .map(function (l) { return l.sku === sku ? Object.assign({}, l, { quantity: quantity }) : l; })
        .filter(function (l) { return l.quantity > 0; });
      save(cart);
    },

    clear: function () {
      save(emptyCart());
    },

    total: function (cart) {
      var cents = cart.lines.reduce(function (sum, l) {
        return sum + Math.round(parseFloat(l.unitPrice) * 100) * l.quantity;
      }, 0);
      return (cents / 100).toFixed(2);
    },

    money: function (amount) {
      return Number(amount).toFixed(2) + ' ' + shop.currency;
    },

    products: function () {
      catalogue = catalogue || fetch('products.json').then(function (r) { return r.json(); })
        .then(function (data) { shop.currency = data.currency; return data.products; });
      return catalogue;
    },

    // Asks Salescycle (visitorId, refs) without waiting forever: with the host down the loader never runs.
    ask: function (command, fallback) {
      return new Promise(function (resolve) {
        var done = false;
        var timer = window.setTimeout(function () { finish(fallback); }, 2000);
        function finish(value) {
          if (!done) {
            done = true;
            window.clearTimeout(timer);
            resolve(value);
          }
        }
        window.salescycle(command, finish);
      });
    },

    lastOrder: function () {
      try {
        return JSON.parse(window.sessionStorage.getItem(ORDER_KEY));
      } catch (e) {
        return null;
      }
    },

    rememberOrder: function (order) {
      window.sessionStorage.setItem(ORDER_KEY, JSON.stringify(order));
    },

    notice: function (text) {
      var el = document.querySelector('[data-testid=notice]');
      if (el) {
        el.textContent = text;
        el.hidden = false;
      }
    },

    el: function (tag, attrs, text) {
      var node = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
      if (text !== undefined) {
        node.textContent = text;
      }
      return node;
    }
  };

  // A recommendation's "Add to cart": the line keeps the recommendation's reference, so the host can credit it.
  document.addEventListener('salescycle:add-to-cart', function (e) {
    var d = e.detail || {};
    if (d.sku) {
      shop.add({ sku: d.sku, name: d.name || d.sku, unitPrice: String(d.price), ref: d.ref });
    }
  });

  // A heading over a component shows only when the component has something to show.
  function headings(component, shown) {
    var tag = component.tagName ? component.tagName.toLowerCase() : '';
    document.querySelectorAll('[data-heading-for="' + tag + '"]').forEach(function (h) { h.hidden = !shown; });
  }
  document.addEventListener('salescycle:rendered', function (e) {
    headings(e.target, e.detail && e.detail.count > 0);
  });
  document.addEventListener('salescycle:unavailable', function (e) {
    headings(e.target, false);
  });

  document.addEventListener('DOMContentLoaded', function () {
    var cart = load();
    showCount(cart);
    window.salescycle('cart', forSalescycle(cart));
  });
}());
