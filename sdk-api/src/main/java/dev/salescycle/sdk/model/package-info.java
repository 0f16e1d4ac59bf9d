/** Immutable value types that hooks receive and return; money is always {@link dev.salescycle.sdk.model.Money}. */
package dev.salescycle.sdk.model;
