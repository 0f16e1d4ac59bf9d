/**
 * The Salescycle SDK: the five hooks of the sales cycle ({@link dev.salescycle.sdk.LeadCapture},
 * {@link dev.salescycle.sdk.ConversionOffer}, {@link dev.salescycle.sdk.Upsell},
 * {@link dev.salescycle.sdk.ThankYouPage}, {@link dev.salescycle.sdk.RetentionOffer}) and the narrow
 * {@link dev.salescycle.sdk.PluginContext} each call receives.
 *
 * <p>Stability: every public type of the SDK is stable API and says since which version it exists
 * ({@code @since}). Within a major version of {@link dev.salescycle.sdk.SalesCycleSdk#VERSION} the SDK only
 * grows: types, default methods and factory methods are added in minor versions, nothing is removed or changed
 * incompatibly, and the build checks this against the last release. Hooks get only default methods, so a plugin
 * built against an older minor version keeps working. Something to be removed is marked {@link Deprecated} for at
 * least one minor version and removed in the next major version at the earliest.
 */
package dev.salescycle.sdk;
