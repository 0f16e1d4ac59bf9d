import { h, heading, table, empty, num, pct, money } from './dom.js';
import { get, enc } from './api.js';
import { barChart } from './chart.js';

const STAGES = [
  ['Leads', 'lead_captured'], ['Carts', 'cart_evaluated'], ['Orders', 'order_placed'],
  ['Thank-you pages', 'thank_you_shown'], ['Messages sent', 'message_sent']];
const RANGES = [['today', 'Today', 1], ['7d', '7 days', 7], ['30d', '30 days', 30]];
let range = '7d';
let custom = { from: '', to: '' };

const day = offset => new Date(Date.now() - offset * 86400000).toISOString().slice(0, 10);

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
  const from = h('input', { type: 'date', id: 'funnel-from', value: custom.from, max: day(0), testid: 'range-from' });
  const to = h('input', { type: 'date', id: 'funnel-to', value: custom.to || day(0), max: day(0), testid: 'range-to' });
  const body = h('div', { testid: 'funnel-body', 'aria-live': 'polite' });
  const buttons = RANGES.map(([key, label]) => h('button', { type: 'button', testid: 'range-' + key, onclick: () => { range = key; redraw(); } }, label));
  const apply = h('button', { type: 'button', testid: 'range-custom', onclick: () => {
    if (!from.value) { from.focus(); return; }
    custom = { from: from.value, to: to.value || day(0) };
    range = 'custom';
    redraw();
  } }, 'Show range');

  async function redraw() {
    buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(RANGES[i][0] === range)));
    apply.setAttribute('aria-pressed', String(range === 'custom'));
    const [a, b] = range === 'custom' ? [custom.from, custom.to] : [day((RANGES.find(r => r[0] === range) || RANGES[1])[2] - 1), day(0)];
    try {
      body.replaceChildren(...render(shop, await get('/admin/shops/' + enc(shop.id) + '/funnel?from=' + a + '&to=' + b), a, b));
    } catch (e) {
      body.replaceChildren(h('p', { class: 'bad', testid: 'funnel-error' }, e.message));
    }
  }

  view.append(h('div', { class: 'row' }, h('div', { class: 'field' }, h('label', { for: 'funnel-shop' }, 'Shop'), select),
    h('div', { class: 'actions', role: 'group', 'aria-label': 'Time range' }, buttons),
    h('div', { class: 'field' }, h('label', { for: 'funnel-from' }, 'From'), from),
    h('div', { class: 'field' }, h('label', { for: 'funnel-to' }, 'To'), to), apply), body);
  await redraw();
  return view;
}

const amount = (m, currency) => Number((m || {})[currency] || 0);

function render(shop, f, first, last) {
  const c = f.counts;
  const cur = f.currency || shop.currency;
  const revenue = amount(f.orders && f.orders.revenue, cur);
  const attributed = amount(f.attributed && f.attributed.revenue, cur);
  const stages = h('div', { class: 'stages', testid: 'stages' }, STAGES.map(([label, key], i) => h('div', { class: 'stage', testid: 'stage', 'data-stage': key },
    h('span', {}, label), h('b', { testid: 'stage-count' }, num(c[key] || 0)),
    i > 0 ? h('small', { class: 'muted' }, pct(c[key] || 0, c[STAGES[i - 1][1]] || 0) + ' of the stage before') : null)),
  h('div', { class: 'stage', testid: 'revenue', 'data-amount': revenue }, h('span', {}, 'Revenue'), h('b', {}, money(revenue, cur)),
    h('small', { class: 'muted' }, num(f.orders ? f.orders.count : 0) + ' orders')),
  h('div', { class: 'stage', testid: 'attributed', 'data-amount': attributed }, h('span', {}, 'Attributed to plugins'),
    h('b', {}, money(attributed, cur)), h('small', { class: 'muted' }, 'credited order lines, before discounts')));
  const moneyStages = f.stages || [];
  const plugins = moneyStages.flatMap(s => s.plugins.map(p => ({ ...p, stage: s.stage, actedOn: s.actedOn })));
  const series = (f.daily || []).map(d => ({ day: d.day, revenue: amount(d.orders.revenue, cur), attributed: amount(d.attributed.revenue, cur) }));
  return [
    h('p', { class: 'muted', testid: 'funnel-window' }, 'From ' + first + ' to ' + last + ' (UTC days, both included).'),
    stages,
    h('h2', {}, 'Day by day'),
    series.length ? barChart(series, [{ key: 'revenue', label: 'Revenue (' + cur + ')' }, { key: 'attributed', label: 'Attributed to plugins' }],
      'Revenue and attributed revenue per day in ' + shop.id) : null,
    moneyStages.length ? table('Each stage in money', ['Stage', 'Shown', 'Acted on', 'Orders', 'Revenue', 'Conversion', 'Per 1,000 shown'],
      moneyStages.map(s => h('tr', { testid: 'money-stage', 'data-stage': s.stage }, h('td', {}, s.stage), h('td', { class: 'n' }, num(s.shown)),
        h('td', { class: 'n' }, num(s.acted) + ' ' + s.actedOn), h('td', { class: 'n' }, num(s.orders)),
        h('td', { class: 'n' }, money(amount(s.revenue, cur), cur)), h('td', { class: 'n' }, rate(s.conversionRate)),
        h('td', { class: 'n' }, money(amount(s.revenuePerThousand, cur), cur)))), 'money-stages') : null,
    plugins.length ? table('Attributed revenue per plugin', ['Plugin', 'Stage', 'Shown', 'Acted on', 'Orders', 'Revenue', 'Conversion'],
      plugins.map(p => h('tr', { testid: 'funnel-plugin', 'data-plugin': p.plugin, 'data-revenue': amount(p.revenue, cur) },
        h('td', {}, p.plugin), h('td', {}, p.stage), h('td', { class: 'n' }, num(p.shown)), h('td', { class: 'n' }, num(p.acted) + ' ' + p.actedOn),
        h('td', { class: 'n' }, num(p.orders)), h('td', { class: 'n' }, money(amount(p.revenue, cur), cur)), h('td', { class: 'n' }, rate(p.conversionRate)))),
      'funnel-plugins') : h('p', { class: 'muted' }, 'No plugin showed anything in this range yet.'),
    f.ignoredRefs && f.ignoredRefs.total ? h('p', { class: 'muted', testid: 'ignored-refs' }, f.ignoredRefs.total
      + ' references sent back by the storefront were ignored (forged, expired, of another shop or malformed).') : null,
  ];
}

function rate(r) {
  return r === null || r === undefined ? '–' : (100 * r).toFixed(1) + '%';
}
