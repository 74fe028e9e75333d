package nl.openklacht.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A submission sent twice — a double click, a retried request — is received once and answered the same. */
class IdempotentSubmissionTests extends ApiTestBase {

    private static final String FORM = "{\"channel\":\"WEBFORM\",\"text\":\"Tweemaal verstuurd door een dubbelklik\"}";

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSameKeyTwiceGivesTheSameNumberAndOneComplaint() throws Exception {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = submit(key);
        HttpResponse<String> second = submit(key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(referenceIn(second)).isEqualTo(referenceIn(first));
        assertThat(complaintsWithReference(referenceIn(first))).isEqualTo(1);
        assertThat(referenceIn(submit(UUID.randomUUID().toString()))).isNotEqualTo(referenceIn(first));
    }

    @Test
    void theSameKeyFromManyThreadsAtOnceIsReceivedOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = complaints();
        ExecutorService threads = Executors.newFixedThreadPool(10);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(threads.submit(() -> submit(key)));
        }
        List<String> references = new ArrayList<>();
        int created = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).isIn(200, 201);
            created += response.statusCode() == 201 ? 1 : 0;
            references.add(referenceIn(response));
        }
        threads.shutdown();

        assertThat(created).isEqualTo(1);
        assertThat(references).containsOnly(references.get(0));
        assertThat(complaints()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyWithOtherContentIsRefusedNotTakenForTheFirst() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = submit(key);

        HttpResponse<String> other = submit(key, "{\"channel\":\"WEBFORM\",\"text\":\"Een heel andere klacht\"}");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body())
                .contains("al gebruikt voor een andere inzending")
                .doesNotContain(referenceIn(first));
    }

    @Test
    void anOverlongKeyIsRefused() throws Exception {
        HttpResponse<String> answer = submit("k".repeat(101));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Idempotency-Key");
    }

    private HttpResponse<String> submit(String key) throws Exception {
        return submit(key, FORM);
    }

    private HttpResponse<String> submit(String key, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/submissions"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String referenceIn(HttpResponse<String> response) {
        return response.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
    }

    private long complaints() {
        return jdbc.sql("select count(*) from complaint").query(Long.class).single();
    }

    private long complaintsWithReference(String reference) {
        return jdbc.sql("select count(*) from complaint where reference = ?")
                .param(reference)
                .query(Long.class)
                .single();
    }
}
