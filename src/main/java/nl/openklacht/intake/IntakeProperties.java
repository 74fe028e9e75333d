package nl.openklacht.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The prefix of complaint numbers, e.g. KL in KL-2026-000123. */
@ConfigurationProperties("openklacht.intake")
record IntakeProperties(@DefaultValue("KL") String numberPrefix) {}
