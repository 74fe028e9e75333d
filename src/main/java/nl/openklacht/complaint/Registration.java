package nl.openklacht.complaint;

import java.util.List;

/**
 * What the coordinator establishes when registering a complaint (Awb 9:4, 9:12a): the formal facts, the
 * administrative body, whether the complaint concerns that body itself or one of its members (Awb 9:7 lid 2), the
 * advisory-committee track (null keeps the track chosen at triage), the department, and the involved employees as
 * now known (null keeps those received).
 */
public record Registration(
        FormalRequirements formalRequirements,
        AdministrativeBody administrativeBody,
        boolean concernsAdministrativeBody,
        Boolean advisoryProcedure,
        String department,
        List<String> involvedEmployees) {}
