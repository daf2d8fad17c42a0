// The eval's second company figure forgives only a legal form kept or dropped, nothing else.
import { describe, expect, it } from 'vitest';
import { companyCore } from './blind-fields';

describe('a company name without its legal form', () => {
  it.each([
    ['Rheinland Privatbank AG', 'rheinland privatbank'],
    ['Prairie Survey & Records LLC', 'prairie survey & records'],
    ['Tata Consultancy Services Pvt. Ltd.', 'tata consultancy services'],
    ['Harbourline Ltd', 'harbourline'],
    ['Kingsmoor University', 'kingsmoor university'],
    ['AG', 'ag'],
  ])('%s → %s', (name, core) => expect(companyCore(name)).toBe(core));

  it('keeps the words that tell two companies apart', () => {
    expect(companyCore('Cypress Lane Properties')).not.toBe(companyCore('Cypress Lane'));
  });
});
