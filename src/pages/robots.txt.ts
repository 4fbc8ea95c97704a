/** `/robots.txt`: every page may be indexed; the sitemap's absolute URL (contract §9). */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/url.ts';

export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
