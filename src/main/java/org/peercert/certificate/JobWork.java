package org.peercert.certificate;

import java.util.List;

/**
 * Background work of another feature that runs as a job of this package, with its leases,
 * items, outcomes and stored ZIP parts (for example the reviewer's evidence packets): the runner
 * hands a job of {@link #kind()} to its bean instead of issuing or zipping certificates.
 */
public interface JobWork {

    /** The job kind this bean runs, as stored in {@code certificate_job.kind}. */
    String kind();

    /**
     * Works through the job's items; called by the node holding the lease. Record each item's
     * outcome with {@link CertificateJobRunner#record} and end with {@link CertificateJobRunner#finish}.
     */
    void run(CertificateJob job, List<CertificateJobItem> open, JobLeases leases);
}
