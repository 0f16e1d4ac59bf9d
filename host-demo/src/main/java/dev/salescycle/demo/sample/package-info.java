/**
 * Sample data of the demo shops ({@code samples/<shopId>.json}): catalogues and basket plans from
 * which a deterministic order history is generated, then loaded through the host's HTTP API.
 */
package dev.salescycle.demo.sample;
