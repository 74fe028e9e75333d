package nl.openklacht.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import nl.openklacht.calendar.StatutoryCalendar;
import nl.openklacht.platform.InvalidValue;
import nl.openklacht.platform.RuleViolation;

/**
 * The statutory clocks of a registered complaint: the handling term of Awb 9:11 lid 1 (6 weeks, 10 with an advisory
 * committee), its one extension (lid 2), delays the complainant consented to in writing (lid 3), and the 4-week
 * notice term of Awb 9:8. All dates are Atw-rolled by the {@link StatutoryCalendar}.
 */
@Embeddable
public record Deadlines(
        @Column(name = "due_date") LocalDate dueDate,
        @Column(name = "extension_weeks") Integer extensionWeeks,
        @Column(name = "extended_due_date") LocalDate extendedDueDate,
        @Column(name = "extension_reason") String extensionReason,
        @Column(name = "consented_due_date") LocalDate consentedDueDate,
        @Column(name = "consent_received_on") LocalDate consentReceivedOn,
        @Column(name = "notice_due") LocalDate noticeDue) {

    static Deadlines from(LocalDate receiptDate, boolean advisoryProcedure, StatutoryCalendar calendar) {
        return new Deadlines(
                calendar.handlingDeadline(receiptDate, advisoryProcedure),
                null,
                null,
                null,
                null,
                null,
                calendar.notHandledNoticeDeadline(receiptDate));
    }

    /** The deadline in force now: the consented date, else the extended one, else the statutory term. */
    public LocalDate current() {
        if (consentedDueDate != null) {
            return consentedDueDate;
        }
        return extendedDueDate != null ? extendedDueDate : dueDate;
    }

    boolean isExtended() {
        return extensionWeeks != null;
    }

    /**
     * Awb 9:11 lid 2: once, by at most four weeks, and announced no later than the deadline itself. Computed from
     * the unrolled base end, then rolled (Atw art. 1).
     */
    Deadlines extend(
            int weeks,
            String reason,
            LocalDate receiptDate,
            boolean advisoryProcedure,
            LocalDate today,
            StatutoryCalendar calendar) {
        if (weeks < 1 || weeks > StatutoryCalendar.MAX_EXTENSION_WEEKS) {
            throw new InvalidValue("rule.extension.weeks", weeks);
        }
        if (isExtended()) {
            throw new RuleViolation("rule.extension.once");
        }
        if (consentedDueDate != null) {
            throw new RuleViolation("rule.extension.after-consent");
        }
        if (calendar.isOverdue(dueDate, today)) {
            throw new RuleViolation("rule.extension.too-late", dueDate);
        }
        LocalDate extended = calendar.extendedDeadline(receiptDate, advisoryProcedure, weeks);
        return new Deadlines(dueDate, weeks, extended, reason, null, null, noticeDue);
    }

    /** Awb 9:11 lid 3: any further delay only with the complainant's written consent, to an agreed date. */
    Deadlines consentTo(LocalDate newDueDate, LocalDate consentReceivedOn, LocalDate today) {
        if (consentReceivedOn.isAfter(today)) {
            throw new InvalidValue("rule.date.future", consentReceivedOn);
        }
        if (!newDueDate.isAfter(current())) {
            throw new InvalidValue("rule.consent.not-later", newDueDate, current());
        }
        return new Deadlines(
                dueDate, extensionWeeks, extendedDueDate, extensionReason, newDueDate, consentReceivedOn, noticeDue);
    }
}
