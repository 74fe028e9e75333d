package nl.openklacht.complaint;

import java.time.LocalDate;
import java.util.List;

/**
 * What the coordinator establishes when registering a complaint (Awb 9:4, 9:12a): the formal facts, the
 * administrative body, whether the complaint concerns that body itself or one of its members (Awb 9:7 lid 2), the
 * advisory-committee track (null keeps the track chosen at triage), the department, the involved employees as now
 * known (null keeps those received), and the date of the conduct when the coordinator establishes it (null keeps
 * the one received; Awb 9:8 lid 1 sub b depends on it).
 */
public record Registration(
        FormalRequirements formalRequirements,
        AdministrativeBody administrativeBody,
        boolean concernsAdministrativeBody,
        Boolean advisoryProcedure,
        String department,
        List<String> involvedEmployees,
        LocalDate incidentDate) {

    public Registration(
            FormalRequirements formalRequirements,
            AdministrativeBody administrativeBody,
            boolean concernsAdministrativeBody,
            Boolean advisoryProcedure,
            String department,
            List<String> involvedEmployees) {
        this(
                formalRequirements,
                administrativeBody,
                concernsAdministrativeBody,
                advisoryProcedure,
                department,
                involvedEmployees,
                null);
    }
}
