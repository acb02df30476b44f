// The loopback server of `npm start`, the render benchmark and the browser checks: what it serves, what it
// refuses, and gzip (on for the demo and the benchmark, as a production web server sends files).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';

/** A raw GET (or HEAD) without the automatic decompression of `fetch`: status, headers and the bytes as sent. */
function get(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

const json = JSON.stringify({ title: '2023年度法治政府建设情况报告', figures: Array.from({ length: 200 }, (_, index) => ({ value: index, unit: '件' })) });
let root: string;
let plain: StaticServer;
let gzip: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  writeFileSync(join(root, 'report.json'), json);
  writeFileSync(join(root, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  mkdirSync(join(root, 'node_modules'));
  writeFileSync(join(root, 'node_modules', 'lib.js'), 'export {};');
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'config'), '[core]');
  plain = await startStaticServer({ root });
  gzip = await startStaticServer({ root, gzip: true });
});

afterAll(async () => {
  await Promise.all([plain.close(), gzip.close()]);
  rmSync(root, { recursive: true, force: true });
});

describe('startStaticServer', () => {
  it('serves a file as it is, with its type and length', async () => {
    const response = await get(`${plain.url}/report.json`, { 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString('utf8')).toBe(json);
    expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(json));
  });

  it('with gzip, sends text compressed to a client that accepts it, and the same text when unpacked', async () => {
    const response = await get(`${gzip.url}/report.json`, { 'Accept-Encoding': 'br, gzip, deflate' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(Buffer.byteLength(json) / 3);
    expect(gunzipSync(response.body).toString('utf8')).toBe(json);
  });

  it('with gzip, still sends plain text to a client that does not accept gzip, and images as they are', async () => {
    const text = await get(`${gzip.url}/report.json`);
    expect(text.headers['content-encoding']).toBeUndefined();
    expect(text.body.toString('utf8')).toBe(json);
    const image = await get(`${gzip.url}/picture.png`, { 'Accept-Encoding': 'gzip' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect([...image.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('answers HEAD with the headers of GET and no body, compressed or not', async () => {
    for (const [server, encoding] of [
      [plain, undefined],
      [gzip, 'gzip'],
    ] as const) {
      const head = await get(`${server.url}/report.json`, { 'Accept-Encoding': 'gzip' }, 'HEAD');
      const full = await get(`${server.url}/report.json`, { 'Accept-Encoding': 'gzip' });
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      expect(head.headers['content-encoding']).toBe(encoding);
      expect(head.headers['content-length']).toBe(full.headers['content-length']);
    }
  });

  it('never serves .git, node_modules (unless allowed), paths outside its root or other methods', async () => {
    for (const path of ['/.git/config', '/node_modules/lib.js', '/../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/missing.json']) {
      expect((await get(`${gzip.url}${path}`)).status, path).toBe(404);
    }
    expect((await get(`${gzip.url}/report.json`, {}, 'POST')).status).toBe(405);
    const allowed = await startStaticServer({ root, allowNodeModules: true });
    expect((await get(`${allowed.url}/node_modules/lib.js`)).body.toString('utf8')).toBe('export {};');
    await allowed.close();
  });
});
