package nl.openklacht.triage;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Retrains on demand (an admin) and on a schedule; the new model takes over only once it is ready. */
@Component
class Retraining {

    private final Training training;
    private final ActiveModel active;

    Retraining(Training training, ActiveModel active) {
        this.training = training;
        this.active = active;
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
}
