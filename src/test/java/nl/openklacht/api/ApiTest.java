package nl.openklacht.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port, over real HTTP, against its embedded PostgreSQL. Every API test class
 * carries exactly this annotation and nothing that changes the context, so they all share one application context.
 * Tests therefore never assume an empty database: each creates the cases it looks at.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@interface ApiTest {}
