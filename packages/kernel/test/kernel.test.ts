import { describe, expect, it } from 'vitest';
import { ConfigError, NamedError, PostgresErrorCode, errorCode, errorMessage, hasErrorCode, isConnectionException, isRecord } from '../src/index.js';

describe('isRecord', () => {
  it('accepts plain objects and rejects null, arrays and primitives', () => {
    // Prepare
    const values: unknown[] = [{}, { a: 1 }, Object.create(null), null, [], [1], 'x', 1, undefined];

    // Act
    const results = values.map(isRecord);

    // Assert
    expect(results).toEqual([true, true, true, false, false, false, false, false, false]);
  });
});

describe('errorMessage', () => {
  it("is an Error's message and the text of anything else thrown", () => {
    expect(errorMessage(new TypeError('bad input'))).toBe('bad input');
    expect(errorMessage('plain string')).toBe('plain string');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});

describe('NamedError', () => {
  it("is an Error named after its own class that keeps the cause", () => {
    // Prepare
    class PersistFailedError extends NamedError {}
    const cause = new Error('connection reset');

    // Act
    const error = new PersistFailedError('could not persist evt_1', { cause });

    // Assert
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PersistFailedError');
    expect(error.message).toBe('could not persist evt_1');
    expect(error.cause).toBe(cause);
    expect(String(error)).toBe('PersistFailedError: could not persist evt_1');
  });

  it('ConfigError is a NamedError called ConfigError', () => {
    const error = new ConfigError('DATABASE_URL is not set');

    expect(error).toBeInstanceOf(NamedError);
    expect(error.name).toBe('ConfigError');
  });
});

describe('error codes', () => {
  it('the named SQLSTATE codes are the ones PostgreSQL documents', () => {
    expect(PostgresErrorCode).toMatchObject({
      invalidPassword: '28P01',
      invalidCatalogName: '3D000',
      serializationFailure: '40001',
      deadlockDetected: '40P01',
      undefinedTable: '42P01',
      adminShutdown: '57P01',
      queryCanceled: '57014',
      invalidEscapeSequence: '22025',
    });
  });

  it('hasErrorCode narrows only values with a string code', () => {
    expect(hasErrorCode(Object.assign(new Error('x'), { code: '42P01' }))).toBe(true);
    expect(hasErrorCode({ code: 'ECONNREFUSED' })).toBe(true);
    expect(hasErrorCode({ code: 42 })).toBe(false);
    expect(hasErrorCode(new Error('no code'))).toBe(false);
    expect(hasErrorCode(null)).toBe(false);
    expect(hasErrorCode('42P01')).toBe(false);
  });

  it('errorCode finds the code on the error or along its cause chain', () => {
    // Prepare
    const pgError = Object.assign(new Error('relation "users" does not exist'), { code: PostgresErrorCode.undefinedTable });
    const wrapped = new Error('seeding failed', { cause: new Error('query failed', { cause: pgError }) });

    // Act / Assert
    expect(errorCode(pgError)).toBe('42P01');
    expect(errorCode(wrapped)).toBe('42P01');
    expect(errorCode(new Error('plain'))).toBeUndefined();
    expect(errorCode('not an error')).toBeUndefined();
  });

  it("errorCode looks into an AggregateError's errors", () => {
    // Prepare: what connecting to localhost gives when nothing listens on ::1 nor 127.0.0.1
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const aggregate = new AggregateError([new Error('no code'), refused], 'connect failed');

    // Act / Assert
    expect(errorCode(new Error('pool failed', { cause: aggregate }))).toBe('ECONNREFUSED');
  });

  it('errorCode ends on a cause chain that loops', () => {
    const first = new Error('first');
    const second = new Error('second', { cause: first });
    Object.defineProperty(first, 'cause', { value: second });

    expect(errorCode(first)).toBeUndefined();
  });

  it('class 08 codes are connection exceptions, others are not', () => {
    expect(isConnectionException('08006')).toBe(true);
    expect(isConnectionException('08001')).toBe(true);
    expect(isConnectionException('57P01')).toBe(false);
    expect(isConnectionException('ECONNREFUSED')).toBe(false);
  });
});
