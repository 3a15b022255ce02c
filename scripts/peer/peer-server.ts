/**
 * The peer: `@neo4j/graphql` 7 over the same Neo4j, with type definitions for the same graph
 * (type-defs.ts), served by Apollo Server on 127.0.0.1 as this API is. Its driver records every
 * Cypher statement the library sends, so the benchmark can count and PROFILE them.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { peerTypeDefs } from './type-defs.js';

export interface Statement {
  readonly text: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface PeerServer {
  readonly url: string;
  /** Statements sent since the last `take()`, which empties the list. */
  take(): Statement[];
  close(): Promise<void>;
}

/** `driver` with its sessions' managed transactions recording each `run`. */
function recordingDriver(driver: Driver, sent: Statement[]): Driver {
  const recordingTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get: (target, key, receiver) =>
        key === 'run'
          ? (text: string, params: Record<string, unknown>) => (sent.push({ text, params }), target.run(text, params))
          : Reflect.get(target, key, receiver),
    });
  const recordingSession = (session: Session): Session =>
    new Proxy(session, {
      get: (target, key, receiver) =>
        key === 'executeRead'
          ? (work: (tx: ManagedTransaction) => unknown, config?: unknown) => target.executeRead((tx) => work(recordingTx(tx)) as never, config as never)
          : Reflect.get(target, key, receiver),
    });
  return new Proxy(driver, {
    get: (target, key, receiver) =>
      key === 'session' ? (config?: unknown) => recordingSession(target.session(config as never)) : Reflect.get(target, key, receiver),
  });
}

export async function startPeerServer(uri: string): Promise<PeerServer> {
  const sent: Statement[] = [];
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { userAgent: 'mhhs-bench-peer' });
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver: recordingDriver(driver, sent) }).getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, { listen: { host: '127.0.0.1', port: 0 } });
  return {
    url,
    take: () => sent.splice(0),
    async close() {
      await apollo.stop();
      await driver.close();
    },
  };
}
