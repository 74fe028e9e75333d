package nl.openklacht.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A decision not to handle the complaint on an Awb 9:8 ground, and when its written notice went out. */
@Embeddable
public record NotHandling(
        @Enumerated(EnumType.STRING) @Column(name = "not_handled_ground")
        NotHandledGround ground,

        @Column(name = "not_handled_explanation") String explanation,
        @Column(name = "not_handled_notice_sent_on") LocalDate noticeSentOn) {

    NotHandling noticeSent(LocalDate on) {
        return new NotHandling(ground, explanation, on);
    }
}
