/* Salescycle storefront loader: docs/storefront-integration.md */
(() => {
  'use strict';
  const w = window, d = document, old = w.salescycle;
  const me = d.currentScript || d.querySelector('script[src*="/sdk/v1/salescycle.js"]');
  if (!me || old && old.version) return;
  const data = me.dataset, shop = data.shop || '';
  // The host's base, also when mounted under a path: the loader's address without its own path.
  const host = new URL(me.src, location.href).href.replace(/\/sdk\/v1\/salescycle\.js([?#].*)?$/, '');
  const wait = +data.timeout > 0 ? +data.timeout : 3000, KEY = 'salescycle.visitor';
  const TAGS = ['signup', 'offers', 'recommendations', 'thank-you', 'preferences'].map(t => 'salescycle-' + t);
  const loaded = new Set(), watchers = new Set(), accepted = [], memo = new Map(), pending = [];
  let visitor, cart = null, shown = [], Base = null;
  const safe = (fn, ...a) => { try { return fn(...a); } catch (e) { console.error(e); } };
  try { visitor = localStorage.getItem(KEY); } catch (e) { }
  if (!visitor) {
    visitor = Array.from(crypto.getRandomValues(new Uint32Array(4)), n => n.toString(36)).join('');
    try { localStorage.setItem(KEY, visitor); } catch (e) { }
  }
  const unavailable = (e, reason) => {
    e.setAttribute('state', 'unavailable');
    e.dispatchEvent(new CustomEvent('salescycle:unavailable', { detail: { reason }, bubbles: true, composed: true }));
  };

  const api = (path, body) => {
    const stop = new AbortController(), timer = setTimeout(() => stop.abort(), wait);
    return fetch(host + '/api/v1/shops/' + encodeURIComponent(shop) + path, {
      method: body ? 'POST' : 'GET', body: body && JSON.stringify(body), signal: stop.signal,
      headers: body ? { 'Content-Type': 'application/json' } : {}, credentials: 'omit'
    }).then(r => r.json().catch(() => ({})).then(j => r.ok ? j : Promise.reject({ reason: 'http', status: r.status, error: j.error })),
      e => Promise.reject(e && e.reason ? e : { reason: stop.signal.aborted ? 'time-out' : 'network' }))
      .finally(() => clearTimeout(timer));
  };
  const once = (key, make) => {
    if (!memo.has(key)) memo.set(key, make().catch(e => { memo.delete(key); throw e; }));
    if (memo.size > 20) memo.delete(memo.keys().next().value);
    return memo.get(key);
  };
  const evaluate = c => once('c' + JSON.stringify(c), () => api('/cart/evaluate', Object.assign({ visitorId: visitor }, c)));
  const thankYou = (id, token) => once('t' + id + ' ' + token, () => api('/orders/' + encodeURIComponent(id)
    + '/thank-you?token=' + encodeURIComponent(token || '')).then(j => { shown = (j.blocks || []).map(b => b.ref); return j; }));

  const commands = {
    cart(c) { cart = c || null; watchers.forEach(f => safe(f, cart)); },
    visitorId(fn) { fn(visitor); },
    refs(fn) { fn(accepted.concat(shown).filter(Boolean)); },
    on(name, fn) { d.addEventListener(name, fn); },
    evaluate(c, fn) { evaluate(c).then(j => safe(fn, j), () => safe(fn, null)); }
  };
  const sc = (name, ...args) => ({}).hasOwnProperty.call(commands, name)
    ? safe(commands[name], ...args) : console.warn('salescycle: ' + name + '?');
  const define = (tag, make) => Base ? customElements.get(tag) || customElements.define(tag, make(Base)) : pending.push([tag, make]);

  const load = tag => {
    if (loaded.has(tag)) return;
    loaded.add(tag);
    if (tag !== 'base') load('base');
    const s = d.createElement('script');
    s.src = host + '/sdk/v1/components/' + tag + '.js';
    s.onerror = () => d.querySelectorAll(tag === 'base' ? TAGS.join() : tag).forEach(e => unavailable(e, 'network'));
    d.head.append(s);
  };
  const scan = () => TAGS.forEach(t => d.querySelector(t) && load(t));
  const watch = new MutationObserver(() => { scan(); if (loaded.size > TAGS.length) watch.disconnect(); });

  sc.version = '1.0.0';
  sc._ = { host, shop, data, api, evaluate, thankYou, safe, define, unavailable,
    base: b => { Base = b; pending.splice(0).forEach(p => define(...p)); },
    cart: () => cart, watch: f => { watchers.add(f); safe(f, cart); }, accept: ref => ref && accepted.push(ref) };
  w.salescycle = sc;
  (old && old.q || []).forEach(a => sc(...a));
  scan();
  watch.observe(d.documentElement, { childList: true, subtree: true });
})();
