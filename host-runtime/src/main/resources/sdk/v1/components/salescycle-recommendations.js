/* <salescycle-recommendations sku? limit? currency? price?>: items bought together with the cart or one product */
(() => {
  'use strict';
  const sc = window.salescycle && window.salescycle._;
  if (!sc) return;
  sc.define('salescycle-recommendations', Base => class extends Base {
    constructor() {
      super('[part~=list]{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:var(--salescycle-gap,.75rem)}'
        + '[part~=price]{font-variant-numeric:tabular-nums}[part~=reason]{opacity:.75;font-size:.9em;margin:0}');
    }

    start() {
      sc.watch(() => this.show());
    }

    static get observedAttributes() {
      return ['sku', 'limit'];
    }

    attributeChangedCallback() {
      if (this.started) this.show();
    }

    /** The cart asked about: one item of the product page's sku, or the page's current cart. */
    asked() {
      const sku = this.attr('sku'), cart = sc.cart();
      if (!sku) return cart && cart.lines && cart.lines.length ? cart : null;
      const currency = this.attr('currency', cart && cart.currency || sc.data.currency);
      return currency ? { currency, lines: [{ sku, quantity: 1, unitPrice: this.attr('price', '0') }] } : null;
    }

    show() {
      const cart = this.asked(), turn = this.turn = {};
      if (!cart) {
        this.root.replaceChildren();
        this.done(0);
        return;
      }
      this.state('loading');
      sc.evaluate(cart).then(answer => {
        if (turn === this.turn) this.render(answer, cart.currency);
      }, e => {
        if (turn === this.turn) this.fail(e);
      });
    }

    render(answer, currency) {
      const limit = Math.max(1, +this.attr('limit', 12) || 12);
      const items = (answer.recommendations || []).slice(0, limit), box = this.clear();
      const list = this.el('div', 'list', null, box);
      for (const r of items) {
        const item = this.el('div', 'item', null, list);
        item.dataset.sku = r.sku;
        this.el('p', 'title', r.name || r.sku, item);
        if (r.price != null) this.el('span', 'price', this.money(r.price, currency), item);
        if (r.reason) this.el('p', 'reason', r.reason, item);
        const add = this.el('button', 'button add', 'Add to cart', item);
        add.type = 'button';
        add.onclick = () => this.fire('add-to-cart', {
          sku: r.sku, name: r.name || r.sku, price: r.price, quantity: 1, ref: r.ref, plugin: r.plugin
        });
      }
      this.done(items.length);
    }
  });
})();
