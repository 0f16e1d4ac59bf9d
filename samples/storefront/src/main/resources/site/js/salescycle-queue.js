// Calls made before the Salescycle loader has run are queued; the loader replays them in order.
window.salescycle = window.salescycle || function () {
  (window.salescycle.q = window.salescycle.q || []).push(arguments);
};
