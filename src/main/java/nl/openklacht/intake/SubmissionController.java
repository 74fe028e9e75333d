package nl.openklacht.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import nl.openklacht.complaint.Address;
import nl.openklacht.complaint.CaseAccess;
import nl.openklacht.complaint.Channel;
import nl.openklacht.complaint.Complainant;
import nl.openklacht.complaint.Complaint;
import nl.openklacht.complaint.Submission;
import nl.openklacht.organisation.Role;
import nl.openklacht.platform.InvalidValue;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/submissions}: the web form needs no login; staff register letters, e-mails, phone calls and
 * counter visits, with the moment they actually arrived.
 */
@RestController
class SubmissionController {

    record AddressRequest(
            @Size(max = 200) String street,
            @Size(max = 20) String houseNumber,
            @Size(max = 10) String postalCode,
            @Size(max = 100) String city) {}

    record ComplainantRequest(
            @Size(max = 200) String name,
            @Email @Size(max = 320) String email,
            @Size(max = 40) String phone,
            @Valid AddressRequest address) {}

    record SubmissionRequest(
            @NotNull Channel channel,
            Instant receivedAt,
            @Valid ComplainantRequest complainant,
            @Size(max = 300) String subject,
            @NotBlank @Size(max = 20_000) String text,
            @PastOrPresent LocalDate incidentDate,
            @Size(max = 20) List<@Size(max = 200) String> involvedEmployees,
            @Size(max = 5_000) String remedySought) {}

    record Receipt(String reference, Complaint.Status status, Instant receivedAt) {}

    static final int MAX_KEY_LENGTH = 100;

    private final Intake intake;
    private final CaseAccess access;
    private final Clock clock;

    SubmissionController(Intake intake, CaseAccess access, Clock clock) {
        this.intake = intake;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping("/api/v1/submissions")
    ResponseEntity<Receipt> submit(
            @Valid @RequestBody SubmissionRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        CaseAccess.Actor actor = access.current();
        // Registering what arrived by letter, e-mail, phone or counter is case work: not for managers or admins.
        boolean staff = actor.is(Role.COORDINATOR) || actor.is(Role.HANDLER);
        if (!staff && request.channel() != Channel.WEBFORM) {
            if (access.isAnonymous()) {
                throw new InsufficientAuthenticationException("staff only");
            }
            throw new AccessDeniedException("staff only");
        }
        if (!staff && request.receivedAt() != null) {
            throw new InvalidValue("rule.received.staff-only");
        }
        Instant receivedAt = request.receivedAt() != null ? request.receivedAt() : clock.instant();
        Submission submission = new Submission(
                request.channel(),
                receivedAt,
                complainant(request.complainant()),
                request.subject(),
                request.text(),
                request.incidentDate(),
                request.involvedEmployees(),
                request.remedySought());
        if (idempotencyKey == null) {
            return created(intake.receive(submission));
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new InvalidValue("intake.idempotency-key.invalid", MAX_KEY_LENGTH);
        }
        // Keys are the sender's: scoped by channel, and for staff by who registers.
        String scopedKey = request.channel() + ":" + (staff ? actor.username() : "") + ":" + idempotencyKey;
        Intake.Receipt receipt = intake.receiveOnce(scopedKey, fingerprint(request), submission);
        // The same submission again: the same answer, and nothing stored twice.
        return receipt.repeated() ? ResponseEntity.ok(receiptOf(receipt.complaint())) : created(receipt.complaint());
    }

    /** What was sent, as a hash: the record's text names every field and value. */
    private static String fingerprint(SubmissionRequest request) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(request.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static ResponseEntity<Receipt> created(Complaint received) {
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + received.reference()))
                .body(receiptOf(received));
    }

    private static Receipt receiptOf(Complaint received) {
        return new Receipt(received.reference(), received.status(), received.receivedAt());
    }

    private static Complainant complainant(ComplainantRequest request) {
        if (request == null) {
            return null;
        }
        AddressRequest address = request.address();
        return new Complainant(
                request.name(),
                request.email(),
                request.phone(),
                address == null
                        ? null
                        : new Address(address.street(), address.houseNumber(), address.postalCode(), address.city()));
    }
}
