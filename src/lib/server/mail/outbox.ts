import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { mailOutbox } from '../db/schema';
import { logger } from '../logger';
import { MAILS_PER_RECIPIENT } from '../security/limits';
import { hitRateLimit } from '../security/rate-limit';
import type { MailContent } from './templates';
import { mailTransport, type MailTransport } from './transport';

// Every mail is first a row of `mail_outbox`. Without SMTP it stays there (admins read it at
// /admin/outbox, the log says so); with SMTP it is handed to the server in the background, so a
// slow or failing server never holds up the request that caused the mail (and the answer a
// visitor sees cannot depend on whether a mail went out), and the row records `sent_at` or
// `error` afterwards. Links in a mail carry secrets (single-use tokens): once the SMTP server
// has accepted or refused the mail they are removed from the stored copy, so with SMTP no token
// stays at rest; without it the outbox copy is the only way the link reaches anyone.

export type MailPurpose = 'password_reset' | 'email_verification' | 'notification';

export interface MailMessage extends MailContent {
	to: string;
	purpose: MailPurpose;
	/** values in the text (link tokens) that the stored copy drops once the mail is sent */
	secrets?: string[];
}

/** What a link's token becomes in the stored copy once the SMTP server had its turn. */
const REMOVED_SECRET = '[removed]';

function withoutSecrets(text: string, secrets: string[] = []): string {
	return secrets.reduce(
		(out, secret) => (secret ? out.split(secret).join(REMOVED_SECRET) : out),
		text
	);
}

/** A short, address-free description of why the SMTP server did not take a mail. */
function failureOf(error: unknown): { code: string; detail: string } {
	const e = error as { code?: unknown; responseCode?: unknown; message?: unknown };
	const code = typeof e?.code === 'string' ? e.code : 'ESEND';
	const status = typeof e?.responseCode === 'number' ? ` ${e.responseCode}` : '';
	const message = typeof e?.message === 'string' ? e.message : String(error);
	return { code: `${code}${status}`, detail: message.slice(0, 500) };
}

async function deliver(db: Executor, id: string, message: MailMessage, transport: MailTransport) {
	try {
		await transport.send({ to: message.to, subject: message.subject, text: message.text });
	} catch (error) {
		const failure = failureOf(error);
		// The code only: a server's answer can quote the recipient's address.
		logger.warn('mail not sent', { mailId: id, purpose: message.purpose, reason: failure.code });
		await db
			.update(mailOutbox)
			// The person asks again for a new link; this one is not kept at rest either.
			.set({
				error: `${failure.code}: ${failure.detail}`,
				textBody: withoutSecrets(message.text, message.secrets)
			})
			.where(eq(mailOutbox.id, id))
			.catch((e) => logger.warn('recording a mail failure failed', { mailId: id, error: e }));
		return;
	}
	await db
		.update(mailOutbox)
		.set({
			sentAt: sql`now()`,
			error: null,
			textBody: withoutSecrets(message.text, message.secrets)
		})
		.where(eq(mailOutbox.id, id))
		.catch((e) => logger.warn('recording a sent mail failed', { mailId: id, error: e }));
}

/**
 * Keeps a mail in the outbox and, with SMTP configured, starts sending it without waiting.
 * Pass the database, not an open transaction: the row is updated after the send. More than
 * MAILS_PER_RECIPIENT mails to one address in the window are dropped (logged, no row), so no
 * form can be used to flood someone's inbox. Returns the row id, or null when dropped.
 */
export async function sendMail(
	db: Executor,
	message: MailMessage,
	transport: MailTransport = mailTransport()
): Promise<string | null> {
	const cap = await hitRateLimit(db, `mail:to:${message.to}`, MAILS_PER_RECIPIENT);
	if (!cap.allowed) {
		logger.warn('mail dropped: too many to one recipient this hour', { purpose: message.purpose });
		return null;
	}
	const [row] = await db
		.insert(mailOutbox)
		.values({
			toAddress: message.to,
			subject: message.subject,
			textBody: message.text,
			purpose: message.purpose
		})
		.returning({ id: mailOutbox.id });
	if (transport.kind === 'outbox') {
		logger.warn('mail kept in the outbox (SMTP_URL is not set): admins read it at /admin/outbox', {
			mailId: row.id,
			purpose: message.purpose
		});
	} else {
		void deliver(db, row.id, message, transport).catch((error) =>
			logger.error('mail delivery failed', { mailId: row.id, error })
		);
	}
	return row.id;
}
