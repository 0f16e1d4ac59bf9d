/**
 * The lead-scoring plugin: validates a lead's e-mail address, rejects disposable domains, remembers
 * leads it has seen, scores the lead and sorts it into buying groups.
 */
package dev.salescycle.plugins.leadscoring;
