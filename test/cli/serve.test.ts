/** scripts/serve.mjs (npm run serve): bad URLs get 400 or 404 and the server lives on; every answer carries the security headers. */
import { spawn, type ChildProcess } from "node:child_process";
import { promises as fsp } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

let dir: string;
let server: ChildProcess;
let port: number;

beforeAll(async () => {
  dir = await makeTempDir("serve-");
  await fsp.mkdir(join(dir, "dist"));
  await fsp.writeFile(join(dir, "dist", "index.html"), "<!doctype html><title>trang</title>");
  await fsp.writeFile(join(dir, "secret.txt"), "outside dist");
  server = spawn(process.execPath, [join(__dirname, "../../scripts/serve.mjs")], {
    env: { ...process.env, SERVE_DIST: join(dir, "dist"), PORT: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  port = await new Promise<number>((resolve, reject) => {
    server.stdout?.on("data", (chunk: Buffer) => {
      const match = /localhost:(\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    server.on("exit", () => reject(new Error("the server ended")));
  });
});

afterAll(async () => {
  server.kill();
  await removeTempDir(dir);
});

/** A raw request, so that the URL reaches the server exactly as written. */
function get(path: string): Promise<{ status: number; headers: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    let text = "";
    socket.on("data", (chunk) => (text += chunk.toString()));
    socket.on("end", () => resolve({ status: Number(text.split(" ")[1]), headers: text.split("\r\n\r\n")[0].toLowerCase() }));
    socket.on("error", reject);
  });
}

it.each([
  ["/%", 400],
  ["/%E0%A4%A", 400],
  ["/../secret.txt", 404],
  ["/%2e%2e/secret.txt", 404],
  ["/..%2fsecret.txt", 404],
  ["/khong-co.js", 404],
  ["/", 200],
])("answers GET %s with %i, with CSP and nosniff", async (path, status) => {
  const response = await get(path);
  expect(response.status).toBe(status);
  expect(response.headers).toContain("content-security-policy: default-src 'self'");
  expect(response.headers).toContain("x-content-type-options: nosniff");
});

it("is still serving after the bad URLs", async () => {
  await get("/%");
  expect((await get("/")).status).toBe(200);
  expect(server.exitCode).toBeNull();
});
