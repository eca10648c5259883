/**
 * Base of the project's error classes: `name` is the subclass's own name (so logs and
 * `error.name` checks say `ConfigError`, not `Error`) and `cause` is kept. A bundler that renames
 * classes (esbuild does on a name clash unless `keepNames`) changes that name; a class whose name
 * other code checks sets it explicitly, as ConfigError does.
 */
export class NamedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A setting (environment variable, flag) is missing or malformed; the message names it. */
export class ConfigError extends NamedError {
  override readonly name = 'ConfigError';
}
