package org.peercert.certificate;

import org.peercert.course.DeliveryFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a certificate states about the training, taken from the records: the hours ledger, and the
 * exams and evaluation through the completion rule. {@link CompletionEvidenceCollector} fills it;
 * dates are the provider's calendar dates.
 *
 * @param trainingStartedOn the first day of training credited
 * @param trainingEndedOn   the last day of training credited
 * @param completedOn       the day the last requirement was met
 * @param formats           how the credited training was delivered
 * @param creditHours       the credit hours awarded: the course's hours
 */
public record CompletionEvidence(LocalDate trainingStartedOn, LocalDate trainingEndedOn, LocalDate completedOn,
                                 List<DeliveryFormat> formats, BigDecimal creditHours) {

    public CompletionEvidence {
        formats = List.copyOf(formats);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("A certificate states at least one delivery format");
        }
        if (trainingStartedOn.isAfter(trainingEndedOn) || trainingEndedOn.isAfter(completedOn)) {
            throw new IllegalArgumentException("Training dates must come in order: started " + trainingStartedOn
                    + ", ended " + trainingEndedOn + ", completed " + completedOn);
        }
    }
}
