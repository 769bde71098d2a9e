package org.kerangka.app.cli;

import org.kerangka.extract.Article;

/** One item read from the command-line arguments, in input order: an article or a problem. */
sealed interface Input {

  /**
   * An article ready for extraction.
   *
   * @param origin where it came from ({@code file}, {@code file:line} or {@code -})
   */
  record Loaded(String origin, Article article) implements Input {}

  /**
   * Something that could not be read.
   *
   * @param message one line: the file (and line) and the problem, without the program name
   */
  record Failed(String message) implements Input {}
}
