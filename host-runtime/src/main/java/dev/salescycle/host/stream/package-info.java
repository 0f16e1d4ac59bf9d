/**
 * The order stream: each host follows its shops' stored orders (placed through any host, or imported) in
 * stream order and tells its plugins ({@code orderRecorded}, or {@code shopStarted} again after an import for
 * plugins that do not follow orders), and writes how far its plugins have learned, which the learning status
 * of an import reads.
 */
package dev.salescycle.host.stream;
