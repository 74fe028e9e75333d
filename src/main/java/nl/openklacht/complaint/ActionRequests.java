package nl.openklacht.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the actions on a case, as the API receives them. */
final class ActionRequests {

    private ActionRequests() {}

    static final int LONG_TEXT = 20_000;

    record RegistrationRequest(
            @NotNull @Valid FormalRequirements formalRequirements,
            @NotNull AdministrativeBody administrativeBody,
            Boolean concernsAdministrativeBody,
            Boolean advisoryProcedure,
            @Size(max = 40) String department,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> involvedEmployees,
            LocalDate incidentDate) {}

    record AcknowledgmentRequest(@NotNull LocalDate sentOn) {}

    record NoticeRequest(@NotNull LocalDate sentOn) {}

    record AssignmentRequest(
            @NotBlank @Size(max = 40) String department,
            @NotBlank @Size(max = 100) String handler) {}

    record InformalContactRequest(
            @NotNull LocalDate contactedOn,
            @Size(max = LONG_TEXT) String notes) {}

    record InformalResolutionRequest(
            @NotBlank @Size(max = LONG_TEXT) String confirmation,
            @Size(max = LONG_TEXT) String notes) {}

    record NotHandledRequest(
            @NotNull NotHandledGround ground,
            @NotBlank @Size(max = LONG_TEXT) String explanation) {}

    record HearingRequest(
            @NotNull HearingParty party,
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = LONG_TEXT) String report,
            @Size(max = 200) String heardBy) {}

    record HearingWaiverRequest(@NotNull HearingWaiverReason reason) {}

    record AdviceRequest(
            @NotNull LocalDate receivedOn,
            @NotBlank @Size(max = LONG_TEXT) String advice) {}

    /** The number of weeks is checked by the aggregate, so the refusal names Awb 9:11 lid 2. */
    record ExtensionRequest(
            @NotNull Integer weeks,
            @NotBlank @Size(max = LONG_TEXT) String reason) {}

    record ConsentedDelayRequest(
            @NotNull LocalDate newDueDate, @NotNull LocalDate consentReceivedOn) {}

    record DecisionRequest(
            @NotBlank @Size(max = LONG_TEXT) String findings,
            @NotNull Judgment judgment,
            @NotBlank @Size(max = LONG_TEXT) String conclusions,
            @Size(max = LONG_TEXT) String measures) {}

    record WithdrawalRequest(@Size(max = LONG_TEXT) String reason) {}

    record OmbudsmanCaseRequest(
            @NotNull Ombudsman ombudsman,
            @NotBlank @Size(max = 100) String caseReference,
            @NotNull LocalDate openedOn) {}

    record OmbudsmanOutcomeRequest(
            @NotBlank @Size(max = LONG_TEXT) String outcome,
            @NotNull LocalDate on) {}

    record RetentionRequest(@NotNull RetentionResult result) {}
}
