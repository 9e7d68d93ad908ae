package dev.broadsheet.jmh;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The settings every Broadsheet benchmark shares, which JMH reads from the superclass: average microseconds per
 * operation, one fork with the options of the build's own JVM ({@code broadsheet.jvmArgs}: C1 only, as a build
 * sees the code), a short warm-up and measurement that JMH's command line can lengthen.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m"})
public abstract class BuildJvmBenchmark {
}
