package nl.openklacht.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.openklacht.calendar.StatutoryCalendar;

/** The whole case as staff see it; the complainant's contact details only for those who handle it. */
public record ComplaintView(
        String reference,
        Complaint.Status status,
        Kind kind,
        Channel channel,
        Instant receivedAt,
        LocalDate receiptDate,
        Complainant complainant,
        String subject,
        String text,
        LocalDate incidentDate,
        List<String> involvedEmployees,
        String remedySought,
        SuggestionView suggestion,
        String triageReason,
        String routedTo,
        FormalRequirements formalRequirements,
        boolean strictProcedureOwed,
        AdministrativeBody administrativeBody,
        boolean concernsAdministrativeBody,
        boolean advisoryProcedure,
        String department,
        String handler,
        LocalDate acknowledgmentDue,
        LocalDate acknowledgedOn,
        LocalDate dueDate,
        Integer extensionWeeks,
        LocalDate extendedDueDate,
        LocalDate consentedDueDate,
        LocalDate consentReceivedOn,
        LocalDate currentDueDate,
        LocalDate notHandledNoticeDue,
        boolean overdue,
        InformalTrack informal,
        NotHandling notHandled,
        LocalDate involvedCopySentOn,
        List<Hearing> hearings,
        HearingWaiverReason complainantHearingWaiver,
        Advice advice,
        Decision decision,
        Judgment judgment,
        String withdrawalReason,
        Outcome outcome,
        LocalDate closedOn,
        RetentionView retention,
        OmbudsmanCase ombudsmanCase,
        List<History.Entry> history) {

    public record SuggestionView(
            String kind,
            Double confidence,
            String department,
            Double departmentConfidence,
            List<String> explanation,
            String modelVersion) {}

    public record RetentionView(RetentionResult result, String selectionListCode, LocalDate destroyAfter) {}

    static ComplaintView of(
            Complaint c,
            boolean personalData,
            List<History.Entry> history,
            StatutoryCalendar calendar,
            LocalDate today) {
        Deadlines deadlines = c.deadlines();
        Decision decision = c.decision();
        return new ComplaintView(
                c.reference(),
                c.status(),
                c.kind(),
                c.channel(),
                c.receivedAt(),
                c.receiptDate(),
                personalData ? c.complainant() : null,
                c.subject(),
                c.text(),
                c.incidentDate(),
                c.involvedEmployees(),
                c.remedySought(),
                suggestion(c.suggestion()),
                c.triageReason(),
                c.routedTo(),
                c.formalRequirements(),
                c.formalRequirements() != null && c.formalRequirements().allMet(),
                c.administrativeBody(),
                c.concernsAdministrativeBody(),
                c.advisoryProcedure(),
                c.department(),
                c.handler(),
                c.acknowledgmentDue(),
                c.acknowledgedOn(),
                deadlines == null ? null : deadlines.dueDate(),
                deadlines == null ? null : deadlines.extensionWeeks(),
                deadlines == null ? null : deadlines.extendedDueDate(),
                deadlines == null ? null : deadlines.consentedDueDate(),
                deadlines == null ? null : deadlines.consentReceivedOn(),
                deadlines == null ? null : deadlines.current(),
                deadlines == null ? null : deadlines.noticeDue(),
                c.isOverdue(calendar, today),
                c.informal().equals(InformalTrack.none()) ? null : c.informal(),
                c.notHandling(),
                c.investigation().involvedCopySentOn(),
                c.investigation().hearings(),
                c.investigation().complainantHearingWaiver(),
                c.investigation().advice(),
                decision,
                decision == null ? null : decision.judgment(),
                c.closure().withdrawalReason(),
                c.outcome(),
                c.closure().closedOn(),
                c.retention() == null
                        ? null
                        : new RetentionView(
                                c.retention().result(),
                                c.retention().result().code(),
                                c.retention().destroyAfter()),
                c.closure().ombudsmanCase(),
                history);
    }

    private static SuggestionView suggestion(TriageSuggestion s) {
        return s == null
                ? null
                : new SuggestionView(
                        s.kind(),
                        s.confidence(),
                        s.department(),
                        s.departmentConfidence(),
                        s.explanation(),
                        s.modelVersion());
    }
}
