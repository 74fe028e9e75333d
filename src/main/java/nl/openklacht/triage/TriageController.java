package nl.openklacht.triage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.openklacht.complaint.ComplaintReading;
import nl.openklacht.complaint.ComplaintView;
import nl.openklacht.complaint.Kind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Triage of a received submission, and the routing rules behind it. */
@RestController
class TriageController {

    record TriageRequest(
            @NotNull Kind kind,
            @Size(max = 20_000) String reason,
            @Size(max = 40) String department,
            Boolean advisoryProcedure,
            @Size(max = 200) String forwardTo,
            Boolean returnToSender) {}

    record SuggestionRequest(@NotNull @Size(max = 20_000) String text) {}

    record ModelInfo(String modelVersion, int trainingSize, long decisionsStored) {}

    record RoutingRuleRequest(
            @NotBlank @Size(max = 200) String destination,
            @Size(max = 2_000) String description) {}

    private final Triaging triaging;
    private final RoutingRules rules;
    private final ComplaintReading reading;
    private final Suggesting suggesting;
    private final Retraining retraining;
    private final ActiveModel active;
    private final TriageDecisions decisions;

    TriageController(
            Triaging triaging,
            RoutingRules rules,
            ComplaintReading reading,
            Suggesting suggesting,
            Retraining retraining,
            ActiveModel active,
            TriageDecisions decisions) {
        this.triaging = triaging;
        this.rules = rules;
        this.reading = reading;
        this.suggesting = suggesting;
        this.retraining = retraining;
        this.active = active;
        this.decisions = decisions;
    }

    @PostMapping("/api/v1/triage/suggestions")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'HANDLER', 'MANAGER', 'ADMIN')")
    SuggestionAnswer suggest(@Valid @RequestBody SuggestionRequest request) {
        Suggestion suggestion = suggesting.suggest(request.text());
        String destination = suggestion.kind() == null || Kind.COMPLAINT.name().equals(suggestion.kind())
                ? null
                : rules.forKind(Kind.valueOf(suggestion.kind()))
                        .map(RoutingRule::destination)
                        .orElse(null);
        return SuggestionAnswer.of(suggestion, destination);
    }

    @GetMapping("/api/v1/triage/model")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MANAGER', 'ADMIN')")
    ModelInfo model() {
        TriageModel model = active.get();
        return new ModelInfo(model.version(), model.trainingSize(), decisions.count());
    }

    @PostMapping("/api/v1/triage/model/retraining")
    @PreAuthorize("hasRole('ADMIN')")
    ModelInfo retrain() {
        TriageModel model = retraining.retrain(Training.Trigger.ADMIN);
        return new ModelInfo(model.version(), model.trainingSize(), decisions.count());
    }

    @PostMapping("/api/v1/complaints/{reference}/triage")
    ComplaintView triage(@PathVariable String reference, @Valid @RequestBody TriageRequest request) {
        triaging.decide(
                reference,
                new Triaging.Decision(
                        request.kind(),
                        request.reason(),
                        request.department(),
                        Boolean.TRUE.equals(request.advisoryProcedure()),
                        request.forwardTo(),
                        Boolean.TRUE.equals(request.returnToSender())));
        return reading.afterChange(reference);
    }

    @GetMapping("/api/v1/triage/routing-rules")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    List<RoutingRule> routingRules() {
        return rules.all();
    }

    @PutMapping("/api/v1/triage/routing-rules/{kind}")
    @PreAuthorize("hasRole('ADMIN')")
    RoutingRule saveRoutingRule(@PathVariable Kind kind, @Valid @RequestBody RoutingRuleRequest request) {
        return rules.save(new RoutingRule(kind, request.destination().strip(), request.description()));
    }
}
