import { h, heading, table, empty, num, field } from './dom.js';
import { get, post, enc } from './api.js';
import { status } from './app.js';

const EXAMPLE = '{"id": "upsell-vs-holdout", "stage": "upsell", "metric": "revenuePerVisitor",\n'
  + ' "variants": [{"name": "control", "weight": 1, "plugin": "co-purchase-upsell"}, {"name": "holdout", "weight": 1}]}';

export async function experimentsPage(shopId) {
  const shops = await get('/admin/shops');
  const view = h('section', {}, heading('Experiments'));
  if (shops.length === 0) {
    view.append(empty('No shop yet', 'Experiments split one shop\'s traffic between plugins or settings: add a shop first.'));
    return view;
  }
  const shop = shops.find(s => s.id === shopId) || shops[0];
  const base = '/admin/shops/' + enc(shop.id) + '/experiments';
  let list;
  try {
    list = await get(base);
  } catch (e) {
    if (e.status !== 404) throw e;
    view.append(empty('No experiment API on this host', 'This host\'s admin API does not offer experiments.'));
    return view;
  }
  const select = h('select', { id: 'experiments-shop', testid: 'experiments-shop',
    onchange: () => { location.hash = '#/experiments/' + enc(select.value); } },
  shops.map(s => h('option', { value: s.id, selected: s.id === shop.id }, s.id)));
  view.append(h('div', { class: 'field' }, h('label', { for: 'experiments-shop' }, 'Shop'), select));
  if (list.experiments.length === 0) {
    view.append(empty('No experiment in ' + shop.id, 'Create one below as a draft (or under experiments: in the shop\'s config), '
      + 'check it, then start it. Each visitor or customer sees one variant, by a hash of their id.'));
  }
  list.experiments.forEach(x => view.append(card(base, x)));
  view.append(createForm(base));
  return view;
}

function refresh() {
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

async function act(url, body, done) {
  try {
    await post(url, body);
    status(done);
    refresh();
  } catch (e) { status(e.message, true); }
}

function card(base, x) {
  const r = x.results;
  const url = base + '/' + enc(x.id);
  const actions = [];
  if (x.phase === 'DRAFT' || x.phase === 'STOPPED') {
    actions.push(h('button', { type: 'button', class: 'primary', testid: 'experiment-start', onclick: () => act(url + '/start', {}, 'Started ' + x.id + '.') }, 'Start'));
  }
  if (x.phase === 'RUNNING') {
    actions.push(h('button', { type: 'button', testid: 'experiment-stop', onclick: () => act(url + '/stop', {}, 'Stopped ' + x.id + '.') }, 'Stop'));
  }
  if (x.phase === 'RUNNING' || x.phase === 'STOPPED') {
    const chosen = h('select', { 'aria-label': 'Variant to promote', testid: 'promote-variant' },
      x.variants.map(v => h('option', { value: v.name, selected: v.name === r.winner }, v.name)));
    actions.push(chosen, h('button', { type: 'button', testid: 'experiment-promote',
      onclick: () => act(url + '/promote', { variant: chosen.value }, 'Promoted ' + chosen.value + ' in ' + x.id + '.') }, 'Promote'));
  }
  if (x.phase === 'PROMOTED') {
    actions.push(h('button', { type: 'button', testid: 'experiment-revert', onclick: () => act(url + '/revert', {}, 'Reverted ' + x.id + '.') }, 'Revert'));
  }
  const srm = r.sampleRatio || {};
  return h('article', { class: 'card', testid: 'experiment', 'data-experiment': x.id },
    h('h2', {}, x.id, ' ', h('span', { class: 'pill ' + x.phase, testid: 'experiment-phase' }, x.phase)),
    h('p', { class: 'muted' }, 'Stage ' + x.stage + ' · unit ' + x.unit + ' · metric ' + x.metric
      + (x.startedAt ? ' · started ' + new Date(x.startedAt).toLocaleString('en') : '')
      + (x.promoted ? ' · promoted ' + x.promoted : '')),
    h('p', { testid: 'experiment-verdict' }, h('b', {}, 'Verdict: ' + r.verdict), r.winner ? ' (winner ' + r.winner + ')' : '',
      r.reason ? ' — ' + r.reason : ''),
    h('p', { testid: 'sample-ratio', class: srm.alarm ? 'bad' : '' }, srm.alarm
      ? 'Sample ratio mismatch: the arms did not get the shares they should (p = ' + fmt(srm.pValue, 5) + '); do not trust the results.'
      : 'Sample ratio check: ' + (srm.pValue === null || srm.pValue === undefined ? 'not enough units yet' : 'p = ' + fmt(srm.pValue, 3) + ', no mismatch') + '.'),
    table('Arms', ['Variant', 'Plugin', 'Weight', 'Units', 'Exposures', 'Conversions', 'Orders', 'Revenue', 'Mean'],
      r.arms.map(a => {
        const v = x.variants.find(y => y.name === a.variant) || {};
        return h('tr', { testid: 'arm', 'data-variant': a.variant }, h('td', {}, a.variant), h('td', {}, v.plugin || 'none (holdout)'),
          h('td', { class: 'n' }, v.weight), h('td', { class: 'n', testid: 'arm-units' }, num(a.units)), h('td', { class: 'n' }, num(a.exposures)),
          h('td', { class: 'n' }, num(a.conversions)), h('td', { class: 'n' }, num(a.orders)), h('td', { class: 'n' }, fmt(a.revenue, 2)),
          h('td', { class: 'n' }, fmt(a.mean, 4)));
      }), 'arms'),
    r.comparisons.length ? table('Comparisons (always-valid 95% intervals)', ['Treatment vs control', 'Difference', 'Lift', 'p-value'],
      r.comparisons.map(c => h('tr', { testid: 'comparison' }, h('td', {}, c.treatment + ' vs ' + c.control),
        h('td', {}, interval(c.difference, 4)), h('td', {}, interval(c.lift, 3, true)), h('td', { class: 'n' }, fmt(c.pValue, 4)))),
      'comparisons') : null,
    r.guardrails.length ? table('Guardrails', ['Guardrail', 'Variant', 'Difference', 'Margin', 'Harmed'],
      r.guardrails.map(g => h('tr', { testid: 'guardrail' }, h('td', {}, g.guardrail), h('td', {}, g.variant),
        h('td', {}, interval(g.difference, 4)), h('td', { class: 'n' }, fmt(g.margin, 4)),
        h('td', { class: g.harmed ? 'bad' : '' }, g.harmed ? 'yes' : 'no'))), 'guardrails')
      : h('p', { class: 'muted' }, 'Guardrails: ' + (x.guardrails.length ? x.guardrails.join(', ') + ' (no data yet)' : 'none declared') + '.'),
    h('div', { class: 'actions' }, actions));
}

function fmt(v, digits) {
  return v === null || v === undefined ? '–' : Number(v).toFixed(digits);
}

function interval(i, digits, percent) {
  if (!i || i.estimate === null || i.estimate === undefined) return '–';
  const f = (v, inf) => (v === null || v === undefined ? inf : percent ? (100 * v).toFixed(1) + '%' : Number(v).toFixed(digits));
  return f(i.estimate, '–') + ' [' + f(i.lower, '−∞') + ', ' + f(i.upper, '∞') + ']';
}

function createForm(base) {
  const text = h('textarea', { rows: 5, cols: 60, testid: 'experiment-definition', spellcheck: 'false' }, EXAMPLE);
  const error = h('p', { class: 'field-error', role: 'alert', testid: 'experiment-error' });
  return h('form', { class: 'card', onsubmit: async ev => {
    ev.preventDefault();
    error.textContent = '';
    let body;
    try { body = JSON.parse(text.value); } catch (e) { error.textContent = 'Not JSON: ' + e.message; return; }
    try {
      await post(base, body);
      status('Created a draft; start it when it looks right.');
      refresh();
    } catch (e) { error.textContent = (e.field ? e.field + ': ' : '') + e.message; }
  } }, h('h2', {}, 'New experiment (draft)'),
  field('Definition (JSON, the fields of an experiment in the shop config)', text,
    'id, stage, variants with name, weight and plugin (none: a holdout) or settings; optional unit, metric, guardrails, salt.', 'definition'),
  error, h('button', { type: 'submit', testid: 'experiment-create' }, 'Create draft'));
}
