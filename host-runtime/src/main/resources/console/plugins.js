import { h, table, empty, heading, field } from './dom.js';
import { get, post, put, enc } from './api.js';
import { status } from './app.js';
import { failedTable } from './shops.js';

export async function pluginsPage() {
  const [plugins, config, shops] = await Promise.all([get('/admin/plugins'), get('/admin/config'), get('/admin/shops')]);
  const loaded = plugins.filter(p => p.state !== 'FAILED');
  const failed = plugins.filter(p => p.state === 'FAILED');
  const view = h('section', {}, heading('Plugins'));
  if (loaded.length === 0) {
    view.append(empty('No plugin loaded', 'Copy plugin zips into the plugins folder (host.pluginsDir) and restart the host, '
      + 'or install one with POST /admin/plugins?file=NAME.'));
  } else {
    view.append(table('Loaded plugins', ['Plugin', 'Version', 'State', 'Hooks', 'Shops', 'Order constraints'],
      loaded.map(p => h('tr', { testid: 'loaded-plugin', 'data-plugin': p.id },
        h('td', {}, h('b', {}, p.id), h('br'), h('small', { class: 'muted' }, p.description || '')),
        h('td', {}, p.version), h('td', {}, h('span', { class: 'pill ' + p.state }, p.state)),
        h('td', {}, p.hooks.join(', ')), h('td', {}, p.shops.join(', ') || '–'),
        h('td', {}, [p.runsBefore.length ? 'before ' + p.runsBefore.join(', ') : '',
          p.runsAfter.length ? 'after ' + p.runsAfter.join(', ') : ''].filter(Boolean).join('; ') || '–'))),
      'loaded-plugins'));
  }
  if (failed.length) view.append(failedTable(failed));
  view.append(h('h2', {}, 'Install from a file'));
  if (!config.allowPluginUpload) {
    view.append(h('p', { class: 'muted', testid: 'upload-off' }, 'Installing plugin code over HTTP is off. Copy the file into '
      + 'the plugins folder, or set host.allowPluginUpload: true on a host only trusted operators reach.'));
    return view;
  }
  const file = h('input', { type: 'file', accept: '.zip,.jar', testid: 'upload-file' });
  const result = h('div', { 'aria-live': 'polite', testid: 'upload-result' });
  view.append(h('form', { class: 'card', onsubmit: async ev => {
    ev.preventDefault();
    const f = file.files[0];
    if (!f) return;
    try {
      const local = await sha256(f);
      const p = await post('/admin/plugins?file=' + enc(f.name), f, 'application/octet-stream');
      result.replaceChildren(h('p', {}, 'Installed ', h('b', {}, p.id + ' ' + p.version), '; enabled for no shop yet.'),
        h('p', {}, 'SHA-256 of the file the host keeps: ', h('code', { testid: 'upload-sha256' }, p.sha256)),
        local ? h('p', { class: local === p.sha256 ? 'good' : 'bad' }, local === p.sha256
          ? 'It matches the file you chose.' : 'It does not match the file you chose (' + local + ')!') : null,
        enableForm(p.id, shops));
    } catch (e) { result.replaceChildren(h('p', { class: 'bad' }, e.message)); }
  } }, field('Plugin file (zip or jar)', file, 'Compare the SHA-256 shown after upload with the one its author published before you enable it.', 'file'),
  h('button', { type: 'submit', testid: 'upload' }, 'Upload'), result));
  return view;
}

function enableForm(id, shops) {
  const select = h('select', { id: 'enable-in' }, shops.map(s => h('option', { value: s.id }, s.id)));
  return h('div', { class: 'row' }, h('div', { class: 'field' }, h('label', { for: 'enable-in' }, 'Enable for shop'), select),
    h('button', { type: 'button', onclick: async () => {
      try {
        await put('/admin/shops/' + enc(select.value) + '/plugins/' + enc(id), {});
        status('Enabled ' + id + ' for ' + select.value + '.');
        location.hash = '#/shops/' + enc(select.value) + '/plugins/' + enc(id);
      } catch (e) { status(e.message, true); }
    } }, 'Enable'));
}

async function sha256(file) {
  if (!window.crypto || !crypto.subtle) return null; // only in secure contexts
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, '0')).join('');
}
