import { h, table, empty, heading, num } from './dom.js';
import { get, put, del, enc } from './api.js';
import { status } from './app.js';

export async function shopsPage() {
  const [shops, plugins, config] = await Promise.all([get('/admin/shops'), get('/admin/plugins'), get('/admin/config')]);
  const failed = plugins.filter(p => p.state === 'FAILED');
  const view = h('section', {}, heading('Shops'));
  if (shops.length === 0) {
    view.append(empty('No shop yet',
      'Add a shop under shops: in ' + (config.source || 'the config file') + ', with its currency and the plugins it runs,'
        + ' for example: shops: { my-shop: { currency: EUR, plugins: [ lead-scoring ] } }.',
      plugins.length === 0 ? 'No plugin is loaded either: copy plugin zips into the folder host.pluginsDir names.'
        : 'Loaded plugins you can enable: ' + plugins.filter(p => p.state !== 'FAILED').map(p => p.id).join(', ') + '.',
      'The host picks the file up when it changes (host.watchConfig), or at the next start.'));
  }
  view.append(h('div', { class: 'cards' }, shops.map(s => h('article', { class: 'card', testid: 'shop-card', 'data-shop': s.id },
    h('h2', {}, h('a', { href: '#/shops/' + enc(s.id), testid: 'shop-link' }, s.id)),
    h('p', {}, s.currency + ' · ' + s.plugins.length + ' plugin' + (s.plugins.length === 1 ? '' : 's')),
    h('p', { class: 'muted' }, s.plugins.join(' → ') || 'No plugin enabled.'),
    h('p', { class: 'actions' }, h('a', { href: '#/funnel/' + enc(s.id) }, 'Funnel'))))));
  if (failed.length) view.append(failedTable(failed));
  if (config.lastRefusal) view.append(h('p', { class: 'bad', testid: 'last-refusal' }, 'Last config change refused: ' + config.lastRefusal));
  return view;
}

export function failedTable(failed) {
  return table('Plugin files that failed to load', ['File', 'Reason'],
    failed.map(p => h('tr', { testid: 'failed-plugin' }, h('td', {}, p.id), h('td', {}, p.reason))), 'failed-plugins');
}

export async function shopPage(shopId) {
  const [shops, plugins] = await Promise.all([get('/admin/shops'), get('/admin/plugins')]);
  const shop = shops.find(s => s.id === shopId);
  if (!shop) return h('section', {}, heading('Shop ' + shopId), empty('No such shop', 'Go back to the list of shops.'));
  const byId = Object.fromEntries(plugins.map(p => [p.id, p]));
  const view = h('section', {}, heading('Shop ' + shop.id),
    h('p', { class: 'muted' }, 'Plugins run in this order, first to last, unless a plugin\'s runsBefore/runsAfter says otherwise. '
      + 'Counts are since the host started.'));
  if (shop.plugins.length === 0) {
    view.append(empty('No plugin enabled', 'Enable one of the loaded plugins below.'));
  }
  const rows = [];
  shop.plugins.forEach((id, i) => {
    const p = byId[id] || {};
    const hooks = shop.hooks.filter(x => x.plugin === id);
    const span = Math.max(1, hooks.length);
    const first = [
      h('td', { rowspan: span, class: 'n' }, i + 1),
      h('td', { rowspan: span }, h('a', { href: '#/shops/' + enc(shop.id) + '/plugins/' + enc(id), testid: 'plugin-name' }, id)),
      h('td', { rowspan: span, class: 'hide-narrow' }, p.version || '–'),
      h('td', { rowspan: span }, h('span', { class: 'pill ' + (p.state || '') }, p.state || 'missing'))];
    const last = h('td', { rowspan: span }, h('div', { class: 'actions' },
      h('button', { type: 'button', testid: 'move-up', disabled: i === 0, 'aria-label': 'Move ' + id + ' up',
        onclick: () => move(shop, id, i) }, '↑'),
      h('button', { type: 'button', testid: 'move-down', disabled: i === shop.plugins.length - 1,
        'aria-label': 'Move ' + id + ' down', onclick: () => move(shop, id, i + 2) }, '↓'),
      disableButton(shop, id)));
    const cells = x => [h('td', {}, x.hook), h('td', {}, h('span', { class: 'pill ' + x.breaker, testid: 'breaker' }, x.breaker)),
      h('td', { class: 'n', testid: 'calls' }, num(x.calls)), h('td', { class: 'n' }, num(x.errors)),
      h('td', { class: 'n' }, num(x.timeouts)), h('td', { class: 'n hide-narrow' }, x.budgetMillis + ' ms')];
    if (hooks.length === 0) {
      rows.push(h('tr', { testid: 'plugin-row', 'data-plugin': id }, first, h('td', { colspan: 6, class: 'muted' }, 'no hook bound'), last));
    }
    hooks.forEach((x, k) => rows.push(h('tr', k === 0 ? { testid: 'plugin-row', 'data-plugin': id } : {},
      k === 0 ? first : null, cells(x), k === 0 ? last : null)));
  });
  if (rows.length) {
    view.append(table('Plugins of ' + shop.id + ' in order', ['#', 'Plugin', 'Version', 'State', 'Hook', 'Breaker', 'Calls',
      'Errors', 'Time-outs', 'Budget', 'Actions'].map((t, i) => (i === 2 || i === 9 ? h('th', { scope: 'col', class: 'hide-narrow' }, t) : t)),
    rows, 'plugin-table'));
    view.append(h('p', { class: 'muted' }, 'Time per call (p95) is not kept by the host yet; budgets and time-outs are.'));
  }
  const notes = conflicts(shop);
  if (notes.length) {
    view.append(h('h2', {}, 'Where the order differs'), h('ul', { testid: 'order-conflicts' }, notes.map(n => h('li', { testid: 'order-conflict' }, n))));
  }
  const enableable = plugins.filter(p => p.state !== 'FAILED' && !shop.plugins.includes(p.id));
  if (enableable.length) {
    const select = h('select', { id: 'enable-plugin', testid: 'enable-select' }, enableable.map(p => h('option', { value: p.id }, p.id + ' ' + p.version)));
    view.append(h('h2', {}, 'Enable a plugin'), h('div', { class: 'row' },
      h('div', { class: 'field' }, h('label', { for: 'enable-plugin' }, 'Loaded plugin'), select),
      h('button', { type: 'button', testid: 'enable', onclick: async () => {
        try {
          await put('/admin/shops/' + enc(shop.id) + '/plugins/' + enc(select.value), {});
          status('Enabled ' + select.value + ' (last, default settings).');
          location.hash = '#/shops/' + enc(shop.id) + '/plugins/' + enc(select.value);
        } catch (e) { status(e.message, true); }
      } }, 'Enable')));
  }
  return view;
}

function disableButton(shop, id) {
  let armed = false;
  const b = h('button', { type: 'button', class: 'danger', testid: 'disable', 'aria-label': 'Disable ' + id }, 'Disable');
  b.addEventListener('click', async () => {
    if (!armed) {
      armed = true;
      b.textContent = 'Confirm disable';
      return;
    }
    try {
      await del('/admin/shops/' + enc(shop.id) + '/plugins/' + enc(id));
      status('Disabled ' + id + ' for ' + shop.id + '; its settings are gone from the running config.');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (e) { status(e.message, true); }
  });
  b.addEventListener('blur', () => { armed = false; b.textContent = 'Disable'; });
  return b;
}

async function move(shop, id, position) {
  try {
    const current = await get('/admin/shops/' + enc(shop.id) + '/plugins/' + enc(id));
    await put('/admin/shops/' + enc(shop.id) + '/plugins/' + enc(id), { settings: current.settings, budget: current.budget, position });
    status('Moved ' + id + ' to place ' + position + '.');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } catch (e) { status(e.message, true); }
}

/** Each hook whose run order differs from the list, and which declared constraint made it so. */
export function conflicts(shop) {
  const notes = [];
  const kinds = [...new Set(shop.hooks.map(x => x.hook))];
  for (const kind of kinds) {
    const ran = shop.hooks.filter(x => x.hook === kind).map(x => x.plugin);
    const listed = shop.plugins.filter(p => ran.includes(p));
    for (let a = 0; a < listed.length; a++) {
      for (let b = a + 1; b < listed.length; b++) {
        const first = listed[a], second = listed[b];
        if (ran.indexOf(second) > ran.indexOf(first)) continue;
        const hookOf = id => shop.hooks.find(x => x.hook === kind && x.plugin === id) || {};
        const why = (hookOf(second).runsBefore || []).includes(first) ? second + ' declares runsBefore ' + first
          : (hookOf(first).runsAfter || []).includes(second) ? first + ' declares runsAfter ' + second
            : 'constraints further along the list';
        notes.push(kind + ': ' + second + ' runs before ' + first + ' although listed after it, because ' + why + '.');
      }
    }
  }
  return notes;
}
