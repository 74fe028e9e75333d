package nl.openklacht.complaint;

import java.util.Set;
import java.util.stream.Collectors;
import nl.openklacht.organisation.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a case: the coordinator everything, a handler only what is assigned to them, a manager reads
 * (without the complainant's contact details), an admin configures but does not handle cases.
 */
@Component
public class CaseAccess {

    /** The actor in whose name something happens; timers act as "systeem". */
    public record Actor(String username, Set<String> roles) {

        public boolean is(Role role) {
            return roles.contains(role.name());
        }
    }

    static final String SYSTEM = "systeem";
    static final String PUBLIC = "publiek";

    public Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            return new Actor(SYSTEM, Set.of());
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return new Actor(PUBLIC, Set.of());
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        return new Actor(authentication.getName(), roles);
    }

    public boolean isAnonymous() {
        return current().username().equals(PUBLIC);
    }

    void requireCoordinator() {
        if (!current().is(Role.COORDINATOR)) {
            throw new AccessDeniedException("coordinator only");
        }
    }

    /** Acting on a case: the coordinator, or the handler it is assigned to. */
    void requireMayAct(Complaint complaint) {
        Actor actor = current();
        if (actor.is(Role.COORDINATOR)
                || (actor.is(Role.HANDLER) && actor.username().equals(complaint.handler()))) {
            return;
        }
        throw new AccessDeniedException("not your case");
    }

    public void requireMayRead(Complaint complaint) {
        Actor actor = current();
        if (actor.is(Role.COORDINATOR) || actor.is(Role.MANAGER)) {
            return;
        }
        requireMayAct(complaint);
    }

    /** Contact details and address are for those handling the case, not for managers' overviews. */
    boolean maySeePersonalData(Complaint complaint) {
        Actor actor = current();
        return actor.is(Role.COORDINATOR)
                || (actor.is(Role.HANDLER) && actor.username().equals(complaint.handler()));
    }
}
