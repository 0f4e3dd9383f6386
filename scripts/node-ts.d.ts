/** The arguments a child `node` needs to run TypeScript on this Node version. */
export function nodeTypeScriptArgs(): string[];
/** The arguments of the server process as `npm start` runs it. */
export function serverNodeArgs(): string[];
