package org.parindex.app.evidence.internal;

import java.text.Normalizer;
import org.parindex.app.evidence.RejectedFileException;

/**
 * Makes an uploaded file's name safe to show and to offer for download. A name that tries to leave its folder
 * (a path separator, a dot-dot) or holds control characters is refused: browsers send a bare name, so such a
 * name is not a mistake.
 */
public final class FileNames {

    static final int MAX_LENGTH = 150;

    private FileNames() { }

    public static String sanitise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RejectedFileException("noName");
        }
        String name = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.startsWith(".")) {
            throw new RejectedFileException("path", raw);
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                throw new RejectedFileException("path", raw.replaceAll("\\p{Cntrl}", "?"));
            }
        }
        name = name.replaceAll("[<>:\"|?*;]", "_").replaceAll("\\s+", " ");
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - ext.length()) + ext;
        }
        return name;
    }
}
