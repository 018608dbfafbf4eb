package org.peercert.people;

/** A person's legal name as printed: given names, then family name, single-spaced. */
public final class LegalName {

    private LegalName() {
    }

    public static String of(String givenNames, String familyName) {
        String joined = (nullToEmpty(givenNames) + " " + nullToEmpty(familyName)).trim();
        return joined.replaceAll("\\s+", " ");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
