/** Settings a plugin declares and reads; the host validates them per shop. */
package dev.salescycle.sdk.settings;
