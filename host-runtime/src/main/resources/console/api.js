// The admin API as the console calls it: the session cookie goes by itself, the CSRF token in a header on changes.
let csrf = null;
const listeners = [];

export function onSignedOut(fn) { listeners.push(fn); }
export function setCsrf(token) { csrf = token; }

export class ApiError extends Error {
  constructor(status, body) {
    const e = (body && body.error) || {};
    super(e.message || ('HTTP ' + status));
    this.status = status;
    this.code = e.code;
    this.field = e.field;
  }
}

// Paths such as '/admin/shops' are taken relative to the mount the console is served under (its folder's parent),
// so the console works at /console/ and as well under a prefix such as /sales/console/.
const mount = new URL('..', document.baseURI);

export async function call(method, path, body, contentType) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
  let payload;
  if (body !== undefined) {
    if (contentType) {
      headers['Content-Type'] = contentType;
      payload = body;
    } else {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
  }
  const res = await fetch(new URL(path.substring(1), mount), { method, headers, body: payload, credentials: 'same-origin', cache: 'no-store' });
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
  if (!res.ok) {
    const err = new ApiError(res.status, data);
    if (res.status === 401 && path !== '/admin/session') listeners.forEach(fn => fn(err));
    throw err;
  }
  return data;
}

export const get = path => call('GET', path);
export const put = (path, body) => call('PUT', path, body);
export const post = (path, body, type) => call('POST', path, body, type);
export const del = path => call('DELETE', path);
export const enc = encodeURIComponent;
