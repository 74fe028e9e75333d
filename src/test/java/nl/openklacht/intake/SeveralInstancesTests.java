package nl.openklacht.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openklacht.OpenKlachtApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances on one PostgreSQL, as a municipality runs them: submissions to both at once all get
 * their own number, and none is lost.
 */
class SeveralInstancesTests {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(KL-\\d{4}-\\d{6})\"");

    private static EmbeddedPostgres postgres;
    private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        for (int i = 0; i < 2; i++) {
            instances.add(new SpringApplicationBuilder(OpenKlachtApplication.class)
                    .run(
                            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres",
                            "--server.port=0",
                            "--openklacht.demo.cases=false",
                            "--openklacht.demo.password=nietdemo"));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        instances.forEach(ConfigurableApplicationContext::close);
        postgres.close();
    }

    @Test
    void submissionsToBothInstancesAtOnceGetDistinctNumbersAndAllAreKept() throws Exception {
        int submissions = 200;
        HttpClient http = HttpClient.newHttpClient();
        Set<String> references = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < submissions; i++) {
            int port = port(instances.get(i % 2));
            String body = "{\"channel\":\"WEBFORM\",\"text\":\"Melding nummer " + i + " over de balie\"}";
            answers.add(threads.submit(() -> {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/submissions"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher reference = REFERENCE.matcher(response.body());
                if (reference.find()) {
                    references.add(reference.group(1));
                }
                return response.statusCode();
            }));
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(201);
        }
        threads.shutdown();

        assertThat(references).hasSize(submissions);
        JdbcClient jdbc = instances.get(0).getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single())
                .isEqualTo(submissions);
        assertThat(jdbc.sql("select reference from complaint")
                        .query(String.class)
                        .set())
                .isEqualTo(references);
    }

    private static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }
}
