/** Memory under load: live heap, metaspace, classes and threads of the host over time, and their trend. */
package dev.salescycle.bench.memory;
