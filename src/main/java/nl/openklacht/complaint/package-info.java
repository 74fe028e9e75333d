/**
 * The complaint: from receipt to closure as Awb chapter 9 requires. The {@link nl.openklacht.complaint.Complaint}
 * aggregate owns every rule of the law (9:4–9:12, 2:3) and records an event for each change;
 * {@link nl.openklacht.complaint.ComplaintLifecycle} is the one door to it, checking who may act; the history
 * records who changed or saw what, and when.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaint")
package nl.openklacht.complaint;
