/**
 * GET /export/<query>.<format>?…: the explorer's download links. Each runs the same domain query
 * and the same renderer as the CLI (src/export/formats.ts), with the query's arguments as URL
 * parameters:
 *   /export/rttm.xlsx?phase=SIT-FUNCTIONAL&role=ADS&artefact=…&participant=…&interval=SIT-CIT-INTERVAL-3&release=IR5&baseline=<ref>
 *     (phase repeated or comma-separated: several)
 *   /export/impact.csv?changeRequest=CR023  or  ?changed=IF-021&changed=IF-041&maxDepth=2
 *   /export/codes.xlsx?code=BSC
 *   /export/role.csv?role=ADS&phase=SIT-FUNCTIONAL
 * A bad argument is a 400 (404 for an unknown element) with the domain's message, as JSON.
 */
import type { ServerResponse } from 'node:http';
import { codeTrace } from '../../domain/code-trace.js';
import { impactOf } from '../../domain/impact.js';
import { roleView } from '../../domain/role-view.js';
import { rttmAt } from '../../domain/rttm-at.js';
import type { ModelHistory } from '../../model/history.js';
import { BadInputError, MhhsError } from '../../errors.js';
import { CODE_TRACE_FORMATS, IMPACT_FORMATS, ROLE_VIEW_FORMATS, RTTM_FORMATS, type Renderers } from '../../export/formats.js';
import type { GraphStore } from '../../store/port.js';

export const EXPORT_PATH = '/export/';

interface Download<R> {
  readonly formats: Renderers<R>;
  readonly run: (store: GraphStore, params: URLSearchParams, history: ModelHistory) => Promise<R>;
  /** The parameters that name the file, in order: `rttm-SIT-FUNCTIONAL-ADS.xlsx`. */
  readonly nameFrom: readonly string[];
}

const one = (params: URLSearchParams, name: string): string | undefined => params.get(name)?.trim() || undefined;

/** A list as repeated parameters or comma-separated: `changed=IF-021&changed=IF-041` or `changed=IF-021,IF-041`. */
const many = (params: URLSearchParams, name: string): string[] | undefined => {
  const values = params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return values.length === 0 ? undefined : values;
};

const wholeNumber = (params: URLSearchParams, name: string): number | undefined => {
  const raw = one(params, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new BadInputError(`${name} must be a whole number, not '${raw}'`);
  return Number(raw);
};

const download = <R>(d: Download<R>): Download<unknown> => d as Download<unknown>;

const DOWNLOADS: Readonly<Record<string, Download<unknown>>> = {
  rttm: download({
    formats: RTTM_FORMATS,
    run: (store, p, history) =>
      rttmAt(store, history, {
        phases: many(p, 'phase'),
        role: one(p, 'role'),
        artefact: one(p, 'artefact'),
        participant: one(p, 'participant'),
        interval: one(p, 'interval'),
        release: one(p, 'release'),
        baseline: one(p, 'baseline'),
      }),
    nameFrom: ['phase', 'interval', 'release', 'role', 'artefact', 'participant', 'baseline'],
  }),
  impact: download({
    formats: IMPACT_FORMATS,
    run: (store, p) => impactOf(store, { changeRequest: one(p, 'changeRequest'), changed: many(p, 'changed'), maxDepth: wholeNumber(p, 'maxDepth') }),
    nameFrom: ['changeRequest', 'changed'],
  }),
  codes: download({ formats: CODE_TRACE_FORMATS, run: (store, p) => codeTrace(store, { code: one(p, 'code') }), nameFrom: ['code'] }),
  role: download({
    formats: ROLE_VIEW_FORMATS,
    run: (store, p) => {
      const role = one(p, 'role');
      if (role === undefined) throw new BadInputError('role is required, e.g. /export/role.csv?role=ADS');
      return roleView(store, role, { phase: one(p, 'phase') });
    },
    nameFrom: ['role', 'phase'],
  }),
};

/** File extension → format name and content type. */
const FORMATS: Readonly<Record<string, { format: string; contentType: string }>> = {
  csv: { format: 'csv', contentType: 'text/csv; charset=utf-8' },
  xlsx: { format: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  md: { format: 'md', contentType: 'text/markdown; charset=utf-8' },
  json: { format: 'json', contentType: 'application/json; charset=utf-8' },
  txt: { format: 'text', contentType: 'text/plain; charset=utf-8' },
};

const fileName = (query: string, extension: string, d: Download<unknown>, params: URLSearchParams): string =>
  `${[query, ...d.nameFrom.flatMap((name) => params.getAll(name))].join('-').replace(/[^A-Za-z0-9._-]+/g, '_')}.${extension}`;

const sendError = (res: ServerResponse, status: number, code: string, message: string) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: message, code }));
};

/** Answers GET /export/…; false when the path names no download (the server's 404). */
export async function serveDownload(res: ServerResponse, url: URL, store: GraphStore, history: ModelHistory): Promise<boolean> {
  const match = /^\/export\/([a-z]+)\.([a-z]+)$/.exec(url.pathname);
  const d = match ? DOWNLOADS[match[1]!] : undefined;
  const type = match ? FORMATS[match[2]!] : undefined;
  if (!match || !d || !type || !d.formats[type.format]) return false;
  let body: string | Buffer;
  try {
    body = await d.formats[type.format]!(await d.run(store, url.searchParams, history));
  } catch (error) {
    if (!(error instanceof MhhsError)) throw error;
    sendError(res, error.code === 'NOT_FOUND' ? 404 : 400, error.code, error.message);
    return true;
  }
  res.writeHead(200, {
    'content-type': type.contentType,
    'content-disposition': `attachment; filename="${fileName(match[1]!, match[2]!, d, url.searchParams)}"`,
    'cache-control': 'no-store',
  });
  res.end(body);
  return true;
}
