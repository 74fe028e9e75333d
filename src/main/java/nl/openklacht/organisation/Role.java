package nl.openklacht.organisation;

/** What a staff member may do; checked on every action. */
public enum Role {
    COORDINATOR,
    HANDLER,
    MANAGER,
    ADMIN
}
