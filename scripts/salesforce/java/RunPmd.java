import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;

/**
 * Runs PMD rule sets on source files and prints one JSON object on stdout:
 * {"violations": [...], "suppressed": [...], "processingErrors": [...], "configurationErrors": [...]}.
 *
 * Usage: java -cp "<pmd jars>/*" RunPmd.java <comma-separated rule sets> <path> [<path>...]
 * Launched as a single source file (Java 11+ source launcher), so no build step is needed.
 */
public final class RunPmd {
    private RunPmd() {}

    private static Map<String, Object> violation(RuleViolation violation) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", violation.getFileId().getAbsolutePath());
        entry.put("line", violation.getBeginLine());
        entry.put("rule", violation.getRule().getName());
        entry.put("message", violation.getDescription());
        return entry;
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: RunPmd <rule sets, comma-separated> <path>...");
            System.exit(2);
        }
        PMDConfiguration configuration = new PMDConfiguration();
        for (String ruleSet : args[0].split(",")) {
            configuration.addRuleSet(ruleSet);
        }
        for (int i = 1; i < args.length; i++) {
            configuration.addInputPath(Path.of(args[i]));
        }
        configuration.setIgnoreIncrementalAnalysis(true);
        configuration.setThreads(1);

        Report report;
        try (PmdAnalysis analysis = PmdAnalysis.create(configuration)) {
            if (analysis.getRulesets().isEmpty()) {
                System.err.println("no rule set could be loaded from " + args[0]);
                System.exit(2);
                return;
            }
            report = analysis.performAnalysisAndCollectReport();
        }

        List<Map<String, Object>> violations = new ArrayList<>();
        for (RuleViolation found : report.getViolations()) {
            violations.add(violation(found));
        }
        List<Map<String, Object>> suppressed = new ArrayList<>();
        for (Report.SuppressedViolation found : report.getSuppressedViolations()) {
            Map<String, Object> entry = violation(found.getRuleViolation());
            entry.put("suppressor", found.getSuppressor().getId());
            entry.put("reason", found.getUserMessage() == null ? "" : found.getUserMessage().trim());
            suppressed.add(entry);
        }
        List<Map<String, Object>> processingErrors = new ArrayList<>();
        for (Report.ProcessingError error : report.getProcessingErrors()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", error.getFileId().getAbsolutePath());
            entry.put("message", error.getMsg());
            processingErrors.add(entry);
        }
        List<Map<String, Object>> configurationErrors = new ArrayList<>();
        for (Report.ConfigurationError error : report.getConfigurationErrors()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rule", error.rule().getName());
            entry.put("message", error.issue());
            configurationErrors.add(entry);
        }

        Map<String, Object> output = new LinkedHashMap<>();
        output.put("violations", violations);
        output.put("suppressed", suppressed);
        output.put("processingErrors", processingErrors);
        output.put("configurationErrors", configurationErrors);
        Gson gson = new GsonBuilder().disableHtmlEscaping().create();
        System.out.println(gson.toJson(output));
    }
}
