package nl.openklacht.organisation;

import java.util.Set;

/** Someone working for the municipality who signs in to OpenKlacht. */
public record StaffMember(String username, String displayName, Set<Role> roles, Set<String> departments) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean handlesFor(String department) {
        return has(Role.HANDLER) && departments.contains(department);
    }
}
