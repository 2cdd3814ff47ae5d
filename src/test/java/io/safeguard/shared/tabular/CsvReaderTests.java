package io.safeguard.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTests {
    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws IOException {
        var rows = read("id,name,note\r\n1,\"Whitfield, Dana\",\"said \"\"hi\"\"\nthen left\"\r\n2,Bell,\r\n");
        assertThat(rows).containsExactly(
                List.of("id", "name", "note"),
                List.of("1", "Whitfield, Dana", "said \"hi\"\nthen left"),
                List.of("2", "Bell", ""));
    }

    @Test
    void skipsTheByteOrderMarkAndBlankLines() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "employee_id,name\n\n7,Ana\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        assertThat(read(all)).containsExactly(List.of("employee_id", "name"), List.of("7", "Ana"));
    }

    @Test
    void picksSemicolonOrTabFromTheHeader() throws IOException {
        assertThat(read("a;b\n1,5;2\n")).containsExactly(List.of("a", "b"), List.of("1,5", "2"));
        assertThat(read("a\tb\n1\t2\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void reportsTheLineWhereARecordStarts() throws IOException {
        try (var reader = CsvReader.open(new ByteArrayInputStream("a,b\n\"x\ny\",1\nz,2\n".getBytes(StandardCharsets.UTF_8)))) {
            reader.header();
            reader.next();
            assertThat(reader.recordLine()).isEqualTo(2);
            reader.next();
            assertThat(reader.recordLine()).isEqualTo(4);
        }
    }

    @Test
    void refusesAHugeLineWithoutReadingItAll() {
        String huge = "a,b\n" + "x".repeat(200_000) + ",1\n";
        assertThatThrownBy(() -> read(huge)).isInstanceOf(CsvReader.CsvFormatException.class)
                .hasMessageContaining("line 2").hasMessageContaining("longer than");
    }

    @Test
    void refusesAnUnclosedQuoteAndInvalidUtf8() {
        assertThatThrownBy(() -> read("a,b\n\"open,1\n")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> read(new byte[] {'a', ',', 'b', '\n', (byte) 0xC3, (byte) 0x28, '\n'}))
                .hasMessageContaining("UTF-8");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
    }

    @Test
    void writerNeutralizesFormulasAndRestoresThem() throws IOException {
        var out = new java.io.StringWriter();
        new CsvWriter(out).row(java.util.Arrays.asList("=HYPERLINK(\"http://x\")", "-12.5", "+1 555", "@SUM(A1)", "plain, text", null));
        assertThat(out.toString()).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",-12.5,'+1 555,'@SUM(A1),\"plain, text\",\r\n");
        var back = read("h1,h2,h3,h4,h5,h6\n" + out);
        assertThat(back.get(1).stream().map(CsvWriter::restore).toList())
                .containsExactly("=HYPERLINK(\"http://x\")", "-12.5", "+1 555", "@SUM(A1)", "plain, text", "");
    }

    private static List<List<String>> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> read(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var reader = CsvReader.open(new ByteArrayInputStream(bytes))) {
            rows.add(reader.header());
            List<String> row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }
}
