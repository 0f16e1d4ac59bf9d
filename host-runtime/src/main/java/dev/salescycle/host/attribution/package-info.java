/**
 * Attribution of revenue to plugins: the signed references the host hands out with offers, recommendations,
 * thank-you blocks and mails, their check when a storefront sends them back, and the last-touch rule that gives
 * each order line's revenue to one plugin within the shop's windows.
 */
package dev.salescycle.host.attribution;
