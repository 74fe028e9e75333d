package nl.openklacht.triage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Trains the classifier on the shipped corpus plus every triage decision coordinators took. The version names the
 * training data (a hash), so instances that train on the same data report the same version.
 */
@Component
class Training {

    enum Trigger {
        STARTUP,
        ADMIN,
        SCHEDULE,
        /** another instance trained on other data: catch up */
        SYNC
    }

    private static final Logger log = LoggerFactory.getLogger(Training.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<LabeledText> corpus = Corpus.load();

    Training(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    TriageModel train(Trigger trigger) {
        long started = System.nanoTime();
        List<LabeledText> decisions = decisions();
        List<LabeledText> examples = new ArrayList<>(corpus);
        examples.addAll(decisions);
        TriageModel model = TriageModel.train(examples, versionOf(examples));
        long millis = (System.nanoTime() - started) / 1_000_000;
        jdbc.sql("insert into triage_model (version, trained_at, corpus_size, decisions_used, trigger, training_millis)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        model.version(),
                        Timestamp.from(clock.instant()),
                        corpus.size(),
                        decisions.size(),
                        trigger.name(),
                        millis)
                .update();
        log.info(
                "Triage model {} trained on {} examples ({} decisions) in {} ms",
                model.version(),
                examples.size(),
                decisions.size(),
                millis);
        return model;
    }

    private List<LabeledText> decisions() {
        return jdbc.sql(
                        "select text, decided_kind, decided_department from triage_decision order by decided_at, reference")
                .query((row, index) -> new LabeledText(
                        row.getString("text"),
                        row.getString("decided_kind"),
                        "COMPLAINT".equals(row.getString("decided_kind")) ? row.getString("decided_department") : null))
                .list();
    }

    private static String versionOf(List<LabeledText> examples) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (LabeledText example : examples) {
                digest.update((example.kind() + '\u0000' + example.department() + '\u0000' + example.text() + '\u0001')
                        .getBytes(StandardCharsets.UTF_8));
            }
            return "tm-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
