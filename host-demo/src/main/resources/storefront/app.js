/*
 * Salescycle demo storefront: plain JavaScript against the host's HTTP API v1.
 * Everything that comes from the API reaches the page through textContent or checked
 * attributes, never as markup.
 */
(function () {
  'use strict';

  const API = '/api/v1';
  // The demo's own server: it holds the shop keys and calls the host's server routes with them.
  const DEMO = '/demo';
  const state = {
    shops: [],
    shop: null,
    products: [],
    carts: {},          // shopId -> Map(sku -> {sku, name, price, quantity})
    customer: { email: '', name: '' },
    evaluation: null,
    evaluateSeq: 0,
    pendingOrder: null, // {key, orderId, fingerprint}: retried checkouts reuse the Idempotency-Key
    visitorId: null,    // this browser's visitor id, sent with carts and orders (attribution, experiments)
    adminToken: null    // typed into the outbox form; kept in memory only
  };

  const $ = (id) => document.getElementById(id);

  // ---------- small DOM helpers ----------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([name, value]) => {
      if (value === undefined || value === null || value === false) return;
      if (name === 'className') node.className = value;
      else if (name === 'text') node.textContent = String(value);
      else if (name.includes('-') || name === 'title' || name === 'type') {
        node.setAttribute(name, String(value));
      } else node[name] = value;
    });
    children.flat().forEach((child) => {
      if (child === null || child === undefined || child === false) return;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function show(node, visible) {
    node.hidden = !visible;
  }

  function pluginBadge(plugin) {
    return el('span', { className: 'plugin', 'data-testid': 'plugin-name', title: 'Made by plugin ' + plugin, text: plugin || 'host' });
  }

  function safeUrl(value) {
    if (!value) return null;
    try {
      const url = new URL(String(value), window.location.href);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function humanize(key) {
    const text = String(key || '').replace(/[-_]+/g, ' ').trim();
    return text ? text.charAt(0).toUpperCase() + text.slice(1) : '';
  }

  // ---------- money, in integer minor units ----------

  function fractionDigits(currency) {
    try {
      return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
    } catch (e) {
      return 2;
    }
  }

  function toMinor(amount, digits) {
    const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(String(amount ?? '').trim());
    if (!match) return 0;
    const fraction = (match[3] || '').padEnd(digits, '0').slice(0, digits);
    const minor = parseInt((match[2] || '0') + fraction, 10);
    return match[1] === '-' ? -minor : minor;
  }

  function toDecimal(minor, digits) {
    const sign = minor < 0 ? '-' : '';
    const text = String(Math.abs(minor)).padStart(digits + 1, '0');
    return digits === 0 ? sign + text : sign + text.slice(0, -digits) + '.' + text.slice(-digits);
  }

  // Amounts arrive as decimal strings; an {amount, currency} object is read the same way.
  function amountOf(value) {
    return value && typeof value === 'object' ? value.amount : value;
  }

  function formatMoney(amount, currency) {
    const code = currency || (state.shop && state.shop.currency) || 'EUR';
    const digits = fractionDigits(code);
    const decimal = toDecimal(toMinor(amount, digits), digits);
    try {
      return new Intl.NumberFormat(undefined, { style: 'currency', currency: code }).format(Number(decimal));
    } catch (e) {
      return decimal + ' ' + code;
    }
  }

  // ---------- API ----------

  class ApiError extends Error {
    constructor(status, code, message, field) {
      super(message);
      this.status = status;
      this.code = code;
      this.field = field;
    }
  }

  async function api(method, path, body, headers) {
    const init = { method, headers: Object.assign({ Accept: 'application/json' }, headers || {}) };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (e) {
      throw new ApiError(0, 'network', 'The shop cannot be reached (' + e.message + ').');
    }
    const text = await response.text();
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch (e) {
      data = null;
    }
    if (!response.ok) {
      const error = (data && data.error) || {};
      throw new ApiError(response.status, error.code || 'http_' + response.status,
        error.message || response.statusText || 'Request failed', error.field);
    }
    return data;
  }

  function shopPath(suffix) {
    return API + '/shops/' + encodeURIComponent(state.shop.id) + suffix;
  }

  function demoPath(suffix) {
    return DEMO + '/shops/' + encodeURIComponent(state.shop.id) + suffix;
  }

  function showError(what, error) {
    const parts = [what + ' failed'];
    if (error instanceof ApiError) {
      if (error.status) parts.push('(' + error.status + ' ' + error.code + ')');
      parts.push('– ' + error.message);
      if (error.field) parts.push('[field: ' + error.field + ']');
    } else {
      parts.push('– ' + (error && error.message ? error.message : String(error)));
    }
    $('error-text').textContent = parts.join(' ');
    show($('error'), true);
  }

  function hideError() {
    show($('error'), false);
    $('error-text').textContent = '';
  }

  // ---------- shops and products ----------

  async function loadShops() {
    state.shops = await api('GET', DEMO + '/shops') || [];
    const select = clear($('shop-select'));
    state.shops.forEach((shop) => select.append(el('option', { value: shop.id, text: shop.id + ' (' + shop.currency + ')' })));
    const wanted = new URLSearchParams(window.location.hash.slice(1)).get('shop');
    const initial = state.shops.find((s) => s.id === wanted) || state.shops[0];
    if (!initial) {
      showError('Loading shops', new Error('the host has no shops configured'));
      return;
    }
    select.value = initial.id;
    await switchShop(initial.id);
  }

  async function switchShop(shopId) {
    state.shop = state.shops.find((s) => s.id === shopId);
    state.evaluation = null;
    state.pendingOrder = null;
    history.replaceState(null, '', '#shop=' + encodeURIComponent(shopId));
    document.documentElement.style.setProperty('--accent-hue', String(accentHue(shopId)));
    renderPlugins();
    renderCart();
    renderEvaluation();
    showView('shop');
    clear($('products')).append(el('p', { className: 'muted', text: 'Loading…' }));
    try {
      state.products = await api('GET', demoPath('/products')) || [];
      renderProducts();
    } catch (e) {
      clear($('products'));
      showError('Loading products', e);
    }
    await evaluateCart();
  }

  // Shops take their accent from a short palette in config order: brown, green, blue, violet, rose.
  function accentHue(shopId) {
    const palette = [25, 150, 210, 265, 340];
    const index = state.shops.findIndex((s) => s.id === shopId);
    return palette[Math.max(index, 0) % palette.length];
  }

  function hue(text) {
    let h = 0;
    for (const ch of String(text)) h = (h * 31 + ch.charCodeAt(0)) % 360;
    return h;
  }

  function renderPlugins() {
    const list = clear($('shop-plugins'));
    (state.shop.plugins || []).forEach((id) => list.append(el('li', { 'data-testid': 'shop-plugin', text: id })));
    if (!list.childElementCount) list.append(el('li', { className: 'muted', text: 'none' }));
  }

  function renderProducts() {
    const grid = clear($('products'));
    if (!state.products.length) {
      grid.append(el('p', { className: 'muted', text: 'This shop has no products yet.' }));
      return;
    }
    state.products.forEach((product) => {
      const image = safeUrl(product.imageUrl);
      const picture = image
        ? el('img', { className: 'thumb', src: image, alt: '' })
        : el('div', { className: 'thumb monogram', 'aria-hidden': 'true', text: monogram(product.name) });
      if (!image) picture.style.setProperty('--tile-hue', String(hue(product.sku)));
      grid.append(el('article', { className: 'product', 'data-testid': 'product', 'data-sku': product.sku },
        picture,
        el('h3', { text: product.name }),
        el('div', { className: 'price', text: formatMoney(product.price, product.currency) }),
        el('button', {
          type: 'button', className: 'secondary', 'data-testid': 'add-to-cart', 'data-sku': product.sku,
          text: 'Add to cart', onclick: () => addToCart(product)
        })));
    });
  }

  function monogram(name) {
    return String(name || '?').split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w.charAt(0).toUpperCase()).join('');
  }

  // ---------- cart ----------

  function cart() {
    const id = state.shop.id;
    if (!state.carts[id]) state.carts[id] = new Map();
    return state.carts[id];
  }

  // A recommended item keeps its recommendation's attribution reference on its cart line, up to the order.
  function addToCart(product, ref) {
    const lines = cart();
    const line = lines.get(product.sku);
    if (line) {
      line.quantity += 1;
      if (ref && !line.ref) line.ref = ref;
    } else {
      lines.set(product.sku, { sku: product.sku, name: product.name, price: String(product.price), quantity: 1, ref: ref || undefined });
    }
    cartChanged();
  }

  function changeQuantity(sku, delta) {
    const lines = cart();
    const line = lines.get(sku);
    if (!line) return;
    line.quantity += delta;
    if (line.quantity < 1) lines.delete(sku);
    cartChanged();
  }

  function cartChanged() {
    state.pendingOrder = null;
    renderCart();
    evaluateCart();
  }

  function cartLines() {
    const digits = fractionDigits(state.shop.currency);
    return Array.from(cart().values()).map((line) => ({
      sku: line.sku, name: line.name, quantity: line.quantity,
      unitPrice: toDecimal(toMinor(line.price, digits), digits), ref: line.ref
    }));
  }

  // The discounts the demo applies at checkout: every DISCOUNT offer of the last evaluation.
  function appliedOffers() {
    return ((state.evaluation && state.evaluation.offers) || []).filter((o) => o.type === 'DISCOUNT');
  }

  function cartTotals() {
    const digits = fractionDigits(state.shop.currency);
    const subtotal = cartLines().reduce((sum, l) => sum + toMinor(l.unitPrice, digits) * l.quantity, 0);
    const discount = Math.min(subtotal, appliedOffers()
      .reduce((sum, o) => sum + Math.max(0, toMinor(amountOf(o.discount), digits)), 0));
    return { digits, subtotal, discount, total: subtotal - discount };
  }

  function renderCart() {
    const lines = cartLines();
    const list = clear($('cart-lines'));
    const currency = state.shop.currency;
    lines.forEach((line) => {
      const digits = fractionDigits(currency);
      const lineTotal = toDecimal(toMinor(line.unitPrice, digits) * line.quantity, digits);
      list.append(el('li', { className: 'cart-line', 'data-testid': 'cart-line', 'data-sku': line.sku },
        el('span', { className: 'line-name', text: line.name }),
        el('span', { className: 'qty' },
          el('button', { type: 'button', className: 'qty-button', 'data-testid': 'qty-dec', 'aria-label': 'One less ' + line.name, text: '−', onclick: () => changeQuantity(line.sku, -1) }),
          el('span', { 'data-testid': 'qty', text: line.quantity }),
          el('button', { type: 'button', className: 'qty-button', 'data-testid': 'qty-inc', 'aria-label': 'One more ' + line.name, text: '+', onclick: () => changeQuantity(line.sku, 1) })),
        el('span', { className: 'line-total', text: formatMoney(lineTotal, currency) })));
    });
    const count = lines.reduce((n, l) => n + l.quantity, 0);
    $('cart-count').textContent = String(count);
    show($('cart-empty'), lines.length === 0);
    show($('cart-summary'), lines.length > 0);
    $('checkout-submit').disabled = lines.length === 0;
    const totals = cartTotals();
    $('cart-subtotal').textContent = formatMoney(toDecimal(totals.subtotal, totals.digits), currency);
    show($('cart-discount-label'), totals.discount > 0);
    show($('cart-discount'), totals.discount > 0);
    $('cart-discount').textContent = '−' + formatMoney(toDecimal(totals.discount, totals.digits), currency);
    $('cart-total').textContent = formatMoney(toDecimal(totals.total, totals.digits), currency);
  }

  function customerEmail() {
    const typed = $('checkout-email').value.trim() || state.customer.email;
    return /^[^@\s]+@[^@\s]+$/.test(typed) ? typed : undefined;
  }

  async function evaluateCart() {
    const seq = ++state.evaluateSeq;
    const lines = cartLines();
    if (!lines.length) {
      state.evaluation = null;
      renderEvaluation();
      renderCart();
      document.body.dataset.evaluated = String(seq);
      return;
    }
    const body = { cartId: 'demo-' + state.shop.id, customerEmail: customerEmail(), currency: state.shop.currency,
      visitorId: visitorId(), lines };
    try {
      const evaluation = await api('POST', shopPath('/cart/evaluate'), body);
      if (seq !== state.evaluateSeq) return;
      state.evaluation = evaluation;
      hideError();
    } catch (e) {
      if (seq !== state.evaluateSeq) return;
      state.evaluation = null;
      showError('Evaluating the cart', e);
    }
    renderEvaluation();
    renderCart();
    document.body.dataset.evaluated = String(seq);
  }

  function renderEvaluation() {
    const evaluation = state.evaluation || { offers: [], recommendations: [], skipped: [] };
    renderOffers(evaluation.offers || []);
    renderRecommendations(evaluation.recommendations || []);
    const skipped = evaluation.skipped || [];
    $('skipped').textContent = skipped.length
      ? 'Skipped this time: ' + skipped.map((s) => s.plugin + ' (' + (s.reason || s.hook) + ')').join(', ')
      : '';
    show($('skipped'), skipped.length > 0);
  }

  function renderOffers(offers) {
    const list = clear($('offers'));
    offers.forEach((offer) => {
      const details = [];
      const discount = amountOf(offer.discount);
      if (discount && toMinor(discount, fractionDigits(state.shop.currency)) > 0) details.push('saves ' + formatMoney(discount));
      if (offer.percentOff) details.push(offer.percentOff + '% off');
      const price = amountOf(offer.price);
      if (price) details.push((offer.type === 'ADD_ON' ? 'adds ' : '') + formatMoney(price));
      list.append(el('li', { className: 'offer offer-' + String(offer.type || '').toLowerCase(), 'data-testid': 'offer', 'data-plugin': offer.plugin, 'data-type': offer.type },
        el('div', { className: 'offer-head' },
          el('strong', { text: offer.title || humanize(offer.type) }),
          pluginBadge(offer.plugin)),
        offer.message ? el('p', { text: offer.message }) : null,
        details.length ? el('p', { className: 'muted small', text: details.join(' · ') }) : null,
        offer.couponCode ? el('p', {}, 'Code ', el('code', { 'data-testid': 'offer-coupon', text: offer.couponCode })) : null));
    });
    show($('offers-panel'), offers.length > 0);
  }

  function renderRecommendations(recommendations) {
    const list = clear($('recommendations'));
    recommendations.forEach((rec) => {
      const product = state.products.find((p) => p.sku === rec.sku) || {};
      const name = rec.name || product.name || rec.sku;
      const price = amountOf(rec.price) || product.price;
      list.append(el('li', { className: 'recommendation', 'data-testid': 'recommendation', 'data-sku': rec.sku, 'data-plugin': rec.plugin },
        el('div', { className: 'rec-main' },
          el('span', { className: 'rec-name', text: name }),
          price ? el('span', { className: 'price', text: formatMoney(price) }) : null,
          el('button', {
            type: 'button', className: 'secondary small-button', 'data-testid': 'add-recommendation', 'data-sku': rec.sku,
            text: 'Add', onclick: () => addToCart({ sku: rec.sku, name, price: price || '0' }, rec.ref)
          })),
        el('div', { className: 'rec-meta' },
          el('span', { className: 'evidence', 'data-testid': 'evidence', text: evidenceText(rec) }),
          pluginBadge(rec.plugin)),
        rec.reason ? el('div', { className: 'muted small', text: rec.reason }) : null));
    });
    show($('recommendations-panel'), recommendations.length > 0);
  }

  function evidenceText(rec) {
    const e = rec.evidence || {};
    const parts = [];
    if (e.confidence !== undefined && e.confidence !== null) parts.push('confidence ' + percent(e.confidence));
    if (e.lift !== undefined && e.lift !== null) parts.push('lift ' + Number(e.lift).toFixed(1));
    if (e.support !== undefined && e.support !== null) parts.push('support ' + percent(e.support));
    if (e.orders !== undefined && e.orders !== null) parts.push(e.orders + ' orders');
    return parts.join(' · ');
  }

  function percent(value) {
    const n = Number(value);
    return Number.isFinite(n) ? (n * 100).toFixed(n < 0.1 ? 1 : 0) + '%' : String(value);
  }

  // ---------- newsletter sign-up ----------

  async function signUp(event) {
    event.preventDefault();
    const email = $('signup-email').value.trim();
    const name = $('signup-name').value.trim();
    const interests = $('signup-interests').value.split(',').map((s) => s.trim()).filter(Boolean);
    const body = { email, source: 'newsletter', interests, consent: { marketing: $('signup-consent').checked } };
    if (name) body.name = name;
    try {
      const lead = await api('POST', shopPath('/leads'), body);
      hideError();
      state.customer = { email: lead.email || email, name };
      if (!$('checkout-email').value) $('checkout-email').value = state.customer.email;
      if (!$('checkout-name').value && name) $('checkout-name').value = name;
      renderLead(lead, name);
      evaluateCart();
    } catch (e) {
      show($('lead-result'), false);
      showError('Signing up', e);
    }
  }

  function renderLead(lead, name) {
    $('lead-greeting').textContent = name ? 'Thanks, ' + name + '!' : 'Thanks for signing up!';
    $('lead-score').textContent = String(lead.score ?? 0);
    const chips = clear($('lead-segments'));
    (lead.segments || []).forEach((segment) => chips.append(el('li', { 'data-testid': 'lead-segment', text: segment })));
    if (!chips.childElementCount) chips.append(el('li', { className: 'muted', text: 'no segments' }));
    show($('lead-duplicate'), Boolean(lead.duplicate));
    show($('lead-result'), true);
  }

  // ---------- checkout and thank-you ----------

  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    const bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  // One id per browser tab session: the unit of attribution sessions and of experiments.
  function visitorId() {
    if (!state.visitorId) {
      try {
        state.visitorId = window.localStorage.getItem('salescycle-visitor');
        if (!state.visitorId) {
          state.visitorId = 'visitor-' + uuid();
          window.localStorage.setItem('salescycle-visitor', state.visitorId);
        }
      } catch (e) {
        state.visitorId = state.visitorId || 'visitor-' + uuid();
      }
    }
    return state.visitorId;
  }

  async function checkOut(event) {
    event.preventDefault();
    const lines = cartLines();
    if (!lines.length) return;
    const totals = cartTotals();
    const body = {
      customerEmail: $('checkout-email').value.trim(),
      customerName: $('checkout-name').value.trim() || undefined,
      currency: state.shop.currency,
      lines,
      total: toDecimal(totals.total, totals.digits),
      consent: { marketing: $('checkout-consent').checked },
      visitorId: visitorId(),
      // The offers the order used, by their attribution references.
      refs: appliedOffers().map((o) => o.ref).filter(Boolean)
    };
    const fingerprint = JSON.stringify(body);
    if (!state.pendingOrder || state.pendingOrder.fingerprint !== fingerprint) {
      state.pendingOrder = { key: uuid(), orderId: 'web-' + Date.now().toString(36) + '-' + uuid().slice(0, 8), fingerprint };
    }
    body.orderId = state.pendingOrder.orderId;
    const button = $('checkout-submit');
    button.disabled = true;
    try {
      const order = await api('POST', demoPath('/checkout'), body, { 'Idempotency-Key': state.pendingOrder.key });
      hideError();
      state.pendingOrder = null;
      cart().clear();
      renderCart();
      state.evaluation = null;
      renderEvaluation();
      showThankYou(order);
    } catch (e) {
      showError('Placing the order', e);
    } finally {
      button.disabled = cartLines().length === 0;
    }
  }

  async function showThankYou(order) {
    $('thank-you-order').textContent = order.orderId;
    let blocks = (order.thankYou && order.thankYou.blocks) || [];
    try {
      // What a storefront does on its thank-you page: read it with the token the shop's server handed over.
      const page = await api('GET', shopPath('/orders/' + encodeURIComponent(order.orderId) + '/thank-you?token='
        + encodeURIComponent(order.thankYouToken || '')));
      if (page && Array.isArray(page.blocks)) blocks = page.blocks;
    } catch (e) {
      showError('Loading the thank-you page', e);
    }
    renderBlocks(blocks);
    clear($('scheduled-messages'));
    show($('messages-empty'), false);
    showView('thank-you');
    // The stored list also says each message's status; the order's answer is the fallback.
    let messages = (order.retention && order.retention.messages) || [];
    try {
      const stored = await api('GET', demoPath('/orders/' + encodeURIComponent(order.orderId) + '/messages'));
      if (stored && Array.isArray(stored.messages)) messages = stored.messages;
    } catch (e) {
      showError('Loading the scheduled messages', e);
    }
    renderMessages(messages);
  }

  function renderBlocks(blocks) {
    const container = clear($('thank-you-blocks'));
    blocks.forEach((block) => container.append(renderBlock(block)));
    if (!blocks.length) container.append(el('h2', { text: 'Thank you for your order!' }));
  }

  function renderBlock(block) {
    const type = String(block.type || 'TEXT').toUpperCase();
    const box = el('div', { className: 'block-body' });
    const url = safeUrl(block.url);
    switch (type) {
      case 'HEADING':
        box.append(el('h2', { text: block.title || block.text || '' }));
        break;
      case 'COUPON':
      case 'REFERRAL':
        if (block.title) box.append(el('h3', { text: block.title }));
        if (block.text) box.append(el('p', { text: block.text }));
        if (block.code) box.append(el('div', { className: 'code', 'data-testid': type === 'COUPON' ? 'coupon-code' : 'referral-code', text: block.code }));
        if (url) box.append(el('a', { className: 'block-link', href: url, rel: 'noopener noreferrer', target: '_blank', text: url }));
        break;
      case 'LINK':
        if (url) box.append(el('a', { href: url, rel: 'noopener noreferrer', target: '_blank', text: block.title || url }));
        if (block.text) box.append(el('p', { text: block.text }));
        break;
      case 'IMAGE':
        if (url) box.append(el('img', { src: url, alt: block.title || '' }));
        if (block.text) box.append(el('p', { className: 'muted small', text: block.text }));
        break;
      case 'HTML':
        // Shown as its text only: a plugin's markup never reaches this page unparsed.
        if (block.title) box.append(el('h3', { text: block.title }));
        box.append(el('p', { text: new DOMParser().parseFromString(String(block.text || ''), 'text/html').body.textContent }));
        break;
      default:
        if (block.title) box.append(el('h3', { text: block.title }));
        if (block.text) box.append(el('p', { text: block.text }));
    }
    return el('div', { className: 'block block-' + type.toLowerCase(), 'data-testid': 'block', 'data-type': type, 'data-plugin': block.plugin },
      box, pluginBadge(block.plugin));
  }

  function renderMessages(messages) {
    const list = clear($('scheduled-messages'));
    messages.slice().sort((a, b) => String(a.dueAt).localeCompare(String(b.dueAt))).forEach((message) => {
      const due = new Date(message.dueAt);
      const valid = !Number.isNaN(due.getTime());
      const days = valid ? Math.round((due.getTime() - Date.now()) / 86400000) : null;
      list.append(el('li', { className: 'message', 'data-testid': 'scheduled-message', 'data-template': message.template, 'data-plugin': message.plugin },
        el('div', { className: 'message-head' },
          el('strong', { text: humanize(message.template || message.key) }),
          message.marketing ? el('span', { className: 'tag', text: 'marketing' }) : null,
          message.status ? el('span', { className: 'tag status', 'data-testid': 'message-status', text: String(message.status).toLowerCase() }) : null,
          pluginBadge(message.plugin)),
        el('div', { className: 'muted small', 'data-testid': 'message-due' },
          valid ? due.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }) +
            (days !== null ? ' (in ' + days + (days === 1 ? ' day)' : ' days)') : '') : String(message.dueAt || ''))));
    });
    show($('messages-empty'), messages.length === 0);
  }

  function showView(view) {
    show($('shop-view'), view === 'shop');
    show($('thank-you-view'), view === 'thank-you');
    window.scrollTo(0, 0);
  }

  // ---------- wiring ----------

  async function loadOutbox() {
    let data;
    if (!state.adminToken) return;
    try {
      data = await api('GET', '/admin/outbox', undefined, { Authorization: 'Bearer ' + state.adminToken });
    } catch (e) {
      $('outbox-empty').textContent = 'The outbox needs the admin token: ' + e.message;
      show($('outbox-empty'), true);
      return;
    }
    const list = $('outbox-mails');
    clear(list);
    const mails = (data && data.mails) || [];
    $('outbox-empty').textContent = 'Nothing sent yet.';
    show($('outbox-empty'), mails.length === 0);
    for (const mail of mails.slice(0, 10)) {
      list.appendChild(el('li', { 'data-testid': 'outbox-mail' },
        el('strong', {}, mail.subject || '(no subject)'),
        el('span', { className: 'muted small' }, ' to ' + mail.to + ' at ' + new Date(mail.at).toLocaleString()),
        el('pre', { className: 'small' }, mail.text || '')));
    }
  }

  function unlockOutbox(event) {
    event.preventDefault();
    const field = $('admin-token');
    state.adminToken = field.value.trim() || null;
    field.value = '';
    loadOutbox();
  }

  document.addEventListener('DOMContentLoaded', () => {
    setInterval(loadOutbox, 5000);
    $('outbox-form').addEventListener('submit', unlockOutbox);
    $('shop-select').addEventListener('change', (e) => switchShop(e.target.value));
    $('signup-form').addEventListener('submit', signUp);
    $('checkout-form').addEventListener('submit', checkOut);
    $('checkout-email').addEventListener('change', () => evaluateCart());
    $('error-close').addEventListener('click', hideError);
    window.addEventListener('hashchange', () => {
      const wanted = new URLSearchParams(window.location.hash.slice(1)).get('shop');
      if (wanted && state.shop && wanted !== state.shop.id && state.shops.some((s) => s.id === wanted)) {
        $('shop-select').value = wanted;
        switchShop(wanted);
      }
    });
    $('continue-shopping').addEventListener('click', () => {
      showView('shop');
      evaluateCart();
    });
    loadShops().catch((e) => showError('Loading shops', e));
  });
})();
