package org.kerangka.app.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password must be: 8 to 256 characters, any characters, no composition rules, not the user
 * name and not on the offline list of common passwords ({@code account/common-passwords.txt}, John
 * the Ripper's public-domain {@code password.lst}).
 */
@Component
public class PasswordPolicy {
  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 256;

  /** Why a password is refused; the key names the page message. */
  public enum Problem {
    TOO_SHORT("password.tooShort", "must have at least " + MIN_LENGTH + " characters"),
    TOO_LONG("password.tooLong", "must have at most " + MAX_LENGTH + " characters"),
    COMMON("password.common", "is too common (it is on the list of common passwords)"),
    NAME("password.name", "must not be the user name");

    private final String key;
    private final String text;

    Problem(String key, String text) {
      this.key = key;
      this.text = text;
    }

    public String key() {
      return key;
    }

    public String text() {
      return "the password " + text;
    }
  }

  private final Set<String> common;

  PasswordPolicy() {
    this.common = load();
  }

  /** The reason the password is refused for the user, or empty when it may be used. */
  public Optional<Problem> check(String username, String password) {
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(Problem.TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      return Optional.of(Problem.TOO_LONG);
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (lower.equals(username.toLowerCase(Locale.ROOT))) {
      return Optional.of(Problem.NAME);
    }
    if (common.contains(lower)) {
      return Optional.of(Problem.COMMON);
    }
    return Optional.empty();
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in =
        PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("account/common-passwords.txt is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.startsWith("#!comment:") && !line.isBlank()) {
          words.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
