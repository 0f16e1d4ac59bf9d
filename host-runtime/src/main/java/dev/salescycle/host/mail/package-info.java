/**
 * Internal to the host (see {@link dev.salescycle.host}).
 *
 * <p>E-mail: the SMTP sender (Jakarta Mail, Angus) and the log-only sender used when no mail server is
 * configured, the outbox of recently sent mails, and the signed unsubscribe tokens and links every
 * marketing message carries.
 */
package dev.salescycle.host.mail;
