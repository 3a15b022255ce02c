/**
 * The Cypher floor served over HTTP: each question's hand-written statement behind a minimal
 * `node:http` endpoint (POST /<question number>, the request's JSON body read and parsed as
 * a GraphQL server would, the rows answered as JSON). Beside the in-process floor it separates
 * what a statement costs from what any HTTP service around it costs, so that the benchmark can
 * tell this API's stack cost from its query cost.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Question } from './questions.js';

export interface FloorServer {
  /** The endpoint of `questions[i]` is `${url}${i}`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Neo4j integers as JSON numbers (every count and depth here is small). */
const jsonOf = (rows: readonly unknown[]) => JSON.stringify(rows, (_key, value: unknown) => (neo4j.isInt(value) ? value.toNumber() : value));

export async function startFloorServer(driver: Driver, questions: readonly Question[]): Promise<FloorServer> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answer = async () => {
        JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        const question = questions[Number(request.url?.slice(1))];
        if (!question) return { status: 404, body: '{"error":"no such question"}' };
        const { records } = await driver.executeQuery(question.floor.cypher, question.floor.params, { database: 'neo4j', routing: neo4j.routing.READ });
        return { status: 200, body: jsonOf(records.map((r) => r.toObject())) };
      };
      answer()
        .catch((err: unknown) => ({ status: 500, body: JSON.stringify({ error: String(err) }) }))
        .then(({ status, body }) => response.writeHead(status, { 'content-type': 'application/json' }).end(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
