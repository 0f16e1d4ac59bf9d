/**
 * Internal. What the host does for a request, free of HTTP: leads, carts, orders, products, imports, customers,
 * consent and the funnel, each a service over the running shops, the dispatcher and the store.
 */
package dev.salescycle.host.service;
