/**
 * Relay cursors. A cursor is the element's id, base64url-encoded so that clients treat it as
 * opaque; the store paginates by id (keyset), so a cursor stays valid when elements are added.
 */
import { BadInputError, quoted } from '../errors.js';

export const encodeCursor = (id: string): string => Buffer.from(id, 'utf8').toString('base64url');

export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (id === '' || encodeCursor(id) !== cursor) {
    throw new BadInputError(`${quoted(cursor)} is not a cursor returned by this API`);
  }
  return id;
}
