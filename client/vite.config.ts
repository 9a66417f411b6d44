import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the API, the websocket and the health check live on the server
// (port 8080); `pnpm start` serves the built `dist/` from that same port instead.
const SERVER = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': SERVER,
      '/collab': { target: SERVER, ws: true },
      '/healthz': SERVER,
    },
  },
});
