/**
 * Stopping an HTTP server without cutting answers short. Node's `server.close()` (and Apollo's
 * drain plugin, which calls it) destroys every connection it deems idle — including one whose
 * response has been handed to the socket but not yet sent: a 20 MB answer to a slow client was
 * cut after the first few MB. Here the listening socket closes (no new connections), connections
 * with nothing in flight are ended, and each other one is ended when its last response finishes.
 * `end()` sends what is buffered before closing; only after the grace period are the connections
 * left destroyed.
 */
import type { Server } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

export interface Drain {
  /** Resolves once every connection has closed: true if they all finished within `graceMs`. */
  stop(graceMs: number): Promise<boolean>;
}

export function drainOnStop(server: Server): Drain {
  const requestsInFlight = new Map<Socket, number>();
  let stopping = false;
  server.on('connection', (socket: Socket) => {
    requestsInFlight.set(socket, 0);
    socket.once('close', () => requestsInFlight.delete(socket));
  });
  server.on('request', (req, res) => {
    const socket = req.socket;
    requestsInFlight.set(socket, (requestsInFlight.get(socket) ?? 0) + 1);
    // Tell keep-alive clients not to send another request on this connection.
    if (stopping) res.setHeader('connection', 'close');
    res.once('finish', () => {
      const left = (requestsInFlight.get(socket) ?? 1) - 1;
      requestsInFlight.set(socket, left);
      if (stopping && left === 0) socket.end();
    });
  });
  return {
    async stop(graceMs) {
      stopping = true;
      // net.Server's close: stop listening, without http.Server's closing of "idle" connections.
      const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      for (const [socket, requests] of requestsInFlight) if (requests === 0) socket.end();
      let graceful = true;
      const timer = setTimeout(() => {
        graceful = false;
        for (const socket of requestsInFlight.keys()) socket.destroy();
      }, graceMs);
      await closed;
      clearTimeout(timer);
      return graceful;
    },
  };
}
