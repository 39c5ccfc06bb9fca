import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';

/** What PostgreSQL said when it refused a statement: its SQLSTATE and, when it names one, the constraint. */
export interface StatementRefusal {
  code: string | undefined;
  constraint: string | undefined;
}

/** PostgreSQL's refusal behind an error, or null when the error is not a refused statement. */
export function statementRefusalOf(e: unknown): StatementRefusal | null {
  if (!(e instanceof QueryFailedError)) return null;
  const driverError = e.driverError as { code?: string; constraint?: string };
  return { code: driverError.code, constraint: driverError.constraint };
}

/**
 * TypeORM's postgres runner releases itself when its connection breaks (the server went away
 * between two queries of a transaction): the next query meets a released runner.
 */
export function isReleasedConnectionError(e: unknown): boolean {
  return e instanceof QueryRunnerProviderAlreadyReleasedError || e instanceof QueryRunnerAlreadyReleasedError;
}
