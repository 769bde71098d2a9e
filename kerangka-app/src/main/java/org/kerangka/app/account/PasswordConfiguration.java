package org.kerangka.app.account;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * How passwords are stored: Argon2id (memory-hard, 16 MiB, 2 passes: Spring Security's 5.8
 * defaults, the OWASP first choice), behind a {@link DelegatingPasswordEncoder} so the scheme can
 * change later. bcrypt is not the default because it cuts passwords at 72 bytes, fewer than 64
 * non-ASCII characters; PBKDF2 and bcrypt hashes written earlier are still accepted.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {
  static final String SCHEME = "argon2@SpringSecurity_v5_8";

  @Bean
  PasswordEncoder passwordEncoder() {
    return new DelegatingPasswordEncoder(
        SCHEME,
        Map.of(
            SCHEME,
            Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
            "pbkdf2@SpringSecurity_v5_8",
            Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
            "bcrypt",
            new BCryptPasswordEncoder()));
  }
}
