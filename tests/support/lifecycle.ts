/** Something a test file starts before its tests and stops after, usable only once started. */
import { afterAll, beforeAll } from 'vitest';

export function startedForTheFile<T>(start: () => Promise<T>, stop: (value: T) => Promise<void>): () => T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await start();
  });
  afterAll(async () => {
    if (value !== undefined) await stop(value);
  });
  return () => {
    if (value === undefined) throw new Error('Started in beforeAll: use it inside tests and hooks.');
    return value;
  };
}
