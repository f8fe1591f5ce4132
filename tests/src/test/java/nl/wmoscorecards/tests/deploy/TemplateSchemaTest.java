package nl.wmoscorecards.tests.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** template.yaml is a valid SAM template: what `sam validate` checks offline, against the published schema. */
class TemplateSchemaTest {
    private static final Path SCHEMA = Path.of(System.getProperty("vendor.dir", "../vendor"), "sam-schema", "sam.schema.json");

    @Test
    void templateIsValidAgainstTheSamSchema() throws IOException {
        Schema schema;
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
        }
        JsonNode template = JsonMapper.builder().build().valueToTree(Template.load().root());

        List<Error> errors = schema.validate(template);

        assertThat(errors).as("SAM schema violations").extracting(Error::toString).isEmpty();
    }

    @Test
    void theSchemaCatchesAMistake() throws IOException {
        // Guards the test above: a misspelt function property must fail, or the schema checks nothing.
        Schema schema;
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
        }
        Template template = Template.load();
        template.properties("UploadApiFunction").put("MemorySise", 512);
        JsonNode broken = JsonMapper.builder().build().valueToTree(template.root());

        assertThat(schema.validate(broken)).isNotEmpty();
    }
}
