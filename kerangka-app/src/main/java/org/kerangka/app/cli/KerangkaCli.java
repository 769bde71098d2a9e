package org.kerangka.app.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Entry point of the command line: the top command {@code kerangka} and its subcommands. */
@Command(
    name = "kerangka",
    mixinStandardHelpOptions = true,
    versionProvider = KerangkaCli.Version.class,
    description = "Registry, monitoring and news capture for industrial cooperation agreements.",
    synopsisSubcommandLabel = "COMMAND")
public final class KerangkaCli implements Callable<Integer> {

  @Spec private CommandSpec spec;

  private KerangkaCli() {}

  /** Runs the command line and returns the process exit code (see {@link ExitCodes}). */
  public static int run(String[] args) {
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(
                    new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                1 << 16));
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    try {
      return commandLine(System.in, out, err).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The command line wired to the given streams; tests run it in-process. */
  static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new KerangkaCli());
    cli.addSubcommand(new ExtractCommand(stdin));
    cli.addSubcommand(new BenchCommand());
    cli.addSubcommand(new ServeCommand());
    cli.addSubcommand(new GenerateCommand());
    cli.addSubcommand(new IngestCommand(stdin));
    cli.addSubcommand(new CaptureBenchCommand());
    cli.addSubcommand(new BenchDashboardCommand());
    cli.addSubcommand(UserCommand.create(stdin));
    cli.addSubcommand(TokenCommand.create());
    cli.addSubcommand(AuditCommand.create());
    cli.setOut(out);
    cli.setErr(err);
    ExitCodes.install(cli);
    return cli;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command (extract, bench or serve)");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = KerangkaCli.class.getPackage().getImplementationVersion();
      return new String[] {"kerangka " + (version == null ? "(development build)" : version)};
    }
  }
}
