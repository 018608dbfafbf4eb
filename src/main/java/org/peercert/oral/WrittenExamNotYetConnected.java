package org.peercert.oral;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The written-exam gate of this branch: no written exam can be passed here yet, so nobody gets
 * through. It never lets a trainee book on a guess; the written-exam feature replaces it with the
 * real answer (its attempts) when both are merged.
 */
@ApplicationScoped
public class WrittenExamNotYetConnected implements WrittenExamGate {

    @Override
    public boolean passed(String traineeSubject, String courseId) {
        return false;
    }
}
