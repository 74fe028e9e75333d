package nl.openklacht.complaint;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases and work lists for staff. */
@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintController {

    private final ComplaintReading reading;

    ComplaintController(ComplaintReading reading) {
        this.reading = reading;
    }

    @GetMapping("/{reference}")
    ComplaintView complaint(@PathVariable String reference) {
        return reading.open(reference);
    }

    @GetMapping
    Page<ComplaintSummary> workList(
            @RequestParam(required = false) Complaint.Status status,
            @RequestParam(required = false) Kind kind,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String handler,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return reading.list(
                new ComplaintReading.WorkList(status, kind, department, handler, overdue), PageRequest.of(page, size));
    }
}
