import { describe, expect, it } from 'vitest';
import { es } from './es';
import { currentLanguage, i18n, setLanguage } from './index';

describe('t', () => {
  it('finds a text by its dotted key and fills its placeholders', () => {
    expect(i18n.t('errors.goHome')).toBe('Go to the home page');
    expect(i18n.t('join.archivedHeading', { count: 3 })).toBe('Archived drafts (3)');
  });

  it('leaves a placeholder it was given no value for', () => {
    expect(i18n.t('join.archivedHeading')).toBe('Archived drafts ({count})');
    expect(i18n.t('join.archivedHeading', { other: 1 })).toBe('Archived drafts ({count})');
  });

  it('speaks a language once its dictionary is in, and tells who listens', async () => {
    expect(currentLanguage()).toBe('en');
    setLanguage('es');
    await expect.poll(() => currentLanguage()).toBe('es');
    expect(i18n.t('errors.goHome')).toBe(es.errors.goHome);
    expect(i18n.t('errors.goHome')).not.toBe('Go to the home page');
    setLanguage('en');
    await expect.poll(() => currentLanguage()).toBe('en');
  });
});
