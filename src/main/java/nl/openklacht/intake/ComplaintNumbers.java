package nl.openklacht.intake;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out complaint numbers, {@code <prefix>-<year>-<six digits>}, counting per receipt year. The counter row is
 * locked by the upsert until the receiving transaction commits: numbers are unique across threads and application
 * instances sharing the database, and a number is never used without its submission.
 */
@Component
class ComplaintNumbers {

    private final JdbcClient jdbc;
    private final IntakeProperties properties;

    ComplaintNumbers(JdbcClient jdbc, IntakeProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(int year) {
        long number = jdbc.sql("insert into complaint_number_counter (prefix, year, last_value) values (?, ?, 1)"
                        + " on conflict (prefix, year) do update"
                        + " set last_value = complaint_number_counter.last_value + 1 returning last_value")
                .params(properties.numberPrefix(), year)
                .query(Long.class)
                .single();
        return "%s-%d-%06d".formatted(properties.numberPrefix(), year, number);
    }
}
