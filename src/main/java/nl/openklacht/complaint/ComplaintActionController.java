package nl.openklacht.complaint;

import jakarta.validation.Valid;
import nl.openklacht.complaint.ActionRequests.*;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every step of a case is a POST to {@code /api/v1/complaints/{reference}/<action>}; each answers with the case as
 * it now is. Triage lives with the triage module, which knows the routing rules.
 */
@RestController
@RequestMapping("/api/v1/complaints/{reference}")
class ComplaintActionController {

    private final ComplaintLifecycle lifecycle;
    private final ComplaintReading reading;

    ComplaintActionController(ComplaintLifecycle lifecycle, ComplaintReading reading) {
        this.lifecycle = lifecycle;
        this.reading = reading;
    }

    @PostMapping("/registration")
    ComplaintView register(@PathVariable String reference, @Valid @RequestBody RegistrationRequest request) {
        lifecycle.register(
                reference,
                new Registration(
                        request.formalRequirements(),
                        request.administrativeBody(),
                        Boolean.TRUE.equals(request.concernsAdministrativeBody()),
                        request.advisoryProcedure(),
                        request.department(),
                        request.involvedEmployees(),
                        request.incidentDate()));
        return reading.afterChange(reference);
    }

    @PostMapping("/acknowledgment")
    ComplaintView acknowledge(@PathVariable String reference, @Valid @RequestBody AcknowledgmentRequest request) {
        lifecycle.acknowledge(reference, request.sentOn());
        return reading.afterChange(reference);
    }

    @PostMapping("/assignment")
    ComplaintView assign(@PathVariable String reference, @Valid @RequestBody AssignmentRequest request) {
        lifecycle.assign(reference, request.department(), request.handler());
        return reading.afterChange(reference);
    }

    @PostMapping("/informal-contact")
    ComplaintView informalContact(@PathVariable String reference, @Valid @RequestBody InformalContactRequest request) {
        lifecycle.recordInformalContact(reference, request.contactedOn(), request.notes());
        return reading.afterChange(reference);
    }

    @PostMapping("/informal-resolution")
    ComplaintView informalResolution(
            @PathVariable String reference, @Valid @RequestBody InformalResolutionRequest request) {
        lifecycle.resolveInformally(reference, request.confirmation(), request.notes());
        return reading.afterChange(reference);
    }

    @PostMapping("/not-handled")
    ComplaintView notHandled(@PathVariable String reference, @Valid @RequestBody NotHandledRequest request) {
        lifecycle.declineToHandle(reference, request.ground(), request.explanation());
        return reading.afterChange(reference);
    }

    @PostMapping("/not-handled-notice")
    ComplaintView notHandledNotice(@PathVariable String reference, @Valid @RequestBody NoticeRequest request) {
        lifecycle.recordNotHandledNotice(reference, request.sentOn());
        return reading.afterChange(reference);
    }

    @PostMapping("/involved-copy")
    ComplaintView involvedCopy(@PathVariable String reference) {
        lifecycle.sendCopyToInvolved(reference);
        return reading.afterChange(reference);
    }

    @PostMapping("/hearings")
    ComplaintView hearing(@PathVariable String reference, @Valid @RequestBody HearingRequest request) {
        lifecycle.recordHearing(
                reference, new Hearing(request.party(), request.heldOn(), request.report(), request.heardBy()));
        return reading.afterChange(reference);
    }

    @PostMapping("/hearing-waiver")
    ComplaintView hearingWaiver(@PathVariable String reference, @Valid @RequestBody HearingWaiverRequest request) {
        lifecycle.waiveComplainantHearing(reference, request.reason());
        return reading.afterChange(reference);
    }

    @PostMapping("/advice")
    ComplaintView advice(@PathVariable String reference, @Valid @RequestBody AdviceRequest request) {
        lifecycle.recordAdvice(reference, new Advice(request.receivedOn(), request.advice()));
        return reading.afterChange(reference);
    }

    @PostMapping("/extension")
    ComplaintView extension(@PathVariable String reference, @Valid @RequestBody ExtensionRequest request) {
        lifecycle.extend(reference, request.weeks(), request.reason());
        return reading.afterChange(reference);
    }

    @PostMapping("/consented-delay")
    ComplaintView consentedDelay(@PathVariable String reference, @Valid @RequestBody ConsentedDelayRequest request) {
        lifecycle.consentToDelay(reference, request.newDueDate(), request.consentReceivedOn());
        return reading.afterChange(reference);
    }

    @PostMapping("/decision")
    ComplaintView decision(@PathVariable String reference, @Valid @RequestBody DecisionRequest request) {
        lifecycle.decide(
                reference,
                new Decision(request.findings(), request.judgment(), request.conclusions(), request.measures(), null));
        return reading.afterChange(reference);
    }

    @PostMapping("/closure")
    ComplaintView closure(@PathVariable String reference) {
        lifecycle.close(reference);
        return reading.afterChange(reference);
    }

    @PostMapping("/withdrawal")
    ComplaintView withdrawal(@PathVariable String reference, @Valid @RequestBody WithdrawalRequest request) {
        lifecycle.withdraw(reference, request.reason());
        return reading.afterChange(reference);
    }

    @PostMapping("/ombudsman-case")
    ComplaintView ombudsmanCase(@PathVariable String reference, @Valid @RequestBody OmbudsmanCaseRequest request) {
        lifecycle.recordOmbudsmanCase(reference, request.ombudsman(), request.caseReference(), request.openedOn());
        return reading.afterChange(reference);
    }

    @PostMapping("/ombudsman-outcome")
    ComplaintView ombudsmanOutcome(
            @PathVariable String reference, @Valid @RequestBody OmbudsmanOutcomeRequest request) {
        lifecycle.recordOmbudsmanOutcome(reference, request.outcome(), request.on());
        return reading.afterChange(reference);
    }

    @PostMapping("/retention")
    ComplaintView retention(@PathVariable String reference, @Valid @RequestBody RetentionRequest request) {
        lifecycle.changeRetention(reference, request.result());
        return reading.afterChange(reference);
    }
}
