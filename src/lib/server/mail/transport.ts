import { createTransport } from 'nodemailer';
import { env } from '../env';

// Where mail goes: an SMTP server (nodemailer) when SMTP_URL is set, otherwise nowhere — the
// message stays in the `mail_outbox` table, which admins read at /admin/outbox.

export interface OutgoingMail {
	to: string;
	subject: string;
	text: string;
}

export interface MailTransport {
	kind: 'smtp' | 'outbox';
	/** Hands the message to the SMTP server; rejects on refusal or timeout. */
	send(mail: OutgoingMail): Promise<void>;
}

export interface SmtpSettings {
	url: string;
	from: string;
	/** connecting, the greeting and each answer may take at most this long */
	timeoutMs: number;
}

export function smtpTransport(settings: SmtpSettings): MailTransport {
	const transporter = createTransport(
		{
			url: settings.url,
			connectionTimeout: settings.timeoutMs,
			greetingTimeout: settings.timeoutMs,
			socketTimeout: settings.timeoutMs,
			// The URL is configuration, the log is not the place for the conversation.
			logger: false,
			debug: false
		},
		{ from: settings.from }
	);
	return {
		kind: 'smtp',
		async send(mail) {
			// A server that accepts the connection and then stalls between answers is cut off
			// by the socket timeout; this bounds the whole exchange as well.
			let timer: NodeJS.Timeout | undefined;
			const deadline = new Promise<never>((_, reject) => {
				timer = setTimeout(
					() => reject(new Error(`no answer from the SMTP server in ${settings.timeoutMs} ms`)),
					settings.timeoutMs * 3
				);
			});
			try {
				await Promise.race([
					transporter.sendMail({ to: mail.to, subject: mail.subject, text: mail.text }),
					deadline
				]);
			} finally {
				clearTimeout(timer);
			}
		}
	};
}

const outboxOnly: MailTransport = {
	kind: 'outbox',
	async send() {
		throw new Error('no SMTP server is configured');
	}
};

/** "Scenario Hub <no-reply@host>" for the app's public host, unless MAIL_FROM says otherwise. */
export function defaultFrom(origin: string | undefined): string {
	let host = 'localhost';
	try {
		if (origin) host = new URL(origin).hostname || host;
	} catch {
		// keep localhost
	}
	return `Scenario Hub <no-reply@${host}>`;
}

let cached: MailTransport | undefined;

/** The transport the environment asks for (built once per process). */
export function mailTransport(): MailTransport {
	if (!cached) {
		const config = env();
		cached = config.SMTP_URL
			? smtpTransport({
					url: config.SMTP_URL,
					from: config.MAIL_FROM ?? defaultFrom(config.ORIGIN),
					timeoutMs: config.SMTP_TIMEOUT_SECONDS * 1000
				})
			: outboxOnly;
	}
	return cached;
}
