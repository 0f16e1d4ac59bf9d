/**
 * Embedding the host: {@link dev.salescycle.host.SalesCycleHost} and its builder are the public API of this module,
 * together with the HTTP contract it serves (docs/http-api.md) and the YAML it reads (the README's "Configuring a
 * shop"). Embedding it in another server: docs/embedding.md.
 *
 * <p>Every sub-package is internal to the host: its public types are public only so that the host's packages
 * can use each other, and they change in any release without notice. Plugins see the host only through
 * {@code sdk-api}; plugin tests only through {@code sdk-testkit}.
 */
package dev.salescycle.host;
