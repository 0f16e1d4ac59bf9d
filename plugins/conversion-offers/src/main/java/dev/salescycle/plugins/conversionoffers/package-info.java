/**
 * The conversion-offers plugin: a first-order discount for shoppers the shop does not know yet, a
 * free-shipping offer or nudge, and bundle deals for carts that hold every item of a bundle.
 */
package dev.salescycle.plugins.conversionoffers;
