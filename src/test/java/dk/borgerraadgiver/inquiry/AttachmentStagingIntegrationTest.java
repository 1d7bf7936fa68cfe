package dk.borgerraadgiver.inquiry;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import dk.borgerraadgiver.inquiry.AttachmentRejectedException.Reason;
import dk.borgerraadgiver.inquiry.internal.EncryptedFileStore;
import dk.borgerraadgiver.support.Fixtures;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.charset.StandardCharsets;

/** Every upload is checked on the server; a refused file leaves nothing behind. */
@PortalIntegrationTest
class AttachmentStagingIntegrationTest {

    @Autowired
    AttachmentStaging staging;
    @Autowired
    EncryptedFileStore store;
    @Autowired
    JdbcTemplate jdbc;

    private long stagedFiles() throws Exception {
        try (var files = Files.list(store.stagingDirectory())) {
            return files.count();
        }
    }

    private void assertRefused(String name, byte[] content, Reason reason, List<StagedFile> already) throws Exception {
        long before = stagedFiles();

        assertThatThrownBy(() -> staging.stage(name, new ByteArrayInputStream(content), AttachmentKind.EVIDENCE, already, Fixtures.uploader()))
                .as(name).isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));

        assertThat(stagedFiles()).as("files on disk after refusing " + name).isEqualTo(before);
    }

    @Test
    void bad_files_are_each_refused_with_their_own_reason_and_no_trace() throws Exception {
        assertRefused("letter.pdf", Fixtures.html(), Reason.WEB_PAGE, List.of());
        assertRefused("photo.jpg", Fixtures.exe(), Reason.EXECUTABLE, List.of());
        assertRefused("documents.zip", Fixtures.zip(), Reason.ARCHIVE, List.of());
        assertRefused("empty.pdf", new byte[0], Reason.EMPTY, List.of());
        assertRefused("big.pdf", Fixtures.pdfOfElevenMegabytes(), Reason.TOO_LARGE, List.of());
        assertRefused("locked.pdf", Fixtures.encryptedPdf(), Reason.ENCRYPTED_PDF, List.of());
        assertRefused("bomb.png", Fixtures.pngClaimingFiftyThousandSquare(), Reason.IMAGE_TOO_LARGE, List.of());
        assertRefused("../../x.pdf", Fixtures.pdf("sneaky"), Reason.BAD_NAME, List.of());
        assertRefused("drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8), Reason.WEB_PAGE, List.of());
    }

    @Test
    void pdf_bombs_and_pdfs_with_active_content_are_refused_without_exhausting_memory() throws Exception {
        assertRefused("bombe.pdf", Fixtures.pdfBomb(200L * 1024 * 1024), Reason.DAMAGED_PDF, List.of());
        assertRefused("dyb.pdf", Fixtures.pdfNestedDeeply(), Reason.DAMAGED_PDF, List.of());
        assertRefused("script.pdf", Fixtures.pdfWithJavaScript(), Reason.ACTIVE_PDF, List.of());
        assertRefused("start.pdf", Fixtures.pdfWithLaunchAction(), Reason.ACTIVE_PDF, List.of());
        assertRefused("bilag.pdf", Fixtures.pdfWithEmbeddedFile(), Reason.ACTIVE_PDF, List.of());
    }

    @Test
    void four_forty_megapixel_photos_at_once_are_all_accepted_and_kept_within_the_decoding_budget() throws Exception {
        var photo = Fixtures.png(8000, 5000);
        var pool = Executors.newFixedThreadPool(4);
        try {
            var results = new ArrayList<Future<StagedFile>>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                results.add(pool.submit(() -> staging.stage("foto" + n + ".png", new ByteArrayInputStream(photo),
                        AttachmentKind.EVIDENCE, List.of(), Fixtures.uploader())));
            }
            for (var result : results) {
                var staged = result.get();
                try (var in = store.openStaged(staged.id())) {
                    var kept = ImageIO.read(in);
                    assertThat((long) kept.getWidth() * kept.getHeight()).isBetween(8_000_000L, 16_000_000L);
                }
                staging.discard(staged);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void one_session_may_stage_twenty_files_and_one_address_forty_within_the_staging_lifetime() throws Exception {
        var session = Fixtures.uploader();
        var pdf = Fixtures.pdf("bilag");
        for (int i = 0; i < 20; i++) {
            staging.discard(staging.stage("bilag.pdf", new ByteArrayInputStream(pdf), AttachmentKind.EVIDENCE, List.of(), session));
        }
        assertThatThrownBy(() -> staging.stage("bilag.pdf", new ByteArrayInputStream(pdf), AttachmentKind.EVIDENCE, List.of(), session))
                .isInstanceOfSatisfying(AttachmentRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.QUOTA));

        var client = Fixtures.uploader().client();
        for (int i = 0; i < 40; i++) {
            var freshSession = new Uploader(client, "session-" + i + "-" + client);
            staging.discard(staging.stage("bilag.pdf", new ByteArrayInputStream(pdf), AttachmentKind.EVIDENCE, List.of(), freshSession));
        }
        assertThatThrownBy(() -> staging.stage("bilag.pdf", new ByteArrayInputStream(pdf), AttachmentKind.EVIDENCE, List.of(),
                new Uploader(client, "yet-another-session")))
                .isInstanceOfSatisfying(AttachmentRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.QUOTA));
    }

    @Test
    void a_sixth_file_is_refused() throws Exception {
        var five = new ArrayList<StagedFile>();
        for (int i = 0; i < 5; i++) {
            five.add(staging.stage("doc" + i + ".pdf", new ByteArrayInputStream(Fixtures.pdf("doc " + i)),
                    AttachmentKind.EVIDENCE, five, Fixtures.uploader()));
        }
        try {
            assertRefused("sixth.pdf", Fixtures.pdf("six"), Reason.TOO_MANY, five);
        } finally {
            five.forEach(staging::discard);
        }
    }

    @Test
    void good_files_are_accepted_and_kept_encrypted() throws Exception {
        var pdf = Fixtures.pdf("Afgørelse om boligstøtte");
        var accepted = new ArrayList<StagedFile>();
        accepted.add(staging.stage("afgørelse.pdf", new ByteArrayInputStream(pdf), AttachmentKind.EVIDENCE, accepted, Fixtures.uploader()));
        accepted.add(staging.stage("brev.jpg", new ByteArrayInputStream(Fixtures.jpeg()), AttachmentKind.EVIDENCE, accepted, Fixtures.uploader()));
        accepted.add(staging.stage("skærmbillede.png", new ByteArrayInputStream(Fixtures.png()), AttachmentKind.EVIDENCE, accepted, Fixtures.uploader()));

        assertThat(accepted).extracting(StagedFile::mediaType).containsExactly("application/pdf", "image/jpeg", "image/png");
        var onDisk = Files.readAllBytes(store.stagingDirectory().resolve(accepted.getFirst().id()));
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        try (var in = store.openStaged(accepted.getFirst().id())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        accepted.forEach(staging::discard);
    }

    @Test
    void a_photo_is_stored_without_its_gps_position() throws Exception {
        var withGps = Fixtures.jpegWithGps();
        assertThat(((JpegImageMetadata) Imaging.getMetadata(withGps)).getExif().getGpsInfo()).isNotNull();

        var staged = staging.stage("have.jpg", new ByteArrayInputStream(withGps), AttachmentKind.EVIDENCE, List.of(), Fixtures.uploader());

        try (var in = store.openStaged(staged.id())) {
            var stored = in.readAllBytes();
            var metadata = Imaging.getMetadata(stored);
            assertThat(metadata == null || ((JpegImageMetadata) metadata).getExif() == null
                    || ((JpegImageMetadata) metadata).getExif().getGpsInfo() == null).isTrue();
        }
        staging.discard(staged);
    }

    @Test
    void the_attachment_key_file_of_the_embedded_run_is_readable_by_its_owner_only() throws Exception {
        var keyFile = java.nio.file.Path.of("target/test-keys/attachments-keyset.json");

        assertThat(java.nio.file.Files.getPosixFilePermissions(keyFile))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }
}
