import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';

describe('configuration from the environment', () => {
  it('defaults to the embedded store serving model/ on 127.0.0.1:4000', () => {
    expect(loadConfig({})).toEqual({ modelDir: 'model', host: '127.0.0.1', port: 4000, logLevel: 'info', store: { kind: 'memory' }, corsOrigins: [] });
  });

  it('reads CORS_ORIGINS as a comma-separated allowlist of origins, and refuses anything else', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://ide.example.org, http://localhost:3000' }).corsOrigins).toEqual(['https://ide.example.org', 'http://localhost:3000']);
    for (const bad of ['*', 'https://ide.example.org/', 'ide.example.org', 'ftp://x.org', 'https://x.org/path']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS entries must be origins like https:\/\/ide.example.org/);
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: ' ', LOG_LEVEL: '' })).toMatchObject({ port: 4000, logLevel: 'info', store: { kind: 'memory' } });
  });

  it('reads MODEL_DIR, HOST, PORT and LOG_LEVEL', () => {
    expect(loadConfig({ MODEL_DIR: 'x/model', HOST: '0.0.0.0', PORT: '0', LOG_LEVEL: 'SILENT' })).toMatchObject({
      modelDir: 'x/model',
      host: '0.0.0.0',
      port: 0,
      logLevel: 'silent',
    });
  });

  it('selects Neo4j when NEO4J_URI is set, with defaults for the rest', () => {
    expect(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687' }).store).toEqual({
      kind: 'neo4j',
      uri: 'bolt://127.0.0.1:7687',
      username: 'neo4j',
      password: '',
      database: 'neo4j',
    });
    expect(
      loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_USERNAME: 'u', NEO4J_PASSWORD: ' p w ', NEO4J_DATABASE: 'mhhs' }).store,
    ).toEqual({ kind: 'neo4j', uri: 'neo4j+s://x.databases.neo4j.io', username: 'u', password: ' p w ', database: 'mhhs' });
  });

  it.each([
    [{ PORT: '80a' }, /PORT must be a port number 0–65535, got '80a'/],
    [{ PORT: '70000' }, /PORT/],
    [{ PORT: '-1' }, /PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of debug, info, warn, error, silent, got 'loud'/],
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI must look like bolt:\/\/host:7687/],
    [{ NEO4J_URI: 'localhost:7687' }, /NEO4J_URI/],
    [{ NEO4J_URI: 'bolt://h', NEO4J_DATABASE: 'no spaces' }, /NEO4J_DATABASE is not a valid Neo4j database name/],
  ])('rejects %j with a ConfigError naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
