// Vite (and so Vitest) can import any file's text with `?raw`; the renderer's tsconfig has no
// vite/client types, so the tests declare the one form they use.
declare module '*?raw' {
  const text: string;
  export default text;
}
