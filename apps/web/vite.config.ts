import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type ProxyOptions } from 'vite';

// The API is a separate process; the browser only ever talks to the web origin, so the session cookie stays
// same-origin (SameSite=Lax, no CORS) in development and in `vite preview` alike.
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';
// xfwd: the API sees each person's own address in X-Forwarded-For (and the scheme in X-Forwarded-Proto), so that
// its per-address limits count per person, not once for everybody behind this proxy. The API believes these
// headers only from the addresses in its TRUST_PROXY (the start and test scripts set it to this proxy's).
const forwarded = { target: apiUrl, changeOrigin: false, xfwd: true } satisfies ProxyOptions;
const proxy: Record<string, ProxyOptions> = {
  '/graphql': forwarded,
  '/health': forwarded,
  // Document upload (multipart) and download: plain HTTP routes of the API, under the same session cookie.
  '/documents': forwarded,
};

/** Headers of the served app (vite preview): no framing, no inline code, no third-party origin, no plugin. */
const securityHeaders = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The workspace libs publish their TypeScript sources under this export condition: the web app compiles
    // them itself instead of depending on their CommonJS build in dist/.
    conditions: ['passerelles-source', ...defaultClientConditions],
  },
  optimizeDeps: {
    // Declared CommonJS but written as ESM TypeScript: pre-bundling them as CommonJS would break their exports.
    exclude: ['@passerelles/shared', '@passerelles/domain', '@passerelles/reference-data'],
    // Their own dependency, listed up front: found late, it would make the dev server reload the first page.
    include: ['zod'],
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 5173, proxy, headers: securityHeaders },
  build: {
    // No source maps published with the app: they would hand out the readable sources to anyone.
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across deployments.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
            // The codelists (countries, DAC sectors, SDG targets) are large and change only with a new IATI release.
            { name: 'reference-data', test: /libs[\\/]reference-data[\\/]/ },
            // The password policy's list of common passwords (about 90 kB) changes even less often.
            { name: 'common-passwords', test: /libs[\\/]domain[\\/]src[\\/]generated[\\/]/ },
          ],
        },
      },
    },
  },
});
