package io.github.gocrossbuild.internal.cgo;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.WarningId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code staticLink()} adds to {@code go build}: the external linker with {@code -static}, and
 * with glibc the pure-Go resolver and user lookup, since a static glibc cannot load NSS modules.
 */
public final class StaticLink {
  private static final String NSS =
      "%s is linked statically against glibc, so the netgo and osusergo tags were added: host"
          + " names and users are looked up in pure Go (/etc/hosts, DNS, /etc/passwd), and glibc's"
          + " NSS modules (LDAP, sssd, mDNS) are not used. Use a musl toolchain to keep cgo's"
          + " lookups.";

  private StaticLink() {}

  /**
   * Returns the linker arguments: the caller's, then the static ones.
   *
   * @param spec the spec
   * @return the arguments
   */
  public static List<String> ldflags(BuildSpec spec) {
    if (!spec.staticLink()) {
      return spec.ldflags();
    }
    List<String> out = new ArrayList<>(spec.ldflags());
    out.add("-linkmode=external");
    out.add("-extldflags=-static");
    return out;
  }

  /**
   * Returns the build tags: the caller's, then {@code netgo} and {@code osusergo} for a static
   * glibc build.
   *
   * @param spec the spec
   * @param cgo the decision (its compiler tells glibc from musl)
   * @return the tags
   */
  public static List<String> tags(BuildSpec spec, CgoDecision cgo) {
    if (!staticGlibc(spec, cgo)) {
      return spec.tags();
    }
    List<String> out = new ArrayList<>(spec.tags());
    for (String tag : List.of("netgo", "osusergo")) {
      if (!out.contains(tag)) {
        out.add(tag);
      }
    }
    return out;
  }

  /**
   * Returns the warning of a static glibc build.
   *
   * @param spec the spec
   * @param cgo the decision
   * @param target the target
   * @return the {@value BuildWarning#CGO_STATIC_GLIBC_NSS} warning, or empty
   */
  public static Optional<BuildWarning> warning(BuildSpec spec, CgoDecision cgo, Target target) {
    return staticGlibc(spec, cgo)
        ? Optional.of(new BuildWarning(WarningId.CGO_STATIC_GLIBC_NSS, String.format(NSS, target)))
        : Optional.empty();
  }

  private static boolean staticGlibc(BuildSpec spec, CgoDecision cgo) {
    return spec.staticLink() && cgo.enabled() && !CgoSetup.musl(cgo);
  }
}
