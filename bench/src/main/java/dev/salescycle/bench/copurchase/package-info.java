/**
 * Benchmarks and the quality evaluation of the co-purchase upsell plugin: a seeded synthetic shop,
 * JMH benchmarks of learning and recommending, the model's heap footprint, and hit-rate on Groceries.
 */
package dev.salescycle.bench.copurchase;
