package org.kerangka.app.cli;

import java.io.PrintWriter;
import org.kerangka.app.audit.AuditTrail;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kerangka audit verify}: checks the hash chain of the audit trail. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Checks the audit trail.",
    synopsisSubcommandLabel = "COMMAND")
final class AuditCommand extends CommandGroup {
  static CommandLine create() {
    CommandLine audit = new CommandLine(new AuditCommand());
    audit.addSubcommand(new Verify());
    return audit;
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Walks the hash chain of the audit trail and names the first broken link.",
        "Exit code 0 when intact, " + ExitCodes.CHECK_FAILED + " when broken."
      })
  static final class Verify extends RegistryCommand {
    @Override
    int work(ConfigurableApplicationContext context, PrintWriter out) {
      AuditTrail.Verification result = context.getBean(AuditTrail.class).verify();
      if (result.intact()) {
        out.println("audit trail intact: " + result.checked() + " events");
        return ExitCodes.OK;
      }
      PrintWriter err = err();
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
    }
  }
}
