/**
 * How long a stopping server lets requests in flight finish writing their answers (a 20 MB
 * answer to a slow client included) before it closes their connections. Its own module so that
 * the CLI reads it without loading the server.
 */
export const SHUTDOWN_GRACE_MS = 10_000;
