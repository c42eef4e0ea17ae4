/**
 * The release's version check: package.json's version must be the changelog's top entry, and one
 * the stores accept. Pure, so that the unit test can give it any changelog.
 */

/** Chrome's rule, which Firefox's also allows: 1 to 4 whole numbers, 0 to 65535, no leading zeros. */
export function isStoreVersion(version: string): boolean {
  const parts = version.split('.');
  return parts.length <= 4 && parts.every((part) => /^(0|[1-9]\d{0,4})$/.test(part) && Number(part) <= 65535);
}

/**
 * What the changelog's top entry (its first "## " heading) is called: "0.1.0" for "## [0.1.0] - 2026-12-01"
 * or "## 0.1.0", "Unreleased" for "## [Unreleased]"; undefined when it has no entry.
 */
export function topChangelogEntry(changelog: string): string | undefined {
  const heading = /^##(?!#)[ \t]*(.*)$/m.exec(changelog)?.[1]?.trim();
  if (heading === undefined) return undefined;
  return /^\[([^\]]*)\]/.exec(heading)?.[1]?.trim() ?? heading.split(/\s/)[0];
}

/** Why this version cannot be released with this changelog, in words that say what to do; undefined if it can. */
export function releaseVersionProblem(packageVersion: string, changelog: string): string | undefined {
  const entry = `"## [${packageVersion}] - YYYY-MM-DD"`;
  if (!isStoreVersion(packageVersion)) {
    return `package.json's version "${packageVersion}" is not one the stores accept: use 1 to 4 numbers from 0 to 65535, separated by dots (e.g. 1.2.0).`;
  }
  const top = topChangelogEntry(changelog);
  if (top === undefined) {
    return `CHANGELOG.md has no entries: add ${entry} at the top, saying what this release changes.`;
  }
  if (!isStoreVersion(top)) {
    return `CHANGELOG.md's top entry is "${top}", not a version: name it ${entry} for this release.`;
  }
  if (top !== packageVersion) {
    return (
      `package.json says version ${packageVersion}, but CHANGELOG.md's top entry is ${top}. ` +
      `Add ${entry} at the top of CHANGELOG.md, saying what changed, or set package.json's version to the one you mean to release.`
    );
  }
  return undefined;
}
