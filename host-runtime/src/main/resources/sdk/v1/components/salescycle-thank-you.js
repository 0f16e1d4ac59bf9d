/* <salescycle-thank-you order-id token>: stage 4, the order's thank-you blocks, as text */
(() => {
  'use strict';
  const sc = window.salescycle && window.salescycle._;
  if (!sc) return;
  sc.define('salescycle-thank-you', Base => class extends Base {
    constructor() {
      super('[part~=heading]{font-size:1.4em;margin:0}[part~=text]{margin:0}'
        + '[part~=code]{font-family:ui-monospace,monospace;font-weight:600;letter-spacing:.05em}');
    }

    start() {
      sc.thankYou(this.attr('order-id', ''), this.attr('token', '')).then(answer => this.render(answer.blocks || []), e => this.fail(e));
    }

    render(blocks) {
      const box = this.clear();
      let count = 0;
      for (const b of blocks) {
        const shown = this.block(b, box);
        if (shown) {
          shown.dataset.type = b.type;
          count++;
        }
      }
      this.done(count);
    }

    /** One block by its type, as text; an HTML block shows only its title (its markup is for ?format=html). */
    block(b, box) {
      if (b.type === 'HEADING') return this.el('h2', 'title heading', b.title || b.text, box);
      const text = b.type === 'HTML' ? null : b.text;
      if (!b.title && !text && !b.code && !b.url) return null;
      const item = this.el('div', 'item', null, box);
      if (b.title && b.type !== 'LINK') this.el('p', 'title', b.title, item);
      if (text) this.el('p', 'text message', text, item);
      if (b.code) this.el('span', 'code', b.code, item);
      if (b.url && b.type !== 'IMAGE') this.link(b.url, b.type === 'LINK' ? b.title : null, item);
      return item;
    }
  });
})();
