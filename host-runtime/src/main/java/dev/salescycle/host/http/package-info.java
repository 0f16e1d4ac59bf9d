/**
 * Internal. The HTTP edge: the route table (method, path, kind of caller, rate class), request readers that name
 * every bad field, JSON views, and the one mapping of domain refusals to status codes ({@code Failures}).
 */
package dev.salescycle.host.http;
