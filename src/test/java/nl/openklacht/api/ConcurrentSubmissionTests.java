package nl.openklacht.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.openklacht.api.Api.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Many citizens at once: every web-form submission is stored, under its own number, none lost. */
class ConcurrentSubmissionTests extends ApiTestBase {

    static final int SUBMISSIONS = 300;
    static final int THREADS = 32;

    @Autowired
    JdbcClient jdbc;

    @Test
    void threeHundredSimultaneousWebFormSubmissionsAreAllStoredUnderDistinctNumbers() throws Exception {

        long before = complaintsInDatabase();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();

        long elapsedNanos;
        ExecutorService citizens = Executors.newFixedThreadPool(THREADS);
        try {
            for (int i = 0; i < SUBMISSIONS; i++) {
                int citizen = i;
                answers.add(citizens.submit(() -> {
                    start.await();
                    return api.anonymous()
                            .post(
                                    "/api/v1/submissions",
                                    CaseFixtures.aWebForm().with("subject", "Gelijktijdige klacht " + citizen));
                }));
            }
            long started = System.nanoTime();
            start.countDown();
            for (Future<Answer> answer : answers) {
                answer.get();
            }
            elapsedNanos = System.nanoTime() - started;
        } finally {
            citizens.shutdownNow();
        }

        Set<String> references = new HashSet<>();
        for (Future<Answer> future : answers) {
            Answer answer = future.get();
            assertThat(answer.status()).as("answer %s", answer).isEqualTo(201);
            references.add(answer.text("/reference"));
        }
        assertThat(references).hasSize(SUBMISSIONS).allMatch(reference -> reference.matches("KL-\\d{4}-\\d{6}"));
        assertThat(complaintsInDatabase() - before).isEqualTo(SUBMISSIONS);
        assertThat(jdbc.sql("select count(*) from complaint where reference in (:references)")
                        .param("references", references)
                        .query(Long.class)
                        .single())
                .isEqualTo(SUBMISSIONS);

        double perSecond = SUBMISSIONS / (elapsedNanos / 1e9);
        System.out.printf(
                "ConcurrentSubmissionTests: %d web-form submissions from %d threads in %.2f s = %.1f submissions/s%n",
                SUBMISSIONS, THREADS, elapsedNanos / 1e9, perSecond);
    }

    private long complaintsInDatabase() {
        return jdbc.sql("select count(*) from complaint").query(Long.class).single();
    }
}
