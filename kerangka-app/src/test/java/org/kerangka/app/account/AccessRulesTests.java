package org.kerangka.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The rule table covers every endpoint: a new endpoint without a rule fails the build. */
@RegistryTest
class AccessRulesTests {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  @Test
  void everyEndpointHasAnAccessRule() {
    List<String> missing = new ArrayList<>();
    for (String endpoint : AccessMatrixTests.endpoints(mappings)) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
      String path = pattern.replaceAll("\\{\\*[^}]+}", "x").replaceAll("\\{[^}]+}", "1");
      List<String> methods =
          method.equals("ANY") ? List.of("GET", "POST", "PUT", "DELETE", "PATCH") : List.of(method);
      for (String m : methods) {
        if (AccessRules.ruleFor(new MockHttpServletRequest(m, path)).isEmpty()) {
          missing.add(m + " " + pattern);
        }
      }
    }
    assertThat(missing)
        .as(
            "endpoints without a row in AccessRules.RULES (add one, and a sample in"
                + " AccessMatrixTests)")
        .isEmpty();
  }

  @Test
  void anAddressWithoutARuleIsRefused() {
    assertThat(AccessRules.ruleFor(new MockHttpServletRequest("GET", "/nowhere"))).isEmpty();
    assertThat(AccessRules.ruleFor(new MockHttpServletRequest("PATCH", "/api/v1/agreements/1")))
        .isEmpty();
  }

  @Test
  void rolesIncludeTheLesserOnes() {
    AccessRules.Rule edit =
        AccessRules.ruleFor(new MockHttpServletRequest("PUT", "/api/v1/agreements/1"))
            .orElseThrow();
    assertThat(edit.allows(Role.ADMIN)).isTrue();
    assertThat(edit.allows(Role.EDITOR)).isTrue();
    assertThat(edit.allows(Role.REVIEWER)).isFalse();
    assertThat(edit.allows(Role.VIEWER)).isFalse();
    assertThat(edit.allows(null)).isFalse();
  }
}
