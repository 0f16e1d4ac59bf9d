// Builds elements from data; text always goes in as text, never as markup.
export function h(tag, attrs, ...children) {
  const svg = tag.startsWith('svg:');
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'testid') el.setAttribute('data-testid', v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function table(caption, headers, rows, testid) {
  return h('div', { class: 'scroll' }, h('table', { testid },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map(x => (x instanceof Node && x.tagName === 'TH' ? x : h('th', { scope: 'col' }, x))))),
    h('tbody', {}, rows)));
}

export function empty(title, ...advice) {
  return h('div', { class: 'empty', testid: 'empty-state' }, h('h2', {}, title), advice.map(a => h('p', {}, a)));
}

export function field(label, input, help, name) {
  const id = input.id || ('f-' + Math.random().toString(36).slice(2));
  input.id = id;
  const helpId = id + '-help';
  const errId = id + '-error';
  input.setAttribute('aria-describedby', helpId + ' ' + errId);
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: id }, label), input,
    h('small', { id: helpId, class: 'help' }, help || ''),
    h('p', { id: errId, class: 'field-error', testid: 'field-error', role: 'alert' }));
}

export function heading(text) {
  return h('h1', { tabindex: '-1', testid: 'page-title' }, text);
}

export function num(n) {
  return n === null || n === undefined ? '–' : Number(n).toLocaleString('en');
}

export function money(amount, currency) {
  if (amount === null || amount === undefined) return '–';
  return Number(amount).toLocaleString('en', { style: 'currency', currency: currency || 'EUR' });
}

export function pct(part, whole) {
  return whole > 0 ? (100 * part / whole).toFixed(1) + '%' : '–';
}
