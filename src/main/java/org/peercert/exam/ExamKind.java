package org.peercert.exam;

/** Which test a course sets: certification courses a written exam, specialty and CE courses a post-test. */
public enum ExamKind {
    WRITTEN_EXAM("written-exam"),
    POST_TEST("post-test");

    public final String code;

    ExamKind(String code) {
        this.code = code;
    }

    public static ExamKind ofCode(String code) {
        for (ExamKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
