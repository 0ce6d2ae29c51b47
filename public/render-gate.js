// Empty: pages wait for it to paint whole (lib/shared/http/render-gate.ts).
