import { REPORT_REASON_MAX } from './enums';
import { z } from './zod';

// Reports of public reviews (`progress.reportReview`) and their resolution by admins
// (`admin.reviews.*`). The review is named by the opaque key `progress.reviews` gives it.

export const REPORT_ACTIONS = ['hide', 'dismiss'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export const reportReviewInputSchema = z.object({
	scenarioId: z.uuid('Not a scenario id'),
	reviewKey: z
		.string()
		.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a review key')
		.max(64, 'Not a review key'),
	reason: z
		.string()
		.trim()
		.min(1, 'Say what is wrong with this review')
		.max(REPORT_REASON_MAX, `Keep the reason under ${REPORT_REASON_MAX} characters`)
});

export const resolveReportInputSchema = z.object({
	reportId: z.uuid('Not a report id'),
	action: z.enum(REPORT_ACTIONS)
});

export type ReportReviewInput = z.input<typeof reportReviewInputSchema>;
