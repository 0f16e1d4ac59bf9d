package dev.salescycle.host.store;

/**
 * What an import of past orders did.
 *
 * @param imported orders stored
 * @param skipped orders left out because the shop already had their order id (or the batch had it twice)
 */
public record ImportResult(int imported, int skipped) {
}
