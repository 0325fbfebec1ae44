/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './scripts/contentSecurityPolicy.ts';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  // Monaco's chunk is ~3.9 MB raw; the budget that matters is the initial chunk, checked by scripts/size-budget.ts.
  build: { chunkSizeWarningLimit: 4500, sourcemap: false },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
