package org.kerangka.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kerangka.app.account.AccountException;
import org.kerangka.app.account.ApiTokens;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code kerangka token create|list|revoke}: personal API tokens for the REST API. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Manages personal API tokens (Authorization: Bearer <token>).",
    synopsisSubcommandLabel = "COMMAND")
final class TokenCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  static CommandLine create() {
    CommandLine token = new CommandLine(new TokenCommand());
    token.addSubcommand(new Create());
    token.addSubcommand(new ListTokens());
    token.addSubcommand(new Revoke());
    return token;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command (create, list or revoke)");
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Creates a token for the user and prints it once: store it safely.")
  static final class Create implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "NAME")
    String user;

    @Option(names = "--name", paramLabel = "LABEL", defaultValue = "api")
    String name;

    @Option(names = "--days", paramLabel = "N", defaultValue = "90", description = "1 to 366")
    int days;

    @Unmatched List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      return RegistryContext.run(
          springArguments,
          context -> {
            try {
              ApiTokens.Created created =
                  context.getBean(ApiTokens.class).create(user, name, Duration.ofDays(days));
              out.println(created.secret());
              out.flush();
              spec.commandLine()
                  .getErr()
                  .println(
                      "token "
                          + created.token().id()
                          + " for '"
                          + user
                          + "' expires "
                          + created.token().expiresAt());
              return ExitCodes.OK;
            } catch (AccountException e) {
              throw new UserError(e.getMessage());
            }
          });
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists a user's tokens.")
  static final class ListTokens implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "NAME")
    String user;

    @Unmatched List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      return RegistryContext.run(
          springArguments,
          context -> {
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
            out.flush();
            return ExitCodes.OK;
          });
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a token.")
  static final class Revoke implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "NAME")
    String user;

    @Parameters(paramLabel = "ID")
    long id;

    @Unmatched List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      return RegistryContext.run(
          springArguments,
          context -> {
            try {
              context.getBean(ApiTokens.class).revoke(user, id);
            } catch (AccountException e) {
              throw new UserError(e.getMessage());
            }
            out.println("revoked token " + id);
            out.flush();
            return ExitCodes.OK;
          });
    }
  }
}
