/**
 * The test server in a worker thread of its own: the runner's thread is busy with Playwright and
 * a few hundred child processes, and the server must answer and timestamp requests without
 * waiting for it. Messages: {type:'requests'} → every request seen so far; {type:'close'}.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startTestServer, type CodeInfo } from './server.ts';

const { codes, tls, port } = workerData as { codes: CodeInfo[]; tls?: { key: string; cert: string }; port: number };
const server = await startTestServer(codes, tls, port);
parentPort?.postMessage({ type: 'ready', origin: server.origin, secureOrigin: server.secureOrigin, openOrigin: server.openOrigin });
async function close(): Promise<void> {
  await server.close();
  parentPort?.postMessage({ type: 'closed' });
  parentPort?.close();
}
parentPort?.on('message', (message: { type: string }) => {
  if (message.type === 'requests') parentPort?.postMessage({ type: 'requests', seen: server.seen });
  // Not awaited: the port does not wait for its listeners. A close that fails rejects unhandled,
  // which ends the worker with the error, and the runner sees that as the worker's 'error' event.
  if (message.type === 'close') void close();
});
