package dev.salescycle.host.store;

/**
 * A stored lead.
 *
 * @param id the lead's id, stable across later saves of the same e-mail address
 * @param duplicate whether the shop already had a lead with this e-mail address before the save
 */
public record LeadRecord(long id, boolean duplicate) {
}
