/**
 * Internal to the host (see {@link dev.salescycle.host}).
 *
 * <p>Experiments: a shop's traffic split between variants, and whether one of them wins.
 * <ul>
 *   <li>{@code assign}: which variant a unit (visitor, customer) belongs to, the same on every host;</li>
 *   <li>{@code stats}: always-valid intervals and p-values from per-arm counts, and the sample-ratio test;</li>
 *   <li>{@code decision}: the rules a winner must pass and the verdict at a look.</li>
 * </ul>
 * Dependencies flow {@code decision -> stats}; {@code assign} stands alone. Nothing here reads a store or a
 * clock: callers pass counts and durations in, so every host reaches the same answer.
 */
package dev.salescycle.host.experiments;
