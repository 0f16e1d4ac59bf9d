/* <salescycle-offers>: the offers of the shop's plugins for the page's current cart; an add-on or a code can be accepted */
(() => {
  'use strict';
  const sc = window.salescycle && window.salescycle._;
  if (!sc) return;
  const ACCEPT = { ADD_ON: ['Add', 'Added'], COUPON: ['Use code', 'Code used'] };
  sc.define('salescycle-offers', Base => class extends Base {
    constructor() {
      super('[part~=code]{font-family:ui-monospace,monospace;font-weight:600;letter-spacing:.05em}');
    }

    start() {
      sc.watch(cart => this.show(cart));
    }

    show(cart) {
      const turn = this.turn = {};
      if (!cart || !cart.lines || !cart.lines.length) {
        this.root.replaceChildren();
        this.done(0);
        return;
      }
      this.state('loading');
      sc.evaluate(cart).then(answer => {
        if (turn === this.turn) this.render(answer.offers || [], cart.currency);
      }, e => {
        if (turn === this.turn) this.fail(e);
      });
    }

    render(offers, currency) {
      const box = this.clear();
      for (const offer of offers) {
        const item = this.el('div', 'item', null, box);
        item.dataset.type = offer.type;
        this.el('p', 'title', offer.title || offer.type, item);
        if (offer.message) this.el('p', 'message', offer.message, item);
        if (offer.couponCode) this.el('span', 'code', offer.couponCode, item);
        if (offer.price != null && offer.type === 'ADD_ON') this.el('span', 'price', this.money(offer.price, currency), item);
        const labels = ACCEPT[offer.type] || (offer.couponCode ? ACCEPT.COUPON : null);
        if (!labels) continue;
        const accept = this.el('button', 'button accept', labels[0], item);
        accept.type = 'button';
        accept.onclick = () => {
          accept.disabled = true;
          accept.textContent = labels[1];
          sc.accept(offer.ref);
          this.fire('offer-accepted', { offer });
        };
      }
      this.done(offers.length);
    }
  });
})();
