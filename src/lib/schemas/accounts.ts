import { z } from './zod';
import { emailSchema, passwordSchema } from './auth';

// Forms of account recovery and verification, and the admin outbox's list.

export const forgotPasswordSchema = z.object({ email: emailSchema });
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

export const resetPasswordSchema = z
	.object({
		password: passwordSchema,
		confirm: z.string().max(200)
	})
	.refine((v) => v.password === v.confirm, {
		path: ['confirm'],
		message: 'The two passwords are not the same'
	});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

/** The token of a mailed link, as it appears in the URL. */
export const accountTokenSchema = z.string().regex(/^[a-z2-7]{32}$/);

export const outboxListSchema = z.object({
	page: z.number().int().min(1).max(10_000).default(1),
	pageSize: z.number().int().min(5).max(100).default(20)
});
export type OutboxListInput = z.input<typeof outboxListSchema>;
