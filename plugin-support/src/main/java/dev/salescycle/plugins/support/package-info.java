/**
 * Helpers that several plugins need: codes derived per order with a keyed hash ({@link
 * dev.salescycle.plugins.support.OrderCodes}), the per-shop key they use ({@link
 * dev.salescycle.plugins.support.ShopSecret}, kept in memory by {@link dev.salescycle.plugins.support.ShopSecrets}),
 * settings parsed once per shop ({@link dev.salescycle.plugins.support.ParsedSettings}), checks of setting values,
 * and first names for greetings.
 */
package dev.salescycle.plugins.support;
