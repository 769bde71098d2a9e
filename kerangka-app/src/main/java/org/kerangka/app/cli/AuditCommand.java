package org.kerangka.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kerangka.app.audit.AuditTrail;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code kerangka audit verify}: checks the hash chain of the audit trail. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Checks the audit trail.",
    synopsisSubcommandLabel = "COMMAND")
final class AuditCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  static CommandLine create() {
    CommandLine audit = new CommandLine(new AuditCommand());
    audit.addSubcommand(new Verify());
    return audit;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command (verify)");
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Walks the hash chain of the audit trail and names the first broken link.",
        "Exit code 0 when intact, " + ExitCodes.CHECK_FAILED + " when broken."
      })
  static final class Verify implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Unmatched List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      return RegistryContext.run(
          springArguments,
          context -> {
            AuditTrail.Verification result = context.getBean(AuditTrail.class).verify();
            if (result.intact()) {
              out.println("audit trail intact: " + result.checked() + " events");
              out.flush();
              return ExitCodes.OK;
            }
            err.println(
                "kerangka: audit trail broken at event "
                    + result.firstBroken()
                    + ": "
                    + result.reason()
                    + " ("
                    + result.checked()
                    + " events before it are intact)");
            err.flush();
            return ExitCodes.CHECK_FAILED;
          });
    }
  }
}
