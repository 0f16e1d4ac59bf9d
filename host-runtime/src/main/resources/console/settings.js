import { h, field, heading, table } from './dom.js';
import { get, put, enc } from './api.js';
import { status } from './app.js';

// A form generated from the plugin's declared settings: each control knows how to read its value back.
export async function settingsPage(shopId, pluginId) {
  const path = '/admin/shops/' + enc(shopId) + '/plugins/' + enc(pluginId);
  const plugin = await get(path);
  const controls = plugin.schema.map(spec => control(spec, plugin.settings[spec.name]));
  const budget = h('input', { name: 'budget', value: plugin.budget, testid: 'budget', size: 10 });
  const budgetField = field('Time budget per call', budget, 'Such as 50ms or PT0.05S; a call that takes longer is answered without it.', 'budget');
  const review = h('div', { testid: 'review', 'aria-live': 'polite' });
  const form = h('form', { class: 'card', testid: 'settings-form', novalidate: true, onsubmit: ev => {
    ev.preventDefault();
    showDiff();
  } },
  plugin.schema.length === 0 ? h('p', { class: 'muted', testid: 'no-settings' }, 'This plugin declares no settings.') : null,
  controls.map(c => c.element), budgetField,
  h('div', { class: 'actions' }, h('button', { type: 'submit', testid: 'review-changes' }, 'Review changes')),
  review);

  function values() {
    const out = {};
    controls.forEach(c => {
      const v = c.read();
      if (v !== undefined) out[c.spec.name] = v;
    });
    return out;
  }

  function showDiff() {
    clearErrors(form);
    const next = values();
    const names = [...new Set([...Object.keys(plugin.settings), ...Object.keys(next)])];
    const rows = names.filter(n => show(plugin.settings[n]) !== show(next[n]))
      .map(n => h('tr', { testid: 'diff-row', 'data-setting': n }, h('th', { scope: 'row' }, n),
        h('td', {}, h('del', {}, show(plugin.settings[n]))), h('td', {}, h('ins', {}, show(next[n])))));
    if (budget.value.trim() !== plugin.budget) {
      rows.push(h('tr', { testid: 'diff-row', 'data-setting': 'budget' }, h('th', { scope: 'row' }, 'budget'),
        h('td', {}, h('del', {}, plugin.budget)), h('td', {}, h('ins', {}, budget.value.trim()))));
    }
    if (rows.length === 0) {
      review.replaceChildren(h('p', { class: 'muted', testid: 'no-changes' }, 'Nothing changed.'));
      return;
    }
    const apply = h('button', { type: 'button', class: 'primary', testid: 'apply', onclick: () => save(next) }, 'Apply');
    review.replaceChildren(h('div', { class: 'diff' }, table('What changes', ['Setting', 'Now', 'After'], rows, 'diff')),
      h('div', { class: 'actions' }, apply, h('button', { type: 'button', onclick: () => review.replaceChildren() }, 'Cancel')));
    apply.focus();
  }

  async function save(next) {
    try {
      await put(path, { settings: next, budget: budget.value.trim() });
      status('Saved the settings of ' + pluginId + ' for ' + shopId + '.');
      location.hash = '#/shops/' + enc(shopId);
    } catch (e) {
      review.replaceChildren();
      const name = e.field && e.field.startsWith('settings.') ? e.field.slice(9) : e.field;
      const box = name && form.querySelector('[data-field="' + CSS.escape(name) + '"]');
      if (box) {
        box.querySelector('.field-error').textContent = e.message;
        const input = box.querySelector('input, select, textarea');
        if (input) { input.setAttribute('aria-invalid', 'true'); input.focus(); }
        status('Nothing was saved: ' + name + ' needs another value.', true);
      } else {
        status('Nothing was saved: ' + e.message, true);
      }
    }
  }

  return h('section', {}, heading(pluginId + ' in ' + shopId),
    h('p', { class: 'muted' }, (plugin.description || '') + (plugin.version ? ' · version ' + plugin.version : '')
      + ' · place ' + plugin.position + ' in the list'),
    plugin.runsBefore.length || plugin.runsAfter.length ? h('p', { testid: 'constraints' },
      'Declares ' + [plugin.runsBefore.length ? 'runsBefore ' + plugin.runsBefore.join(', ') : '',
        plugin.runsAfter.length ? 'runsAfter ' + plugin.runsAfter.join(', ') : ''].filter(Boolean).join(' and ')
      + ': the host keeps these whatever the list says.') : null,
    form, h('p', {}, h('a', { href: '#/shops/' + enc(shopId) }, 'Back to ' + shopId)));
}

function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach(e => { e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
}

function show(v) {
  if (v === undefined || v === null) return '(default)';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function help(spec) {
  const parts = [spec.help];
  if (spec.min !== null && spec.min !== undefined || spec.max !== null && spec.max !== undefined) {
    parts.push('From ' + (spec.min ?? '…') + ' to ' + (spec.max ?? '…') + '.');
  }
  if (spec.default !== null && spec.default !== undefined) parts.push('Default: ' + spec.default + '.');
  if (spec.required) parts.push('Required.');
  return parts.filter(Boolean).join(' ');
}

function control(spec, current) {
  const label = spec.name + ' (' + spec.type.toLowerCase().replace('_', ' ') + ')';
  const attrs = { name: spec.name, testid: 'setting-' + spec.name };
  if (spec.type === 'STRING_LIST') return listControl(spec, current, label);
  if (spec.type === 'STRUCTURE') return structureControl(spec, current, label);
  let input;
  if (spec.allowedValues.length || spec.type === 'BOOLEAN') {
    const options = spec.type === 'BOOLEAN' ? ['true', 'false'] : spec.allowedValues;
    input = h('select', attrs, h('option', { value: '' }, '(default' + (spec.default ? ': ' + spec.default : '') + ')'),
      options.map(o => h('option', { value: o, selected: current !== undefined && String(current) === o }, o)));
  } else {
    input = h('input', { ...attrs, value: current === undefined || current === null ? '' : String(current),
      placeholder: spec.default ?? '', inputmode: spec.type === 'INTEGER' || spec.type === 'DECIMAL' ? 'decimal' : null });
  }
  return {
    spec, element: field(label, input, help(spec), spec.name),
    read: () => {
      const v = input.value.trim();
      if (v === '') return undefined;
      if (spec.type === 'BOOLEAN') return v === 'true';
      // integers go as JSON numbers; anything else as typed, so that the host names what is wrong with it
      return spec.type === 'INTEGER' && /^-?\d{1,15}$/.test(v) ? Number(v) : v;
    },
  };
}

function listControl(spec, current, label) {
  const items = h('ol', { class: 'list', testid: 'list-' + spec.name });
  const add = value => {
    const input = h('input', { value: value ?? '', 'aria-label': spec.name + ' item', testid: 'list-item' });
    const li = h('li', { class: 'row' }, input,
      h('button', { type: 'button', 'aria-label': 'Remove item', onclick: () => li.remove() }, 'Remove'));
    items.append(li);
    return input;
  };
  (Array.isArray(current) ? current : []).forEach(add);
  const box = h('fieldset', { 'data-field': spec.name, testid: 'setting-' + spec.name },
    h('legend', {}, label), h('small', { class: 'help' }, help(spec)), items,
    h('button', { type: 'button', testid: 'list-add', onclick: () => add('').focus() }, 'Add item'),
    h('p', { class: 'field-error', testid: 'field-error', role: 'alert' }));
  return {
    spec, element: box,
    read: () => {
      const values = [...items.querySelectorAll('input')].map(i => i.value.trim()).filter(Boolean);
      return values.length || current !== undefined ? values : undefined;
    },
  };
}

// A list of objects (such as retention steps) as rows of fields; a map as name/value rows.
function structureControl(spec, current, label) {
  let sample = current;
  if (sample === undefined && spec.default) {
    try { sample = JSON.parse(spec.default); } catch (e) { sample = undefined; }
  }
  const isMap = sample && !Array.isArray(sample) && typeof sample === 'object';
  const rowsOf = isMap ? Object.entries(sample).map(([k, v]) => ({ name: k, value: v })) : (Array.isArray(sample) ? sample : []);
  const columns = isMap ? ['name', 'value'] : [...new Set(rowsOf.flatMap(r => r && typeof r === 'object' ? Object.keys(r) : []))];
  if (columns.length === 0) columns.push('value');
  const items = h('ol', { class: 'list', testid: 'structure-' + spec.name });
  const add = row => {
    const inputs = columns.map(c => h('input', { value: row && row[c] !== undefined ? show(row[c]) : '', 'data-key': c,
      testid: 'structure-' + c, size: 12 }));
    const li = h('li', { class: 'row', testid: 'structure-row' },
      inputs.map(i => h('div', { class: 'field' }, h('label', {}, i.dataset.key, i))),
      h('button', { type: 'button', 'aria-label': 'Remove row', onclick: () => li.remove() }, 'Remove'));
    items.append(li);
    return inputs[0];
  };
  rowsOf.forEach(add);
  const box = h('fieldset', { 'data-field': spec.name, testid: 'setting-' + spec.name },
    h('legend', {}, label), h('small', { class: 'help' }, help(spec)), items,
    h('button', { type: 'button', testid: 'structure-add', onclick: () => add(null).focus() }, 'Add row'),
    h('p', { class: 'field-error', testid: 'field-error', role: 'alert' }));
  const scalar = v => /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v === 'true' ? true : v === 'false' ? false : v;
  return {
    spec, element: box,
    read: () => {
      const rows = [...items.querySelectorAll('li')].map(li => {
        const o = {};
        li.querySelectorAll('input').forEach(i => { if (i.value.trim() !== '') o[i.dataset.key] = scalar(i.value.trim()); });
        return o;
      }).filter(o => Object.keys(o).length);
      if (rows.length === 0 && current === undefined) return undefined;
      if (isMap) return Object.fromEntries(rows.map(r => [r.name, r.value]));
      return columns.length === 1 && columns[0] === 'value' ? rows.map(r => r.value) : rows;
    },
  };
}
