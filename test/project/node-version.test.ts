import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// One supported Node.js version: package.json, .nvmrc, README and .ci/run say the same, and every
// installed package accepts it (so `npm install` prints no engine warnings).
const root = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
const major = read('.nvmrc').trim();

describe('the supported Node.js version', () => {
  it('is one major version, declared alike in engines, .nvmrc, README and .ci/run', () => {
    expect(major).toMatch(/^\d+$/);
    expect(semver.minVersion(pkg.engines.node)?.major).toBe(Number(major));
    expect(semver.satisfies(`${Number(major) + 1}.0.0`, pkg.engines.node)).toBe(false);
    expect(read('README.md')).toContain(`Node.js ${major}`);
    expect(read('.ci/run')).toContain('.nvmrc');
  });

  it('is accepted by every package in the lock file', () => {
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean }>;
    };
    // The oldest release engines allows is the strictest test of a range like ">=20.19".
    const oldestSupported = semver.minVersion(pkg.engines.node)?.version ?? 'none';
    const refusing = Object.entries(lock.packages)
      .filter(([name]) => name !== '')
      .flatMap(([name, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        if (!range) return [];
        const ok =
          semver.satisfies(process.version, range, { includePrerelease: true }) &&
          semver.satisfies(oldestSupported, range, { includePrerelease: true });
        return ok ? [] : [`${name.replace(/^node_modules\//, '')} needs node ${range}`];
      });
    expect(refusing).toEqual([]);
  });

  it('is the one this process runs on', () => {
    expect(process.versions.node.split('.')[0]).toBe(major);
  });
});
