package nl.kcc.klantinteracties.setup;

import java.nio.file.Path;
import java.util.List;

/** A setup file the register cannot apply, with every entry that is wrong, named by its place in the file. */
public final class SetupException extends IllegalStateException {

    private final Path file;
    private final List<String> problems;

    SetupException(Path file, List<String> problems) {
        super("The setup file " + file + " cannot be applied: " + String.join("; ", problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    /** Each as {@code tokens[1].scopes[0]: unknown scope 'lezen'; ...}. */
    public List<String> problems() {
        return problems;
    }
}
