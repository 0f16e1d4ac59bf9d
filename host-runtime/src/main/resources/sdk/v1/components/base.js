/* Salescycle components: what every component shares (docs/storefront-integration.md) */
(() => {
  'use strict';
  const sc = window.salescycle && window.salescycle._;
  if (!sc) return;
  const d = document;
  /* Constructed style sheets are not subject to style-src: no inline style, so no 'unsafe-inline' needed. */
  const sheet = css => {
    try {
      const s = new CSSStyleSheet();
      s.replaceSync(css);
      return s;
    } catch (e) {
      return css;
    }
  };
  const base = sheet(':host{display:block;overflow-wrap:anywhere;font-family:var(--salescycle-font,inherit);color:var(--salescycle-color,inherit)}'
    + ':host(:not([state=ready])){display:none}'
    + '[part~=container]{display:grid;gap:var(--salescycle-gap,.75rem)}'
    + '[part~=item]{display:grid;gap:.25rem;padding:var(--salescycle-gap,.75rem);border:1px solid #0002;'
    + 'border-radius:var(--salescycle-radius,6px)}'
    + '[part~=title]{font-weight:600;margin:0}[part~=message]{margin:0}'
    + 'button{font:inherit;cursor:pointer;border:0;padding:.5rem 1rem;justify-self:start;color:#fff;'
    + 'border-radius:var(--salescycle-radius,6px);background:var(--salescycle-accent,#1f6feb)}'
    + 'button:disabled{opacity:.6;cursor:default}[part~=error]{color:#b42318;margin:0}'
    + 'input{font:inherit;padding:.4rem;border:1px solid #0004;border-radius:var(--salescycle-radius,6px)}'
    + 'a{color:var(--salescycle-accent,#1f6feb)}');

  sc.base(class extends HTMLElement {
    constructor(css) {
      super();
      this.root = this.attachShadow({ mode: 'open' });
      const sheets = [base, sheet(css || '')];
      if ('adoptedStyleSheets' in this.root && sheets.every(s => typeof s !== 'string')) {
        this.root.adoptedStyleSheets = sheets;
      } else {
        this.styles = sheets.map(s => typeof s === 'string' ? s : [...s.cssRules].map(r => r.cssText).join('')).join('');
      }
    }

    connectedCallback() {
      if (this.started) return;
      this.started = true;
      this.state('loading');
      sc.safe(() => this.start());
    }

    state(s) {
      this.setAttribute('state', s);
    }

    fire(name, detail) {
      this.dispatchEvent(new CustomEvent('salescycle:' + name, { detail, bubbles: true, composed: true }));
    }

    /** An element with its part and text (always as text, never as markup), appended to parent or the root. */
    el(tag, part, text, parent) {
      const e = d.createElement(tag);
      if (part) e.setAttribute('part', part);
      if (text != null) e.textContent = String(text);
      (parent || this.root).append(e);
      return e;
    }

    /** A link when url is http(s), else only its text. */
    link(url, text, parent) {
      let u = null;
      try {
        u = new URL(url);
      } catch (e) {
        u = null;
      }
      if (!u || !/^https?:$/.test(u.protocol)) return text ? this.el('span', 'message', text, parent) : null;
      const a = this.el('a', 'link', text || u.href, parent);
      a.href = u.href;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      return a;
    }

    /** Empties the root and starts a fresh container. */
    clear(tag) {
      this.root.replaceChildren();
      if (this.styles) this.el('style', null, this.styles);
      return this.el(tag || 'div', 'container');
    }

    done(count) {
      this.state(count ? 'ready' : 'empty');
      this.fire('rendered', { count });
    }

    /** Time-out, network or HTTP error: nothing shown, the page told. */
    fail(e) {
      this.root.replaceChildren();
      sc.unavailable(this, e && e.reason || 'error');
    }

    attr(name, fallback) {
      const v = this.getAttribute(name);
      return v == null || v === '' ? fallback : v;
    }

    /** An amount as the API gives it ("12.50") with its currency. */
    money(amount, currency) {
      return amount == null ? '' : amount + (currency ? ' ' + currency : '');
    }
  });
})();
