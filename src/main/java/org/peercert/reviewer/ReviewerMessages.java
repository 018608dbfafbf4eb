package org.peercert.reviewer;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every sentence of the state reviewer's workspace: {@code {rev:key}} in templates. */
@MessageBundle("rev")
public interface ReviewerMessages {

    @Message("Search certificates and trainees")
    String search_title();

    @Message("Find certificates and the trainees behind them. Every field may be left empty; a part of a name is enough.")
    String search_lead();

    @Message("Name")
    String field_name();

    @Message("Certificate number")
    String field_number();

    @Message("For example 7KQ4-M2XD-9TRB-HW3C; hyphens and case do not matter.")
    String field_number_hint();

    @Message("Course")
    String field_course();

    @Message("Any course")
    String field_course_any();

    @Message("Status")
    String field_status();

    @Message("Any")
    String status_any();

    @Message("Issued from")
    String field_from();

    @Message("Issued to")
    String field_to();

    @Message("Search")
    String search_submit();

    @Message("Certificates ({count})")
    String certificates_heading(int count);

    @Message("Trainees ({count})")
    String trainees_heading(int count);

    @Message("Nothing matches.")
    String nothing();

    @Message("Number")
    String col_number();

    @Message("Name")
    String col_name();

    @Message("Course")
    String col_course();

    @Message("Issued")
    String col_issued();

    @Message("Status")
    String col_status();

    @Message("Courses")
    String col_courses();

    @Message("Certificates")
    String col_certificates();

    @Message("Training record: {name}")
    String record_title(String name);

    @Message("Everything behind this trainee's credentials, as stored. Records are never changed: a correction is a later line that says who made it and why.")
    String record_lead();

    @Message("Evidence packet")
    String packet_heading();

    @Message("One ZIP with a PDF summary, CSV and JSON of every record below, the certificate PDFs as issued, manifest.json and SHA256SUMS. Check it after unzipping with:")
    String packet_lead();

    @Message("Download the evidence packet")
    String packet_download();

    @Message("This packet holds {count} records, so it is built in the background; you can follow it and download it when it is ready.")
    String packet_large(int count);

    @Message("Build the packet in the background")
    String packet_start();

    @Message("Or with jq, from the manifest:")
    String packet_jq();

    @Message("Enrolments")
    String enrolments_heading();

    @Message("Content version {version}, enrolled {at} by {by}")
    String enrolment_line(String version, String at, String by);

    @Message("Hours ledger")
    String hours_heading();

    @Message("Corrections")
    String corrections_heading();

    @Message("Live-session attendance")
    String attendance_heading();

    @Message("Self-paced activity spans")
    String spans_heading();

    @Message("Written exams and post-tests")
    String exams_heading();

    @Message("Oral exam rubric scores")
    String oral_heading();

    @Message("Certificates")
    String certificates_section();

    @Message("None.")
    String none();

    @Message("When")
    String col_when();

    @Message("Source")
    String col_source();

    @Message("Competency")
    String col_competency();

    @Message("Minutes")
    String col_minutes();

    @Message("Evidence")
    String col_evidence();

    @Message("Reason")
    String col_reason();

    @Message("Recorded by")
    String col_by();

    @Message("Session")
    String col_session();

    @Message("Joined")
    String col_joined();

    @Message("Left")
    String col_left();

    @Message("Module")
    String col_module();

    @Message("Ended")
    String col_ended();

    @Message("Credited")
    String col_credited();

    @Message("{seconds} s in {beats} reports")
    String credited(long seconds, int beats);

    @Message("Attempt")
    String col_attempt();

    @Message("Score")
    String col_score();

    @Message("By competency")
    String col_by_competency();

    @Message("Examiner")
    String col_examiner();

    @Message("Points")
    String col_points();

    @Message("Stored SHA-256")
    String col_sha256();

    @Message("Revocation")
    String col_revocation();

    @Message("{at} by {by}: {reason}")
    String revocation(String at, String by, String reason);

    @Message("passed")
    String passed();

    @Message("not passed")
    String not_passed();

    @Message("not ended")
    String not_ended();

    @Message("corrects line {line}")
    String corrects(Long line);

    @Message("Evidence packet for {name}")
    String job_title(String name);

    @Message("Requested by {name}, {at}")
    String job_requested(String name, String at);

    @Message("DONE of TOTAL parts written")
    String job_count_template();

    @Message("{done} of {total} parts written")
    String job_count(long done, int total);

    @Message("The packet is ready.")
    String job_finished();

    @Message("The packet is being built; this page updates itself.")
    String job_running();

    @Message("Download the packet")
    String job_download();

    @Message("Back to the record")
    String back_to_record();

    @Message("Exports for the state")
    String exports_title();

    @Message("CSV files (UTF-8, RFC 4180) for the state's systems. Each export is recorded in the audit log.")
    String exports_lead();

    @Message("Certificates issued in a period (TRIS upload)")
    String tris_heading();

    @Message("Columns: name, credential, course, completion date, hours, certificate number, issue date, status, provider name and approval number.")
    String tris_lead();

    @Message("Live-session rosters with attendance")
    String rosters_heading();

    @Message("Every session that started in the period: one line per join and leave, and one per trainee on the roster who did not attend.")
    String rosters_lead();

    @Message("First day")
    String field_period_from();

    @Message("Last day")
    String field_period_to();

    @Message("Download CSV")
    String export_submit();

    @Message("Search certificates and trainees by name, number, course, status and issue date; read a trainee's whole record and download the evidence packet.")
    String action_search_description();

    @Message("CSV of the certificates issued in a period for TRIS, and of live-session rosters with attendance.")
    String action_exports_description();

    @Message("Every audit event about this trainee")
    String record_audit_link();

    @Message("That the sums are the provider's: fetch the certificate it publishes at /api/provider/signing-certificate into provider-certificate.pem, then")
    String packet_signature();
}
