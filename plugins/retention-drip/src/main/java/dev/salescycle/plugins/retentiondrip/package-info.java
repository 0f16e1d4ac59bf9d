/**
 * The retention-drip plugin: after each order, a configurable series of messages (welcome, review
 * request, win-back with a coupon, education), each due a set time after the order.
 */
package dev.salescycle.plugins.retentiondrip;
