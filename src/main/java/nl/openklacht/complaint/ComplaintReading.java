package nl.openklacht.complaint;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.openklacht.calendar.StatutoryCalendar;
import nl.openklacht.organisation.Role;
import nl.openklacht.platform.NotFound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reading cases and work lists, with the reader's rights applied and every read of a case recorded. */
@Component
@Transactional
public class ComplaintReading {

    /** Filters of a work list; null means "any". */
    public record WorkList(Complaint.Status status, Kind kind, String department, String handler, Boolean overdue) {}

    private final Complaints complaints;
    private final CaseAccess access;
    private final History history;
    private final StatutoryCalendar calendar;
    private final Clock clock;

    ComplaintReading(
            Complaints complaints, CaseAccess access, History history, StatutoryCalendar calendar, Clock clock) {
        this.complaints = complaints;
        this.access = access;
        this.history = history;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A staff member opens a case: allowed or refused, and recorded either way it is allowed. */
    public ComplaintView open(String reference) {
        Complaint complaint =
                complaints.findByReference(reference).orElseThrow(() -> new NotFound("complaint.not-found", reference));
        access.requireMayRead(complaint);
        history.recordRead(reference);
        return ComplaintView.of(
                complaint, access.maySeePersonalData(complaint), history.of(reference), calendar, today());
    }

    /** The case as the actor who just changed it sees it; the change itself is already in the history. */
    public ComplaintView afterChange(String reference) {
        Complaint complaint =
                complaints.findByReference(reference).orElseThrow(() -> new NotFound("complaint.not-found", reference));
        access.requireMayRead(complaint);
        return ComplaintView.of(
                complaint, access.maySeePersonalData(complaint), history.of(reference), calendar, today());
    }

    @Transactional(readOnly = true)
    public Page<ComplaintSummary> list(WorkList filter, Pageable page) {
        CaseAccess.Actor actor = access.current();
        String handler = filter.handler();
        if (!actor.is(Role.COORDINATOR) && !actor.is(Role.MANAGER)) {
            if (!actor.is(Role.HANDLER)) {
                throw new org.springframework.security.access.AccessDeniedException("no work list");
            }
            handler = actor.username();
        }
        LocalDate today = today();
        return complaints
                .findAll(matching(filter, handler, today), page)
                .map(complaint -> ComplaintSummary.of(complaint, calendar, today));
    }

    private static Specification<Complaint> matching(WorkList filter, String handler, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.department() != null) {
                where.add(cb.equal(root.get("department"), filter.department()));
            }
            if (handler != null) {
                where.add(cb.equal(root.get("handler"), handler));
            }
            if (filter.overdue() != null) {
                var overdue = cb.and(
                        root.get("status").in(Complaint.IN_HANDLING), cb.lessThan(root.get("currentDueDate"), today));
                where.add(filter.overdue() ? overdue : cb.not(overdue));
            }
            query.orderBy(cb.desc(root.get("receivedAt")));
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private LocalDate today() {
        return StatutoryCalendar.today(clock);
    }
}
