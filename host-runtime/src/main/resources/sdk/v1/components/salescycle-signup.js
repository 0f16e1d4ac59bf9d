/* <salescycle-signup source? interests? button-label? consent-label?>: stage 1, a lead with marketing consent asked for */
(() => {
  'use strict';
  const sc = window.salescycle && window.salescycle._;
  if (!sc) return;
  sc.define('salescycle-signup', Base => class extends Base {
    constructor() {
      super('form{display:grid;gap:var(--salescycle-gap,.75rem);max-width:28rem}label{display:grid;gap:.25rem}'
        + '[part~=consent]{display:flex;gap:.5rem;align-items:flex-start}:host([state=unavailable]){display:block}');
    }

    start() {
      const form = this.clear('form');
      const field = (label, type, name, required) => {
        const l = this.el('label', 'label', label, form);
        const input = this.el('input', 'input', null, l);
        Object.assign(input, { type, name, required });
        return input;
      };
      const email = field('E-mail', 'email', 'email', true);
      email.autocomplete = 'email';
      const name = field('Name', 'text', 'name', false);
      name.autocomplete = 'name';
      const consent = this.el('label', 'label consent', null, form);
      const box = this.el('input', 'checkbox', null, consent);
      box.type = 'checkbox';
      box.name = 'consent';
      this.el('span', null, this.attr('consent-label', 'Send me offers and news by e-mail'), consent);
      const submit = this.el('button', 'button', this.attr('button-label', 'Sign up'), form);
      submit.type = 'submit';
      const error = this.el('p', 'error', null, form);
      error.setAttribute('role', 'alert');
      form.onsubmit = event => {
        event.preventDefault();
        submit.disabled = true;
        error.textContent = '';
        const lead = { email: email.value.trim(), consent: { marketing: box.checked } };
        if (name.value.trim()) lead.name = name.value.trim();
        if (this.attr('source')) lead.source = this.attr('source');
        const interests = this.attr('interests', '').split(',').map(s => s.trim()).filter(Boolean);
        if (interests.length) lead.interests = interests;
        window.salescycle('visitorId', v => {
          lead.visitorId = v;
        });
        sc.api('/leads', lead).then(answer => this.thank(answer), e => {
          submit.disabled = false;
          if (e.reason === 'http' && e.status < 500 && e.error && e.error.message) {
            error.textContent = e.error.message;
          } else {
            // The form stays, so that nothing typed is lost; the page hears of it as of any other failure.
            error.textContent = 'Signing up is not possible right now. Please try again later.';
            sc.unavailable(this, e.reason);
          }
        });
      };
      this.done(1);
    }

    thank(answer) {
      const consent = answer.consent && answer.consent.marketing;
      const box = this.clear();
      this.el('p', 'message', consent === 'pending_confirmation'
        ? 'Check your inbox to confirm: we sent a link to ' + answer.email + '.'
        : 'Thank you for signing up.', box).setAttribute('role', 'status');
      this.fire('lead', { leadId: answer.leadId, consent });
    }
  });
})();
