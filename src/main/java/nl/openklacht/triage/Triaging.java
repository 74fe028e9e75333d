package nl.openklacht.triage;

import nl.openklacht.complaint.Complaint;
import nl.openklacht.complaint.ComplaintLifecycle;
import nl.openklacht.complaint.Kind;
import nl.openklacht.complaint.Triage;
import nl.openklacht.platform.InvalidValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's triage decision, with the routing rules applied: a complaint stays, a message for another body
 * is forwarded (Awb 2:3), one not meant for the municipality at all is returned to its sender (Awb 2:3 lid 2), anything
 * else goes where its kind's rule says.
 */
@Component
public class Triaging {

    /** What the coordinator decided. */
    public record Decision(
            Kind kind,
            String reason,
            String department,
            boolean advisoryProcedure,
            String forwardTo,
            boolean returnToSender) {

        public Decision(Kind kind, String reason, String department, boolean advisoryProcedure, String forwardTo) {
            this(kind, reason, department, advisoryProcedure, forwardTo, false);
        }
    }

    /** Where a returned message went, as recorded with it. */
    static final String RETURNED_TO_SENDER = "Afzender (teruggezonden)";

    private final ComplaintLifecycle lifecycle;
    private final RoutingRules rules;
    private final TriageDecisions decisions;

    Triaging(ComplaintLifecycle lifecycle, RoutingRules rules, TriageDecisions decisions) {
        this.lifecycle = lifecycle;
        this.rules = rules;
        this.decisions = decisions;
    }

    /** Decides, and keeps the decision with the suggestion it got, so the model learns from it. */
    @Transactional
    public Complaint decide(String reference, Decision decision) {
        Complaint decided = lifecycle.determineNature(reference, triage(decision));
        decisions.record(decided);
        return decided;
    }

    private Triage triage(Decision decision) {
        if (decision.returnToSender()) {
            return new Triage(decision.kind(), decision.reason(), null, false, RETURNED_TO_SENDER, false, true);
        }
        if (decision.forwardTo() != null && !decision.forwardTo().isBlank()) {
            return new Triage(
                    decision.kind(),
                    decision.reason(),
                    null,
                    false,
                    decision.forwardTo().strip(),
                    true);
        }
        if (decision.kind() == Kind.COMPLAINT) {
            return new Triage(
                    Kind.COMPLAINT,
                    decision.reason(),
                    decision.department(),
                    decision.advisoryProcedure(),
                    null,
                    false);
        }
        RoutingRule rule = rules.forKind(decision.kind())
                .orElseThrow(() -> new InvalidValue("rule.routing.missing", decision.kind()));
        return new Triage(decision.kind(), decision.reason(), null, false, rule.destination(), false);
    }
}
