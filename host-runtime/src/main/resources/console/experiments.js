import { h, heading, empty } from './dom.js';

export async function experimentsPage() {
  return h('section', {}, heading('Experiments'),
    empty('No experiment API on this host', 'Experiments split a shop\'s traffic between plugins or settings; this host\'s admin API '
      + 'does not offer them yet.'));
}
