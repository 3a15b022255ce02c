/**
 * Workbooks are rendered on a worker thread. exceljs builds each sheet's XML synchronously: the
 * workbook of a whole-model RTTM (12,000 requirements, a model 300 times the shipped one) held the
 * server's event loop for 3.8 s, so it answered nothing else meanwhile — not even /health. The
 * worker gets the renderer's arguments by structured clone (plain data: results, rows, cells) and
 * answers the file's bytes; exceljs is loaded only in the worker.
 */
import { Worker } from 'node:worker_threads';
import type * as Xlsx from './xlsx.js';

/** The renderers of ./xlsx.ts: each builds one workbook file. */
export type WorkbookRenderer = 'renderRttmXlsx' | 'renderTableXlsx' | 'renderSheetsXlsx';

export interface WorkbookJob<R extends WorkbookRenderer = WorkbookRenderer> {
  readonly renderer: R;
  readonly args: Parameters<(typeof Xlsx)[R]>;
}

// Built, the worker is dist's JavaScript; run from source (tests, tsx) it needs tsx (./xlsx-worker-tsx.mjs).
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER = new URL(FROM_SOURCE ? './xlsx-worker-tsx.mjs' : './xlsx-worker.js', import.meta.url);

export function renderWorkbook<R extends WorkbookRenderer>(renderer: R, ...args: Parameters<(typeof Xlsx)[R]>): Promise<Buffer> {
  const job: WorkbookJob<R> = { renderer, args };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: job });
    worker.once('message', (file: Uint8Array) => resolve(Buffer.from(file.buffer, file.byteOffset, file.byteLength)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the workbook worker exited (code ${code}) before answering`)));
  });
}
