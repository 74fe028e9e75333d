package nl.openklacht.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import nl.openklacht.platform.RuleViolation;

/**
 * How and when a submission ended, part of the {@link Complaint} aggregate: the outcome, the retention result of the
 * file (Selectielijst 2020, process type 13, counted from the closure date and changeable afterwards), and a later
 * ombudsman case (Awb 9:18 ff.), which keeps the file at least ten years (13.1.2).
 */
@Embeddable
public class Closure {

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private Outcome outcome;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Embedded
    private Retention retention;

    @Embedded
    private OmbudsmanCase ombudsmanCase;

    void end(Outcome how, RetentionResult result, LocalDate on) {
        outcome = how;
        closedOn = on;
        retention = Retention.of(result, on);
    }

    void withdrawnBecause(String reason) {
        withdrawalReason = reason;
    }

    void changeRetention(RetentionResult result) {
        if (ombudsmanCase != null && result.keepsShorterThan(RetentionResult.VIA_OMBUDSMAN)) {
            throw new RuleViolation("rule.retention.ombudsman", ombudsmanCase.caseReference());
        }
        retention = Retention.of(result, closedOn);
    }

    /** Only a complaint that went through the procedure can get to the ombudsman, and only once. */
    void openOmbudsmanCase(OmbudsmanCase opened) {
        if (!outcome.wasHandledAsComplaint()) {
            throw new RuleViolation("rule.ombudsman.not-a-complaint");
        }
        if (ombudsmanCase != null) {
            throw new RuleViolation("rule.ombudsman.already", ombudsmanCase.caseReference());
        }
        ombudsmanCase = opened;
        retention = Retention.of(RetentionResult.VIA_OMBUDSMAN, closedOn);
    }

    void concludeOmbudsmanCase(String how, LocalDate on) {
        if (ombudsmanCase == null) {
            throw new RuleViolation("rule.ombudsman.no-case");
        }
        if (ombudsmanCase.outcome() != null) {
            throw new RuleViolation("rule.ombudsman.outcome-already", ombudsmanCase.outcomeOn());
        }
        ombudsmanCase = ombudsmanCase.concluded(how, on);
    }

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public Retention retention() {
        return retention;
    }

    public OmbudsmanCase ombudsmanCase() {
        return ombudsmanCase;
    }
}
