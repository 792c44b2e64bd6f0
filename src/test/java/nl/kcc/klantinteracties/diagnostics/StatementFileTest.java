package nl.kcc.klantinteracties.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StatementFileTest {

    @TempDir
    Path directory;

    @Test
    void writesEachRequestAsOneLineWithTypedArguments() throws Exception {
        Path path = directory.resolve("sub/statements.jsonl");
        UUID uuid = UUID.fromString("01890000-0000-7000-8000-000000000001");
        try (var file = new StatementFile(path)) {
            file.write(
                    "S2-1",
                    "GET",
                    "/klantinteracties/api/v1/partijen?page=1",
                    200,
                    List.of(new StatementRecorder.Statement(
                            "select * from partij where uuid = ? and nummer = ? and actief = ? and sinds < ?",
                            Arrays.asList(uuid, null, true, OffsetDateTime.parse("2026-01-02T03:04:05Z")))));
            file.write(
                    "S2-2",
                    "GET",
                    "/x",
                    200,
                    List.of(new StatementRecorder.Statement(
                            "select 1 where ? = any(?)",
                            List.of(new byte[] {1, 2}, new StatementRecorder.ArrayValue("uuid", List.of(uuid))))));
        }

        List<String> lines = Files.readAllLines(path);
        assertThat(lines).hasSize(2);
        JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(first.path("requestId").asString()).isEqualTo("S2-1");
        assertThat(first.path("uri").asString()).isEqualTo("/klantinteracties/api/v1/partijen?page=1");
        JsonNode arguments = first.path("statements").get(0).path("arguments");
        assertThat(arguments.get(0).path("type").asString()).isEqualTo("uuid");
        assertThat(arguments.get(0).path("value").asString()).isEqualTo(uuid.toString());
        assertThat(arguments.get(1).path("type").asString()).isEqualTo("null");
        assertThat(arguments.get(2).path("value").asBoolean()).isTrue();
        assertThat(arguments.get(3).path("type").asString()).isEqualTo("timestamptz");

        JsonNode second = JsonMapper.builder().build().readTree(lines.get(1));
        JsonNode more = second.path("statements").get(0).path("arguments");
        assertThat(more.get(0).path("type").asString()).isEqualTo("bytes");
        assertThat(more.get(0).path("value").asString()).isEqualTo("AQI=");
        assertThat(more.get(1).path("elementType").asString()).isEqualTo("uuid");
        assertThat(more.get(1).path("value").get(0).asString()).isEqualTo(uuid.toString());
    }
}
