import { h, heading, table, empty, num, pct } from './dom.js';
import { get, enc } from './api.js';
import { barChart } from './chart.js';

const STAGES = [
  ['Leads', 'lead_captured'], ['Carts', 'cart_evaluated'], ['Orders', 'order_placed'],
  ['Thank-you pages', 'thank_you_shown'], ['Messages sent', 'message_sent']];
const RANGES = [['today', 'Today', 1], ['7d', '7 days', 7], ['30d', '30 days', 30]];
let range = '7d';
let customFrom = '';

export async function funnelPage(shopId) {
  const shops = await get('/admin/shops');
  const view = h('section', {}, heading('Funnel'));
  if (shops.length === 0) {
    view.append(empty('No shop yet', 'The funnel counts what each shop\'s storefront sends: add a shop to the config first.'));
    return view;
  }
  const shop = shops.find(s => s.id === shopId) || shops[0];
  const select = h('select', { id: 'funnel-shop', testid: 'funnel-shop', onchange: () => { location.hash = '#/funnel/' + enc(select.value); } },
    shops.map(s => h('option', { value: s.id, selected: s.id === shop.id }, s.id)));
  const from = h('input', { type: 'date', id: 'funnel-from', value: customFrom, testid: 'range-from' });
  const body = h('div', { testid: 'funnel-body' });
  const buttons = RANGES.map(([key, label]) => h('button', { type: 'button', 'aria-pressed': String(key === range), testid: 'range-' + key,
    onclick: () => { range = key; redraw(); } }, label));
  const apply = h('button', { type: 'button', testid: 'range-custom', 'aria-pressed': String(range === 'custom'), onclick: () => {
    if (!from.value) { from.focus(); return; }
    customFrom = from.value;
    range = 'custom';
    redraw();
  } }, 'From date');

  async function redraw() {
    buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(RANGES[i][0] === range)));
    apply.setAttribute('aria-pressed', String(range === 'custom'));
    body.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    body.replaceChildren(...await render(shop, days()));
  }

  view.append(h('div', { class: 'row' }, h('div', { class: 'field' }, h('label', { for: 'funnel-shop' }, 'Shop'), select),
    h('div', { class: 'actions', role: 'group', 'aria-label': 'Time range' }, buttons),
    h('div', { class: 'field' }, h('label', { for: 'funnel-from' }, 'Custom range from'), from), apply), body);
  await redraw();
  return view;
}

function days() {
  if (range === 'custom' && customFrom) {
    const start = Date.parse(customFrom + 'T00:00:00Z');
    return Math.min(366, Math.max(1, Math.ceil((Date.now() - start) / 86400000)));
  }
  return (RANGES.find(r => r[0] === range) || RANGES[1])[2];
}

// The admin API counts events in the window that ends now; the day-by-day series is the difference of windows a day apart.
async function render(shop, n) {
  const windows = await Promise.all(Array.from({ length: n }, (_, k) =>
    get('/admin/shops/' + enc(shop.id) + '/funnel?since=P' + (k + 1) + 'D')));
  const total = windows[n - 1];
  const c = total.counts;
  const series = [];
  for (let k = n - 1; k >= 0; k--) {
    const prev = k === 0 ? { counts: {} } : windows[k - 1];
    const day = new Date(Date.now() - k * 86400000).toISOString().slice(0, 10);
    const d = { day };
    for (const [, key] of STAGES) d[key] = (windows[k].counts[key] || 0) - (prev.counts[key] || 0);
    series.push(d);
  }
  const stages = h('div', { class: 'stages', testid: 'stages' }, STAGES.map(([label, key], i) => h('div', { class: 'stage', testid: 'stage', 'data-stage': key },
    h('span', {}, label), h('b', { testid: 'stage-count' }, num(c[key] || 0)),
    i > 0 ? h('small', { class: 'muted' }, pct(c[key] || 0, c[STAGES[i - 1][1]] || 0) + ' of the stage before') : null)));
  const plugins = Object.entries(total.byPlugin || {});
  return [
    h('p', { class: 'muted', testid: 'funnel-window' }, 'From ' + new Date(total.from).toLocaleString('en') + ' to now.'),
    stages,
    h('h2', {}, 'Day by day'),
    barChart(series, [{ key: 'lead_captured', label: 'Leads' }, { key: 'order_placed', label: 'Orders' }], 'Leads and orders per day in ' + shop.id),
    plugins.length ? table('What each plugin showed and sent', ['Plugin', 'Offers shown', 'Recommendations shown', 'Messages sent', 'Opened', 'Clicked'],
      plugins.map(([id, t]) => h('tr', { testid: 'funnel-plugin', 'data-plugin': id }, h('td', {}, id),
        ['offer_shown', 'recommendation_shown', 'message_sent', 'message_opened', 'message_clicked'].map(k => h('td', { class: 'n' }, num(t[k] || 0))))),
      'funnel-plugins') : h('p', { class: 'muted' }, 'No plugin contributed in this range yet.'),
    h('p', { class: 'muted' }, 'Revenue per plugin appears here once the host attributes orders to what plugins showed.'),
  ];
}
