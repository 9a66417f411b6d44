import { describe, expect, it } from 'vitest';
import { addressIn, isAllowedHref } from './link';

describe('addresses in running text', () => {
  it('links web and mail addresses, with or without their scheme', () => {
    expect(addressIn('https://example.org/a?b=c#d')).toEqual({ from: 0, to: 27, href: 'https://example.org/a?b=c#d' });
    expect(addressIn('www.riverside.gov')).toEqual({ from: 0, to: 17, href: 'http://www.riverside.gov' });
    expect(addressIn('humanrightscities.org/charter')).toEqual({ from: 0, to: 29, href: 'http://humanrightscities.org/charter' });
    expect(addressIn('ville.fr')).toEqual({ from: 0, to: 8, href: 'http://ville.fr' });
    expect(addressIn('mailto:council@riverside.gov')?.href).toBe('mailto:council@riverside.gov');
  });

  it('leaves the punctuation that closes a sentence or a bracket out of the link', () => {
    expect(addressIn('example.org.')).toEqual({ from: 0, to: 11, href: 'http://example.org' });
    expect(addressIn('(https://example.org/x),')).toEqual({ from: 1, to: 22, href: 'https://example.org/x' });
    expect(addressIn('"www.example.org"')).toEqual({ from: 1, to: 16, href: 'http://www.example.org' });
  });

  it('does not take abbreviations, numbers or clause references for addresses', () => {
    for (const word of ['e.g.', 'i.e.', 'U.S.', '3.5', '4.2.1', 'art.12', 'Section', 'etc.', 'p.m.', 'localhost', 'javascript:alert(1)', '']) {
      expect(addressIn(word), word).toBeNull();
    }
  });
});

describe('what a link may point at', () => {
  it('allows the web, mail, the telephone and relative addresses, never a script', () => {
    for (const href of ['https://a.org', 'http://a.org', 'mailto:a@b.org', 'tel:+15551234', '/drafts/x', '#clause-1']) expect(isAllowedHref(href), href).toBe(true);
    for (const href of ['javascript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'JAVASCRIPT:x', 'data:text/html,x', 'vbscript:x']) {
      expect(isAllowedHref(href), href).toBe(false);
    }
  });
});
