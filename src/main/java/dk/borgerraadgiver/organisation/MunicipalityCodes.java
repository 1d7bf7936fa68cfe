package dk.borgerraadgiver.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The 98 Danish municipality codes (kommunekoder) and official names, shipped with the app. */
@Component
public class MunicipalityCodes {

    private final Map<String, String> names;

    MunicipalityCodes() {
        var read = new LinkedHashMap<String, String>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("organisation/municipality-codes.csv").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
                var cells = line.split(";", 2);
                read.put(cells[0].strip(), cells[1].strip());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.names = Map.copyOf(read);
    }

    public Optional<String> officialName(String code) {
        return Optional.ofNullable(names.get(code.strip()));
    }

    public int count() {
        return names.size();
    }

    /**
     * The part of a municipality's address that names it: lower case, Danish letters transliterated
     * (æ → ae, ø → oe, å → aa), "Kommune" left out, anything else a dash. "Sorø Kommune" → {@code soroe}.
     */
    public static String slugFor(String name) {
        var lower = name.strip().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("\\s+(kommune|regionskommune)$", "")
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("ü", "ue").replace("ö", "oe")
                .replace("ä", "ae").replace("é", "e");
        var slug = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
    }
}
