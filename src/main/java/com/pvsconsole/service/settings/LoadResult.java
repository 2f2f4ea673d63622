package com.pvsconsole.service.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * What was loaded, plus a message for the user when something had to be repaired (a corrupt
 * file set aside, defaults used). The notice is plain English meant to be shown as is.
 */
public record LoadResult<T>(T value, Optional<String> notice) {

    public LoadResult {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(notice, "notice");
    }

    public static <T> LoadResult<T> clean(T value) {
        return new LoadResult<>(value, Optional.empty());
    }

    public static <T> LoadResult<T> withNotice(T value, String notice) {
        return new LoadResult<>(value, Optional.of(notice));
    }
}
