package org.kerangka.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

class PasswordConfigurationTests {
  private final PasswordEncoder encoder = new PasswordConfiguration().passwordEncoder();

  @Test
  void storesArgon2idAndChecksIt() {
    String hash = encoder.encode("kopi tubruk di pagi hari");

    assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
    assertThat(encoder.matches("kopi tubruk di pagi hari", hash)).isTrue();
    assertThat(encoder.matches("kopi tubruk di pagi hari!", hash)).isFalse();
  }

  @Test
  void stillAcceptsHashesWrittenWithEarlierSchemes() {
    String pbkdf2 =
        "{pbkdf2@SpringSecurity_v5_8}"
            + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("teh manis hangat");
    String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode("teh manis hangat");

    assertThat(encoder.matches("teh manis hangat", pbkdf2)).isTrue();
    assertThat(encoder.matches("teh manis hangat", bcrypt)).isTrue();
    assertThat(encoder.upgradeEncoding(pbkdf2)).isTrue();
  }

  @Test
  void keepsEveryCharacterOfALongNonAsciiPassword() {
    String long64 = "ケ".repeat(64);
    String hash = encoder.encode(long64);

    assertThat(encoder.matches(long64, hash)).isTrue();
    assertThat(encoder.matches("ケ".repeat(63) + "ク", hash)).isFalse();
  }
}
