import { describe, expect, it } from 'vitest';
import { containsCprNumber, generateParticipantCode } from './participant';

describe('participant codes', () => {
  it('are prefix + six unambiguous characters', () => {
    const code = generateParticipantCode('holbæk', () => new Uint8Array([0, 1, 2, 3, 30, 31]));
    expect(code).toBe('HOL-ABCD9A');
    const many = generateParticipantCode(
      'x',
      () => new Uint8Array(Array.from({ length: 6 }, (_, i) => i * 37)),
    );
    expect(many).toMatch(/^X-[A-HJKMNP-Z2-9]{6}$/);
  });
});

describe('containsCprNumber', () => {
  it.each([
    ['CPR 010203-1234', true],
    ['0102031234 er hans nummer', true],
    ['311299 1234', true],
    ['tlf. 30 54 83 43', false],
    ['beløb 1.205.000', false],
    ['320199-1234', false],
    ['301399-1234', false],
    ['12345678901', false],
  ])('%s → %s', (text, expected) => {
    expect(containsCprNumber(text)).toBe(expected);
  });
});
