package org.peercert.certificate;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A certificate number: 15 random characters from Crockford's base-32 alphabet (no I, L, O or U,
 * so nothing reads as another character) and a Luhn mod 32 check character, printed in four groups
 * of four, e.g. {@code 7KQ4-M2XD-9TRB-HW3C}. 75 random bits make numbers impossible to guess; the
 * check character catches every single mistyped character and most swapped neighbours before any
 * lookup.
 */
public final class CertificateNumber {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;
    private static final int N = ALPHABET.length();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String compact;

    private CertificateNumber(String compact) {
        this.compact = compact;
    }

    /** A new random number. */
    public static CertificateNumber random() {
        StringBuilder payload = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            payload.append(ALPHABET.charAt(RANDOM.nextInt(N)));
        }
        return new CertificateNumber(payload.append(checkCharacter(payload)).toString());
    }

    /**
     * Reads a number as a person typed it: case, spaces and hyphens do not matter, and O, I and L
     * are read as 0, 1 and 1 (Crockford's rule).
     *
     * @throws InvalidNumberException saying what is wrong, for the person who typed it
     */
    public static CertificateNumber parse(String typed) {
        String compact = normalise(typed);
        if (compact.length() != LENGTH) {
            throw new InvalidNumberException("A certificate number has 16 letters and digits, like 7KQ4-M2XD-9TRB-HW3C; "
                    + "this one has " + compact.length() + ".");
        }
        for (char c : compact.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                throw new InvalidNumberException("A certificate number never contains \"" + c + "\"; check the number "
                        + "on the certificate.");
            }
        }
        if (!checks(compact)) {
            throw new InvalidNumberException("This certificate number is mistyped: one of its characters is wrong (the "
                    + "last one is a check on the others). Check each character against the certificate.");
        }
        return new CertificateNumber(compact);
    }

    /** The 16 characters without hyphens, as stored. */
    public String compact() {
        return compact;
    }

    /** In four groups of four, as printed. */
    public String formatted() {
        return compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8, 12) + "-"
                + compact.substring(12);
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
    }

    /** Luhn mod N: the character that makes the whole number check. */
    static char checkCharacter(CharSequence payload) {
        int sum = luhnSum(payload, 2);
        return ALPHABET.charAt((N - sum % N) % N);
    }

    static boolean checks(CharSequence number) {
        return luhnSum(number, 1) % N == 0;
    }

    /** Doubles every second value from the right, starting with {@code firstFactor}, folding in base N. */
    private static int luhnSum(CharSequence chars, int firstFactor) {
        int factor = firstFactor;
        int sum = 0;
        for (int i = chars.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(chars.charAt(i));
            sum += addend / N + addend % N;
            factor = factor == 2 ? 1 : 2;
        }
        return sum;
    }

    /** A typed number that cannot be a certificate number; the message says why. */
    public static final class InvalidNumberException extends IllegalArgumentException {
        InvalidNumberException(String message) {
            super(message);
        }
    }
}
