package org.peercert.certificate;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Certificate numbers: random, readable back as typed, and every single typo is caught. */
class CertificateNumberTest {

    @Test
    void aNewNumberReadsBackHoweverItIsTyped() {
        CertificateNumber number = CertificateNumber.random();
        assertTrue(number.formatted().matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"), number.formatted());
        assertEquals(number.compact(), CertificateNumber.parse(number.formatted()).compact());
        assertEquals(number.compact(), CertificateNumber.parse(" " + number.compact().toLowerCase() + " ").compact());
        assertEquals(number.compact(), CertificateNumber.parse(number.formatted().replace("-", " ")).compact());
    }

    @Test
    void numbersDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(CertificateNumber.random().compact()));
        }
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        for (int n = 0; n < 200; n++) {
            String number = CertificateNumber.random().compact();
            for (int i = 0; i < number.length(); i++) {
                for (char c : CertificateNumber.ALPHABET.toCharArray()) {
                    if (c == number.charAt(i)) {
                        continue;
                    }
                    String typo = number.substring(0, i) + c + number.substring(i + 1);
                    var e = assertThrows(CertificateNumber.InvalidNumberException.class, () -> CertificateNumber.parse(typo));
                    assertTrue(e.getMessage().contains("mistyped"), e.getMessage());
                }
            }
        }
    }

    @Test
    void mostSwappedNeighboursAreCaught() {
        int swaps = 0;
        int caught = 0;
        for (int n = 0; n < 500; n++) {
            String number = CertificateNumber.random().compact();
            for (int i = 0; i + 1 < number.length(); i++) {
                if (number.charAt(i) == number.charAt(i + 1)) {
                    continue;
                }
                String swapped = number.substring(0, i) + number.charAt(i + 1) + number.charAt(i) + number.substring(i + 2);
                swaps++;
                caught += CertificateNumber.checks(swapped) ? 0 : 1;
            }
        }
        assertTrue(caught > swaps * 0.95, caught + " of " + swaps + " swaps caught");
    }

    @Test
    void confusableLettersAreReadAsDigits() {
        CertificateNumber number = CertificateNumber.random();
        String withLetters = number.compact().replace('0', 'O').replace('1', 'l');
        assertEquals(number.compact(), CertificateNumber.parse(withLetters).compact());
    }

    @Test
    void theExampleInTheMessagesIsAValidNumber() {
        assertEquals("7KQ4-M2XD-9TRB-HW3C", CertificateNumber.parse("7kq4 m2xd 9trb hw3c").formatted());
    }

    @Test
    void theMessageSaysWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CertificateNumber.parse("7KQ4-M2XD"))
                .getMessage().contains("16 letters and digits"));
        String withU = "U" + CertificateNumber.random().compact().substring(1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CertificateNumber.parse(withU))
                .getMessage().contains("never contains \"U\""));
        assertNotEquals(CertificateNumber.random().compact(), CertificateNumber.random().compact());
    }
}
