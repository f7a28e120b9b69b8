/** `/haidian.geojson`: Haidian's district outline, © OpenStreetMap contributors (ODbL 1.0). */
import type { APIRoute } from 'astro';
import boundary from '../atlas/model/haidian-boundary.json' with { type: 'json' };

export const GET: APIRoute = () => new Response(JSON.stringify(boundary), { headers: { 'Content-Type': 'application/geo+json' } });
