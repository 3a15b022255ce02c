import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from '../../src/log.js';

const capture = (level: LogLevel) => {
  const lines: string[] = [];
  const logger = createLogger({ level, stream: { write: (line: string) => lines.push(line) } });
  return { logger, events: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>), lines };
};

describe('structured logger', () => {
  it('writes one JSON line per event with time, level, msg and fields', () => {
    const { logger, events, lines } = capture('info');
    logger.info('server started', { url: 'http://127.0.0.1:4000/graphql' });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    const [event] = events();
    expect(event).toMatchObject({ level: 'info', msg: 'server started', fields: { url: 'http://127.0.0.1:4000/graphql' } });
    expect(Number.isNaN(Date.parse(event!.time as string))).toBe(false);
  });

  it('drops events below its level and everything when silent', () => {
    const warn = capture('warn');
    warn.logger.debug('d');
    warn.logger.info('i');
    warn.logger.warn('w');
    warn.logger.error('e');
    expect(warn.events().map((e) => e.level)).toEqual(['warn', 'error']);

    const silent = capture('silent');
    silent.logger.error('e');
    expect(silent.lines).toEqual([]);
  });

  it('keeps the name, message and code of an Error field', () => {
    const { logger, events } = capture('debug');
    logger.error('store lost', { err: Object.assign(new Error('connection refused'), { code: 'ServiceUnavailable' }) });
    expect(events()[0]!.fields).toEqual({ err: { name: 'Error', message: 'connection refused', code: 'ServiceUnavailable' } });
  });
});
