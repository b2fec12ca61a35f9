// The app's mails, as plain text: what each says and the one link it carries. Every message
// names the product, says why it arrived and what happens if the reader does nothing.

export interface MailContent {
	subject: string;
	text: string;
}

const SIGNATURE = '— Scenario Hub';

function lines(...parts: (string | false)[]): string {
	return `${parts.filter((p) => p !== false).join('\n')}\n`;
}

export function passwordResetMail(input: {
	displayName: string;
	email: string;
	link: string;
	minutes: number;
}): MailContent {
	return {
		subject: 'Reset your Scenario Hub password',
		text: lines(
			`Hello ${input.displayName},`,
			'',
			`Someone, hopefully you, asked to reset the password of the Scenario Hub account for ${input.email}.`,
			'',
			`To choose a new password, open this link within ${input.minutes} minutes:`,
			'',
			input.link,
			'',
			'The link works once. Setting a new password signs you out on every other device.',
			'',
			'If you did not ask for this, you can ignore this message: your password stays as it is.',
			'',
			SIGNATURE
		)
	};
}

export function verificationMail(input: {
	displayName: string;
	email: string;
	link: string;
	hours: number;
	forgotLink: string;
}): MailContent {
	return {
		subject: 'Confirm your e-mail address for Scenario Hub',
		text: lines(
			`Hello ${input.displayName},`,
			'',
			`Please confirm that ${input.email} is your address by opening this link within ${input.hours} hours:`,
			'',
			input.link,
			'',
			'You can use Scenario Hub before you confirm. A confirmed address is how you get back in if you ever forget your password.',
			'',
			'If you did not create this account, someone typed your address by mistake. You can ignore this message, or make the account yours by setting a password here:',
			'',
			input.forgotLink,
			'',
			SIGNATURE
		)
	};
}

export function signUpAttemptMail(input: {
	displayName: string;
	email: string;
	signInLink: string;
	forgotLink: string;
}): MailContent {
	return {
		subject: 'You already have a Scenario Hub account',
		text: lines(
			`Hello ${input.displayName},`,
			'',
			`Someone just tried to create a Scenario Hub account with this address (${input.email}). You already have an account, so nothing was created and nothing was changed.`,
			'',
			'If that was you, sign in with your existing password:',
			'',
			input.signInLink,
			'',
			'Forgotten your password? Ask for a link to set a new one:',
			'',
			input.forgotLink,
			'',
			'If it was not you, you can ignore this message. Your account and password are unchanged.',
			'',
			SIGNATURE
		)
	};
}

export function feedbackAnsweredMail(input: {
	displayName: string;
	scenarioTitle: string;
	link: string;
}): MailContent {
	return {
		subject: 'A supervisor answered your feedback request',
		text: lines(
			`Hello ${input.displayName},`,
			'',
			`A supervisor has read your practice conversation in "${input.scenarioTitle}" and left their scores and comments on your lines.`,
			'',
			'Read them on the debrief of your attempt:',
			'',
			input.link,
			'',
			'You get this message because you asked for feedback on that attempt. Nothing else is sent about it.',
			'',
			SIGNATURE
		)
	};
}
