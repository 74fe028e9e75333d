package nl.openklacht.triage;

import nl.openklacht.complaint.Kind;

/** Where submissions of one kind go when they are not complaints, e.g. reports to the meldingen process. */
public record RoutingRule(Kind kind, String destination, String description) {}
