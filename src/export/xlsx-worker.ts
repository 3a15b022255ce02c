/** The worker thread of ./xlsx-thread.ts: renders one workbook and posts its bytes back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkbookJob } from './xlsx-thread.js';
import * as xlsx from './xlsx.js';

const { renderer, args } = workerData as WorkbookJob;
const render = xlsx[renderer] as (...parameters: typeof args) => Promise<Buffer>;
const file = await render(...args);
// Copied, not transferred: a small Buffer may be a slice of Node's shared pool.
parentPort!.postMessage(file);
