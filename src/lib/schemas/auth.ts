import { z } from './zod';
import { ROLES } from './enums';

export const emailSchema = z
	.string()
	.trim()
	.toLowerCase()
	.max(254, 'That e-mail address is too long')
	.pipe(z.email({ message: 'Enter a valid e-mail address' }));

export const passwordSchema = z
	.string()
	.min(10, 'Use at least 10 characters')
	.max(200, 'Use at most 200 characters');

export const signUpSchema = z.object({
	email: emailSchema,
	displayName: z
		.string()
		.trim()
		.min(2, 'Use at least 2 characters')
		.max(60, 'Use at most 60 characters'),
	password: passwordSchema
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
	email: emailSchema,
	password: z.string().min(1, 'Enter your password').max(200)
});
export type SignInInput = z.infer<typeof signInSchema>;

export const roleSchema = z.enum(ROLES);
