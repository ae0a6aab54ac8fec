package org.rangekit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class or method of the slow tier: seeded property tests over many cases, tests
 * that start a child JVM, tests over large files or the 10m data. {@code mvn -B test} runs the
 * fast tier only; {@code mvn -B verify} runs both (the slow tier in the integration-test phase,
 * see the surefire executions in pom.xml).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {

    /** The JUnit tag, as named in pom.xml. */
    String TAG = "slow";
}
