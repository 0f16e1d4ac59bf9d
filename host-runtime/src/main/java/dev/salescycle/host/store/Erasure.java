package dev.salescycle.host.store;

/**
 * What {@link Store#eraseCustomer} did.
 *
 * @param pseudonym what now stands in the customer row and the orders instead of the address
 * @param customer whether there was a customer row (now marked erased)
 * @param leads how many leads were deleted
 * @param orders how many orders were kept with the pseudonym instead of the address and name
 * @param messagesCancelled how many messages still to be sent were cancelled
 * @param unsubscribes how many unsubscribe records were deleted
 */
public record Erasure(String pseudonym, boolean customer, int leads, int orders, int messagesCancelled,
                      int unsubscribes) {
}
