package dev.dvp.cli;

import dev.dvp.admission.Admission;
import dev.dvp.admission.AdmissionCheck;
import dev.dvp.admission.ReferenceCheck;
import dev.dvp.admission.VirtualMachineDefaulter;
import dev.dvp.model.Finding;
import dev.dvp.model.GenericResource;
import dev.dvp.model.GoQuote;
import dev.dvp.model.Location;
import dev.dvp.model.ManifestDocument;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.ResourceSetCheck;
import dev.dvp.model.ServedKinds;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.UnknownFields;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.Violation;
import dev.dvp.model.cluster.ClusterFacts;
import dev.dvp.sizing.SizingAdmission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * What {@code dvp check} (and {@code dvp lsp}) find in a set of documents: served kinds, strict fields, duplicate
 * fields, metadata and schema, the same object twice, then the set-wide checks (references, DVP's admission with
 * the cluster's facts, and every {@link ResourceSetCheck} on the class path). Stateless between calls.
 */
final class ManifestJudge {
  private final String namespace;
  private final FieldValidation fields;
  private final Optional<ClusterFacts> facts;
  // The admission chain and the ServiceLoader's checks: built once, since an editor judges after every edit.
  private final List<ResourceSetCheck> checks;

  /**
   * Makes a judge.
   *
   * @param namespace the namespace of objects that name none
   * @param fields what unknown and duplicate fields are
   * @param facts the cluster, when known
   */
  ManifestJudge(String namespace, FieldValidation fields, Optional<ClusterFacts> facts) {
    this.namespace = namespace;
    this.fields = fields;
    this.facts = facts;
    this.checks = checks(facts);
  }

  /** What the checks found, before it is rendered. */
  static final class Judgement {
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

  /**
   * Judges documents as {@code dvp check} does.
   *
   * @param documents the documents read, in order
   * @return the findings, objects and unchecked objects
   */
  Judgement judge(List<ManifestDocument> documents) {
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
            strictFields(j, d, written);
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
      strictFields(j, d, r);
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
    for (ResourceSetCheck check : checks) {
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
  private void strictFields(Judgement j, ManifestDocument d, Resource subject) {
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
