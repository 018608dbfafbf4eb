package org.peercert.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SpreadsheetCellsTest {

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsMadeText() {
        assertEquals("'=SUM(A1:A9)", SpreadsheetCells.text("=SUM(A1:A9)"));
        assertEquals("'+1 555 0100", SpreadsheetCells.text("+1 555 0100"));
        assertEquals("'@cmd", SpreadsheetCells.text("@cmd"));
        assertEquals("'-2+3", SpreadsheetCells.text("-2+3"));
        assertEquals("'\tx", SpreadsheetCells.text("\tx"));
    }

    @Test
    void namesNumbersAndEmptyCellsStayAsTheyAre() {
        assertEquals("O'Brien, Núñez", SpreadsheetCells.text("O'Brien, Núñez"));
        assertEquals("-1.5", SpreadsheetCells.text("-1.5"));
        assertEquals(-30L, SpreadsheetCells.text(-30L));
        assertEquals("", SpreadsheetCells.text(""));
        assertArrayEquals(new Object[]{null, "a", "'=b"}, SpreadsheetCells.row(null, "a", "=b"));
    }
}
