/**
 * Requests to the replica server as Chromium makes them, and their pages parsed without running
 * their scripts: to 127.0.0.1 with the Salesforce host in
 * SNI and the Host header (its certificate is self-signed). For route tests.
 */
import { request } from 'node:https';
import { Window } from 'happy-dom';
import type { ReplicaServer } from './replica-server';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export type FetchAs = (
  host: string,
  path: string,
  init?: { method?: string; body?: string; type?: string },
) => Promise<Answer>;

/** A fetch bound to the server `current()` returns when called (tests start it in beforeAll). */
export function replicaFetch(current: () => ReplicaServer): FetchAs {
  return (host, path, init = {}) =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: current().port,
          servername: host,
          path,
          method: init.method ?? 'GET',
          rejectUnauthorized: false,
          headers: {
            Host: host,
            ...(init.body !== undefined
              ? {
                  'Content-Type': init.type ?? 'application/json',
                  'Content-Length': Buffer.byteLength(init.body),
                }
              : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      req.on('error', reject);
      if (init.body !== undefined) req.write(init.body);
      req.end();
    });
}

const window = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
  },
});

/** A replica page's HTML as a document (its scripts, styles and images not loaded). */
export function parse(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The trimmed texts of the elements `selector` matches. */
export const texts = (doc: ParentNode, selector: string) =>
  Array.from(doc.querySelectorAll(selector)).map((n) => (n.textContent ?? '').trim());
