package nl.kcc.klantinteracties.setup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says which entries of the setup file stopped the start, without a stack trace. */
final class SetupFailureAnalyzer extends AbstractFailureAnalyzer<SetupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SetupException cause) {
        return new FailureAnalysis(
                "The setup file " + cause.file() + " (klantinteracties.setup.file) cannot be applied:\n  "
                        + String.join("\n  ", cause.problems()),
                "Correct these entries in the file and start again; nothing of the file was applied.",
                cause);
    }
}
