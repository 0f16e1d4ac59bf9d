/**
 * The sample storefront's own server: its static pages under a strict Content-Security-Policy, and the checkout
 * that places orders on the Salescycle host with the shop's API key, which never reaches the browser.
 */
package dev.salescycle.samples.storefront;
