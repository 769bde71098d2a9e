package org.kerangka.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Like {@link RegistryTest} (demo data, MockMvc), on an in-memory database of its own, so that the
 * capture tests, which ingest and accept agreements, do not change what the registry tests see.
 * Every test class using this shares one Spring context; tests clean the capture tables first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:kerangka-capture-tests;MODE=PostgreSQL;"
          + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;TRACE_LEVEL_FILE=0",
      "kerangka.demo-data=true",
      "kerangka.data-dir=target/test-data/${random.uuid}"
    })
@AutoConfigureMockMvc
public @interface CaptureTest {}
