/**
 * Per-shop models and how they are shared: readers never wait for writers, writers take turns,
 * and a rebuild neither loses nor double-counts the orders placed while it runs.
 */
package dev.salescycle.plugins.copurchase.shop;
