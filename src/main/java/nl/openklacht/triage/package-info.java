/**
 * Step 2: determining the nature of every message. The coordinator decides — complaint, information request,
 * report, objection, Woo request, liability claim or other — and the routing rules say where each non-complaint
 * goes; a message for another body is forwarded under Awb 2:3 with the recipient recorded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Triage")
package nl.openklacht.triage;
