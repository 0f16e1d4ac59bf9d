/** Start-up time: process start to the first 200 on {@code /health}, host against bare Jetty. */
package dev.salescycle.bench.startup;
