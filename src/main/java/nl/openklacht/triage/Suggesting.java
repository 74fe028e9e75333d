package nl.openklacht.triage;

import nl.openklacht.complaint.Complaint;
import nl.openklacht.complaint.ComplaintEvent;
import nl.openklacht.complaint.ComplaintLifecycle;
import nl.openklacht.complaint.Complaints;
import nl.openklacht.complaint.TriageSuggestion;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Suggests a kind and department for any text, and for every received submission — after the receipt has been
 * committed, so a classifier failure can never cost a submission; the event registry retries it instead.
 */
@Component
public class Suggesting {

    private final ActiveModel model;
    private final TriageProperties properties;
    private final Complaints complaints;
    private final ComplaintLifecycle lifecycle;

    Suggesting(ActiveModel model, TriageProperties properties, Complaints complaints, ComplaintLifecycle lifecycle) {
        this.model = model;
        this.properties = properties;
        this.complaints = complaints;
        this.lifecycle = lifecycle;
    }

    public Suggestion suggest(String text) {
        return model.get().suggest(text, properties.kindThreshold(), properties.departmentThreshold());
    }

    @ApplicationModuleListener
    void on(ComplaintEvent.Received received) {
        complaints.findByReference(received.reference()).ifPresent(complaint -> {
            Suggestion suggestion = suggest(textOf(complaint));
            lifecycle.attachSuggestion(
                    complaint.reference(),
                    TriageSuggestion.of(
                            suggestion.kind(),
                            suggestion.confidence(),
                            suggestion.department(),
                            suggestion.departmentConfidence(),
                            suggestion.explanation(),
                            suggestion.modelVersion()));
        });
    }

    static String textOf(Complaint complaint) {
        return complaint.subject() == null ? complaint.text() : complaint.subject() + "\n" + complaint.text();
    }
}
