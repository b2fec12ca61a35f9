import { z } from 'zod';

// zod 4 probes once whether it may compile validators with `new Function`. Under the app's CSP
// (no 'unsafe-eval') the probe fails harmlessly but still files a CSP violation report; jitless
// mode skips the probe and validates the same way without eval.
z.config({ jitless: true });
