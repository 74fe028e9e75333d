package nl.openklacht.complaint;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** All complaints (and other submissions) ever received. */
public interface Complaints extends Repository<Complaint, UUID>, JpaSpecificationExecutor<Complaint> {

    Complaint save(Complaint complaint);

    Optional<Complaint> findByReference(String reference);

    long count();
}
