package org.kerangka.app.account;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * How passwords are stored: PBKDF2-HMAC-SHA256 with 310,000 iterations (bcrypt would cut passwords
 * at 72 bytes, fewer than 64 non-ASCII characters), behind a {@link DelegatingPasswordEncoder} so
 * the scheme can change later; bcrypt hashes are still accepted.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {
  static final String SCHEME = "pbkdf2@SpringSecurity_v5_8";

  @Bean
  PasswordEncoder passwordEncoder() {
    return new DelegatingPasswordEncoder(
        SCHEME,
        Map.of(
            SCHEME,
            Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
            "bcrypt",
            new BCryptPasswordEncoder()));
  }
}
