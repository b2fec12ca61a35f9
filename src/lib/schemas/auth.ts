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

/** Control characters (NUL, newlines, tabs, DEL, C1) have no place in a name shown to others. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

export const displayNameSchema = z
	.string()
	.trim()
	.min(2, 'Use at least 2 characters')
	.max(60, 'Use at most 60 characters')
	.refine((name) => !CONTROL_CHARACTERS.test(name), {
		message: 'Use letters, digits, spaces and punctuation only'
	});

export const signUpSchema = z.object({
	email: emailSchema,
	displayName: displayNameSchema,
	password: passwordSchema
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
	email: emailSchema,
	password: z.string().min(1, 'Enter your password').max(200)
});
export type SignInInput = z.infer<typeof signInSchema>;

export const roleSchema = z.enum(ROLES);
