package org.kerangka.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.kerangka.app.account.Account;
import org.kerangka.app.account.Accounts;
import org.kerangka.app.account.Role;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kerangka user add|list|disable}: manages the accounts of the registry. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manages user accounts (stop 'serve' first when the registry is the H2 file).",
    synopsisSubcommandLabel = "COMMAND")
final class UserCommand extends CommandGroup {
  static CommandLine create(InputStream stdin) {
    CommandLine user = new CommandLine(new UserCommand());
    user.addSubcommand(new Add(stdin));
    user.addSubcommand(new ListUsers());
    user.addSubcommand(new Disable());
    return user;
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Creates an account. The password is asked on the console (not echoed), or read as the"
            + " first line of standard input when piped.",
        "Passwords: 8 to 256 characters, not a common password, not the user name."
      })
  static final class Add extends RegistryCommand {
    private final InputStream stdin;
    private String password;

    static final class RoleChoice {
      @Option(names = "--admin", description = "an ADMIN (same as --role ADMIN)")
      boolean admin;

      @Option(
          names = "--role",
          paramLabel = "ROLE",
          description = "ADMIN, EDITOR, REVIEWER or VIEWER")
      Role role;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    RoleChoice choice;

    @Option(
        names = "--organisation",
        paramLabel = "ID",
        split = ",",
        description = "limit an EDITOR to the agreements of these organisations (ids)")
    List<Long> organisations = new ArrayList<>();

    @Parameters(paramLabel = "NAME", description = "the user name")
    String name;

    Add(InputStream stdin) {
      this.stdin = stdin;
    }

    @Override
    public Integer call() {
      password = readPassword(); // asked before the (slow) start of the application
      return super.call();
    }

    @Override
    int work(ConfigurableApplicationContext context, PrintWriter out) {
      Role role = choice.admin ? Role.ADMIN : choice.role;
      Account account =
          context
              .getBean(Accounts.class)
              .create(name, password, role, new LinkedHashSet<>(organisations));
      out.println("created " + account.role() + " '" + account.username() + "'");
      return ExitCodes.OK;
    }

    private String readPassword() {
      Console console = System.console();
      if (stdin == System.in && console != null) {
        char[] first = console.readPassword("Password for %s: ", name);
        char[] second = console.readPassword("Repeat the password: ");
        if (first == null || second == null) {
          throw new UserError("no password given");
        }
        try {
          if (!Arrays.equals(first, second)) {
            throw new UserError("the two passwords differ");
          }
          return new String(first);
        } finally {
          Arrays.fill(first, ' ');
          Arrays.fill(second, ' ');
        }
      }
      try {
        String line =
            new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
          throw new UserError("no password on standard input (give it as the first line)");
        }
        return line;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts.")
  static final class ListUsers extends RegistryCommand {
    @Override
    int work(ConfigurableApplicationContext context, PrintWriter out) {
      for (Account a : context.getBean(Accounts.class).list()) {
        out.println(
            a.username()
                + "\t"
                + a.role()
                + "\t"
                + (a.enabled() ? "enabled" : "disabled")
                + (a.organisations().isEmpty()
                    ? ""
                    : "\torganisations="
                        + a.organisations().stream()
                            .map(String::valueOf)
                            .collect(Collectors.joining(","))));
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Disables an account: no more logins, its API tokens stop working.")
  static final class Disable extends RegistryCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    int work(ConfigurableApplicationContext context, PrintWriter out) {
      context.getBean(Accounts.class).disable(name);
      out.println("disabled '" + name + "'");
      return ExitCodes.OK;
    }
  }
}
