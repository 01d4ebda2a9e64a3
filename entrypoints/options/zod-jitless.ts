import { z } from 'zod';

// zod's JIT probe builds a Function, which the extension CSP refuses (stack.md). Imported
// first by main.tsx so it runs before any module parses with zod at load (built-in packs do).
z.config({ jitless: true });
