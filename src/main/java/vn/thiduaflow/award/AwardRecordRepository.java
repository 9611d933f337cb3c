package vn.thiduaflow.award;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The award register's rows; searched with {@link AwardQuery#specification()}. */
public interface AwardRecordRepository extends JpaRepository<AwardRecord, Long>,
    JpaSpecificationExecutor<AwardRecord> {}
