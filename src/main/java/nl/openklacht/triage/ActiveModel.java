package nl.openklacht.triage;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * The model in use. A retrained model replaces it in one step while suggestions keep being served by the old one:
 * no downtime. Trained in the background once the application is up, or on first use if that comes sooner.
 */
@Component
class ActiveModel {

    private final AtomicReference<TriageModel> current = new AtomicReference<>();
    private final Training training;

    ActiveModel(Training training) {
        this.training = training;
    }

    TriageModel get() {
        TriageModel model = current.get();
        return model != null ? model : trainIfAbsent();
    }

    void replace(TriageModel model) {
        current.set(model);
    }

    @Async
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        get();
    }

    private synchronized TriageModel trainIfAbsent() {
        TriageModel model = current.get();
        if (model == null) {
            model = training.train(Training.Trigger.STARTUP);
            current.set(model);
        }
        return model;
    }
}
