package dev.dvp.cli;

import dev.dvp.model.ManifestDocument;
import dev.dvp.model.ManifestException;
import dev.dvp.model.ResourceSetCheck;
import dev.dvp.model.ServedKinds;
import dev.dvp.model.cluster.ClusterFacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dvp check}: judges manifests as a DVP cluster's API server and webhooks would, offline.
 *
 * <p>For every object: whether its {@code apiVersion} and {@code kind} are served ({@link ServedKinds}), fields
 * the schema does not define and fields written twice ({@code --validate}, kubectl's default {@code strict}), its
 * metadata and schema, DVP's admission in DVP's order; across the set: the same object twice, references between
 * objects, and whatever {@link ResourceSetCheck}s the SDK's modules register with {@link ServiceLoader} (sizing,
 * IPAM). Objects of kinds the SDK does not model are listed as not checked, after their metadata is checked.
 */
@Command(name = "check", sortOptions = false,
    description = {"Validate manifests offline as the API server and DVP's webhooks would: served versions and kinds,"
        + " unknown and duplicate fields, metadata, schema, references and every DVP rule the SDK knows.",
        "Exit 0: all valid (warnings allowed unless --strict); 1: violations; 2: unreadable input, no manifests"
            + " found, or a usage error."})
final class CheckCommand implements Callable<Integer> {
  /** The formats of {@code dvp check -o}. */
  enum Format {
    TEXT, JSON, SARIF, JUNIT
  }

  @Parameters(arity = "0..*", paramLabel = "<file or directory>",
      description = "YAML or JSON manifests; directories are searched for *.yaml, *.yml and *.json; - reads"
          + " standard input.")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-f", "--filename"}, paramLabel = "<file or directory>",
      description = "Same as a positional argument, as in kubectl apply -f; repeatable; - reads standard input.")
  List<Path> filenames = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "<glob>",
      description = "Leave out files whose path, path below the given directory, or name matches the glob; "
          + "repeatable (e.g. --exclude '**/kustomization.yaml').")
  List<String> excludes = new ArrayList<>();

  @Option(names = {"-o", "--output"}, defaultValue = "text", paramLabel = "text|json|sarif|junit",
      description = "Output format: text for people, json for machines, sarif (SARIF 2.1.0) for code-scanning"
          + " UIs, junit (JUnit XML) for CI reporters (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--validate", defaultValue = "strict", paramLabel = "strict|warn|ignore",
      description = "Fields the schema does not define, and fields written twice: errors (strict, kubectl's"
          + " default; also true), warnings (warn) or not reported (ignore; also false).")
  String validate;

  @Option(names = "--strict", description = "Warnings fail the check too (exit 1).")
  boolean strict;

  @Option(names = {"-n", "--namespace"}, defaultValue = "default",
      description = "Namespace of objects that name none (default: ${DEFAULT-VALUE}).")
  String namespace;

  @Option(names = "--cluster", paramLabel = "<file or directory>",
      description = {"The cluster's objects as kubectl get nodes,storageclasses,virtualmachineclasses,moduleconfigs"
          + " -o yaml prints them, and an optional sdk.dvp.dev/v1alpha1 ClusterInfo (edition, Kubernetes version,"
          + " feature gates). Without it, checks that need a cluster fact are skipped with a warning naming it."})
  Path cluster;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FieldValidation fields;
    try {
      fields = FieldValidation.parse(validate);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    List<Path> arguments = new ArrayList<>(paths);
    arguments.addAll(filenames);
    if (arguments.isEmpty()) {
      err.println("error: must specify one of -f and a file or directory. Maybe dvp check examples/, or"
          + " dvp check - < vm.yaml");
      return 2;
    }
    List<Path> files;
    try {
      files = ManifestFiles.expand(arguments, excludes);
    } catch (IOException e) {
      err.println("dvp check: cannot list " + arguments + ": " + e.getMessage());
      return 2;
    }
    Optional<ClusterFacts> facts = Optional.empty();
    if (cluster != null) {
      try {
        facts = Optional.of(ClusterFacts.read(cluster));
      } catch (ManifestException e) {
        err.println(e.getMessage());
        return 2;
      } catch (IOException e) {
        err.println("dvp check: cannot read --cluster " + cluster + ": " + e.getMessage());
        return 2;
      } catch (IllegalArgumentException e) {
        err.println("dvp check: --cluster " + cluster + ": " + e.getMessage());
        return 2;
      }
    }
    List<ManifestException> unreadable = new ArrayList<>();
    List<ManifestDocument> documents = new ArrayList<>();
    for (Path file : files) {
      try {
        documents.addAll(ManifestFiles.readDocuments(file));
      } catch (ManifestException e) {
        unreadable.add(e);
      }
    }
    if (documents.isEmpty() && unreadable.isEmpty()) {
      err.println("error: no manifests found in " + describe(arguments)
          + (excludes.isEmpty() ? "" : " (after --exclude " + String.join(", ", excludes) + ")")
          + ". Maybe the path is wrong, or the files are not *.yaml, *.yml or *.json");
      return 2;
    }
    ManifestJudge.Judgement judgement = new ManifestJudge(namespace, fields, facts).judge(documents);
    List<String> fileNames = files.stream().map(ManifestFiles::nameOf).toList();
    CheckReport report = new CheckReport(fileNames, judgement.objects.size(), judgement.findings, unreadable,
        judgement.notChecked, strict);
    switch (format) {
      case JSON:
        CheckReportJson.write(report, out);
        break;
      case SARIF:
        CheckReportSarif.write(report, out);
        break;
      case JUNIT:
        CheckReportJunit.write(report, judgement.objects, judgement.sourceOf, out);
        break;
      default:
        CheckReportText.write(report, out, err);
    }
    out.flush();
    return report.exitCode();
  }

  private static String describe(List<Path> arguments) {
    return String.join(", ", arguments.stream().map(ManifestFiles::nameOf).toList());
  }
}
