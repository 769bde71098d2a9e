package org.kerangka.app.account;

/** An account request that cannot be carried out (bad name, weak password, unknown user). */
public class AccountException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public AccountException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The input at fault: {@code username}, {@code password}, {@code role} ... */
  public String field() {
    return field;
  }
}
