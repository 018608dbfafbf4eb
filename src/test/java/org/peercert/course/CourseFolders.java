package org.peercert.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A copy of the shipped {@code courses/} in a temporary folder, for test profiles that add fixture courses beside them. */
public final class CourseFolders {

    private CourseFolders() {
    }

    public static Path copyOfShipped(String prefix) {
        try {
            Path root = Files.createTempDirectory(prefix);
            Path shipped = Path.of("courses").toAbsolutePath();
            try (Stream<Path> files = Files.walk(shipped)) {
                for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                    Path target = root.resolve(shipped.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
