package nl.kcc.klantinteracties.setup;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Applies the setup file at every start of the register, before it reports itself ready: an instance that could not
 * apply the file does not start, so that a deployment with a wrong file stops at its first instance. The file is read
 * while the register is made, so that a file with a wrong entry stops it before it listens at all.
 */
@Component
@ConditionalOnWebApplication
class SetupRunner implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SetupRunner.class);

    private final @Nullable Path path;
    private final Setup setup;
    private final @Nullable SetupFile file;

    SetupRunner(SetupProperties properties, Setup setup) {
        this.path = properties.file();
        this.setup = setup;
        this.file = path == null ? null : SetupFile.read(path, System::getenv);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Path path = this.path;
        SetupFile file = this.file;
        if (path == null || file == null) {
            return;
        }
        var report = setup.apply(path, file);
        if (file.kanalen()) {
            report = report.and(setup.registerKanalen());
        }
        report.warnings().forEach(warning -> LOG.warn("Setup file {}: {}", path, warning));
        var changes = report.changes();
        LOG.info(
                "Applied the setup file {}: {} entries, {}",
                path,
                report.lines().size(),
                changes.isEmpty() ? "all as they were" : String.join(", ", changes));
    }
}
