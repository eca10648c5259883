/**
 * One structured logger for the service: JSON lines on stdout/stderr. A delivery's logger
 * carries the Stripe event id and type as keys on every line.
 */
import { ConfigError } from '@issuing/kernel';
import { loadLogLevel, type LogLevel } from './config.js';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger whose lines all carry `fields` (e.g. stripe_event_id, stripe_event_type). */
  child(fields: LogFields): Logger;
}

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * The configured level (LOG_LEVEL through the validated config). An invalid value must not stop
 * the service from logging: it logs at info and says once what is wrong.
 */
function configuredLevel(): { level: LogLevel; problem?: string } {
  try {
    return { level: loadLogLevel(process.env) };
  } catch (error) {
    if (error instanceof ConfigError) return { level: 'info', problem: error.message };
    throw error;
  }
}

/** Errors do not serialise with JSON.stringify; keep name, message and the cause chain. */
export function describeError(error: unknown): LogFields {
  if (error instanceof Error) {
    const fields: LogFields = { name: error.name, message: error.message };
    if (error.cause !== undefined) fields.cause = describeError(error.cause);
    return fields;
  }
  return { message: String(error) };
}

export type LogSink = (line: string, level: LogLevel) => void;

const defaultSink: LogSink = (line, level) => {
  if (level === 'error' || level === 'warn') process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
};

export function createLogger(
  base: LogFields = {},
  options: { level?: LogLevel; sink?: LogSink } = {},
): Logger {
  const configured = options.level === undefined ? configuredLevel() : { level: options.level };
  const minimum = LEVELS[configured.level];
  const sink = options.sink ?? defaultSink;
  const write = (level: LogLevel, message: string, fields?: LogFields): void => {
    if (LEVELS[level] < minimum) return;
    const record: LogFields = { level, time: new Date().toISOString(), message, ...base, ...fields };
    if (record.error !== undefined) record.error = describeError(record.error);
    sink(JSON.stringify(record), level);
  };
  if (configured.problem !== undefined) write('warn', `logging at info: ${configured.problem}`);
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    child: (fields) => createLogger({ ...base, ...fields }, { ...options, level: configured.level }),
  };
}

/** The service's root logger. */
export const logger = createLogger({ service: 'ingestion-service' });

/** Keys every line of one Stripe delivery carries. */
export function eventFields(event: { id: string; type: string }): LogFields {
  return { stripe_event_id: event.id, stripe_event_type: event.type };
}
