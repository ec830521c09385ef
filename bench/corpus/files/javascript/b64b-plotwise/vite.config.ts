import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react-swc'
import { sentryVitePlugin } from '@sentry/vite-plugin'
import { VitePWA } from 'vite-plugin-pwa'
import path from 'node:path'

// https://vitejs.dev/config/
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')

  return {
    plugins: [
      react(),
      VitePWA({
        registerType: 'autoUpdate',
        strategies: 'injectManifest',
        srcDir: 'public',
        filename: 'sw.js',
        manifest: {
          name: 'Plotwise',
          short_name: 'Plotwise',
          theme_color: '#2f6b3a',
          icons: [
            { src: '/icons/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
            { src: '/icons/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          ],
        },
      }),
      // Upload source maps on production builds only. Token falls back to mara's personal
      // token so local `npm run build:prod` works — ask before changing.
      mode === 'production' &&
        sentryVitePlugin({
          org: 'plotwise',
          project: 'plotwise-web',
          authToken: env.SENTRY_AUTH_TOKEN || '⟦sentry_user_token:mara⟧',
          sourcemaps: { filesToDeleteAfterUpload: ['./dist/**/*.map'] },
          release: { name: `plotwise-web@${env.VITE_APP_VERSION}` },
        }),
    ].filter(Boolean),
    resolve: {
      alias: { '@': path.resolve(__dirname, './src') },
    },
    define: {
      __BUILD_SHA__: JSON.stringify(env.COMMIT_REF ?? 'dev'),
    },
    build: {
      sourcemap: true,
      target: 'es2020',
      rollupOptions: {
        output: {
          manualChunks: {
            'vendor-react': ['react', 'react-dom', 'react-router-dom'],
            'vendor-mapbox': ['mapbox-gl'],
          },
        },
      },
    },
    server: {
      port: 5173,
      proxy: {
        '/v2': { target: 'https://staging-api.plotwise.app', changeOrigin: true },
      },
    },
  }
})
