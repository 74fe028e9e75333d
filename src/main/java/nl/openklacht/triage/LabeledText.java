package nl.openklacht.triage;

import java.util.Objects;
import nl.openklacht.complaint.Kind;

/**
 * One example of the training corpus: a message as a citizen wrote it, with the kind a coordinator
 * gave it and, for complaints only, the department it belongs to.
 */
record LabeledText(String text, String kind, String department) {

    LabeledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    boolean isComplaint() {
        return Kind.COMPLAINT.name().equals(kind);
    }
}
