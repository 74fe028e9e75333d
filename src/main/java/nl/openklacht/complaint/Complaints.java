package nl.openklacht.complaint;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/** All complaints (and other submissions) ever received. */
public interface Complaints extends Repository<Complaint, UUID>, JpaSpecificationExecutor<Complaint> {

    Complaint save(Complaint complaint);

    Optional<Complaint> findByReference(String reference);

    long count();

    @Modifying
    @Transactional
    @Query(
            value =
                    "update complaint set suggested_kind = :#{#s.kind()}, suggested_kind_confidence = :#{#s.confidence()},"
                            + " suggested_department = :#{#s.department()},"
                            + " suggested_department_confidence = :#{#s.departmentConfidence()},"
                            + " suggestion_explanation = :#{#s.explanationLines()}, suggestion_model_version = :#{#s.modelVersion()}"
                            + " where reference = :reference",
            nativeQuery = true)
    int attachSuggestion(@Param("reference") String reference, @Param("s") TriageSuggestion suggestion);
}
