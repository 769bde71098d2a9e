package org.kerangka.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The application with its web layer on a private in-memory H2 database in PostgreSQL mode, filled
 * with the demo data, and a fresh search index under {@code target/test-data}. Every test class
 * using this shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:kerangka-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;TRACE_LEVEL_FILE=0",
      "kerangka.demo-data=true",
      "kerangka.data-dir=target/test-data/${random.uuid}"
    })
@AutoConfigureMockMvc
public @interface RegistryTest {}
