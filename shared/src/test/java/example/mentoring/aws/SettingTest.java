package example.mentoring.aws;

import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.emulator.ProjectRoot;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every configuration name the code reads is one the template sets")
class SettingTest {

    @Test
    @DisplayName("each program Setting and Table variable is in template.yaml (the AWS_* ones come from the runtime)")
    void templateSetsEveryName() throws IOException {
        String template = Files.readString(ProjectRoot.find().resolve("template.yaml"));
        for (Setting setting : Setting.values()) {
            if (!setting.variable().startsWith("AWS_")) {
                assertTrue(template.contains(setting.variable() + ":"), setting + " is not set by the template");
            }
        }
        for (Table table : Table.values()) {
            assertTrue(template.contains(table.variable() + ":"), table + " is not set by the template");
        }
    }
}
