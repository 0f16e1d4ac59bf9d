/**
 * The runnable demo server: {@link dev.salescycle.demo.DemoMain} parses the command line,
 * {@link dev.salescycle.demo.DemoServer} starts the Salescycle host with the bundled storefront
 * (class-path folder {@code storefront}) and seeds the sample shops.
 */
package dev.salescycle.demo;
