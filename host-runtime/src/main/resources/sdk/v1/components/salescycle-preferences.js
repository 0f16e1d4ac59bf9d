/* <salescycle-preferences order-id token>: stage 5, the link to the host's e-mail preference page of the order's customer */
(() => {
  'use strict';
  const sc = window.salescycle && window.salescycle._;
  if (!sc) return;
  sc.define('salescycle-preferences', Base => class extends Base {
    start() {
      sc.thankYou(this.attr('order-id', ''), this.attr('token', '')).then(answer => {
        const box = this.clear();
        const link = answer.preferences && this.link(answer.preferences, this.attr('label', 'Manage e-mail preferences'), box);
        this.done(link && link.href ? 1 : 0);
      }, e => this.fail(e));
    }
  });
})();
