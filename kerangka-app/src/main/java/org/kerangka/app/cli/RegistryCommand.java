package org.kerangka.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kerangka.app.account.AccountException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * A command that does its work on the registry through {@link RegistryContext}: the arguments
 * picocli does not know are Spring's ({@code --kerangka.data-dir=...}), what the work prints goes
 * to the command's output and is flushed, and a refused account operation (an unknown user, a weak
 * password) is a {@link UserError} with its message.
 */
abstract class RegistryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Unmatched List<String> springArguments = new ArrayList<>();

  /** The work, in the started application; returns the exit code. */
  abstract int work(ConfigurableApplicationContext context, PrintWriter out);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return RegistryContext.run(
        springArguments,
        context -> {
          try {
            return work(context, out);
          } catch (AccountException e) {
            throw new UserError(e.getMessage());
          } finally {
            out.flush();
          }
        });
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
