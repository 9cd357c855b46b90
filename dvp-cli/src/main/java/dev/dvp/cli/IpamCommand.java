package dev.dvp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvp.ipam.CidrCapacity;
import dev.dvp.ipam.IpPool;
import dev.dvp.ipam.IpPoolOptions;
import dev.dvp.ipam.IpamAudit;
import dev.dvp.ipam.IpamAuditReport;
import dev.dvp.ipam.Ipv4Address;
import dev.dvp.ipam.VirtualMachineCidrs;
import dev.dvp.model.Finding;
import dev.dvp.model.ManifestException;
import dev.dvp.model.ModuleConfig;
import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dvp ipam}: the VM IP pool offline. {@code audit} reports duplicate, out-of-range and orphaned leases and the
 * free capacity of each CIDR; {@code allocate} shows the addresses (and lease names) the next automatic claims would
 * take. Both read {@code ModuleConfig/virtualization} and the leases and claims as {@code kubectl get vmipl,vmip -o
 * yaml} prints them.
 *
 * <pre>
 * dvp ipam audit --module-config mc.yaml leases.yaml
 * dvp ipam allocate --module-config mc.yaml --count 3 leases.yaml -o json
 * </pre>
 */
@Command(name = "ipam", sortOptions = false,
    description = {"VM IP pool: audit leases and claims, or preview the next automatic allocations.",
        "Exit 0: fine; 1: errors found (audit) or not enough free addresses (allocate); 2: unreadable input."},
    subcommands = {IpamCommand.Audit.class, IpamCommand.Allocate.class})
public final class IpamCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** What both subcommands read. */
  static class Input {
    @Option(names = "--module-config", required = true, paramLabel = "<file>",
        description = "The ModuleConfig named virtualization (spec.settings.virtualMachineCIDRs).")
    Path moduleConfig;

    @Parameters(arity = "0..*", paramLabel = "<file or directory>",
        description = "Leases and claims (VirtualMachineIPAddressLease, VirtualMachineIPAddress), YAML or JSON.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--filename"}, paramLabel = "<file or directory>",
        description = "Same as an argument; repeatable; - reads standard input.")
    List<Path> filenames = new ArrayList<>();

    @Mixin
    OutputOption output;

    @Option(names = {"-n", "--namespace"}, defaultValue = "default",
        description = "Namespace of claims that name none (default: ${DEFAULT-VALUE}).")
    String namespace;

    @Option(names = "--now", paramLabel = "<RFC 3339>",
        description = "The time released leases are judged at (default: the current time).")
    String now;

    @Option(names = "--retention", defaultValue = "10m", paramLabel = "<Go duration>",
        description = "Retention of released leases (default: ${DEFAULT-VALUE}, DVP's).")
    String retention;

    /** The objects, or a message for stderr. */
    ResourceSet read() throws ManifestException, IOException {
      List<Resource> all = new ArrayList<>(ManifestFiles.read(moduleConfig));
      if (all.stream().noneMatch(r -> r instanceof ModuleConfig && r.name().equals(ModuleConfig.VIRTUALIZATION))) {
        throw new IllegalArgumentException(moduleConfig + ": no ModuleConfig named virtualization. Maybe pass the"
            + " output of kubectl get moduleconfig virtualization -o yaml");
      }
      List<Path> files = new ArrayList<>(paths);
      files.addAll(filenames);
      for (Path file : ManifestFiles.expand(files)) {
        all.addAll(ManifestFiles.read(file));
      }
      return ResourceSet.of(all, namespace);
    }

    IpPoolOptions options() {
      IpPoolOptions.Builder b = IpPoolOptions.builder().retention(retention);
      if (now != null) {
        try {
          b.clock(Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("--now " + now + " is not an RFC 3339 time. Maybe write"
              + " 2025-01-15T08:00:00Z");
        }
      }
      return b.build();
    }

    /** Runs {@code body} with the read input, mapping bad input to exit code 2. */
    int run(CommandSpec spec, Body body) {
      PrintWriter err = spec.commandLine().getErr();
      try {
        IpPoolOptions options = options();
        ResourceSet set = read();
        return body.run(set, options, spec.commandLine().getOut());
      } catch (ManifestException e) {
        err.println("dvp ipam: " + e.getMessage());
        return 2;
      } catch (IOException e) {
        err.println("dvp ipam: cannot read " + e.getMessage());
        return 2;
      } catch (IllegalArgumentException e) {
        err.println("dvp ipam: " + e.getMessage());
        return 2;
      } finally {
        spec.commandLine().getOut().flush();
      }
    }
  }

  /** The work of a subcommand. */
  @FunctionalInterface
  interface Body {
    int run(ResourceSet set, IpPoolOptions options, PrintWriter out);
  }

  /** {@code dvp ipam audit}. */
  @Command(name = "audit", sortOptions = false,
      description = "Report duplicate, out-of-range and orphaned leases, bad CIDRs and the free capacity per CIDR.")
  static final class Audit implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    Input input = new Input();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      return input.run(spec, (set, options, out) -> {
        IpamAuditReport report = IpamAudit.audit(set, options);
        if (input.output.isJson()) {
          ObjectNode root = MAPPER.createObjectNode();
          root.put("valid", !report.hasErrors());
          ArrayNode cidrs = root.putArray("virtualMachineCIDRs");
          for (CidrCapacity c : report.capacity()) {
            cidrs.addObject().put("cidr", c.cidr()).put("autoAddresses", c.autoAddresses())
                .put("leased", c.leased()).put("free", c.free());
          }
          ArrayNode findings = root.putArray("findings");
          for (Finding f : report.findings()) {
            ObjectNode o = findings.addObject().put("kind", f.subject().kind());
            f.subject().namespace().ifPresent(ns -> o.put("namespace", ns));
            o.put("name", f.subject().name()).put("path", f.violation().path()).put("code", f.violation().code())
                .put("severity", f.violation().isError() ? "error" : "warning")
                .put("message", f.violation().message());
          }
          out.println(json(root));
        } else {
          out.printf("%-20s %8s %8s %8s%n", "CIDR", "AUTO", "LEASED", "FREE");
          for (CidrCapacity c : report.capacity()) {
            out.printf("%-20s %8d %8d %8d%n", c.cidr(), c.autoAddresses(), c.leased(), c.free());
          }
          for (Finding f : report.findings()) {
            out.println((f.violation().isError() ? "error: " : "warning: ") + f.subject().kind() + "/"
                + f.subject().name() + (f.violation().path().isEmpty() ? "" : " " + f.violation().path()) + ": "
                + f.violation().message());
          }
          long errors = report.findings().stream().filter(f -> f.violation().isError()).count();
          out.println(errors + (errors == 1 ? " error, " : " errors, ") + (report.findings().size() - errors)
              + (report.findings().size() - errors == 1 ? " warning" : " warnings"));
        }
        return report.hasErrors() ? 1 : 0;
      });
    }
  }

  /** {@code dvp ipam allocate}. */
  @Command(name = "allocate", sortOptions = false,
      description = "Show the addresses and lease names the next automatic allocations would take (DVP's order).")
  static final class Allocate implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    Input input = new Input();

    @Option(names = "--count", defaultValue = "1", paramLabel = "N",
        description = "How many allocations (default: ${DEFAULT-VALUE}).")
    int count;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      if (count < 0) {
        spec.commandLine().getErr().println("dvp ipam allocate: --count must be 0 or more, got " + count);
        return 2;
      }
      return input.run(spec, (set, options, out) -> {
        ModuleConfig mc = set.find(ModuleConfig.class, "", ModuleConfig.VIRTUALIZATION).orElseThrow();
        VirtualMachineCidrs cidrs = VirtualMachineCidrs.of(mc, options);
        IpPool pool = IpPool.rebuild(cidrs, set.ofType(dev.dvp.model.VirtualMachineIPAddressLease.class), options)
            .pool();
        List<Ipv4Address> next = pool.peek(count);
        if (input.output.isJson()) {
          ObjectNode root = MAPPER.createObjectNode();
          root.put("requested", count);
          ArrayNode list = root.putArray("allocations");
          for (Ipv4Address a : next) {
            ObjectNode o = list.addObject().put("address", a.toString()).put("name", a.leaseName());
            cidrs.rangeOf(a).ifPresent(c -> o.put("cidr", c.text()));
          }
          root.put("free", pool.freeCount());
          out.println(json(root));
        } else {
          for (Ipv4Address a : next) {
            out.printf("%-16s %s%n", a, a.leaseName());
          }
          if (next.size() < count) {
            out.println("no remaining ips after " + next.size() + " of " + count + " allocations");
          }
        }
        return next.size() < count ? 1 : 0;
      });
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static String json(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
