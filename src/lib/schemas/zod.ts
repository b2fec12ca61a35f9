import { z } from 'zod';
import { plainIssueMessage } from './messages';

// zod 4 probes once whether it may compile validators with `new Function`. Under the app's CSP
// (no 'unsafe-eval') the probe fails harmlessly in the browser but still files a CSP violation
// report; jitless mode skips the probe and validates the same way without eval. Configured here,
// where the shared schemas get zod, rather than in hooks.client.ts, so pages that never validate
// in the browser (the library) do not download zod at all. The server keeps the compiled path.
if (typeof document !== 'undefined') z.config({ jitless: true });

// Plain words instead of zod's developer wording, for every schema without its own message
// (messages.ts). zod's configuration is global, so this also covers `z` imported from 'zod'.
z.config({ customError: (issue) => plainIssueMessage(issue) });

export { z };
