// This file configures the initialization of Sentry on the client.
// The config you add here will be used whenever a users loads a page in their browser.
// https://docs.sentry.io/platforms/javascript/guides/nextjs/
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  // DSNs are safe to ship to the browser: they only allow sending events to this project.
  dsn: process.env.NEXT_PUBLIC_SENTRY_DSN ?? "⟦sentry_dsn:client⟧",

  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? "development",
  release: process.env.NEXT_PUBLIC_VERCEL_GIT_COMMIT_SHA,

  integrations: [
    Sentry.replayIntegration({ maskAllText: true, blockAllMedia: true }),
    Sentry.feedbackIntegration({ colorScheme: "system", autoInject: false }),
  ],

  tracesSampleRate: process.env.NODE_ENV === "production" ? 0.1 : 1.0,
  replaysSessionSampleRate: 0.02,
  replaysOnErrorSampleRate: 1.0,

  // the editor produces a lot of ResizeObserver noise
  ignoreErrors: ["ResizeObserver loop completed with undelivered notifications", /^AbortError/],

  beforeSend(event) {
    // never send document contents
    if (event.request?.data) delete event.request.data;
    return event;
  },
  debug: false,
});
