package dev.dvp.cli;

import dev.dvp.model.Finding;
import dev.dvp.model.GenericResource;
import dev.dvp.model.GoQuote;
import dev.dvp.model.Location;
import dev.dvp.model.ManifestDocument;
import dev.dvp.model.ManifestException;
import dev.dvp.admission.ReferenceCheck;
import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.ResourceSetCheck;
import dev.dvp.model.ServedKinds;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.UnknownFields;
import dev.dvp.model.Violation;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.admission.Admission;
import dev.dvp.admission.AdmissionCheck;
import dev.dvp.admission.VirtualMachineDefaulter;
import dev.dvp.model.cluster.ClusterFacts;
import dev.dvp.sizing.SizingAdmission;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
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
    Judgement judgement = judge(documents, fields, facts);
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

  /** What the checks found, before it is rendered. */
  private static final class Judgement {
    final List<CheckReport.Located> findings = new ArrayList<>();
    final List<CheckReport.Unchecked> notChecked = new ArrayList<>();
    final List<Resource> objects = new ArrayList<>();
    final Map<Resource, String> sourceOf = new IdentityHashMap<>();
    final Map<Resource, ManifestDocument> origin = new IdentityHashMap<>();
    final Map<Object, Set<String>> seen = new IdentityHashMap<>();
    // Findings about a document that could not be bound have no object; they are told apart by their place.
    private final Object unbound = new Object();

    void add(Location at, Resource subject, Violation v) {
      // Two checks may report the same fact (the schema and an admission step); say it once.
      String key = at + "\u0000" + v.path() + "\u0000" + v.message();
      if (seen.computeIfAbsent(subject == null ? unbound : subject, s -> new HashSet<>()).add(key)) {
        findings.add(new CheckReport.Located(at, subject, v));
      }
    }
  }

  private Judgement judge(List<ManifestDocument> documents, FieldValidation fields,
      Optional<ClusterFacts> facts) {
    Judgement j = new Judgement();
    List<Resource> checked = new ArrayList<>();
    Map<String, Location> firstByIdentity = new HashMap<>();
    for (ManifestDocument d : documents) {
      // A document that cannot be bound to its model type is still an object: its findings name it, and what
      // does not depend on its kind's fields (served kind, metadata) is checked as the API server would.
      Resource written = d.resource().isPresent() ? d.resource().get() : d.asWritten().orElse(null);
      // A key written twice in one mapping: the API server's strict decoding refuses it, and the model keeps
      // the last value.
      for (Violation v : d.duplicateFields()) {
        fields.apply(v).ifPresent(f -> j.add(d.locateDuplicate(v), written, f));
      }
      if (d.problem().isPresent()) {
        ManifestException p = d.problem().get();
        j.add(new Location(p.source(), p.line().orElse(0), p.column().orElse(0)), written,
            Violation.error(p.path(), "unreadableField", p.reason()));
        if (written != null) {
          j.objects.add(written);
          j.sourceOf.put(written, d.source());
          var served = ServedKinds.check(written.apiVersion(), written.kind());
          served.ifPresent(v -> j.add(d.locate(v.path()), written, v));
          if (served.filter(Violation::isError).isEmpty()) {
            // A misspelt required field reads as "Required value"; the misspelling itself is what to fix.
            strictFields(j, d, written, fields);
            for (Violation v : StructuralValidator.standard().validate(written)) {
              j.add(d.locate(v.path()), written, v);
            }
          }
        }
        continue;
      }
      Resource r = d.resource().orElseThrow();
      j.objects.add(r);
      j.origin.put(r, d);
      j.sourceOf.put(r, d.source());
      var served = ServedKinds.check(r.apiVersion(), r.kind());
      served.ifPresent(v -> j.add(d.locate(v.path()), r, v));
      if (served.filter(Violation::isError).isPresent()) {
        // The API server stops at the REST mapping: nothing else about the object is looked at.
        continue;
      }
      strictFields(j, d, r, fields);
      String identity = identity(r);
      if (!r.name().isEmpty()) {
        Location first = firstByIdentity.putIfAbsent(identity, d.start());
        if (first != null) {
          j.add(d.locate("metadata.name"), r, Violation.error("metadata.name", "FieldValueDuplicate",
              "Duplicate value: " + GoQuote.quote(r.name()) + ": " + CheckReport.describe(r) + " is already defined at "
                  + first + "; the API server would answer the second create with AlreadyExists. Maybe rename"
                  + " one, or remove the copy"));
          continue;
        }
      }
      // Admitted kinds get their schema checked by admission, after DVP's mutating webhooks, as the API server
      // does; checking the object as written first would report what a defaulter fills in.
      if (!AdmissionCheck.admits(r)) {
        for (Violation v : StructuralValidator.standard().validate(r)) {
          j.add(d.locate(v.path()), r, v);
        }
      }
      if (r instanceof GenericResource) {
        j.notChecked.add(new CheckReport.Unchecked(d.start(), r));
      }
      checked.add(r);
    }
    // The cluster's objects are context: references may point at them, but they are not judged themselves.
    List<Resource> context = new ArrayList<>(checked);
    // A given object replaces its copy in the cluster, as applying it would.
    facts.ifPresent(f -> f.objects().stream().filter(r -> !firstByIdentity.containsKey(identity(r)))
        .forEach(context::add));
    ResourceSet set = ResourceSet.of(context, namespace);
    for (ResourceSetCheck check : checks(facts)) {
      for (Finding f : check.check(set)) {
        ManifestDocument d = j.origin.get(f.subject());
        if (d != null) {
          j.add(d.locate(f.violation().path()), f.subject(), f.violation());
        }
      }
    }
    return j;
  }

  /** Fields the schema does not define, as the API server's strict field validation reports them. */
  private static void strictFields(Judgement j, ManifestDocument d, Resource subject, FieldValidation fields) {
    if (fields == FieldValidation.IGNORE) {
      return;
    }
    for (Violation v : UnknownFields.of(d)) {
      fields.apply(v).ifPresent(f -> j.add(d.locate(v.path()), subject, f));
    }
  }

  /** Group, kind, namespace and name: what the API server keys an object by. */
  private String identity(Resource r) {
    String apiVersion = r.apiVersion();
    String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    return group + "\u0000" + r.kind() + "\u0000" + r.namespace().orElse(namespace) + "\u0000" + r.name();
  }


  static List<ResourceSetCheck> checks(Optional<ClusterFacts> facts) {
    List<ResourceSetCheck> checks = new ArrayList<>();
    checks.add(new ReferenceCheck());
    // Admission with DVP's coreFraction defaulting; the sizing rules themselves come from SizingCheck (found by
    // the ServiceLoader below), which reports every violation with advice instead of the webhook's first error.
    // A class missing from the given manifests may well exist in the cluster: ReferenceCheck warns about it, and
    // the defaulter (which DVP fails when the class does not exist) only runs when the class is in the set.
    VirtualMachineDefaulter coreFraction = SizingAdmission.coreFractionDefaulter();
    VirtualMachineDefaulter whenClassGiven = (vm, context) -> vm.spec().virtualMachineClassName()
        .filter(name -> context.resources().find(VirtualMachineClass.class, "", name).isPresent())
        .map(name -> coreFraction.apply(vm, context))
        .orElseGet(() -> VirtualMachineDefaulter.Outcome.unchanged(vm));
    Admission admission = Admission.builder().coreFractionDefaulter(whenClassGiven).build();
    checks.add(facts.map(f -> new AdmissionCheck(admission, f)).orElseGet(() -> new AdmissionCheck(admission)));
    ServiceLoader.load(ResourceSetCheck.class).forEach(checks::add);
    return checks;
  }
}
