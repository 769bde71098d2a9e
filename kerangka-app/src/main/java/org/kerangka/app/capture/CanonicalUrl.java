package org.kerangka.app.capture;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The canonical form of an article URL, so that the same article reached through a share link is
 * recognised: lower-case scheme and host without {@code www.}, no default port, no fragment, no
 * tracking parameters ({@code utm_*}, {@code fbclid} ...), the other parameters sorted, no trailing
 * slash.
 */
public final class CanonicalUrl {
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "ref",
          "ref_src", "ocid", "cmpid", "spm", "share", "amp", "s", "_ga");

  private CanonicalUrl() {}

  /** The canonical URL, or null when the value is blank or not an http(s) URL. */
  public static @Nullable String of(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
    if (host == null || !("http".equals(scheme) || "https".equals(scheme))) {
      return null;
    }
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    if (host.startsWith("m.") || host.startsWith("amp.")) {
      host = host.substring(host.indexOf('.') + 1);
    }
    StringBuilder out = new StringBuilder("https://").append(host);
    int port = uri.getPort();
    if (port != -1 && port != 80 && port != 443) {
      out.append(':').append(port);
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (path.endsWith("/amp")) {
      path = path.substring(0, path.length() - 4);
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    out.append(path);
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      List<String> kept = new ArrayList<>();
      for (String parameter : query.split("&")) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
          kept.add(parameter);
        }
      }
      kept.sort(null);
      if (!kept.isEmpty()) {
        out.append('?').append(String.join("&", kept));
      }
    }
    return out.toString();
  }
}
