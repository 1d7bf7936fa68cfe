package dk.borgerraadgiver.inquiry.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import dk.borgerraadgiver.inquiry.AttachmentKind;
import dk.borgerraadgiver.inquiry.AttachmentRejectedException;
import dk.borgerraadgiver.inquiry.AttachmentStaging;
import dk.borgerraadgiver.inquiry.StagedFile;
import dk.borgerraadgiver.inquiry.Uploader;
import dk.borgerraadgiver.shared.ui.UploadTexts;
import dk.borgerraadgiver.shared.ui.ClientAddress;
import dk.borgerraadgiver.shared.ui.SizeLimitedUpload;

/**
 * An upload field with its progress bar, the server's verdict in plain Danish for each file, and the
 * list of accepted files with a remove button each. The browser's checks are a convenience only:
 * every file is checked again on the server.
 */
public class UploadArea extends Div {

    private final AttachmentStaging staging;
    private final AttachmentKind kind;
    private final Supplier<List<StagedFile>> staged;
    private final Consumer<StagedFile> onAdded;
    private final Consumer<StagedFile> onRemoved;
    private final Paragraph message = new Paragraph();
    private final UnorderedList files = new UnorderedList();

    public UploadArea(String label, String hint, AttachmentStaging staging, AttachmentKind kind, Supplier<List<StagedFile>> staged,
               Consumer<StagedFile> onAdded, Consumer<StagedFile> onRemoved) {
        this.staging = staging;
        this.kind = kind;
        this.staged = staged;
        this.onAdded = onAdded;
        this.onRemoved = onRemoved;
        addClassName("upload-area");
        var heading = new Span(label);
        heading.addClassName("upload-label");
        heading.setId("upload-label-" + kind.name().toLowerCase());
        var help = new Paragraph(hint);
        help.addClassName("upload-hint");
        var upload = new Upload(new SizeLimitedUpload(staging.maxFileSize(), this::accept,
                name -> show(getTranslation("upload.rejected.TOO_LARGE", name), true)));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setMaxFileSize((int) staging.maxFileSize());
        upload.setMaxFiles(staging.maxFiles());
        upload.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        upload.setI18n(UploadTexts.of(this));
        upload.addFileRejectedListener(event -> show(getTranslation("upload.rejectedInBrowser", event.getFileName()), true));
        upload.addAllFinishedListener(event -> upload.clearFileList());
        message.addClassName("upload-message");
        message.getElement().setAttribute("aria-live", "polite");
        files.addClassName("file-list");
        add(heading, help, upload, message, files);
        renderFiles();
    }

    private void accept(String fileName, Path received) {
        var uploader = new Uploader(ClientAddress.current(), VaadinSession.getCurrent().getSession().getId());
        try (var data = Files.newInputStream(received)) {
            var file = staging.stage(fileName, data, kind, staged.get(), uploader);
            onAdded.accept(file);
            show(getTranslation("upload.accepted", file.displayName()), false);
        } catch (AttachmentRejectedException e) {
            show(getTranslation("upload.rejected." + e.reason().name(), fileName), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(received);
        }
        renderFiles();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file the operating system's cleaner removes
        }
    }

    private void show(String text, boolean error) {
        message.setText(text);
        message.getElement().getClassList().set("upload-message--error", error);
    }

    void renderFiles() {
        files.removeAll();
        for (StagedFile file : staged.get()) {
            if (file.kind() != kind) {
                continue;
            }
            var remove = new Button(getTranslation("upload.remove"), click -> {
                staging.discard(file);
                onRemoved.accept(file);
                show(getTranslation("upload.removed", file.displayName()), false);
                renderFiles();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("upload.remove") + " " + file.displayName());
            files.add(new ListItem(new Span(file.displayName() + " (" + (file.size() / 1024 + 1) + " kB) "), remove));
        }
    }

    /** The upload field's own texts (buttons, drop hint, progress, errors) in the page's language. */
}
