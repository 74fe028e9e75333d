/**
 * Step 1: whatever reaches the municipality — web form, e-mail, letter, phone, counter — ends in one command,
 * {@link nl.openklacht.intake.Intake#receive}, which gives it its number and stores it before anything else happens
 * (Awb 9:1, 9:2). The channels are thin adapters around that command.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package nl.openklacht.intake;
