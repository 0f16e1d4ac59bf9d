/**
 * The Salescycle SDK: the five hooks of the sales cycle ({@link dev.salescycle.sdk.LeadCapture},
 * {@link dev.salescycle.sdk.ConversionOffer}, {@link dev.salescycle.sdk.Upsell},
 * {@link dev.salescycle.sdk.ThankYouPage}, {@link dev.salescycle.sdk.RetentionOffer}) and the narrow
 * {@link dev.salescycle.sdk.PluginContext} each call receives.
 */
package dev.salescycle.sdk;
