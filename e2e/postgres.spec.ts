import { test, expect } from '@playwright/test';
import { openApp, runCommand } from './helpers/terminal';

// A postgres container in the browser: psql's statements run on PGlite in a Web Worker, loaded
// when the container starts. Prints the wall times it measured (cold start, a warm statement).
test('psql in a postgres container answers from a real PostgreSQL in a worker', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const started = Date.now();
  await runCommand(page, 'docker run --name pg -d -e POSTGRES_PASSWORD=secret postgres', 30_000);
  // The world's clock moves only while a job runs: sleep lets the server reach its ready line.
  await runCommand(page, 'sleep 2', 10_000);
  const banner = await runCommand(page, 'docker exec -it pg psql -U postgres', 10_000);
  expect(banner).toBe('psql (18.1 (Debian 18.1-1.pgdg13+2))\nType "help" for help.\n\n');
  const t0 = Date.now();
  expect(await runCommand(page, 'CREATE TABLE company(id SERIAL, name char(50));', 90_000)).toBe('CREATE TABLE\n');
  const firstAnswer = Date.now();
  expect(await runCommand(page, "INSERT INTO company(name) VALUES('Big Idea Software');", 10_000)).toBe('INSERT 0 1\n');
  const t2 = Date.now();
  expect(await runCommand(page, 'SELECT id FROM company;', 10_000)).toBe(' id \n----\n  1\n(1 row)\n\n');
  const t3 = Date.now();
  const figures = `postgres e2e: docker run → first answer ${firstAnswer - started} ms (statement waited ${firstAnswer - t0} ms), warm INSERT ${t2 - firstAnswer} ms, warm SELECT ${t3 - t2} ms`;
  test.info().annotations.push({ type: 'measured', description: figures });
  console.log(figures);
});
