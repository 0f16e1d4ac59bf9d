/** Writing HTML safely: escaping text, and sanitizing HTML that plugins hand the host. */
package dev.salescycle.host.html;
