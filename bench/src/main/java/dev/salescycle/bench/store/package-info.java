/**
 * The store benchmark: the embedded H2 store on each of H2's file systems that could hold it, writing and reading
 * through the host's own store.
 */
package dev.salescycle.bench.store;
