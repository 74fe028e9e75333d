package nl.openklacht.intake;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The senders' keys of submissions already received. Claiming a key inserts it; PostgreSQL makes a second claim of
 * the same key wait until the first transaction ends, so two copies arriving at once are received once.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SubmissionKeys {

    private final JdbcClient jdbc;

    SubmissionKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A key already used: the number it got and the fingerprint of what was sent with it. */
    record Claimed(String reference, String fingerprint) {}

    Optional<Claimed> claimed(String key) {
        return jdbc.sql("select reference, fingerprint from submission_key where key = ? and reference is not null")
                .param(key)
                .query(Claimed.class)
                .optional();
    }

    /** True when this transaction is the first to claim the key. */
    boolean claim(String key, String fingerprint) {
        return jdbc.sql("insert into submission_key (key, fingerprint) values (?, ?) on conflict (key) do nothing")
                        .params(key, fingerprint)
                        .update()
                == 1;
    }

    void remember(String key, String reference) {
        jdbc.sql("update submission_key set reference = ? where key = ?")
                .params(reference, key)
                .update();
    }
}
