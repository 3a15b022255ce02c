/** Reading a JSON request body, bounded so that a client cannot make the server buffer without end. */
import type { IncomingMessage } from 'node:http';

/** @default 1 MiB — a GraphQL document with its variables is far smaller. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A request the server refuses before GraphQL sees it; `status` is the HTTP status to answer with. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The status of a body too large to read. The rest of it is never read, so the connection cannot carry another request: the answer closes it. */
export const PAYLOAD_TOO_LARGE = 413;

/** `type/subtype` of a Content-Type, lower-cased: media types are case-insensitive, and parameters (`; charset=utf-8`) do not change the type. */
export const mediaTypeOf = (contentType: string | undefined): string => (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();

function readBytes(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new HttpError(PAYLOAD_TOO_LARGE, `The request body is larger than ${maxBytes} bytes`);
  const declared = Number(req.headers['content-length']);
  if (declared > maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error: Error | null) => {
      req.off('data', onData).off('end', onEnd).off('error', stop);
      if (error) {
        // Not destroyed: the 413 still has to go out on this socket, which then closes.
        req.pause();
        reject(error);
      } else resolve(Buffer.concat(chunks));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) stop(tooLarge());
      else chunks.push(chunk);
    };
    const onEnd = () => stop(null);
    req.on('data', onData).on('end', onEnd).on('error', stop);
  });
}

export async function readBody(req: IncomingMessage, maxBytes: number = MAX_BODY_BYTES): Promise<unknown> {
  const text = (await readBytes(req, maxBytes)).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON');
  }
}
