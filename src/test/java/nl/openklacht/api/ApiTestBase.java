package nl.openklacht.api;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a random port, over real HTTP, against its embedded PostgreSQL. Every API test class
 * extends this and changes nothing about the context, so they all share one application context. Tests therefore
 * never assume an empty database: each creates the cases it looks at.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class ApiTestBase {

    @LocalServerPort
    int port;

    Api api;
    CaseFixtures cases;

    @BeforeEach
    void connect() {
        api = new Api(port);
        cases = new CaseFixtures(api);
    }
}
