import { Hono } from 'hono';
import { isLanguage, principles, type Language } from '@charter/shared';
import { LanguageQuery } from './queries.js';
import { readQuery } from './validate.js';

/** The first of our languages the browser asks for, else English. */
function preferred(acceptLanguage: string | undefined): Language {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0].trim().slice(0, 2).toLowerCase();
    if (isLanguage(tag)) return tag;
  }
  return 'en';
}

/** The catalogue of principles, public: `?lang=en|es|fr`, or the browser's language. */
export function principleRoutes() {
  const routes = new Hono();
  routes.get('/', (c) => {
    const { lang } = readQuery(c, LanguageQuery);
    c.header('Cache-Control', 'public, max-age=3600');
    c.header('Vary', 'Accept-Language');
    return c.json(principles(lang ?? preferred(c.req.header('Accept-Language'))));
  });
  return routes;
}
