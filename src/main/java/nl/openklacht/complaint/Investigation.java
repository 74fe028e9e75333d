package nl.openklacht.complaint;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.openklacht.platform.RuleViolation;

/**
 * The formal investigation of a complaint, part of the {@link Complaint} aggregate: the copy to the involved person
 * (Awb 9:9), the hearings and any lawful reason not to hear the complainant (9:10), and the advisory committee's
 * advice (9:14–9:16). It knows when the investigation is complete enough for a decision.
 */
@Embeddable
public class Investigation {

    @Column(name = "involved_copy_sent_on")
    private LocalDate involvedCopySentOn;

    @ElementCollection
    @CollectionTable(name = "complaint_hearing", joinColumns = @JoinColumn(name = "complaint_id"))
    @OrderColumn(name = "position")
    private List<Hearing> hearings = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "complainant_hearing_waiver")
    private HearingWaiverReason complainantHearingWaiver;

    @Embedded
    private Advice advice;

    void copySent(LocalDate on) {
        involvedCopySentOn = on;
    }

    void add(Hearing hearing) {
        hearings.add(hearing);
    }

    void waiveComplainantHearing(HearingWaiverReason reason) {
        complainantHearingWaiver = reason;
    }

    void advised(Advice received) {
        advice = received;
    }

    /**
     * Awb 9:12 comes after 9:9 (a copy to the involved person), 9:10 (both heard, or a lawful reason not to hear the
     * complainant) and, on the committee track, 9:16 (the advice).
     */
    /** Awb 9:9 and 9:10 are satisfied: the involved person informed and heard, the complainant heard or lawfully not. */
    boolean isComplete(boolean someoneInvolved) {
        boolean complainantDone = heard(HearingParty.COMPLAINANT) || complainantHearingWaiver != null;
        boolean involvedDone =
                !someoneInvolved || (involvedCopySentOn != null && heard(HearingParty.INVOLVED_EMPLOYEE));
        return complainantDone && involvedDone;
    }

    void requireCompleteForDecision(boolean someoneInvolved, boolean committeeTrack) {
        if (!heard(HearingParty.COMPLAINANT) && complainantHearingWaiver == null) {
            throw new RuleViolation("rule.awb-9-10.complainant-not-heard");
        }
        if (someoneInvolved && involvedCopySentOn == null) {
            throw new RuleViolation("rule.awb-9-9.copy-missing");
        }
        if (someoneInvolved && !heard(HearingParty.INVOLVED_EMPLOYEE)) {
            throw new RuleViolation("rule.awb-9-10.involved-not-heard");
        }
        if (committeeTrack && advice == null) {
            throw new RuleViolation("rule.awb-9-16.advice-missing");
        }
    }

    private boolean heard(HearingParty party) {
        return hearings.stream().anyMatch(hearing -> hearing.party() == party);
    }

    public LocalDate involvedCopySentOn() {
        return involvedCopySentOn;
    }

    public List<Hearing> hearings() {
        return List.copyOf(hearings);
    }

    public HearingWaiverReason complainantHearingWaiver() {
        return complainantHearingWaiver;
    }

    public Advice advice() {
        return advice;
    }
}
