package org.parindex.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.parindex.core.problem.BadInputException;

/** Writes a command's file only once it is complete: to a temporary file beside it, then moved into place. */
final class Output {

    private Output() { }

    static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new BadInputException("-o", 0, target + " is a folder; give a file name");
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new BadInputException("-o", 0, "no folder " + parent);
        }
        Path partial = Files.createTempFile(parent, ".parindex-", ".part");
        try {
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
