/**
 * Driver errors translated into the product's typed errors, each saying what to do about it.
 * The GraphQL layer turns them into `extensions.code`; the CLI prints them and exits non-zero.
 */
import { Neo4jError } from 'neo4j-driver';
import { MhhsError, StoreAuthError, StoreDatabaseNotFoundError, StoreUnavailableError } from '../../errors.js';

/** Where the store points: what every message names. */
export interface Neo4jTarget {
  readonly uri: string;
  readonly database: string;
}

/** No server, a lost connection, or a database still starting (or stopped) on a live server. */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const AUTH_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

/** True when the error means "no server to talk to" (worth retrying at start, never a user mistake). */
const isUnreachable = (err: unknown): boolean =>
  err instanceof Neo4jError &&
  (UNAVAILABLE_CODES.has(err.code) || err.message.startsWith('Connection acquisition timed out'));

/** The typed error for a driver failure; errors it does not recognise pass through unchanged. */
export function storeErrorOf(err: unknown, target: Neo4jTarget): unknown {
  if (err instanceof MhhsError || !(err instanceof Neo4jError)) return err;
  if (isUnreachable(err)) {
    return new StoreUnavailableError(`Neo4j at ${target.uri} is not reachable: ${err.message}`, { cause: err });
  }
  if (err.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new StoreUnavailableError(`Neo4j at ${target.uri} did not finish a read within its transaction timeout; it may be overloaded`, { cause: err });
  }
  if (AUTH_CODES.has(err.code)) {
    return new StoreAuthError(
      `Neo4j at ${target.uri} refused the credentials (${err.message}); set NEO4J_USERNAME and NEO4J_PASSWORD to a user of that server`,
      { cause: err },
    );
  }
  if (err.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreDatabaseNotFoundError(
      `Neo4j at ${target.uri} has no database '${target.database}'; set NEO4J_DATABASE to an existing one (Neo4j Community has only 'neo4j') or create it`,
      { cause: err },
    );
  }
  return err;
}
