package dk.borgerraadgiver.casework;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A group or leaf of a municipality's scheme; points are classified with leaves. */
public record CategoryNode(long id, @Nullable Long parentId, String code, String nameDa, String nameEn, boolean retired,
                           boolean leaf) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }
}
