package dk.borgerraadgiver.inquiry.internal;

import dk.borgerraadgiver.support.Fixtures;
import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfStructureScanTest {

    @Test
    void an_ordinary_document_passes() {
        assertThatCode(() -> PdfStructureScan.check(Fixtures.pdf("Afgørelse om boligstøtte"))).doesNotThrowAnyException();
    }

    @Test
    void a_stream_that_inflates_past_its_limit_is_refused_while_inflating() {
        assertThatThrownBy(() -> PdfStructureScan.check(Fixtures.pdfBomb(PdfStructureScan.MAX_STREAM + 1024 * 1024)))
                .isInstanceOf(PdfStructureScan.Refused.class).hasMessageContaining("inflates");
    }

    @Test
    void an_object_stream_compressed_twice_is_refused_before_anything_inflates_it() throws Exception {
        var pdf = new String(Fixtures.pdfBomb(1024), ISO_8859_1)
                .replace("<< /Filter", "<< /Type /ObjStm /N 1 /First 4 /Filter");
        assertThatThrownBy(() -> PdfStructureScan.check(pdf.getBytes(ISO_8859_1)))
                .isInstanceOf(PdfStructureScan.Refused.class).hasMessageContaining("unusual filter");
    }

    @Test
    void a_table_size_no_document_has_is_refused() {
        var pdf = new String(Fixtures.pdf("x"), ISO_8859_1)
                .replaceFirst("/Size \\d+", "/Size 999999999");
        assertThatThrownBy(() -> PdfStructureScan.check(pdf.getBytes(ISO_8859_1)))
                .isInstanceOf(PdfStructureScan.Refused.class).hasMessageContaining("table size");
    }
}
