import { h, field, heading } from './dom.js';
import { call, get, setCsrf, onSignedOut } from './api.js';
import { shopsPage, shopPage } from './shops.js';
import { settingsPage } from './settings.js';
import { pluginsPage } from './plugins.js';
import { funnelPage } from './funnel.js';
import { experimentsPage } from './experiments.js';
import { outboxPage } from './outbox.js';
import { customersPage } from './customers.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const signOutButton = document.getElementById('sign-out');
let signedIn = false;

const routes = [
  [/^#\/shops\/([^/]+)\/plugins\/([^/]+)$/, (s, p) => settingsPage(s, p)],
  [/^#\/shops\/([^/]+)$/, s => shopPage(s)],
  [/^#\/plugins$/, () => pluginsPage()],
  [/^#\/funnel(?:\/([^/]+))?$/, s => funnelPage(s)],
  [/^#\/experiments(?:\/([^/]+))?$/, s => experimentsPage(s)],
  [/^#\/outbox$/, () => outboxPage()],
  [/^#\/customers$/, () => customersPage()],
  [/^.*$/, () => shopsPage()],
];

export function status(text, bad) {
  const el = document.getElementById('status');
  el.textContent = text || '';
  el.className = bad ? 'bad' : text ? 'good' : '';
}

async function render() {
  if (!signedIn) return;
  const hash = location.hash || '#/shops';
  for (const a of nav.querySelectorAll('a')) {
    a.toggleAttribute('aria-current', hash.startsWith(a.getAttribute('href')));
  }
  for (const [pattern, page] of routes) {
    const m = hash.match(pattern);
    if (!m) continue;
    try {
      const view = await page(...m.slice(1).map(x => x === undefined ? undefined : decodeURIComponent(x)));
      main.replaceChildren(view);
    } catch (e) {
      if (e.status === 401) return;
      main.replaceChildren(heading('Something went wrong'), h('p', { class: 'bad', testid: 'page-error' }, e.message));
    }
    const title = main.querySelector('h1');
    if (title) title.focus();
    if (!performance.getEntriesByName('console-interactive').length) performance.mark('console-interactive');
    return;
  }
}

function signInForm(message) {
  signedIn = false;
  setCsrf(null);
  nav.hidden = true;
  signOutButton.hidden = true;
  const token = h('input', { type: 'password', name: 'token', autocomplete: 'current-password', required: true,
    testid: 'token' });
  const error = h('p', { class: 'bad', testid: 'sign-in-error', role: 'alert' }, message || '');
  const form = h('form', { class: 'card narrow', testid: 'sign-in', onsubmit: async ev => {
    ev.preventDefault();
    error.textContent = '';
    try {
      const session = await call('POST', '/admin/session', { token: token.value });
      token.value = '';
      started(session);
    } catch (e) {
      token.value = '';
      error.textContent = e.message;
      token.focus();
    }
  } },
  heading('Sign in'),
  h('p', {}, 'Type the host\'s admin token (host.adminToken). It is exchanged for a session that ends after '
    + '30 minutes without use or 12 hours after sign-in; the token itself is not kept.'),
  field('Admin token', token, 'The demo prints it at start.', 'token'),
  error,
  h('button', { type: 'submit', testid: 'sign-in-submit' }, 'Sign in'));
  main.replaceChildren(form);
  token.focus();
}

function started(session) {
  setCsrf(session.csrfToken);
  signedIn = true;
  nav.hidden = false;
  signOutButton.hidden = false;
  render();
}

signOutButton.addEventListener('click', async () => {
  try { await call('DELETE', '/admin/session'); } catch (e) { /* ended already */ }
  signInForm('Signed out.');
});
onSignedOut(e => signInForm(e.message));
window.addEventListener('hashchange', render);

get('/admin/session').then(s => (s.signedIn ? started(s) : signInForm('')), e => signInForm(e.message));
