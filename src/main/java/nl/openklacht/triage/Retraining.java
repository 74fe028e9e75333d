package nl.openklacht.triage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retrains on demand (an admin), on a schedule, and when another instance has moved on; the new model takes over only
 * once it is ready.
 */
@Component
class Retraining {

    private final Training training;
    private final ActiveModel active;
    private final JdbcClient jdbc;

    Retraining(Training training, ActiveModel active, JdbcClient jdbc) {
        this.training = training;
        this.active = active;
        this.jdbc = jdbc;
    }

    synchronized TriageModel retrain(Training.Trigger trigger) {
        TriageModel model = training.train(trigger);
        active.replace(model);
        return model;
    }

    @Scheduled(cron = "${openklacht.triage.retrain-cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        retrain(Training.Trigger.SCHEDULE);
    }

    /**
     * Several instances share one database: when another one trained a model on other data (an admin's retrain
     * reaches only one instance), this one trains on the same data and so reaches the same version.
     */
    @Scheduled(fixedDelayString = "${openklacht.triage.sync-interval:PT1M}", initialDelayString = "PT1M")
    void followOtherInstances() {
        jdbc.sql("select version from triage_model order by trained_at desc limit 1")
                .query(String.class)
                .optional()
                .filter(latest -> !latest.equals(active.get().version()))
                .ifPresent(latest -> retrain(Training.Trigger.SYNC));
    }
}
