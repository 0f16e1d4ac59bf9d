package dev.salescycle.host.config;

/**
 * SMTP settings from {@code host.mail}.
 *
 * @param smtpHost the SMTP server
 * @param smtpPort its port
 * @param tls whether to use STARTTLS
 * @param user the login, or null
 * @param password the password, or null
 * @param from the sender address
 */
public record MailSettings(String smtpHost, int smtpPort, boolean tls, String user, String password, String from) {
}
