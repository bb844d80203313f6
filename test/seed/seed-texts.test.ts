import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SOURCE_DOCUMENTS } from '../../src/domain/reference/source-documents';
import { demoFiles } from '../../src/server/seed/seed-demo';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The prose of a demo file a reader sees as running text (not labels, names or notes to a figure). */
const PROSE =
  /\.(summary|vision|description|purpose|howToJoin|contributionInsidePlan|contributionOutsidePlan)$/;
/** Label-like descriptions (a financing or budget line's post name) are not sentences. */
const LABEL = /\.(financing|lines)\.\d+\.description$/;

function prose(value: unknown, path: string, out: { path: string; text: string }[]) {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) prose(v, `${path}.${i}`, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) prose(v, `${path}.${k}`, out);
  else if (typeof value === 'string' && PROSE.test(path) && !LABEL.test(path))
    out.push({ path, text: value });
}

describe('demo texts', async () => {
  const files = await demoFiles();
  const texts = files.flatMap((file) => {
    const out: { path: string; text: string }[] = [];
    prose(parse(readFileSync(file, 'utf8')), file.slice(file.lastIndexOf('/') + 1), out);
    return out;
  });

  it('has no text of any kind broken off after a small word ("… kilden beskriver udviklingen for")', () => {
    const broken: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, `${path}.${i}`);
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      else if (
        typeof value === 'string' &&
        /\s(og|at|af|til|for|samt|som|der|eller|i|på|med|fra)$/i.test(value.trim())
      )
        broken.push(`${path}: ${value}`);
    };
    for (const file of files) walk(parse(readFileSync(file, 'utf8')), file.slice(file.lastIndexOf('/') + 1));
    expect(broken).toEqual([]);
  });

  it('finds the prose of every demo plan', () => {
    expect(texts.length).toBeGreaterThan(50);
  });

  it.each(texts)('$path ends as a sentence', ({ text }) => {
    // A full stop, question or exclamation mark, possibly inside a closing quote or parenthesis.
    expect(text.trim()).toMatch(/[.!?]["»')]?$/);
    // Not a sentence broken off at a page break of its source ("… og brobygge").
    expect(text).not.toMatch(/\b(og|at|af|til|samt|som|der|eller)\.$/);
    // Never an internal key of a seed document.
    expect(text).not.toMatch(/seed:?\s?\d{3}|facts\.md/i);
  });
});

describe('source registry', () => {
  it.each(SOURCE_DOCUMENTS.filter((d) => d.file !== null))('has a local copy of $title', (d) => {
    const path = `${root}${d.file}`;
    expect(existsSync(path), d.file ?? '').toBe(true);
    expect(readFileSync(path, 'utf8')).toContain(d.title);
  });

  it('is every web source with an address, and every local copy with its publisher', () => {
    for (const d of SOURCE_DOCUMENTS) {
      expect(d.file !== null || d.url !== null, d.id).toBe(true);
      expect(d.publisher.length, d.id).toBeGreaterThan(0);
      if (d.publisherInferred || d.yearInferred || d.year === null) expect(d.note, d.id).not.toBeNull();
    }
  });
});
