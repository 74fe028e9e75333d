package nl.openklacht.organisation;

/** An afdeling or team responsible for a subject; {@code code} is the stable key used everywhere. */
public record Department(String code, String name) {}
