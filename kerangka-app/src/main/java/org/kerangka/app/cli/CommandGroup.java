package org.kerangka.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code kerangka user add}, {@code kerangka token list}):
 * called without one, it names them.
 */
abstract class CommandGroup implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<String> names = new ArrayList<>(spec.subcommands().keySet());
    String last = names.remove(names.size() - 1);
    String choices = names.isEmpty() ? last : String.join(", ", names) + " or " + last;
    throw new ParameterException(spec.commandLine(), "missing command (" + choices + ")");
  }
}
