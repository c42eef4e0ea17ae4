// Fails early, with the exact install command, when the browser the tests drive is missing.
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `The browser tests need Debian's Chromium at ${chromium}, and CJK fonts for readable screenshots.\n` +
      'Install them with:\n\n  apt-get update && apt-get install -y chromium fonts-noto-cjk\n\n' +
      '(or set CHROMIUM_PATH to another Chromium binary).',
  );
  process.exit(1);
}
