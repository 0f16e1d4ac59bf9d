/** How long an order placed through one host takes to change another host's answer (the order stream's lag). */
package dev.salescycle.bench.stream;
