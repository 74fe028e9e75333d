package nl.openklacht.process;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A piece of work waiting for someone: for the handler it is assigned to, or for anyone in its candidate group.
 *
 * @param key the step in the process (e.g. {@code triage}, {@code investigation}, {@code overdueEscalation})
 * @param name what to do, in Dutch
 * @param assignee the username it is assigned to, or null while it is open to the group
 * @param candidateGroup the role that may pick it up ({@code COORDINATOR} or {@code HANDLER})
 * @param due the date (Europe/Amsterdam) by which it is due, or null
 */
public record OpenTask(
        String taskId,
        String reference,
        String key,
        String name,
        String assignee,
        String candidateGroup,
        Instant created,
        LocalDate due) {}
