package org.hipspa.weasis.it;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;

/** A bundle's Import-Package as the framework parsed it: package, version filter, optional or not. */
record PackageImports(String packageName, String filter, boolean optional) {

  private static final Pattern PACKAGE = Pattern.compile("\\(osgi\\.wiring\\.package=([^)]+)\\)");

  static List<PackageImports> of(Bundle bundle) {
    return bundle.adapt(BundleRevision.class).getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE).stream()
        .map(
            requirement -> {
              String filter = requirement.getDirectives().get(PackageNamespace.REQUIREMENT_FILTER_DIRECTIVE);
              Matcher m = PACKAGE.matcher(filter);
              if (!m.find()) {
                throw new IllegalStateException("No package in " + filter);
              }
              boolean optional =
                  PackageNamespace.RESOLUTION_OPTIONAL.equals(
                      requirement.getDirectives().get(PackageNamespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
              return new PackageImports(m.group(1), filter, optional);
            })
        .toList();
  }
}
