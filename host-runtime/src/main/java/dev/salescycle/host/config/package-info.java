/**
 * Internal. The operator's YAML read into typed, checked settings: errors name file, line, field and what was
 * expected; {@code ${ENV}} values and plugin settings are resolved here.
 */
package dev.salescycle.host.config;
