/**
 * Association rules for a cart: choosing the antecedent, generating candidates, exact support,
 * confidence and lift, ranking and the evidence each recommendation carries.
 */
package dev.salescycle.plugins.copurchase.rules;
