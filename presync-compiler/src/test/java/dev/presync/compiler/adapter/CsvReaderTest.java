package dev.presync.compiler.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws Exception {
        List<CsvReader.Row> rows = CsvReader.read("\uFEFFa,b,c\r\n\"x, y\",\"line\none\",\"say \"\"hi\"\"\"\r\n\r\nlast,,\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("a", "b", "c"), rows.get(0).fields());
        assertEquals(List.of("x, y", "line\none", "say \"hi\""), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals(List.of("last", "", ""), rows.get(2).fields());
        assertEquals(5, rows.get(2).line(), "a quoted line break counts as a line");
    }

    @Test
    void noFinalLineBreakAndSpacesBeforeAQuote() throws Exception {
        List<CsvReader.Row> rows = CsvReader.read("a, \"b\" ,c");
        assertEquals(List.of("a", "b ", "c"), rows.get(0).fields());
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() {
        CsvReader.UnclosedQuote e = assertThrows(CsvReader.UnclosedQuote.class, () -> CsvReader.read("a\n\"open,\nb\n"));
        assertEquals(2, e.line);
    }

    @Test
    void columnsMatchIgnoringCaseSpacesUnderscoresNamespaceAndSuffix() {
        assertEquals(AdapterField.OPERAND_A_VALUE, AdapterField.byColumn("amazonconnect__Operand_A_Value__c"));
        assertEquals(AdapterField.OPERAND_A_VALUE, AdapterField.byColumn("Operand A Value"));
        assertEquals(AdapterField.OPERAND_B, AdapterField.byColumn("operand_b__C"));
        assertEquals(AdapterField.SOURCE, AdapterField.byColumn("AC_Source__c"));
        assertEquals(AdapterField.ACTIVE, AdapterField.byColumn(" ACTIVE "));
        assertEquals(null, AdapterField.byColumn("CreatedDate"));
    }

    @Test
    void picklistLabelsAndTheLanguagesOwnNames() {
        assertEquals(dev.presync.runtime.EventType.SALESFORCE_WORKLOAD_CHANGED, AdapterLabels.source("salesforce workload changed"));
        assertEquals(dev.presync.runtime.EventType.SALESFORCE_WORKLOAD_CHANGED, AdapterLabels.source("SalesforceWorkloadChanged"));
        assertEquals(dev.presync.runtime.Operand.CONNECT_NEW_STATE, AdapterLabels.operand("Connect Agent New State"));
        assertEquals(dev.presync.runtime.Operand.CONNECT_NEW_STATE, AdapterLabels.operand("ConnectNewState"));
        assertEquals(dev.presync.compiler.ast.Comparator.GE, AdapterLabels.comparator("Greater than or equal to"));
        assertEquals(dev.presync.compiler.ast.Comparator.GE, AdapterLabels.comparator(">="));
        assertEquals(dev.presync.runtime.Destination.CONNECT, AdapterLabels.destination("Connect Agent State"));
    }
}
