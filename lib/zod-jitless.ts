import { z } from 'zod';

// zod probes for JIT support with Function(''), which extension CSPs forbid; the
// probe fails quietly but logs a CSP violation. Imported first by every entrypoint.
z.config({ jitless: true });
