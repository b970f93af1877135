import { defineConfig } from "vitest/config";

export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts", "test/**/*.test.tsx"], environment: "happy-dom" },
      },
      {
        extends: true,
        // One walk through the running local host in headless Chromium; steps depend on each other.
        test: { name: "e2e", include: ["e2e/**/*.e2e.ts"], environment: "node", testTimeout: 240_000, hookTimeout: 60_000, fileParallelism: false },
      },
    ],
  },
});
