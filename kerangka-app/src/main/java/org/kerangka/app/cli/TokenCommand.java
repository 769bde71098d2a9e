package org.kerangka.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.kerangka.app.account.ApiTokens;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kerangka token create|list|revoke}: personal API tokens for the REST API. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Manages personal API tokens (Authorization: Bearer <token>).",
    synopsisSubcommandLabel = "COMMAND")
final class TokenCommand extends CommandGroup {
  static CommandLine create() {
    CommandLine token = new CommandLine(new TokenCommand());
    token.addSubcommand(new Create());
    token.addSubcommand(new ListTokens());
    token.addSubcommand(new Revoke());
    return token;
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Creates a token for the user and prints it once: store it safely.")
  static final class Create extends RegistryCommand {
    @Option(names = "--user", required = true, paramLabel = "NAME")
    String user;

    @Option(names = "--name", paramLabel = "LABEL", defaultValue = "api")
    String name;

    @Option(names = "--days", paramLabel = "N", defaultValue = "90", description = "1 to 366")
    int days;

    @Override
    int work(ConfigurableApplicationContext context, PrintWriter out) {
      ApiTokens.Created created =
          context.getBean(ApiTokens.class).create(user, name, Duration.ofDays(days));
      out.println(created.secret());
      out.flush();
      err()
          .println(
              "token "
                  + created.token().id()
                  + " for '"
                  + user
                  + "' expires "
                  + created.token().expiresAt());
      return ExitCodes.OK;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists a user's tokens.")
  static final class ListTokens extends RegistryCommand {
    @Option(names = "--user", required = true, paramLabel = "NAME")
    String user;

    @Override
    int work(ConfigurableApplicationContext context, PrintWriter out) {
      for (ApiTokens.Token t : context.getBean(ApiTokens.class).list(user)) {
        out.println(
            t.id()
                + "\t"
                + t.name()
                + "\texpires="
                + t.expiresAt()
                + "\tlastUsed="
                + (t.lastUsedAt() == null ? "-" : t.lastUsedAt())
                + (t.revokedAt() == null ? "" : "\trevoked=" + t.revokedAt()));
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a token.")
  static final class Revoke extends RegistryCommand {
    @Option(names = "--user", required = true, paramLabel = "NAME")
    String user;

    @Parameters(paramLabel = "ID")
    long id;

    @Override
    int work(ConfigurableApplicationContext context, PrintWriter out) {
      context.getBean(ApiTokens.class).revoke(user, id);
      out.println("revoked token " + id);
      return ExitCodes.OK;
    }
  }
}
