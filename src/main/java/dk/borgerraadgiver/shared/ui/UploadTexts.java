package dk.borgerraadgiver.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts (add, drop, progress, errors) in the page's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component page) {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(page.getTranslation("upload.dropOne")).setMany(page.getTranslation("upload.dropMany")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(page.getTranslation("upload.addOne")).setMany(page.getTranslation("upload.addMany")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(page.getTranslation("upload.rejected.TOO_MANY", ""))
                .setFileIsTooBig(page.getTranslation("upload.rejected.TOO_LARGE", "")).setIncorrectFileType(page.getTranslation("upload.rejected.UNSUPPORTED_TYPE", "")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(page.getTranslation("upload.connecting"))
                        .setStalled(page.getTranslation("upload.stalled")).setProcessing(page.getTranslation("upload.processing")).setHeld(page.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(page.getTranslation("upload.remaining")).setUnknown(page.getTranslation("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(page.getTranslation("upload.serverUnavailable"))
                        .setUnexpectedServerError(page.getTranslation("upload.serverError")).setForbidden(page.getTranslation("upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
