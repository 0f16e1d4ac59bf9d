/**
 * The thank-you-referral plugin: a personal thank-you, an order summary, a referral code and a
 * next-order coupon derived from the order, and how-to links.
 */
package dev.salescycle.plugins.thankyou;
