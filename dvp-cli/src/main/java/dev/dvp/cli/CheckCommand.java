package dev.dvp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvp.model.Finding;
import dev.dvp.model.Location;
import dev.dvp.model.ManifestDocument;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.ReferenceCheck;
import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.ResourceSetCheck;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.Violation;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.admission.Admission;
import dev.dvp.model.admission.AdmissionCheck;
import dev.dvp.model.admission.AdmissionContext;
import dev.dvp.model.admission.VirtualMachineDefaulter;
import dev.dvp.sizing.SizingAdmission;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dvp check}: reads every manifest, validates each object against its CRD schema, and runs every set-wide
 * check on the class path (references between the objects, and whatever {@link ResourceSetCheck}s the SDK's
 * modules register with {@link ServiceLoader}: sizing, IPAM), and DVP's admission of every object.
 */
@Command(name = "check", sortOptions = false,
    description = {"Validate manifests offline: schema, references and every DVP rule the SDK knows.",
        "Exit 0: all valid (warnings allowed); 1: violations; 2: unreadable input."})
final class CheckCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "<file or directory>",
      description = "YAML or JSON manifests; directories are searched for *.yaml, *.yml and *.json.")
  List<Path> paths;

  @Mixin
  OutputOption output;

  @Option(names = {"-n", "--namespace"}, defaultValue = "default",
      description = "Namespace of objects that name none (default: ${DEFAULT-VALUE}).")
  String namespace;

  @Spec
  CommandSpec spec;

  /** One finding with where it is. */
  private record Located(Location at, Resource subject, Violation violation) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files;
    try {
      files = ManifestFiles.expand(paths);
    } catch (IOException e) {
      err.println("dvp check: cannot list " + paths + ": " + e.getMessage());
      return 2;
    }
    List<ManifestException> unreadable = new ArrayList<>();
    List<ManifestDocument> documents = new ArrayList<>();
    for (Path file : files) {
      try {
        documents.addAll(Manifests.standard().readDocuments(file));
      } catch (ManifestException e) {
        unreadable.add(e);
      }
    }
    List<Located> findings = new ArrayList<>();
    Map<Resource, ManifestDocument> origin = new IdentityHashMap<>();
    List<Resource> resources = new ArrayList<>();
    for (ManifestDocument d : documents) {
      if (d.problem().isPresent()) {
        ManifestException p = d.problem().get();
        findings.add(new Located(new Location(p.source(), p.line().orElse(0), p.column().orElse(0)), null,
            Violation.error(p.path(), "unreadableField", p.reason())));
        continue;
      }
      Resource r = d.resource().orElseThrow();
      origin.put(r, d);
      resources.add(r);
      for (Violation v : StructuralValidator.standard().validate(r)) {
        findings.add(new Located(d.locate(v.path()), r, v));
      }
    }
    ResourceSet set = ResourceSet.of(resources, namespace);
    for (ResourceSetCheck check : checks()) {
      for (Finding f : check.check(set)) {
        ManifestDocument d = origin.get(f.subject());
        Location at = d == null ? new Location("<set>", 0, 0) : d.locate(f.violation().path());
        findings.add(new Located(at, f.subject(), f.violation()));
      }
    }
    List<Located> unique = dedupe(findings);
    long errors = unique.stream().filter(l -> l.violation().isError()).count();
    long warnings = unique.size() - errors;
    if (output.isJson()) {
      printJson(out, files.size(), documents.size(), unique, unreadable);
    } else {
      printText(out, err, files.size(), documents.size(), unique, unreadable, errors, warnings);
    }
    out.flush();
    return !unreadable.isEmpty() ? 2 : errors > 0 ? 1 : 0;
  }

  static List<ResourceSetCheck> checks() {
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
    checks.add(new AdmissionCheck(Admission.builder().coreFractionDefaulter(whenClassGiven).build(),
        AdmissionContext.empty()));
    ServiceLoader.load(ResourceSetCheck.class).forEach(checks::add);
    return checks;
  }

  private static List<Located> dedupe(List<Located> findings) {
    Set<String> seen = new LinkedHashSet<>();
    List<Located> out = new ArrayList<>();
    for (Located l : findings) {
      String key = l.at().source() + "\u0000" + System.identityHashCode(l.subject()) + "\u0000"
          + l.violation().path() + "\u0000" + l.violation().message();
      if (seen.add(key)) {
        out.add(l);
      }
    }
    out.sort(Comparator.comparing((Located l) -> l.at().source())
        .thenComparingInt(l -> l.at().line())
        .thenComparingInt(l -> l.at().column())
        .thenComparing(l -> l.violation().path()));
    return out;
  }

  private static String describe(Resource r) {
    if (r == null) {
      return "";
    }
    String ns = r.namespace().map(n -> n + "/").orElse("");
    return r.kind() + " " + ns + r.name() + ": ";
  }

  private static void printText(PrintWriter out, PrintWriter err, int files, int objects, List<Located> findings,
      List<ManifestException> unreadable, long errors, long warnings) {
    for (ManifestException e : unreadable) {
      err.println(e.getMessage());
    }
    for (Located l : findings) {
      String severity = l.violation().isError() ? "error" : "warning";
      out.println(l.at() + ": " + severity + ": " + describe(l.subject()) + l.violation());
    }
    StringBuilder summary = new StringBuilder()
        .append(objects).append(objects == 1 ? " object" : " objects").append(" in ")
        .append(files).append(files == 1 ? " file" : " files").append(": ");
    if (!unreadable.isEmpty()) {
      summary.append(unreadable.size()).append(" unreadable, ");
    }
    if (errors == 0 && warnings == 0 && unreadable.isEmpty()) {
      summary.append("all valid");
    } else {
      summary.append(errors).append(errors == 1 ? " error, " : " errors, ")
          .append(warnings).append(warnings == 1 ? " warning" : " warnings");
    }
    out.println(summary);
  }

  private static void printJson(PrintWriter out, int files, int objects, List<Located> findings,
      List<ManifestException> unreadable) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("files", files).put("objects", objects);
    root.put("valid", unreadable.isEmpty() && findings.stream().noneMatch(l -> l.violation().isError()));
    ArrayNode list = root.putArray("findings");
    for (Located l : findings) {
      ObjectNode f = list.addObject();
      f.put("file", l.at().source()).put("line", l.at().line()).put("column", l.at().column());
      if (l.subject() != null) {
        f.put("apiVersion", l.subject().apiVersion()).put("kind", l.subject().kind());
        l.subject().namespace().ifPresent(ns -> f.put("namespace", ns));
        f.put("name", l.subject().name());
      }
      f.put("path", l.violation().path()).put("code", l.violation().code())
          .put("severity", l.violation().isError() ? "error" : "warning")
          .put("message", l.violation().message());
    }
    ArrayNode bad = root.putArray("unreadable");
    for (ManifestException e : unreadable) {
      ObjectNode u = bad.addObject().put("file", e.source());
      e.line().ifPresent(line -> u.put("line", line));
      e.column().ifPresent(column -> u.put("column", column));
      u.put("message", e.reason());
    }
    try {
      out.println(mapper.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
