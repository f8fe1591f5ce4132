package nl.wmoscorecards.local.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.region.ContractingRegion;

/**
 * The Netherlands at scale for the generator: the seeded regions as configured, plus synthetic contracting
 * regions (gemeentecodes 2001 and up, which CBS has not issued) until there are 342 municipalities. Each
 * synthetic region measures Zaanstreek-Waterland's KPIs. Written as a config folder to run with
 * {@code SCORECARDS_CONFIG_DIR}.
 */
final class NationalGeography {
    static final int MUNICIPALITIES = 342;
    static final int MUNICIPALITIES_PER_SYNTHETIC_REGION = 8;
    private static final int FIRST_SYNTHETIC_CODE = 2001;
    private static final String KPI_TEMPLATE_REGION = "zaanstreek-waterland";

    private NationalGeography() {
    }

    /** Synthetic contracting region id to its municipalities (code to name), for what the seeds leave out. */
    static Map<String, Map<String, String>> syntheticRegions(ScorecardsConfig seeded) {
        int seededMunicipalities = seeded.regions().contractingRegions().stream()
                .flatMap(c -> c.measurementRegions().stream()).mapToInt(m -> m.municipalities().size()).sum();
        Map<String, Map<String, String>> regions = new LinkedHashMap<>();
        int code = FIRST_SYNTHETIC_CODE;
        for (int left = MUNICIPALITIES - seededMunicipalities, n = 1; left > 0; n++) {
            Map<String, String> municipalities = new LinkedHashMap<>();
            for (int i = 0; i < MUNICIPALITIES_PER_SYNTHETIC_REGION && left > 0; i++, left--, code++) {
                municipalities.put(Integer.toString(code), "Gemeente " + code);
            }
            regions.put(String.format("synth-%02d", n), municipalities);
        }
        return regions;
    }

    /** Writes regions.yaml (seeded + synthetic), the KPI catalogues and report types; returns the folder's config. */
    static ScorecardsConfig writeConfig(ScorecardsConfig seeded, Path folder) throws IOException {
        Files.createDirectories(folder.resolve("kpis"));
        StringBuilder regions = new StringBuilder(classpathText("regions.yaml").stripTrailing()).append('\n');
        String kpiTemplate = classpathText("kpis/" + KPI_TEMPLATE_REGION + ".yaml");
        for (Map.Entry<String, Map<String, String>> region : syntheticRegions(seeded).entrySet()) {
            String id = region.getKey();
            String name = "Synthetische regio " + id.substring(id.indexOf('-') + 1);
            List<String> entries = new ArrayList<>();
            region.getValue().forEach((code, municipality) -> entries.add("\"" + code + "\": " + municipality));
            regions.append("  - id: ").append(id).append('\n')
                    .append("    name: ").append(name).append('\n')
                    .append("    contractPhase: {start: 2020-01-01}\n")
                    .append("    measurementRegions:\n")
                    .append("      - id: ").append(id).append('\n')
                    .append("        name: ").append(name).append('\n')
                    .append("        municipalities: {").append(String.join(", ", entries)).append("}\n");
            Files.writeString(folder.resolve("kpis/" + id + ".yaml"), kpiTemplate.replace(
                    "contractingRegion: " + KPI_TEMPLATE_REGION, "contractingRegion: " + id), StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve("regions.yaml"), regions.toString(), StandardCharsets.UTF_8);
        for (ContractingRegion region : seeded.regions().contractingRegions()) {
            String file = "kpis/" + region.id() + ".yaml";
            Files.writeString(folder.resolve(file), classpathText(file), StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve("report-types.yaml"), classpathText("report-types.yaml"), StandardCharsets.UTF_8);
        return ConfigLoader.fromFolder(folder);
    }

    private static String classpathText(String relative) throws IOException {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/config/" + relative)) {
            if (in == null) {
                throw new IOException("config/" + relative + " not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
