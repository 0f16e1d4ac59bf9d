/**
 * The co-purchase model of one shop: sku ids, per-item order bitmaps, the order log, the top
 * co-purchased neighbours of each item and the best-sellers. Internal to the plugin; a model is
 * mutated by one writer at a time and read through {@link dev.salescycle.plugins.copurchase.shop.LeftRight}.
 */
package dev.salescycle.plugins.copurchase.model;
