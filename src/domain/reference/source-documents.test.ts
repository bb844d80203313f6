import { describe, expect, it } from 'vitest';
import { parseSource, renderSource, SOURCE_DOCUMENTS } from './source-documents';

describe('source registry', () => {
  it('has unique keys that a stored source can name', () => {
    const ids = SOURCE_DOCUMENTS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each([
    ['kilde:koege-helhedsplan-webside', '[Køge Kommune]: »Boligsocial Helhedsplan« [2021]'],
    [
      'kilde:kk-boligsociale-helhedsplaner-slides afsnittet »Proces: FØR - NU«',
      'Københavns Kommune: »Boligsociale helhedsplaner« (u.å.), https://www.kk.dk, afsnittet »Proces: FØR - NU«',
    ],
    [
      'kilde:holbaek-helhedsplan-2024-2027-pixi afsnittet »Budget«; kilde:sn-28-boligomraader-opfylder-ghettokriterier',
      '[Den boligsociale helhedsplan for Holbæk by]: »Ny boligsocial helhedsplan for Holbæk by 2024-2027. Pixi-udgave« (u.å.), afsnittet »Budget«; Sjællandske Nyheder (sn.dk): »28 boligområder opfylder ghettokriterier« [2019], https://sn.dk/Danmark/28-boligomraader-opfylder-ghettokriterier/artikel/892700',
    ],
    ['Danmarks Statistik, tabel BOL101; 2023', 'Danmarks Statistik, tabel BOL101; 2023'],
    ['https://www.lbf.dk/', 'https://www.lbf.dk/'],
  ])('renders %s as a citation', (raw, text) => {
    expect(renderSource(raw)).toBe(text);
  });

  it('keeps free text before a citation and never shows an unknown key', () => {
    const parsed = parseSource('Egen optælling; kilde:findes-ikke; kilde:koege-helhedsplan-webside');
    expect(parsed.note).toBe('Egen optælling');
    expect(parsed.unknownKeys).toEqual(['findes-ikke']);
    expect(parsed.citations.map((c) => c.document.id)).toEqual(['koege-helhedsplan-webside']);
    const text = renderSource('kilde:findes-ikke');
    expect(text).toBe('ukendt kilde');
    expect(text).not.toContain('kilde:');
  });

  it('keeps a semicolon inside a locator', () => {
    const [c] = parseSource('kilde:koege-helhedsplan-webside afsnittene »A; B«').citations;
    expect(c?.locator).toBe('afsnittene »A; B«');
  });
});
